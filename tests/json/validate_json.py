#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Validates a JSON file against a JSON Schema (draft 2020-12) with the jsonschema module.

usage: validate_json.py [--expect-errors N] SCHEMA DOCUMENT

Exits 0 when the document is valid (or, with --expect-errors N, has exactly N errors), 1 otherwise;
every error is printed with its JSON path.
"""
import argparse
import json
import sys

import jsonschema


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expect-errors", type=int, default=0, metavar="N")
    parser.add_argument("schema")
    parser.add_argument("document")
    args = parser.parse_args()

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    with open(args.document, encoding="utf-8") as f:
        document = json.load(f)

    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        print(f"{args.document}: {path}: {error.message}")
    print(f"{args.document}: {len(errors)} error(s), expected {args.expect_errors}")
    return 0 if len(errors) == args.expect_errors else 1


if __name__ == "__main__":
    sys.exit(main())
