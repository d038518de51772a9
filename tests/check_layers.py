#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""The library's headers depend one way: no header includes one from a higher layer.

    check_layers.py INCLUDE_DIR      exit 1, listing every include that goes upwards
    check_layers.py --self-test      shows that the check finds an upward include

Layers, lowest first: detail/ (knows nothing of the library), codes/ (generated tables: plain
data), core/ and fwd.hpp (vocabulary types, records, validation, the bridges from codes to
types), query.hpp and reflect.hpp, io/ (formats), then panel/ (analysis over any source) beside
data/ (datasets), then report/ (charts and pages of panels and datasets). The umbrella
bilateral.hpp holds everything up to query/reflect: no I/O and no dataset.
"""
import pathlib
import re
import sys
import tempfile

LAYERS = {"detail": 0, "codes": 1, "core": 2, "fwd.hpp": 2, "query.hpp": 3, "reflect.hpp": 3,
          "bilateral.hpp": 3, "io": 4, "panel": 5, "panel.hpp": 5, "data": 5,
          "report": 6}
INCLUDE = re.compile(r'^\s*#\s*include\s*<bilateral/([^>]+)>', re.M)


def layer(relative):
    top = relative.split("/")[0]
    if top not in LAYERS:
        raise SystemExit(f"check_layers: {relative} is in no layer; add its folder to LAYERS")
    return LAYERS[top]


def upward_includes(root):
    found = []
    for header in sorted(root.rglob("*.hpp")):
        me = header.relative_to(root).as_posix()
        for match in INCLUDE.finditer(header.read_text(encoding="utf-8")):
            target = match.group(1)
            if layer(target) > layer(me):
                found.append(f"{me} includes {target}, a higher layer")
    return found


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "detail").mkdir()
        (root / "core").mkdir()
        (root / "core" / "a.hpp").write_text("#include <bilateral/detail/b.hpp>\n")
        (root / "detail" / "b.hpp").write_text("#include <bilateral/core/a.hpp>\n")
        found = upward_includes(root)
        ok = found == ["detail/b.hpp includes core/a.hpp, a higher layer"]
        print("self-test:", "ok" if ok else f"FAILED: {found}")
        return 0 if ok else 1


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    found = upward_includes(pathlib.Path(sys.argv[1]))
    for line in found:
        print(line)
    print(f"{len(found)} upward include(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
