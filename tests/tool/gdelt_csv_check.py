#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""GDELT written back out as users write it gives the same panel as the native file.

    gdelt_csv_check.py TOOL DATA_DIR

Each real GDELT file of DATA_DIR/gdelt is written back here, in a temporary folder, three ways:
- by pandas as most users do: `read_csv` with its default types (so "010" becomes the number 10,
  and whole-number columns with gaps become "4.0"), then `to_csv` comma-separated, text quoted,
  `NA` for empty;
- by pandas with every column as text, every field quoted, tab-separated, the columns shuffled and
  one column of its own added (as a BigQuery or R export may order and extend them);
- only the columns a panel reads (a subset), lower-case names as BigQuery writes them.
Then `bilateral panel` must write the same bytes from the CSV (`--from gdelt-csv`, and `--from
auto`, which must say it detected gdelt-csv) as from the native file, with and without `--weight`,
`--one-a-day` and `--root-events`; `validate --format gdelt-csv` must find every row good;
`convert --from gdelt-csv --to gdelt` must give rows the native reader reads to the same panel; and
a file missing a required column must be refused with its name. Exit 0 when every check passes.
"""
import csv
import pathlib
import random
import subprocess
import sys
import tempfile

import pandas as pd

failures = []

NATIVE_FILES = [
    "gdelt2_20151027220000.export_narayave-Insight-GDELT-Feed.tsv",
    "gdelt2_20180326044500.export_epournaras-DIAS-GDELT.tsv",
    "gdelt1_daily_20141124_export_loum-geoutils.tsv",
]
LABELS_2 = "gdelt2HeaderRows_GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"
LABELS_1 = "gdeltPyR_GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv"


def check(condition, what):
    print(("ok      " if condition else "FAILED  ") + what)
    if not condition:
        failures.append(what)


def run(tool, *args):
    return subprocess.run([tool, *map(str, args)], capture_output=True, timeout=600)


def labels(data, fields):
    """GDELT's column names, from its own label files (2.0: 61, 1.0: 58)."""
    if fields == 61:
        with open(data / "gdelt" / LABELS_2, encoding="utf-8", newline="") as f:
            return [row[0] for row in list(csv.reader(f))[1:]]
    lines = (data / "gdelt" / LABELS_1).read_text(encoding="utf-8").split()
    return lines[1:]


def main():
    tool, data = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for name in NATIVE_FILES:
            native = data / "gdelt" / name
            fields = len(native.read_text(encoding="utf-8").split("\n", 1)[0].split("\t"))
            names = labels(data, fields)
            check(len(names) == fields, f"{name}: {fields} column labels")
            typed = pd.read_csv(native, sep="\t", header=None, names=names, keep_default_na=False, na_values=[""])
            as_text = pd.read_csv(native, sep="\t", header=None, names=names, dtype=str, keep_default_na=False)

            pandas_csv = tmp / (name + ".pandas.csv")
            typed.to_csv(pandas_csv, index=False, na_rep="NA", quoting=csv.QUOTE_NONNUMERIC)
            shuffled = list(names)
            random.Random(7).shuffle(shuffled)
            quoted_tsv = tmp / (name + ".quoted.tsv")
            as_text.assign(Note="exported")[shuffled + ["Note"]].replace("", "NA").to_csv(
                quoted_tsv, index=False, sep="\t", quoting=csv.QUOTE_ALL)
            subset = tmp / (name + ".subset.csv")
            # What a panel reads of a GDELT row (panel/gdelt.hpp): a subset without QuadClass, say,
            # is read, but its events have no quad class, so its panel differs (rightly).
            needed = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor2Code", "Actor1CountryCode", "Actor2CountryCode",
                      "EventCode", "IsRootEvent", "QuadClass", "GoldsteinScale", "NumArticles", "NumMentions", "NumSources"]
            typed[needed].rename(columns=str.lower).to_csv(subset, index=False, na_rep="NA")
            codes_lost = (typed["EventCode"].astype(str).str.len() < as_text["EventCode"].str.len()).sum()
            check(codes_lost > 0, f"{name}: pandas dropped leading zeros of {codes_lost} CAMEO codes (what the reader must undo)")

            for options in ([], ["--weight", "articles"], ["--one-a-day"], ["--root-events", "--by", "day"]):
                want = run(tool, "panel", "--from", "gdelt", *options, native)
                lines = want.stdout.count(b"\n")
                check(want.returncode == 0 and lines > 1, f"{name}: native panel {' '.join(options)} ({lines} lines)")
                for copy in (pandas_csv, quoted_tsv, subset):
                    got = run(tool, "panel", "--from", "gdelt-csv", *options, copy)
                    check(got.returncode == 0 and got.stdout == want.stdout,
                          f"{copy.name}: panel {' '.join(options)} equals the native file's byte for byte"
                          + ("" if got.returncode == 0 else f" (exit {got.returncode}: {got.stderr.decode()[:300]})"))
            detected = run(tool, "panel", "--from", "auto", pandas_csv)
            check(detected.returncode == 0 and detected.stdout == run(tool, "panel", "--from", "gdelt", native).stdout,
                  f"{pandas_csv.name}: --from auto gives the same panel")
            check(b"detected gdelt-csv (a header naming GDELT's columns (comma-separated)) in 1 input" in detected.stderr,
                  f"{pandas_csv.name}: --from auto says what it detected ({detected.stderr.decode()[:200]!r})")
            check(b"read as comma-separated GDELT with a header" in detected.stderr
                  and b"CAMEO codes that had lost the leading zero, restored" in detected.stderr,
                  f"{pandas_csv.name}: the dialect and the restored codes are reported")

            rows = len(typed)
            valid = run(tool, "validate", "--format", "gdelt-csv", quoted_tsv)
            check(valid.returncode == 0 and f"{rows} lines, {rows} good rows".encode() in valid.stdout,
                  f"{quoted_tsv.name}: validate finds {rows} good rows ({valid.stdout.decode().strip()[-80:]})")

            back = tmp / (name + ".back.tsv")
            converted = run(tool, "convert", "--from", "gdelt-csv", "--to", "gdelt", pandas_csv, back)
            check(converted.returncode == 0, f"{pandas_csv.name}: convert --to gdelt ({converted.stderr.decode()[:200]!r})")
            check(run(tool, "panel", "--from", "gdelt", back).stdout == run(tool, "panel", "--from", "gdelt", native).stdout,
                  f"{pandas_csv.name}: the rows converted back to GDELT give the native panel")

        broken = tmp / "no_code.csv"
        broken.write_text("GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode\n1,20240703,CHN,KAZ\n", encoding="utf-8")
        refused = run(tool, "panel", "--from", "gdelt-csv", broken)
        check(refused.returncode == 1 and b"GDELT columns missing from the header: EventCode" in refused.stderr,
              f"a header without EventCode is refused with its name ({refused.stderr.decode()[:200]!r})")
        unknown = tmp / "unknown.csv"
        unknown.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
        said = run(tool, "panel", "--from", "auto", unknown)
        check(said.returncode == 2 and b"cannot tell the format of" in said.stderr and b"name it with --from" in said.stderr,
              f"--from auto on a file of no known format says so ({said.stderr.decode()[:200]!r})")
        said = run(tool, "validate", "--format", "auto", unknown)
        check(said.returncode == 2 and b"name it with --format" in said.stderr,
              f"validate names its own option, --format ({said.stderr.decode()[:200]!r})")

    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
