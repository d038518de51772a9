#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Checks of `bilateral archive check` on a folder and a master file list written here.

    archive_check.py TOOL

Six quarter-hours of GDELT 2.0 export files (small invented zips) and their master file list, with
one quarter-hour the list never had; then a file deleted, one truncated and one corrupted (same
size). The report must name each, list the gap, and --missing-urls must print the URLs to fetch.
"""
import hashlib
import pathlib
import subprocess
import sys
import tempfile
import zipfile

failures = []


def check(condition, what):
    print(("ok      " if condition else "FAILED  ") + what)
    if not condition:
        failures.append(what)


def run(tool, *args):
    return subprocess.run([tool, *map(str, args)], capture_output=True, timeout=120)


def main():
    tool = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        archive = tmp / "gdelt"
        (archive / "2019").mkdir(parents=True)
        stamps = ["20190121220000", "20190121221500", "20190121223000", "20190121224500", "20190121230000",
                  "20190121233000"]  # 23:15 was never published
        lines = []
        for i, stamp in enumerate(stamps):
            name = f"{stamp}.export.CSV.zip"
            path = archive / "2019" / name
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr(f"{stamp}.export.CSV", f"{i}\t{stamp[:8]}\tinvented row {i}\n" * (50 + i))
            data = path.read_bytes()
            lines.append(f"{len(data)} {hashlib.md5(data).hexdigest()} http://data.gdeltproject.org/gdeltv2/{name}")
            lines.append(f"123 {'0' * 32} http://data.gdeltproject.org/gdeltv2/{stamp}.mentions.CSV.zip")
        listing = tmp / "masterfilelist.txt"
        listing.write_text("\n".join(lines) + "\n")
        (archive / ".20190121220000.export.CSV.zip.part").write_bytes(b"hidden")

        good = run(tool, "archive", "check", "--list", listing, "--until", "2019-01-21", archive)
        out = good.stdout.decode()
        check(good.returncode == 1 and "6 files listed of kind export" in out and "6 good, 0 missing" in out,
              f"a complete folder: every listed file good (the mentions files are another kind): {out.splitlines()[0]}")
        check("the list has no file for 81 quarter-hours of the range: 2019-01-21 00:00 to 2019-01-21 21:45 (88)" not in out
              and "2019-01-21 23:15;" in out and "2019-01-21 23:45;" in out,
              "--until 2019-01-21: the quarter-hours of the day that the list lacks are listed as gaps")
        plain = run(tool, "archive", "check", "--list", listing, archive)
        check(plain.returncode == 1 and "the list has no file for 1 quarter-hour of the range: 2019-01-21 23:15;" in plain.stdout.decode(),
              "without dates, the range is the first to the last file listed: one gap, 23:15")

        (archive / "2019" / f"{stamps[1]}.export.CSV.zip").unlink()
        truncated = archive / "2019" / f"{stamps[2]}.export.CSV.zip"
        truncated.write_bytes(truncated.read_bytes()[:-10])
        corrupted = archive / "2019" / f"{stamps[3]}.export.CSV.zip"
        data = bytearray(corrupted.read_bytes())
        data[40] ^= 0xFF
        corrupted.write_bytes(bytes(data))

        bad = run(tool, "archive", "check", "--list", listing, archive)
        out = bad.stdout.decode()
        check(bad.returncode == 1 and "3 good, 1 missing, 1 of the wrong size, 1 with the wrong checksum" in out,
              f"a deleted, a truncated and a corrupted file are found: {out.splitlines()[0]}")
        check(f"missing: {stamps[1]}.export.CSV.zip" in out and f"wrong size: {truncated}" in out and
              f"wrong checksum: {corrupted}" in out, "each is named with its path")

        urls = run(tool, "archive", "check", "--list", listing, "--missing-urls", archive)
        fetched = urls.stdout.decode().split()
        check(urls.returncode == 1 and fetched == [f"http://data.gdeltproject.org/gdeltv2/{s}.export.CSV.zip" for s in stamps[1:4]],
              "--missing-urls prints the three URLs to fetch again, and only them, on stdout")
        check(b"1 missing" in urls.stderr, "--missing-urls puts the report on stderr")

        broken = tmp / "broken.txt"
        broken.write_text(lines[0] + "\nnot a line\n" + lines[2] + "\n")
        r = run(tool, "archive", "check", "--list", broken, archive)
        check(r.returncode == 1 and b"broken.txt:2: SIZE is not a number of bytes: 'not'" in r.stderr,
              "a malformed line of the list is reported with its line number")
        r = run(tool, "archive", "check", "--list", tmp / "nope.txt", archive)
        check(r.returncode == 2 and b"nope.txt" in r.stderr, "a missing list is named, exit 2")
        r = run(tool, "archive", "check", "--list", listing, tmp / "nowhere")
        check(r.returncode == 2 and b"nowhere" in r.stderr, "a missing folder is named, exit 2")
        r = run(tool, "archive", "check", "--list", listing, "--since", "2019-02-30", archive)
        check(r.returncode == 2 and b"--since" in r.stderr, "a bad date is a usage error")
        r = run(tool, "archive", "check", "--list", "/dev/zero", archive)
        check(r.returncode == 2 and b"not a master file list" in r.stderr,
              "/dev/zero as the list: refused after a 1 MiB line, memory bounded, exit 2")
        long_line = tmp / "long.txt"
        long_line.write_text("a" * 10000 + "\n" + lines[0] + "\n")
        r = run(tool, "archive", "check", "--list", long_line, archive)
        check(r.returncode == 1 and b"long.txt:1: the line is longer than 4096 bytes" in r.stderr and b"1 files listed" in r.stdout,
              "a long line is reported and skipped; the next line is read")
        with open("/dev/full", "wb") as full:
            r = subprocess.run([tool, "archive", "check", "--list", str(listing), str(archive)], stdout=full,
                               stderr=subprocess.PIPE, timeout=60)
        check(r.returncode == 2 and b"bilateral archive check: cannot write <stdout>: No space left on device" in r.stderr,
              "a full disk as stdout is reported with the command's whole name, exit 2")
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
