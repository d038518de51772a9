#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""The committed code tables are exactly what scripts/gen_codes.py makes from their sources.

    check_generated.py PROJECT_DIR ISO_CODES_DIR DATA_DIR
"""
import pathlib
import subprocess
import sys
import tempfile


def main():
    project, iso_codes, data = map(pathlib.Path, sys.argv[1:4])
    committed = project / "include" / "bilateral" / "codes"
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, str(project / "scripts" / "gen_codes.py"), "--iso-codes", str(iso_codes),
                        "--data", str(data), "--out", out], check=True, capture_output=True)
        made = sorted(pathlib.Path(out).glob("*.hpp"))
        differ = [m.name for m in made if m.read_bytes() != (committed / m.name).read_bytes()]
        missing = sorted({p.name for p in committed.glob("*.hpp")} - {m.name for m in made})
    for name in differ:
        print(f"{name}: the committed table differs from what gen_codes.py makes (run it and commit)")
    for name in missing:
        print(f"{name}: committed, but gen_codes.py does not make it")
    print(f"{len(made)} tables generated, {len(differ) + len(missing)} problem(s)")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
