#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""The POLECAT and Phoenix inputs of the tool, through its command line, against Python.

    row_formats_check.py TOOL FIXTURES_DIR

FIXTURES_DIR is tests/data (files the project wrote from each format's documented layout). For
each format: `validate` finds every row good; `panel --by month` equals a panel computed here with
the csv module (dyads by the documented rule, counts by quad class, Goldstein sums where the source
has them); `--from auto` says what it detected and gives the same bytes; `stats` counts the same
events; `convert --to json` writes one typed row a line and `--to plover` PLOVER JSONL that
`validate --format plover` accepts; a copy with a broken date stops a strict run at the line and
column, and a lenient run keeps the other rows. Exit 0 when every check passes.
"""
import csv
import io
import json
import pathlib
import subprocess
import sys
import tempfile
from collections import defaultdict

failures = []

QUADS = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}
ISO = {c["alpha_3"] for c in json.loads(pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json").read_text())["3166-1"]}


def check(condition, what):
    print(("ok      " if condition else "FAILED  ") + what)
    if not condition:
        failures.append(what)


def run(tool, *args):
    return subprocess.run([tool, *map(str, args)], capture_output=True, timeout=600)


def first(value):
    """The first item of a POLECAT "; " list, "" for None."""
    return "" if value in ("", "None") else value.split("; ")[0]


def polecat_panel(path):
    """(dyad, month) -> [events, vc, mc, vk, mk]: the first Actor Country and the first Recipient
    Country, both ISO 3166-1 codes, in alphabetical order; the quad class from Quad Code."""
    cells = defaultdict(lambda: [0, 0, 0, 0, 0])
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            a, b = first(r["Actor Country"]), first(r["Recipient Country"])
            if a not in ISO or b not in ISO:
                continue
            c = cells[("-".join(sorted((a, b))), r["Event Date"][:7])]
            c[0] += 1
            if r["Quad Code"] in QUADS:
                c[QUADS[r["Quad Code"]]] += 1
    return cells


def phoenix_panel(path):
    """(dyad, month) -> [events, vc, mc, vk, mk]: SourceActorEntity and TargetActorEntity (field 7
    and 11), each an ISO 3166-1 code in this fixture (the tool maps CAMEO's own country codes, such
    as ROM, first; the fixture uses none), in alphabetical order; QuadClass as written (0, neutral,
    in none of the four)."""
    cells = defaultdict(lambda: [0, 0, 0, 0, 0])
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.reader(f, delimiter="\t"):
            a, b = r[6], r[10]
            if a not in ISO or b not in ISO:
                continue
            c = cells[("-".join(sorted((a, b))), f"{r[1][:4]}-{r[1][4:6]}")]
            c[0] += 1
            if r[15] in ("1", "2", "3", "4"):
                c[int(r[15])] += 1
    return cells


def panel_cells(text):
    return {(r["dyad"], r["period"]): [int(r["events"]), int(r["verbal_cooperation"]), int(r["material_cooperation"]),
                                       int(r["verbal_conflict"]), int(r["material_conflict"])]
            for r in csv.DictReader(io.StringIO(text))}


def check_format(tool, name, path, reference, tmp):
    rows = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()) - (1 if name == "polecat" else 0)
    valid = run(tool, "validate", "--format", name, path)
    check(valid.returncode == 0 and f"{rows} lines, {rows} good rows".encode() in valid.stdout,
          f"{name}: validate finds {rows} good rows ({valid.stdout.decode().strip()})")

    panel = run(tool, "panel", "--from", name, path)
    check(panel.returncode == 0, f"{name}: panel exits 0 ({panel.stderr.decode()[:300]})")
    want = reference(path)
    got = panel_cells(panel.stdout.decode())
    check(got == dict(want), f"{name}: the monthly panel equals Python's ({got} vs {dict(want)})")
    check(len(want) > 0, f"{name}: the fixture has dyads ({len(want)} cells)")

    auto = run(tool, "panel", "--from", "auto", path)
    check(auto.returncode == 0 and auto.stdout == panel.stdout, f"{name}: --from auto gives the same bytes")
    check(f"detected {name} (".encode() in auto.stderr, f"{name}: --from auto says it detected {name} ({auto.stderr.decode()[:200]!r})")

    stats = run(tool, "stats", "--format", name, "--json", path)
    check(stats.returncode == 0, f"{name}: stats exits 0 ({stats.stderr.decode()[:200]})")
    if stats.returncode == 0:
        report = json.loads(stats.stdout)
        events = sum(c[0] for c in want.values())
        check(report["rows"] == rows and report["rows_with_dyad"] == events,
              f"{name}: stats counts {rows} rows, {events} with a dyad (got {report['rows']}, {report['rows_with_dyad']})")

    as_json = run(tool, "convert", "--from", name, "--to", "json", path)
    lines = as_json.stdout.decode().splitlines()
    check(as_json.returncode == 0 and len(lines) == rows and all(json.loads(line) for line in lines),
          f"{name}: convert --to json writes {rows} typed rows, one a line")
    plover = tmp / f"{name}.jsonl"
    to_plover = run(tool, "convert", "--from", name, "--to", "plover", path, plover)
    check(to_plover.returncode == 0 and plover.exists(), f"{name}: convert --to plover ({to_plover.stderr.decode()[:300]})")
    if plover.exists():
        back = run(tool, "validate", "--format", "plover", plover)
        check(back.returncode == 0, f"{name}: the PLOVER written validates ({back.stdout.decode()[-300:]})")

    # A broken date on the second data line: strict stops there, lenient keeps the rest.
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    data_line = 2 if name == "polecat" else 1  # 0-based index of the second data row
    date_column = 2
    fields = text[data_line].split("\t")
    fields[date_column - 1] = "2024-13-45" if name == "polecat" else "20241345"
    text[data_line] = "\t".join(fields)
    broken = tmp / f"broken_{name}.tsv"
    broken.write_text("".join(text), encoding="utf-8")
    strict = run(tool, "panel", "--from", name, broken)
    check(strict.returncode == 1 and f"line {data_line + 1}, column {date_column}".encode() in strict.stderr,
          f"{name}: a bad date stops a strict run, located ({strict.stderr.decode()[:300]!r})")
    lenient = run(tool, "panel", "--from", name, "--lenient", broken)
    check(lenient.returncode == 1 and lenient.stdout.count(b"\n") >= 2 and b"1 of" in lenient.stderr,
          f"{name}: --lenient skips the bad row, counts it, writes the rest ({lenient.stderr.decode()[:300]!r})")


def main():
    tool, fixtures = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        check_format(tool, "polecat", fixtures / "polecat" / "sample.tsv", polecat_panel, tmp)
        check_format(tool, "phoenix", fixtures / "phoenix" / "sample.tsv", phoenix_panel, tmp)

        # --from auto over a folder of both formats and an empty file: each detected and said once,
        # the empty one read as nothing, and the panel the sum of the two.
        mixed = tmp / "mixed"
        mixed.mkdir()
        (mixed / "a.tsv").write_bytes((fixtures / "polecat" / "sample.tsv").read_bytes())
        (mixed / "b.tsv").write_bytes((fixtures / "phoenix" / "sample.tsv").read_bytes())
        (mixed / "c.tsv").write_bytes(b"")
        both = run(tool, "panel", "--from", "auto", mixed)
        err = both.stderr.decode()
        check(both.returncode == 0 and "detected polecat (" in err and "detected phoenix (" in err and "c.tsv: empty, nothing to read" in err,
              f"--from auto over a folder says what each input is ({err[:400]!r})")
        want = polecat_panel(fixtures / "polecat" / "sample.tsv")
        for key, cell in phoenix_panel(fixtures / "phoenix" / "sample.tsv").items():
            want[key] = [x + y for x, y in zip(want[key], cell)]
        check(panel_cells(both.stdout.decode()) == dict(want), "--from auto over both formats: the panel of the two together")
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
