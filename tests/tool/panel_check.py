#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Checks of `bilateral panel` through its command line, against a panel computed here.

    panel_check.py TOOL [DATA_DIR]

The reference panel is a few lines of Python over the GDELT rows split on tabs: dyads from the
actors' CAMEO country codes (a code is its own ISO code when ISO 3166-1 has it, plus GDELT's six
CAMEO spellings of other ISO codes), months from SQLDATE, counts, quad counts and exact Goldstein
sums in tenths. Fixtures written here run always; with DATA_DIR the real GDELT files run too, and
the same files zipped (here, in a temporary folder) must give the same bytes, as must --jobs 1
and --jobs 2. Exit 0 when every check passes.
"""
import csv
import io
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict

failures = []

ISO_CODES = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
# CAMEO country codes of GDELT's list that spell another ISO code (West Bank and Gaza are ISO's PSE).
CAMEO_TO_ISO = {"TMP": "TLS", "IMY": "IMN", "MTN": "MNE", "ROM": "ROU", "WSB": "PSE", "GZS": "PSE"}


def check(condition, what):
    print(("ok      " if condition else "FAILED  ") + what)
    if not condition:
        failures.append(what)


def run(tool, *args, stdin=b""):
    return subprocess.run([tool, *map(str, args)], input=stdin, capture_output=True, timeout=600)


def iso_of(cameo_countries, iso3):
    def iso(code):
        if code in CAMEO_TO_ISO:
            return CAMEO_TO_ISO[code]
        return code if code in iso3 and code in cameo_countries else ""
    return iso


def tenths(text):
    whole, _, frac = text.lstrip("-").partition(".")
    value = int(whole or "0") * 10 + int((frac + "0")[0])
    return -value if text.startswith("-") else value


def reference_panel(paths, iso):
    """(dyad, month) -> [events, vc, mc, vk, mk, goldstein tenths]."""
    cells = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for path in paths:
        for line in pathlib.Path(path).read_bytes().decode("utf-8", "replace").splitlines():
            f = line.split("\t")
            if len(f) not in (57, 58, 61):
                continue
            a, b = iso(f[7]), iso(f[17])
            if not a or not b:
                continue
            dyad = "-".join(sorted((a, b)))
            month = f[1][0:4] + "-" + f[1][4:6]
            c = cells[(dyad, month)]
            c[0] += 1
            if f[29] in ("1", "2", "3", "4"):
                c[int(f[29])] += 1
            if f[30]:
                c[5] += tenths(f[30])
    return cells


def read_panel_csv(text):
    rows = list(csv.DictReader(io.StringIO(text)))
    return {(r["dyad"], r["period"]): r for r in rows}


def compare_with_reference(tool, paths, iso, label):
    out = run(tool, "panel", "--from", "gdelt", "--by", "month", "--lenient", *paths)
    check(out.returncode in (0, 1), f"{label}: panel runs (exit {out.returncode}: {out.stderr.decode()[-300:]})")
    got = read_panel_csv(out.stdout.decode())
    want = reference_panel(paths, iso)
    check(set(got) == set(want), f"{label}: the same {len(want)} (dyad, month) cells as Python")
    bad = []
    for key, (events, vc, mc, vk, mk, gold) in want.items():
        r = got.get(key)
        if r is None:
            continue
        row = (int(r["events"]), int(r["verbal_cooperation"]), int(r["material_cooperation"]),
               int(r["verbal_conflict"]), int(r["material_conflict"]))
        if row != (events, vc, mc, vk, mk) or tenths(r["goldstein_sum"] or "0") != gold:
            bad.append((key, row, r["goldstein_sum"], (events, vc, mc, vk, mk, gold)))
    check(not bad, f"{label}: every cell's counts, quad counts and Goldstein sum equal Python's" +
          (f" (first difference: {bad[0]})" if bad else ""))
    for key, r in got.items():
        n = int(r["goldstein_events"])
        if n:
            mean = float(r["goldstein_mean"])
            if abs(mean - tenths(r["goldstein_sum"]) / (10 * n)) > 1e-12:
                check(False, f"{label}: goldstein_mean of {key} is goldstein_sum / goldstein_events")
                break
    return out


def fixture_rows():
    """GDELT 2.0 rows written here: China, Kazakhstan, the United States and a region."""
    def row(day, a, b, code, quad, goldstein, articles="3"):
        f = [""] * 61
        f[0], f[1], f[2], f[3] = "1", day, day[:6], day[:4]
        f[5], f[7], f[15], f[17] = a, a, b, b
        f[25], f[26], f[27], f[28], f[29], f[30] = "1", code, code[:3], code[:2], quad, goldstein
        f[31], f[32], f[33] = articles, "1", articles
        f[59] = day + "000000"
        return "\t".join(f)
    return "\n".join([
        row("20240703", "CHN", "KAZ", "042", "1", "1.9"),
        row("20240703", "KAZ", "CHN", "057", "1", "8.0"),
        row("20240720", "CHN", "KAZ", "010", "1", "0.0"),
        row("20240801", "CHN", "KAZ", "0874", "2", "10.0"),
        row("20240802", "USA", "CHN", "112", "3", "-2.0"),
        row("20240802", "USA", "CHN", "190", "4", "-10.0"),
        row("20240909", "ROM", "USA", "036", "1", "4.0"),
        row("20240909", "AFR", "USA", "036", "1", "4.0"),
    ]) + "\n"


def fixtures(tool, iso, tmp):
    day = tmp / "fixture.tsv"
    day.write_text(fixture_rows())
    compare_with_reference(tool, [day], iso, "fixture rows")

    out = run(tool, "panel", "--from", "gdelt", day)
    err = out.stderr.decode()
    check(out.returncode == 0 and "8 events: 7 counted" in err and "1 without two known states" in err,
          f"the summary on stderr counts the row without two states apart: {err.strip()}")
    header = out.stdout.decode().splitlines()[0]
    check(header.startswith("dyad,period,events,verbal_cooperation,material_cooperation,verbal_conflict,"
                            "material_conflict,goldstein_sum,goldstein_mean"),
          "the CSV's first columns are the documented ones")

    filled = run(tool, "panel", "--from", "gdelt", "--fill", "--countries", "CHN,KAZ,USA", "--since", "2024-06",
                 "--until", "2024-09", day)
    lines = filled.stdout.decode().splitlines()[1:]
    check(filled.returncode == 0 and len(lines) == 3 * 4,
          f"--fill --countries CHN,KAZ,USA over 2024-06..09: 3 dyads x 4 months = {len(lines)} rows")
    empty = [l for l in lines if l.startswith("KAZ-USA,2024-06,")]
    check(len(empty) == 1 and empty[0].split(",")[2] == "0" and empty[0].split(",")[8] == "",
          "an empty cell has 0 events and no mean (empty, not 0)")

    directed = read_panel_csv(run(tool, "panel", "--from", "gdelt", "--directed", "--by", "day", day).stdout.decode())
    check(("CHN-KAZ", "2024-07-03") in directed and ("KAZ-CHN", "2024-07-03") in directed,
          "--directed --by day keeps CHN-KAZ and KAZ-CHN apart")

    weighted = read_panel_csv(run(tool, "panel", "--from", "gdelt", "--weight", "articles", day).stdout.decode())
    check(weighted[("CHN-KAZ", "2024-07")]["articles"] == "9" and
          weighted[("CHN-KAZ", "2024-07")]["articles_goldstein_sum"] == "29.7",
          "--weight articles: Σ NumArticles and Σ NumArticles × Goldstein (3 × 9.9)")

    as_json = run(tool, "panel", "--from", "gdelt", "--format", "json", "--by", "quarter", day)
    doc = json.loads(as_json.stdout)
    check(as_json.returncode == 0 and doc["by"] == "quarter" and doc["summary"]["without_dyad"] == 1 and
          any(r["dyad"] == "CHN-KAZ" and r["period"] == "2024-Q3" and r["events"] == 4 for r in doc["rows"]),
          "--format json --by quarter: the summary and the rows")

    bad = tmp / "bad.tsv"
    bad.write_text(fixture_rows() + "not\ta\tgdelt\trow\n")
    strict = run(tool, "panel", "--from", "gdelt", "-o", tmp / "strict.csv", day, bad)
    err = strict.stderr.decode()
    check(strict.returncode == 1 and "bad.tsv: line 9, column 5" in err and not (tmp / "strict.csv").exists(),
          "a bad row in one file of two: its file and line are named, exit 1, no panel written")
    lenient = run(tool, "panel", "--from", "gdelt", "--lenient", "-o", tmp / "lenient.csv", day, bad)
    check(lenient.returncode == 1 and (tmp / "lenient.csv").exists() and "1 of 9 lines skipped" in lenient.stderr.decode(),
          "--lenient skips and counts the bad row, writes the panel, exit 1")

    for args, what in [(["--dyad", "CHN_USA"], "--dyad CHN_USA"), (["--since", "2024-13"], "--since 2024-13"),
                       (["--countries", "CHN,kaz"], "--countries CHN,kaz"), (["--roots", "21"], "--roots 21"),
                       (["--since", "2025", "--until", "2024"], "--since after --until")]:
        r = run(tool, "panel", "--from", "gdelt", *args, day)
        check(r.returncode == 2 and r.stdout == b"" and b"bilateral panel:" in r.stderr, f"{what} is a usage error")
    r = run(tool, "panel", "--from", "plover", "--weight", "articles", day)
    check(r.returncode == 2 and b"--weight needs GDELT rows" in r.stderr, "--weight with --from plover is a usage error")
    r = run(tool, "panel", "--from", "gdelt", tmp / "missing.tsv")
    check(r.returncode == 2 and b"missing.tsv" in r.stderr, "a missing input is named, exit 2")


def real_files(tool, iso, data_dir, tmp):
    gdelt = pathlib.Path(data_dir) / "gdelt"
    files = sorted(p for p in gdelt.glob("*.tsv") if "Header" not in p.name and "Column_Labels" not in p.name)
    out = compare_with_reference(tool, files, iso, f"{len(files)} real GDELT files")

    zipped = tmp / "zipped"
    zipped.mkdir()
    for f in files:
        with zipfile.ZipFile(zipped / (f.stem + ".export.CSV.zip"), "w", zipfile.ZIP_DEFLATED) as z:
            z.write(f, f.stem + ".export.CSV")
    from_zips = run(tool, "panel", "--from", "gdelt", "--by", "month", "--lenient", zipped)
    check(from_zips.stdout == out.stdout and from_zips.returncode == out.returncode,
          f"the same files zipped ({len(files)} archives in a folder) give the same bytes")

    for by in ("day", "week", "month", "year"):
        args = ["panel", "--from", "gdelt", "--by", by, "--lenient", "--weight", "mentions", "--one-a-day", *files]
        one = run(tool, *args, "--jobs", "1")
        two = run(tool, *args, "--jobs", "2")
        four = run(tool, *args, "--jobs", "4")
        check(one.stdout == two.stdout == four.stdout and len(one.stdout) > 1000 and one.stderr == two.stderr,
              f"--by {by} --one-a-day --weight mentions: --jobs 1, 2 and 4 give the same bytes")

    real_zip = gdelt / "gdelt1_daily_20141124.export.CSV.zip"
    real_tsv = gdelt / "gdelt1_daily_20141124_export_loum-geoutils.tsv"
    if real_zip.exists():
        a = run(tool, "panel", "--from", "gdelt", "--by", "day", real_zip)
        b = run(tool, "panel", "--from", "gdelt", "--by", "day", real_tsv)
        check(a.returncode == 0 and a.stdout == b.stdout and len(a.stdout.splitlines()) > 1,
              "GDELT's own zip of 2014-11-24 gives the bytes of its unzipped copy")

    plover = pathlib.Path(data_dir) / "plover" / "plover_PLOVER_GSR_CAMEO.jsonl"
    if plover.exists():
        p = run(tool, "panel", "--from", "plover", "--by", "year", plover)
        rows = list(csv.DictReader(io.StringIO(p.stdout.decode())))
        types = sum(int(r[k]) for r in rows for k in r if k.startswith("plover_"))
        check(p.returncode == 0 and rows and types > 0 and all(r["goldstein_sum"] == "" for r in rows),
              f"a PLOVER panel ({len(rows)} rows): PLOVER type counts ({types}), no Goldstein where the source has none")

    exported = tmp / "astana.json"
    exported.write_bytes(run(tool, "export", "--format", "json").stdout)
    plain = list(csv.DictReader(io.StringIO(run(tool, "panel", "--from", "json", exported).stdout.decode())))
    scored = run(tool, "panel", "--from", "json", "--goldstein", "icews", exported)
    rows = list(csv.DictReader(io.StringIO(scored.stdout.decode())))
    check(scored.returncode == 0 and len(rows) == 1 and rows[0]["dyad"] == "CHN-KAZ" and rows[0]["period"] == "2024-07" and
          rows[0]["goldstein_events"] == rows[0]["events"] and plain[0]["events"] == rows[0]["events"],
          "the built-in dataset as JSON: one dyad and month; --goldstein icews scores every CAMEO-coded event")


def main():
    tool = sys.argv[1]
    data_dir = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
    iso3 = {c["alpha_3"] for c in json.loads(ISO_CODES.read_text())["3166-1"]}
    cameo_countries = set(iso3)
    if data_dir:
        listing = pathlib.Path(data_dir) / "cameo" / "gdelt_CAMEO.country_gl0bsec-get_gdelt_data.txt"
        cameo_countries = {l.split("\t")[0] for l in listing.read_text().splitlines()[1:] if l}
    iso = iso_of(cameo_countries, iso3)
    with tempfile.TemporaryDirectory() as tmp:
        fixtures(tool, iso, pathlib.Path(tmp))
        if data_dir:
            real_files(tool, iso, data_dir, pathlib.Path(tmp))
        else:
            print("skipped: the real-data checks (no DATA_DIR)")
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
