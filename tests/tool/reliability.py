#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Reliability of the built `bilateral` tool, tried as a hostile user would: nothing is lost,
nothing aborts, every failure is a message with the documented exit code.

    reliability.py TOOL SCHEMA [DATA_DIR]

Each check runs the real program and asserts its exit code, its message, and that no input and no
existing output changed. With DATA_DIR (the real third-party data), `convert | validate` also runs
on every real file of every format. Exit 0 when all pass; the last line is "N passed, N failed".
"""
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

passed = 0
failures = []


def check(condition, what, detail=""):
    global passed
    print(("ok      " if condition else "FAILED  ") + what)
    if condition:
        passed += 1
    else:
        failures.append(what)
        if detail:
            print("        " + detail.replace("\n", "\n        ")[:2000])


def run(tool, *args, stdin=b"", stdout=subprocess.PIPE, close_stdin=False, timeout=300):
    """Runs the tool; close_stdin starts it with descriptor 0 closed. A run that takes longer than
    `timeout` seconds is killed and comes back with returncode None."""
    command = ["sh", "-c", 'exec "$0" "$@" <&-', tool, *args] if close_stdin else [tool, *args]
    try:
        return subprocess.run(command, input=None if close_stdin else stdin, stdout=stdout, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return subprocess.CompletedProcess(command, None, e.stdout or b"", (e.stderr or b"") +
                                           f"\n(killed after {timeout} s)".encode())


def digest(path):
    return hashlib.md5(pathlib.Path(path).read_bytes()).hexdigest()


def said(result, text):
    return text in result.stderr.decode("utf-8", "replace")


def stray_files(directory):
    """Temporary files the tool left behind (it names them .NAME.bilateral-XXXXXX)."""
    return [p.name for p in pathlib.Path(directory).iterdir() if ".bilateral-" in p.name]


def gdelt_row(event_id, name=b"CHINA", date=b"20240703"):
    """A GDELT 2.0 row (61 tab-separated fields) made here, not by the library."""
    f = [b""] * 61
    f[0] = str(event_id).encode()
    f[1] = date
    f[2], f[3], f[4] = date[:6], date[:4], b"2024.5041"
    f[5], f[6], f[7] = b"CHN", name, b"CHN"
    f[15], f[16], f[17] = b"KAZ", b"KAZAKHSTAN", b"KAZ"
    f[25], f[26], f[27], f[28] = b"1", b"042", b"042", b"04"
    f[29], f[30], f[31], f[32], f[33], f[34] = b"1", b"1.9", b"2", b"1", b"2", b"1.5"
    f[59], f[60] = b"20240703120000", b"https://example.org/a"
    return b"\t".join(f)


def same_file_cases(tool, work):
    """OUT that is IN (by name, through a symbolic link, through a hard link) is refused before
    anything is read, and the input is left as it was."""
    gdelt = work / "in.tsv"
    gdelt.write_bytes(b"\n".join(gdelt_row(i) for i in range(1, 4)) + b"\n")
    exported = run(tool, "export", "--format", "json").stdout
    plover_text = run(tool, "export", "--format", "plover").stdout
    docs = {"json": work / "in.json", "plover": work / "in.jsonl"}
    docs["json"].write_bytes(exported)
    docs["plover"].write_bytes(plover_text)
    cases = [("gdelt", to, gdelt) for to in ("gdelt", "json", "plover")] + \
            [(f, to, docs[f]) for f in ("json", "plover") for to in ("json", "plover")]
    for src, dst, path in cases:
        (work / "link").unlink(missing_ok=True)
        (work / "hard").unlink(missing_ok=True)
        os.symlink(path.name, work / "link")
        os.link(path, work / "hard")
        before = digest(path)
        for out, how in ((path, "the same name"), (work / "link", "a symbolic link"), (work / "hard", "a hard link")):
            r = run(tool, "convert", "--from", src, "--to", dst, str(path), str(out))
            check(r.returncode == 2 and said(r, "is the same file as IN") and digest(path) == before,
                  f"convert --from {src} --to {dst}: OUT = IN through {how} is refused (exit 2), IN unchanged",
                  r.stderr.decode())
    # Standard input redirected from the file named as OUT.
    before = digest(gdelt)
    with open(gdelt, "rb") as f:
        r = subprocess.run([tool, "convert", "--from", "gdelt", "--to", "gdelt", "-", str(gdelt)], stdin=f,
                           capture_output=True, timeout=60)
    check(r.returncode == 2 and said(r, "is the same file as IN '<stdin>'") and digest(gdelt) == before,
          "convert with standard input redirected from OUT is refused (exit 2), the file unchanged", r.stderr.decode())


def write_failure_cases(tool, work):
    """Every write is checked: /dev/full as OUT and as standard output is an error that says so."""
    gdelt = work / "rows.tsv"
    gdelt.write_bytes(b"\n".join(gdelt_row(i) for i in range(1, 2001)) + b"\n")
    r = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", str(gdelt), "/dev/full")
    check(r.returncode == 2 and said(r, "cannot write '/dev/full': No space left on device"),
          "convert --to gdelt into /dev/full: exit 2, 'No space left on device'", r.stderr.decode())
    for args in (["brief"], ["export", "--format", "json"], ["export", "--format", "plover"],
                 ["validate", "--format", "gdelt", str(gdelt)], ["stats", "--format", "gdelt", str(gdelt)],
                 ["convert", "--from", "gdelt", "--to", "json", str(gdelt)], ["--help"], ["convert", "--help"]):
        with open("/dev/full", "wb") as full:
            r = run(tool, *args, stdout=full)
        check(r.returncode == 2 and said(r, "cannot write <stdout>: No space left on device"),
              f"{' '.join(args[:3])} > /dev/full: exit 2, 'cannot write <stdout>: No space left on device'",
              r.stderr.decode())
    # SIGPIPE into a reader that stops early stays quiet, as for any Unix tool.
    p = subprocess.Popen([tool, "convert", "--from", "gdelt", "--to", "json", str(gdelt)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    p.stdout.read(100)
    p.stdout.close()
    err = p.stderr.read()
    code = p.wait(timeout=60)
    check(code == -13 and err == b"", "convert into a pipe closed early ends by SIGPIPE, quietly", f"{code} {err!r}")


def failed_run_keeps_out(tool, work):
    """A failed run leaves an existing OUT as it was, and no temporary file behind."""
    bad = work / "bad.tsv"
    bad.write_bytes(gdelt_row(1) + b"\n" + gdelt_row(2, date=b"20241345") + b"\n")
    out = work / "existing.out"
    out.write_bytes(b"precious\n")
    os.chmod(out, 0o640)
    for to in ("gdelt", "json", "plover"):
        r = run(tool, "convert", "--from", "gdelt", "--to", to, str(bad), str(out))
        check(r.returncode == 1 and said(r, "line 2, column 2 (SQLDATE)") and out.read_bytes() == b"precious\n"
              and not stray_files(work),
              f"convert --from gdelt --to {to}, strict, stops at line 2: exit 1, existing OUT unchanged, no temporary file",
              r.stderr.decode())
    broken = work / "broken.json"
    broken.write_bytes(b'{"sources": [}')
    r = run(tool, "convert", "--from", "json", "--to", "json", str(broken), str(out))
    check(r.returncode == 1 and out.read_bytes() == b"precious\n" and not stray_files(work),
          "convert of malformed JSON: exit 1, existing OUT unchanged", r.stderr.decode())
    good = work / "good.tsv"
    good.write_bytes(gdelt_row(1) + b"\n")
    r = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", str(good), str(out))
    check(r.returncode == 0 and out.read_bytes() == good.read_bytes() and (os.stat(out).st_mode & 0o777) == 0o640,
          "a successful convert replaces OUT and keeps its permissions", oct(os.stat(out).st_mode))
    target = work / "target.tsv"
    target.write_bytes(b"old\n")
    (work / "to-target").unlink(missing_ok=True)
    os.symlink("target.tsv", work / "to-target")
    r = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", str(good), str(work / "to-target"))
    check(r.returncode == 0 and os.path.islink(work / "to-target") and target.read_bytes() == good.read_bytes(),
          "OUT that is a symbolic link: the file it points to is replaced, the link stays", r.stderr.decode())
    r = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", str(good), str(work / "no" / "such" / "dir" / "x"))
    check(r.returncode == 2 and said(r, "No such file or directory"),
          "OUT in a directory that does not exist: exit 2 with the system's reason", r.stderr.decode())
    r = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", str(good), str(work))
    check(r.returncode == 2 and said(r, "it is a directory"), "OUT that is a directory: exit 2", r.stderr.decode())


def full_file_system(tool, work):
    """A small file system that fills up mid-write: exit 2, OUT unchanged. Needs a tmpfs mount,
    which only root can make; reported as skipped otherwise."""
    mount = work / "small"
    mount.mkdir()
    made = os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                                                capture_output=True).returncode == 0
    if not made:
        print("skipped a full file system: a small tmpfs cannot be mounted here (not root, or not allowed)")
        return
    try:
        big = work / "big.tsv"
        big.write_bytes(b"\n".join(gdelt_row(i) for i in range(1, 3001)) + b"\n")
        out = mount / "out.tsv"
        out.write_bytes(b"kept\n")
        r = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", str(big), str(out))
        check(r.returncode == 2 and said(r, "No space left on device") and out.read_bytes() == b"kept\n"
              and not stray_files(mount),
              "convert onto a file system that fills up: exit 2, OUT unchanged, no temporary file left",
              r.stderr.decode())
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def read_failure_cases(tool, work):
    """Every read error is a message, never an abort: a directory, a missing file, closed stdin, a
    read error of the system, input too large to hold."""
    paths = [["convert", "--from", "gdelt", "--to", "gdelt"], ["convert", "--from", "json", "--to", "json"],
             ["convert", "--from", "plover", "--to", "json"], ["validate", "--format", "gdelt"],
             ["validate", "--format", "json"], ["validate", "--format", "plover"], ["stats", "--format", "gdelt"]]
    for args in paths:
        name = " ".join(args)
        r = run(tool, *args, str(work))
        check(r.returncode == 2 and said(r, "it is a directory"), f"{name} DIRECTORY: exit 2, 'it is a directory'",
              r.stderr.decode())
        r = run(tool, *args, str(work / "missing.tsv"))
        check(r.returncode == 2 and said(r, "No such file or directory"), f"{name} MISSING: exit 2, the system's reason",
              r.stderr.decode())
        r = run(tool, *args, close_stdin=True)
        check(r.returncode == 2 and said(r, "standard input is closed"), f"{name} with stdin closed: exit 2",
              r.stderr.decode())
    # /proc/self/mem opens, but reading it at offset 0 fails (EIO): a read error of the system.
    if os.path.exists("/proc/self/mem"):
        for args in (["validate", "--format", "gdelt"], ["validate", "--format", "json"]):
            r = run(tool, *args, "/proc/self/mem")
            check(r.returncode == 2 and said(r, "cannot read '/proc/self/mem'") and said(r, "Input/output error"),
                  f"{' '.join(args)} on a file whose read fails: exit 2 with the system's reason", r.stderr.decode())
    r = run(tool, "validate", "--format", "json", "/dev/zero", timeout=120)
    check(r.returncode == 2 and said(r, "is larger than 1 GiB"),
          "validate --format json /dev/zero: exit 2, the 1 GiB bound named", r.stderr.decode())


def bad_input_cases(tool, work):
    """Truncated input and bytes that are not UTF-8: located problems; what is written is valid."""
    rows = b"\n".join(gdelt_row(i) for i in range(1, 6)) + b"\n"
    cut = work / "cut.tsv"
    last = rows.rindex(b"\n", 0, len(rows) - 1) + 1
    at = last
    for _ in range(40):  # cut the last row after its 40th field, as an interrupted download would
        at = rows.index(b"\t", at) + 1
    cut.write_bytes(rows[:at])
    r = run(tool, "validate", "--format", "gdelt", str(cut))
    check(r.returncode == 1 and b"line 5" in r.stdout, "validate of a GDELT file cut mid-row names line 5, exit 1",
          r.stdout.decode())
    exported = run(tool, "export", "--format", "json").stdout
    (work / "cut.json").write_bytes(exported[: len(exported) // 2])
    r = run(tool, "validate", "--format", "json", str(work / "cut.json"))
    check(r.returncode == 1 and b"cut.json:" in r.stdout, "validate of JSON cut in the middle: a located problem, exit 1",
          r.stdout.decode()[:300])

    latin1 = work / "latin1.tsv"
    latin1.write_bytes(gdelt_row(1, name=b"M\xc9XICO") + b"\n" + gdelt_row(2) + b"\n")
    r = run(tool, "validate", "--format", "gdelt", str(latin1))
    check(r.returncode == 1 and b"line 1" in r.stdout and b"UTF-8" in r.stdout,
          "validate --format gdelt: a name that is not UTF-8 is a located problem", r.stdout.decode("utf-8", "replace"))
    for to in ("json", "plover"):
        r = run(tool, "convert", "--from", "gdelt", "--to", to, "--lenient", str(latin1))
        try:
            r.stdout.decode("utf-8")
            valid = True
        except UnicodeDecodeError:
            valid = False
        check(valid and len(r.stdout.splitlines()) == 2,
              f"convert --from gdelt --to {to} --lenient: both rows written, the output is valid UTF-8", r.stderr.decode())
    r = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", "--lenient", str(latin1))
    check(r.stdout == latin1.read_bytes(), "convert --from gdelt --to gdelt --lenient keeps the bytes as they were")

    ends_in_cr = work / "cr.tsv"
    ends_in_cr.write_bytes(gdelt_row(1) + b"\r")
    r = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", str(ends_in_cr))
    check(r.returncode == 0 and r.stdout == ends_in_cr.read_bytes(),
          "a lone final \\r is written back byte for byte", repr(r.stdout[-5:]))


def scale_cases(tool, work):
    """100,000 records with one id, in PLOVER and in the library's JSON, are read in linear time
    (the timeout guards a quadratic path; speed itself is measured by bench/, not here)."""
    record = {"id": "same", "date": "2024-07-03", "event": "CONSULT", "actor": "CHN", "recipient": "KAZ"}
    many = work / "same_id.jsonl"
    many.write_bytes((json.dumps(record) + "\n").encode() * 100_000)
    # PLOVER: every record is kept; the repeats get a suffix, counted in a note (not merged).
    r = run(tool, "validate", "--format", "plover", str(many), timeout=120)
    text = r.stdout.decode()
    check(r.returncode == 0 and "id: changed: an id given before, made unique with a suffix (99999; e.g. same)" in text,
          "validate of 100,000 PLOVER records with one id: all kept, the 99,999 repeats noted", text[-600:])
    r = run(tool, "convert", "--from", "plover", "--to", "plover", str(many), timeout=120)
    ids = {json.loads(line)["id"] for line in r.stdout.splitlines()}
    check(r.returncode == 0 and len(ids) == 100_000, "convert of them writes 100,000 events with distinct ids",
          r.stderr.decode()[-600:])
    # The library's JSON: a repeated id is a problem, each one listed; convert writes nothing.
    dataset = json.loads(run(tool, "export", "--format", "json").stdout)
    dataset["events"] += [dataset["events"][0]] * 99_999  # its first event, 100,000 times in all
    doc = work / "same_id.json"
    doc.write_text(json.dumps(dataset))
    r = run(tool, "validate", "--format", "json", str(doc), timeout=120)
    check(r.returncode == 1 and r.stdout.decode().endswith(": 99999 problem(s)\n"),
          "validate of a JSON dataset with 100,000 events of one id lists the 99,999 repeats", r.stdout.decode()[-300:])
    out = work / "same_id.out.json"
    r = run(tool, "convert", "--from", "json", "--to", "json", str(doc), str(out), timeout=120)
    check(r.returncode == 1 and not out.exists() and said(r, "nothing written"),
          "convert of it refuses (exit 1) and writes nothing", r.stderr.decode()[-300:])


def convert_then_validate(tool, data, work):
    """convert never writes what validate rejects: on every real file of every format."""
    if data is None:
        print("skipped convert | validate on real files: no DATA_DIR")
        return
    gdelt = sorted(p for p in (data / "gdelt").glob("gdelt*.tsv") if "Column_Labels" not in p.name)
    for f in gdelt:
        for to in ("gdelt", "plover"):
            c = run(tool, "convert", "--from", "gdelt", "--to", to, "--lenient", str(f))
            v = run(tool, "validate", "--format", to, stdin=c.stdout)
            check(c.returncode in (0, 1) and v.returncode == 0,
                  f"convert --from gdelt --to {to} {f.name} | validate --format {to}: no problem",
                  (v.stdout.decode("utf-8", "replace") + c.stderr.decode())[-1500:])
    plover = sorted((data / "plover").glob("*.json*"))
    for f in plover:
        for to in ("json", "plover"):
            c = run(tool, "convert", "--from", "plover", "--to", to, str(f))
            if c.returncode != 0:
                check(c.stdout == b"", f"convert --from plover --to {to} {f.name} fails (exit {c.returncode}) writing nothing",
                      c.stderr.decode()[-800:])
                c = run(tool, "convert", "--from", "plover", "--to", to, "--lenient", str(f))
            v = run(tool, "validate", "--format", to, stdin=c.stdout)
            check(v.returncode == 0, f"convert --from plover --to {to} {f.name} | validate --format {to}: no problem",
                  v.stdout.decode()[-1500:])


def main():
    tool = os.path.abspath(sys.argv[1])
    data = pathlib.Path(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else None
    work = pathlib.Path(tempfile.mkdtemp(prefix="bilateral-reliability-"))
    try:
        same_file_cases(tool, work)
        write_failure_cases(tool, work)
        failed_run_keeps_out(tool, work)
        full_file_system(tool, work)
        read_failure_cases(tool, work)
        bad_input_cases(tool, work)
        scale_cases(tool, work)
        convert_then_validate(tool, data, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
