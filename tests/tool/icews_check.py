#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Checks of the tool's ICEWS input (`panel --from icews`, `validate --format icews`) through its
command line, against a panel computed here.

    icews_check.py TOOL [DATA_DIR]

The reference panel is a few lines of Python over the rows read with the csv module: dyads from
the Source and Target Country names mapped to ISO 3166-1 alpha-3 by ICEWS's own country list
(DATA_DIR/icews/countrynames-...tsv) and the fix-ups that include/bilateral/codes/icews_countries.hpp
documents, rebuilt here from the list and Debian's iso-codes (not read from the header); months
from Event Date; counts, quad counts by the CAMEO codebook's root ranges (01-05, 06-08, 09-13,
14-20) and exact Intensity sums in tenths. A state acting on itself is a dyad (KAZ-KAZ), as the
accumulator counts it. Fixtures written here, in a temporary folder, run always; with DATA_DIR the
real ICEWS file runs too, and the same file zipped (here) must give the same bytes, as must
--jobs 1 and --jobs 2. Exit 0 when every check passes.
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
ICEWS_FILE = "icews_events.2018.sample_andybega-icews.tsv"
COUNTRY_LIST = "countrynames-DEDI_philip-schrodt-ICEWS-to-jsonl.tsv"

COLUMNS = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
           "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
           "City", "District", "Province", "Country", "Latitude", "Longitude"]

# The fix-ups of ICEWS's list codes that are not current ISO 3166-1 alpha-3 codes, as the comment
# of codes/icews_countries.hpp documents them: territories written sovereign + territory take the
# territory's code (IMY is a typo for IMN); Gaza, Kosovo (user-assigned XKX), East Timor,
# Antarctica; the Netherlands Antilles and NULL name no country.
CODE_FIXUPS = {"PSEGZA": "PSE", "KSV": "XKX", "TMP": "TLS", "ANT": "ATA", "NLDANT": "", "---": "", "GBRIMY": "IMN"}
# Territories that ICEWS files under their sovereign's code get their own ISO code.
NAME_FIXUPS = {"Jersey": "JEY", "Mayotte": "MYT", "Saint Barthelemy": "BLM"}


def check(condition, what):
    print(("ok      " if condition else "FAILED  ") + what)
    if not condition:
        failures.append(what)


def run(tool, *args, stdin=b""):
    return subprocess.run([tool, *map(str, args)], input=stdin, capture_output=True, timeout=600)


def tenths(text):
    whole, _, frac = text.lstrip("-").partition(".")
    value = int(whole or "0") * 10 + int((frac + "0")[0])
    return -value if text.startswith("-") else value


def quad_of(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def name_to_iso(country_list, iso3):
    """ICEWS country name -> ISO alpha-3 ("" for a name that names no country), from the list."""
    names = {}
    unhandled = []
    for line in country_list.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        name, code = line.split("\t")[:2]
        if name in NAME_FIXUPS:
            iso = NAME_FIXUPS[name]
        elif code in CODE_FIXUPS:
            iso = CODE_FIXUPS[code]
        elif code in iso3:
            iso = code
        elif len(code) == 6 and code[3:] in iso3:  # sovereign + territory: USAASM -> ASM
            iso = code[3:]
        else:
            unhandled.append((name, code))
            continue
        names[name] = iso
    check(not unhandled, f"every name of ICEWS's list has an ISO code by the documented rules (unhandled: {unhandled})")
    return names


def rows_of(text):
    """The rows of an ICEWS file as dicts, quotes removed, NA as ""."""
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t")
    return [{k: ("" if v == "NA" else v) for k, v in r.items()} for r in reader]


def reference_panel(rows, iso):
    """(dyad, month) -> [events, vc, mc, vk, mk, goldstein tenths, goldstein events]."""
    cells = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0])
    for r in rows:
        a, b = iso.get(r["Source Country"], ""), iso.get(r["Target Country"], "")
        if not a or not b:
            continue
        code = r["CAMEO Code"]
        if len(code) == 2:  # a code that lost its leading zero
            code = "0" + code
        c = cells[("-".join(sorted((a, b))), r["Event Date"][:7])]
        c[0] += 1
        c[quad_of(code)] += 1
        if r["Intensity"]:
            c[5] += tenths(r["Intensity"])
            c[6] += 1
    return cells


def read_panel_csv(text):
    rows = list(csv.DictReader(io.StringIO(text)))
    return {(r["dyad"], r["period"]): r for r in rows}


def compare_cells(got, want, label):
    check(set(got) == set(want), f"{label}: the same {len(want)} (dyad, month) cells as Python" +
          ("" if set(got) == set(want) else f" (only the tool: {sorted(set(got) - set(want))[:5]}, "
                                            f"only Python: {sorted(set(want) - set(got))[:5]})"))
    bad = []
    for key, (events, vc, mc, vk, mk, gold, gold_events) in want.items():
        r = got.get(key)
        if r is None:
            continue
        row = (int(r["events"]), int(r["verbal_cooperation"]), int(r["material_cooperation"]),
               int(r["verbal_conflict"]), int(r["material_conflict"]), int(r["goldstein_events"]))
        if row != (events, vc, mc, vk, mk, gold_events) or tenths(r["goldstein_sum"] or "0") != gold:
            bad.append((key, row, r["goldstein_sum"], (events, vc, mc, vk, mk, gold_events, gold)))
    check(not bad, f"{label}: every cell's counts, quad counts and Goldstein sum equal Python's" +
          (f" (first difference: {bad[0]})" if bad else ""))
    for key, r in got.items():
        n = int(r["goldstein_events"])
        if n and abs(float(r["goldstein_mean"]) - tenths(r["goldstein_sum"]) / (10 * n)) > 1e-12:
            check(False, f"{label}: goldstein_mean of {key} is goldstein_sum / goldstein_events")
            break


# ---------------------------------------------------------------------------------------------
# Fixtures

# The header: ICEWS's columns in another order (reversed), one column ICEWS has not in the middle.
FIXTURE_HEADER = COLUMNS[::-1][:7] + ["Comment"] + COLUMNS[::-1][7:]


def fixture_row(event_id, day, source, target, code, intensity, source_sectors='"Government,Executive"',
                target_sectors="NA", source_name=None, target_name=None, comment="x"):
    values = {
        "Event ID": event_id, "Event Date": day,
        "Source Name": source_name or f"Government ({source})", "Source Sectors": source_sectors,
        "Source Country": source, "Event Text": "Event", "CAMEO Code": code, "Intensity": intensity,
        "Target Name": target_name or f"Citizen ({target})", "Target Sectors": target_sectors,
        "Target Country": target, "Story ID": "47400001", "Sentence Number": "1", "Publisher": "Xinhua News Agency",
        "City": "Astana", "District": "NA", "Province": "NA", "Country": "Kazakhstan", "Latitude": "51.1801",
        "Longitude": "71.446", "Comment": comment,
    }
    return "\t".join(values[c] for c in FIXTURE_HEADER)


def fixture_text(rows):
    return "\r\n".join(["\t".join(FIXTURE_HEADER), *rows]) + "\r\n"


GOOD_ROWS = [
    fixture_row("1001", "2018-06-01", "China", "Kazakhstan", "042", "1.9"),
    fixture_row("1002", "2018-06-02", "Kazakhstan", "China", "057", "8", source_sectors='"Executive Office,Elite"'),
    fixture_row("1003", "2018-07-15", "Russian Federation", "Kazakhstan", "0874", "10"),
    fixture_row("1004", "2018-07-15", "United States", "China", "112", "-2", target_sectors='"Government"'),
    fixture_row("1005", "2018-07-20", "China", "United States", "190", "-10"),
    fixture_row("1006", "2018-07-20", "NA", "China", "141", "-6.5", source_sectors="NA"),
    fixture_row("1007", "2018-07-21", "Kazakhstan", "Kazakhstan", "1056", "-5"),
    fixture_row("1008", "2018-08-01", "Occupied Palestinian Territory", "Israel", "1711", "-9.2"),
    fixture_row("1009", "2018-08-02", "Israel", "Occupied Palestinian Territory", "012", "-0.4", comment="NA"),
    fixture_row("1010", "2018-08-03", "China", "Kazakhstan", "036", "NA"),  # no Intensity: no Goldstein value
]


def fixtures(tool, iso, tmp):
    good = tmp / "events.tab"
    good.write_bytes(fixture_text(GOOD_ROWS).encode())

    # Through the model and back: the panel of the PLOVER written equals the panel of the rows
    # (roots 03-20, which PLOVER can type), a row without Intensity included.
    plover = tmp / "events.jsonl"
    c = run(tool, "convert", "--from", "icews", "--to", "plover", good, plover)
    roots = ",".join(f"{r:02d}" for r in range(3, 21))
    via_model = run(tool, "panel", "--from", "plover", "--by", "month", plover)
    direct = run(tool, "panel", "--from", "icews", "--by", "month", "--roots", roots, good)
    check(c.returncode == 0 and via_model.returncode == 0 and via_model.stdout == direct.stdout and len(direct.stdout) > 100,
          "fixture: the panel of convert --to plover equals the ICEWS panel of roots 03-20, byte for byte")
    text = good.read_bytes().decode()
    check(text.count("\r\n") == len(GOOD_ROWS) + 1 and '"Government,Executive"' in text and "\tNA\t" in text,
          "the fixture has CRLF line ends, quoted sectors and NA fields")

    v = run(tool, "validate", "--format", "icews", good)
    out = v.stdout.decode()
    check(v.returncode == 0 and f"{len(GOOD_ROWS)} good rows" in out,
          f"validate --format icews: a header in another order with an extra column, NA, quotes, CRLF: exit 0 "
          f"(exit {v.returncode}: {out.strip()} {v.stderr.decode().strip()})")

    p = run(tool, "panel", "--from", "icews", "--by", "month", good)
    check(p.returncode == 0, f"panel --from icews on the fixture: exit 0 (exit {p.returncode}: {p.stderr.decode().strip()})")
    want = reference_panel(rows_of(text), iso)
    got = read_panel_csv(p.stdout.decode())
    compare_cells(got, want, "fixture")
    check(("KAZ-KAZ", "2018-07") in got and ("ISR-PSE", "2018-08") in got and ("CHN-KAZ", "2018-06") in got,
          "the fixture's dyads: a state acting on itself (KAZ-KAZ), undirected and alphabetical (ISR-PSE, CHN-KAZ)")
    err = p.stderr.decode()
    n = len(GOOD_ROWS)
    check(f"{n} events: {n - 1} counted" in err and "1 without two known states" in err,
          f"the summary counts the row without a source country apart: {err.strip()}")

    # One bad Event Date (June has 30 days), on line 4 (the header is line 1).
    bad_rows = list(GOOD_ROWS)
    bad_rows[2] = fixture_row("1003", "2018-06-31", "Russian Federation", "Kazakhstan", "0874", "10")
    bad = tmp / "bad.tab"
    bad.write_bytes(fixture_text(bad_rows).encode())
    v = run(tool, "validate", "--format", "icews", bad)
    out = v.stdout.decode()
    check(v.returncode == 1 and "line 4" in out and "Event Date" in out and "2018-06-31" in out,
          f"validate --format icews on a bad Event Date: exit 1, the line (4) and the column named "
          f"(exit {v.returncode}: {out.strip()})")

    strict = run(tool, "panel", "--from", "icews", "-o", tmp / "strict.csv", bad)
    err = strict.stderr.decode()
    check(strict.returncode == 1 and not (tmp / "strict.csv").exists() and strict.stdout == b"" and
          "line 4" in err and "Event Date" in err,
          f"panel on the bad file: exit 1, the line and column named, nothing written (exit {strict.returncode}: {err.strip()})")
    strict_stdout = run(tool, "panel", "--from", "icews", bad)
    check(strict_stdout.returncode == 1 and strict_stdout.stdout == b"",
          "panel on the bad file to standard output: exit 1, nothing written")

    lenient = run(tool, "panel", "--from", "icews", "--lenient", "-o", tmp / "lenient.csv", bad)
    err = lenient.stderr.decode()
    check(lenient.returncode == 1 and (tmp / "lenient.csv").exists() and f"1 of {len(GOOD_ROWS)} lines skipped" in err,
          f"--lenient skips and counts the bad row, writes the panel, exit 1 (exit {lenient.returncode}: {err.strip()})")
    if (tmp / "lenient.csv").exists():
        good_rows = [r for r in rows_of(fixture_text(bad_rows)) if r["Event Date"] != "2018-06-31"]
        compare_cells(read_panel_csv((tmp / "lenient.csv").read_text()), reference_panel(good_rows, iso),
                      f"--lenient on the bad file: the panel of the {len(good_rows)} good rows")

    # A CAMEO code that lost its leading zero ("43" for "043", Host a visit).
    restored = tmp / "restored.tab"
    restored.write_bytes(fixture_text([GOOD_ROWS[0], fixture_row("1010", "2018-06-05", "Kazakhstan", "China", "43", "2.8")]).encode())
    p = run(tool, "panel", "--from", "icews", restored)
    err = p.stderr.decode()
    cell = read_panel_csv(p.stdout.decode()).get(("CHN-KAZ", "2018-06"), {})
    check(p.returncode == 0 and cell.get("events") == "2" and cell.get("verbal_cooperation") == "2" and
          cell.get("goldstein_sum") == "4.7",
          f"a CAMEO code \"43\" is read as 043 (verbal cooperation) and counted: {cell.get('events')} events")
    check("leading zero" in err and "restored.tab" in err,
          f"panel notes the restored code on stderr: {err.strip()}")
    v = run(tool, "validate", "--format", "icews", restored)
    check(v.returncode == 0 and "leading zero" in v.stderr.decode(),
          f"validate: the restored code is good (exit 0) and noted on stderr: {v.stderr.decode().strip()}")

    # Two rows with the same Event ID and Event Date (lines 2 and 4): both count, the second is noted.
    repeated = tmp / "repeated.tab"
    repeated.write_bytes(fixture_text([
        GOOD_ROWS[0], GOOD_ROWS[1], fixture_row("1001", "2018-06-01", "China", "Kazakhstan", "036", "4")]).encode())
    p = run(tool, "panel", "--from", "icews", repeated)
    err = p.stderr.decode()
    cell = read_panel_csv(p.stdout.decode()).get(("CHN-KAZ", "2018-06"), {})
    check(p.returncode == 0 and cell.get("events") == "3",
          f"two rows with the same Event ID and Event Date both count: CHN-KAZ 2018-06 has {cell.get('events')} events (3)")
    check("note" in err and "line 4" in err and "repeat line 2" in err,
          f"a note names the repeated row (line 4) and the first one (line 2): {err.strip()}")

    # A country name outside ICEWS's list.
    atlantis = tmp / "atlantis.tab"
    atlantis.write_bytes(fixture_text([GOOD_ROWS[0], fixture_row("1011", "2018-06-03", "Atlantis", "China", "042", "1.9")]).encode())
    p = run(tool, "panel", "--from", "icews", atlantis)
    err = p.stderr.decode()
    check(p.returncode == 0 and "Atlantis" in err and "1 without two known states" in err,
          f"panel: a country name outside ICEWS's list is named on stderr, its row has no dyad: {err.strip()}")
    check(set(read_panel_csv(p.stdout.decode())) == {("CHN-KAZ", "2018-06")}, "panel: Atlantis makes no dyad")
    v = run(tool, "validate", "--format", "icews", atlantis)
    check("Atlantis" in v.stderr.decode(), f"validate: the name Atlantis is reported on stderr: {v.stderr.decode().strip()}")


# ---------------------------------------------------------------------------------------------
# The real file

def real_file(tool, iso, data_dir, tmp):
    path = pathlib.Path(data_dir) / "icews" / ICEWS_FILE
    text = path.read_bytes().decode("utf-8")
    rows = rows_of(text)
    check(len(rows) == 3705, f"Python reads {len(rows)} rows of {ICEWS_FILE} (3705)")
    names = {r[k] for r in rows for k in ("Source Country", "Target Country") if r[k]}
    check(names <= set(iso), f"every country name of the file is in ICEWS's list (not: {sorted(names - set(iso))})")

    out = run(tool, "panel", "--from", "icews", "--by", "month", path)
    check(out.returncode == 0, f"panel --from icews --by month on the real file: exit 0 (exit {out.returncode}: "
                               f"{out.stderr.decode()[-300:]})")
    want = reference_panel(rows, iso)
    compare_cells(read_panel_csv(out.stdout.decode()), want, f"{ICEWS_FILE}")
    counted = sum(c[0] for c in want.values())
    check(f"3705 events: {counted} counted" in out.stderr.decode(),
          f"the summary: 3705 events, {counted} counted: {out.stderr.decode().strip()}")

    zipped = tmp / "icews_events.2018.tab.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(path, "icews_events.2018.tab")
    from_zip = run(tool, "panel", "--from", "icews", "--by", "month", zipped)
    check(from_zip.returncode == 0 and from_zip.stdout == out.stdout,
          "the same file zipped (.tab.zip, deflate, one member) gives the same bytes")

    for by in ("day", "month"):
        args = ["panel", "--from", "icews", "--by", by, path, zipped]
        one = run(tool, *args, "--jobs", "1")
        two = run(tool, *args, "--jobs", "2")
        check(one.returncode == two.returncode == 0 and one.stdout == two.stdout and len(one.stdout) > 1000 and
              one.stderr == two.stderr,
              f"--by {by}, the file and its zipped copy: --jobs 1 and 2 give the same bytes")
        if by == "month":
            doubled = {k: [2 * x for x in c] for k, c in want.items()}
            compare_cells(read_panel_csv(one.stdout.decode()), doubled, "the file and its zipped copy together (every count twice)")

    v = run(tool, "validate", "--format", "icews", path)
    out = v.stdout.decode()
    check(v.returncode == 0 and "3705 good rows" in out, f"validate --format icews on the real file: exit 0, 3705 good rows: {out.strip()}")

    # Through the model: ICEWS -> PLOVER JSONL, which validates, and whose panel is the ICEWS panel
    # of the events PLOVER can hold (roots 03-20: PLOVER has no type for 01 and 02), byte for byte
    # (the Goldstein values travel as event_scale with their table, ICEWS).
    plover = tmp / "icews.jsonl"
    c = run(tool, "convert", "--from", "icews", "--to", "plover", path, plover)
    roots_01_02 = sum(1 for r in rows if r["CAMEO Code"][:2] in ("01", "02"))
    check(c.returncode == 0 and plover.read_text().count("\n") == 3705 - roots_01_02,
          f"convert --from icews --to plover: exit 0, one record per event of roots 03-20 ({3705 - roots_01_02})")
    check("not held" in c.stderr.decode(), "convert --to plover counts what the model cannot hold (sentence numbers, coordinates)")
    vp = run(tool, "validate", "--format", "plover", plover)
    check(vp.returncode == 0, f"the PLOVER written validates: {vp.stdout.decode()[-200:]}")
    roots = ",".join(f"{r:02d}" for r in range(3, 21))
    via_model = run(tool, "panel", "--from", "plover", "--by", "month", plover)
    direct = run(tool, "panel", "--from", "icews", "--by", "month", "--roots", roots, path)
    check(via_model.returncode == 0 and direct.returncode == 0 and via_model.stdout == direct.stdout,
          "the panel of the PLOVER written equals the ICEWS panel of roots 03-20, byte for byte")


def main():
    tool = sys.argv[1]
    data_dir = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
    iso3 = {c["alpha_3"] for c in json.loads(ISO_CODES.read_text())["3166-1"]} | {"XKX"}
    if data_dir:
        iso = name_to_iso(pathlib.Path(data_dir) / "icews" / COUNTRY_LIST, iso3)
    else:
        # The fixtures' names only, by hand.
        iso = {"China": "CHN", "Kazakhstan": "KAZ", "Russian Federation": "RUS", "United States": "USA",
               "Occupied Palestinian Territory": "PSE", "Israel": "ISR"}
    with tempfile.TemporaryDirectory() as tmp:
        fixtures(tool, iso, pathlib.Path(tmp))
        if data_dir:
            real_file(tool, iso, data_dir, pathlib.Path(tmp))
        else:
            print("skipped: the real-data checks (no DATA_DIR)")
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
