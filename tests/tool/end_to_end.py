#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""End-to-end checks of the built `bilateral` tool, through its command line and pipes.

    end_to_end.py TOOL SCHEMA [DATA_DIR]

Each check is one promise of the README; the expected values are computed here, independently of
the library (GDELT rows are split by Python, the JSON is parsed by Python's json module). With
DATA_DIR (the real third-party data), the checks over real files run too. Exit 0 when all pass.
"""
import json
import pathlib
import subprocess
import sys
import tempfile
from collections import Counter

failures = []


def check(condition, what):
    print(("ok      " if condition else "FAILED  ") + what)
    if not condition:
        failures.append(what)


def run(tool, *args, stdin=b""):
    return subprocess.run([tool, *args], input=stdin, capture_output=True, timeout=300)


def own_exports(tool, schema):
    exported = run(tool, "export", "--format", "json")
    check(exported.returncode == 0, "export --format json exits 0")
    again = run(tool, "convert", "--from", "json", "--to", "json", stdin=exported.stdout)
    check(again.returncode == 0 and again.stdout == exported.stdout,
          "export --format json | convert --from json --to json reproduces the input byte for byte")
    try:
        import jsonschema
        jsonschema.Draft202012Validator(json.loads(pathlib.Path(schema).read_text())).validate(
            json.loads(exported.stdout))
        check(True, "the export validates against schema/bilateral.schema.json")
    except ImportError:
        check(False, "python3-jsonschema is installed (scripts/install-deps installs it)")
    except jsonschema.ValidationError as e:
        check(False, f"the export validates against the schema: {e.message}")

    plover = run(tool, "export", "--format", "plover")
    lines = plover.stdout.decode().splitlines()
    records = [json.loads(line) for line in lines]
    check(plover.returncode == 0 and len(records) > 0 and
          all(r.get("id") and r.get("date") and r.get("actor") and r.get("event") for r in records),
          f"export --format plover: {len(records)} lines, each with id, date, actor and a PLOVER event")
    back = run(tool, "convert", "--from", "plover", "--to", "plover", stdin=plover.stdout)
    check(back.returncode == 0 and back.stdout == plover.stdout,
          "export --format plover | convert --from plover --to plover reproduces the input")

    rows = run(tool, "export", "--format", "gdelt")
    fields = [line.split(b"\t") for line in rows.stdout.splitlines()]
    check(rows.returncode == 0 and len(fields) == len(records) + 1 and all(len(f) == 61 for f in fields),
          f"export --format gdelt: {len(fields)} rows (every event, the flypast too) of 61 fields")
    check(run(tool, "validate", "--format", "gdelt", stdin=rows.stdout).returncode == 0,
          "export --format gdelt | validate --format gdelt finds no problem")
    again = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", stdin=rows.stdout)
    check(again.returncode == 0 and again.stdout == rows.stdout,
          "export --format gdelt | convert --from gdelt --to gdelt reproduces the input")

    broken = run(tool, "validate", "--format", "json", stdin=b'{"sources": [}')
    check(broken.returncode == 1 and b"<stdin>:1:14: invalid JSON" in broken.stdout,
          "validate --format json on malformed JSON exits 1 and says where")


def gdelt_fields(path):
    """The rows of a GDELT file as lists of fields, split here (no library code)."""
    text = pathlib.Path(path).read_bytes().decode("utf-8", errors="replace")
    return [line.split("\t") for line in text.splitlines() if line]


def real_data(tool, data):
    gdelt = sorted((data / "gdelt").glob("gdelt*_2*.tsv")) + sorted((data / "gdelt").glob("gdelt1_*.tsv"))
    gdelt = sorted(set(gdelt))
    for f in gdelt:
        out = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", str(f))
        check(out.returncode == 0 and out.stdout == f.read_bytes(),
              f"convert --from gdelt --to gdelt {f.name} reproduces it byte for byte")

    for f in gdelt:
        rows = gdelt_fields(f)
        # Actor1CountryCode and Actor2CountryCode are fields 8 and 18 (1-based) in every GDELT
        # format; EventCode 27, QuadClass 30, GoldsteinScale 31.
        chosen = [r for r in rows if len(r) >= 31 and {r[7], r[17]} == {"CHN", "USA"}]
        out = run(tool, "stats", "--format", "gdelt", "--dyad", "CHN-USA", "--json", str(f))
        stats = json.loads(out.stdout)
        dyads = stats["dyads"]
        if not chosen:
            check(out.returncode == 0 and (not dyads or dyads[0]["events"] == 0),
                  f"stats --dyad CHN-USA {f.name}: no such events, as Python counts")
            continue
        d = dyads[0]
        quads = Counter(r[29] for r in chosen)
        goldstein = [float(r[30]) for r in chosen if r[30] != ""]
        codes = Counter(r[26] for r in chosen)
        mean = sum(goldstein) / len(goldstein)
        check(out.returncode == 0 and stats["rows"] == len(rows) and d["events"] == len(chosen) and
              d["quad_classes"]["verbal_cooperation"] == quads["1"] and
              d["quad_classes"]["material_cooperation"] == quads["2"] and
              d["quad_classes"]["verbal_conflict"] == quads["3"] and
              d["quad_classes"]["material_conflict"] == quads["4"] and
              abs(d["mean_goldstein"] - mean) < 1e-9 and
              {c["code"]: c["count"] for c in d["top_event_codes"]} ==
              {c: n for c, n in codes.most_common(len(d["top_event_codes"]))},
              f"stats --dyad CHN-USA {f.name}: {len(chosen)} events, mean Goldstein {mean:.2f}, as Python counts")

    # A bad date on one line and a row cut short on another: both named, exit 1; lenient keeps the rest.
    day = next(f for f in gdelt if f.name.startswith("gdelt2_2018"))
    lines = day.read_bytes().split(b"\n")
    fields = lines[9].split(b"\t")
    fields[1] = b"20181399"
    lines[9] = b"\t".join(fields)
    lines[19] = b"\t".join(lines[19].split(b"\t")[:30])
    with tempfile.NamedTemporaryFile(suffix=".tsv", delete=False) as bad:
        bad.write(b"\n".join(lines))
    out = run(tool, "validate", "--format", "gdelt", bad.name)
    text = out.stdout.decode() + out.stderr.decode()
    check(out.returncode == 1 and "line 10" in text and "line 20" in text,
          "validate --format gdelt names the line with a bad date (10) and the row cut short (20), exits 1")
    out = run(tool, "convert", "--from", "gdelt", "--to", "gdelt", "--lenient", bad.name)
    kept = [l for i, l in enumerate(lines) if i not in (9, 19) and l]
    check(out.stdout == b"".join(l + b"\n" for l in kept),
          f"convert --lenient keeps the other {len(kept)} rows, byte for byte")
    pathlib.Path(bad.name).unlink()

    gold = data / "plover" / "plover_PLOVER_GSR_CAMEO.jsonl"
    out = run(tool, "convert", "--from", "plover", "--to", "plover", str(gold))
    check(out.returncode == 0 and len(out.stdout.splitlines()) == 322,
          f"convert --from plover --to plover {gold.name} yields 322 events")


def main():
    tool, schema = sys.argv[1], sys.argv[2]
    own_exports(tool, schema)
    if len(sys.argv) > 3 and sys.argv[3]:
        real_data(tool, pathlib.Path(sys.argv[3]))
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
