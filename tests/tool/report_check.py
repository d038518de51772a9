#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""The pages of `bilateral report` and `bilateral brief --format html`, checked in a real browser.

    report_check.py TOOL CHROMIUM [DATA_DIR [SOURCES_DIR]]

For each page: it parses as HTML5 without a single error (html5lib, strict); every chart is
well-formed XML (xmllint); it references nothing outside itself. Then headless Chromium opens it
with every host name unresolvable: once with a probe script added to a copy of the page, which
reports the size the browser gave each chart, what it drew inside, and every resource it
fetched (none allowed); once for a screenshot (PNG, read here with zlib), in which every chart
within the window must be drawn (not blank) at its size. The report's tables must hold the
panel's CSV values, and the briefing every quotation to the letter of the source article.
Exit 0 when every check passes, 77 (skipped) when CHROMIUM is "" (not installed).
"""
import csv
import html
import io
import json
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

import html5lib

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from panel_check import fixture_rows  # noqa: E402  (GDELT 2.0 rows written by the tests)

SKIPPED = 77
WIDTH = 1200
failures = []


def check(condition, what):
    print(("ok      " if condition else "FAILED  ") + what)
    if not condition:
        failures.append(what)
    return condition


def run(*args, timeout=600):
    return subprocess.run([str(a) for a in args], capture_output=True, timeout=timeout)


# --- the page as text -----------------------------------------------------------------------------

def parses_as_html5(page, label):
    try:
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
        return check(True, f"{label}: parses as HTML5 without errors")
    except html5lib.html5parser.ParseError as e:
        return check(False, f"{label}: HTML5 parse error: {e}")


def svgs_are_xml(page, label, tmp):
    svgs = re.findall(r"<svg\b.*?</svg>", page, re.S)
    document = tmp / "charts.xml"
    document.write_text("<charts>\n" + "\n".join(svgs) + "\n</charts>\n", encoding="utf-8")
    r = run("xmllint", "--noout", document)
    check(r.returncode == 0, f"{label}: its {len(svgs)} SVG charts are well-formed XML (xmllint) {r.stderr.decode()[:300]}")
    return len(svgs)


def references_nothing_outside(page, label):
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    outside = []
    for element in tree.iter():
        if element.tag in ("script", "link", "iframe", "object", "embed", "img", "audio", "video", "source"):
            outside.append(f"<{element.tag}>")
        for name, value in element.attrib.items():
            if name.split("}")[-1] in ("src", "href", "srcset", "action", "poster", "data") and not value.startswith("#"):
                outside.append(f"{name}={value}")
            if name == "style" and re.search(r"url\((?!#)", value):
                outside.append(value)
    for style in tree.iter("style"):
        if re.search(r"@import|url\((?!#)", style.text or ""):
            outside.append("a url or @import in <style>")
    check(not outside, f"{label}: references nothing outside the page {outside[:5]}")


# --- the page in Chromium -------------------------------------------------------------------------

PROBE = """<script>
addEventListener('load', () => {
  const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
    const box = svg.getBoundingClientRect();
    const drawn = [...svg.querySelectorAll('.series *')].filter(e => {
      const b = e.getBoundingClientRect(); return b.width > 0 || b.height > 0; }).length;
    return {id: svg.id, x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height,
            want_width: +svg.getAttribute('width'), want_height: +svg.getAttribute('height'), drawn,
            visible: getComputedStyle(svg).visibility === 'visible'};
  });
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({charts, height: document.documentElement.scrollHeight,
                                    fetched: performance.getEntriesByType('resource').map(r => r.name)});
  document.body.append(out);
});
</script>"""


def chromium(browser, *args):
    return run(browser, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--mute-audio",
               "--host-resolver-rules=MAP * ~NOTFOUND", "--force-device-scale-factor=1", *args, timeout=180)


def probe(browser, page_path, tmp, label):
    probed = tmp / (page_path.stem + ".probe.html")
    probed.write_text(page_path.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    r = chromium(browser, "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000",
                 f"--window-size={WIDTH},1000", "--dump-dom", probed.as_uri())
    found = re.search(r'<pre id="probe">(.*?)</pre>', r.stdout.decode("utf-8", "replace"), re.S)
    if not check(r.returncode == 0 and found, f"{label}: Chromium loads the page and runs the probe"):
        print(r.stderr.decode()[-2000:])
        return None
    return json.loads(html.unescape(found.group(1)))


def read_png(path):
    """(width, height, rows of RGB(A) bytes) of an 8-bit RGB or RGBA PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat = 8, b""
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", data[at + 8:at + 18])
            assert depth == 8 and colour in (2, 6), f"PNG of depth {depth}, colour type {colour}"
        elif kind == b"IDAT":
            idat += data[at + 8:at + 8 + length]
        at += 12 + length
    raw = zlib.decompress(idat)
    bpp = 4 if colour == 6 else 3
    stride = width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(line)
        previous = line
    return width, height, bpp, rows


def ink(rows, bpp, x0, y0, x1, y1):
    """The shares of pixels of a box that are not white, and that are in colour (not grey: the
    data, not the axes or the text), and how many colours it has."""
    inked, coloured, colours, total = 0, 0, set(), 0
    for y in range(max(y0, 0), min(y1, len(rows))):
        line = rows[y]
        for x in range(max(x0, 0), min(x1, len(line) // bpp)):
            r, g, b = line[x * bpp:x * bpp + 3]
            total += 1
            if (r, g, b) != (255, 255, 255):
                inked += 1
                colours.add((r, g, b))
                if max(r, g, b) - min(r, g, b) > 24:
                    coloured += 1
    return (inked / total if total else 0), (coloured / total if total else 0), len(colours)


def check_in_browser(browser, page_path, expected_charts, tmp, label):
    found = probe(browser, page_path, tmp, label)
    if found is None:
        return
    charts = found["charts"]
    check(len(charts) == expected_charts, f"{label}: Chromium finds the {expected_charts} charts ({len(charts)})")
    wrong = [c["id"] for c in charts if (c["width"], c["height"]) != (c["want_width"], c["want_height"]) or not c["visible"]]
    check(not wrong, f"{label}: every chart is laid out at its size and visible {wrong[:5]}")
    blank = [c["id"] for c in charts if c["drawn"] == 0]
    check(not blank, f"{label}: every chart has drawn marks (lines, markers, bars) {blank[:5]}")
    check(found["fetched"] == [], f"{label}: the browser fetched nothing {found['fetched'][:5]}")

    height = min(int(found["height"]), 2400)
    shot = tmp / (page_path.stem + ".png")
    r = chromium(browser, f"--window-size={WIDTH},{height}", f"--screenshot={shot}", page_path.as_uri())
    if not check(r.returncode == 0 and shot.exists(), f"{label}: Chromium takes a screenshot"):
        return
    width, got_height, bpp, rows = read_png(shot)
    check((width, got_height) == (WIDTH, height), f"{label}: the screenshot is {WIDTH}x{height} ({width}x{got_height})")
    page_ink, _, page_colours = ink(rows, bpp, 0, 0, width, got_height)
    check(page_ink > 0.02 and page_colours > 10, f"{label}: the screenshot is not blank ({page_ink:.1%} inked, {page_colours} colours)")
    in_view = [c for c in charts if c["y"] + c["height"] <= got_height and c["x"] + c["width"] <= width]
    empty = []
    for c in in_view:
        # Inside the axes: the plot, where the data is drawn in colour (axes and text are grey).
        _, data, colours = ink(rows, bpp, int(c["x"]) + 50, int(c["y"]) + 5, int(c["x"] + c["width"]) - 10,
                               int(c["y"] + c["height"]) - 20)
        if data < 0.0005 or colours < 3:
            empty.append(f"{c['id']} ({data:.2%} in colour, {colours} colours)")
    check(in_view and not empty, f"{label}: the {len(in_view)} charts in the screenshot are drawn, not blank {empty[:5]}")


# --- what the pages say ---------------------------------------------------------------------------

def tables_of(page):
    """{caption: rows of cell texts} of every table of the page."""
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    out = {}
    for table in tree.iter("table"):
        caption = table.find("caption")
        rows = [["".join(td.itertext()) for td in tr.findall("td")] for tr in table.iter("tr")]
        out["".join(caption.itertext()) if caption is not None else ""] = [r for r in rows if r]
    return out


def tables_equal_panel(tool, page, panel_args, label):
    panel = run(tool, "panel", *panel_args)
    rows = list(csv.DictReader(io.StringIO(panel.stdout.decode())))
    tables = tables_of(page)
    header_of = {}
    for caption in tables:
        if caption.endswith(": the numbers of the charts (as in the panel's CSV)"):
            header_of[caption.split(":")[0]] = caption
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    headers = {}
    for table in tree.iter("table"):
        caption = "".join(table.find("caption").itertext()) if table.find("caption") is not None else ""
        headers[caption] = ["".join(th.itertext()) for th in table.iter("th")]
    compared, differ = 0, []
    for r in rows:
        caption = header_of.get(r["dyad"])
        if caption is None:
            continue  # a dyad beyond --dyads: not drawn
        names = headers[caption]
        line = next((t for t in tables[caption] if t[0] == r["period"]), None)
        if line is None:
            differ.append(f"{r['dyad']} {r['period']}: no row")
            continue
        for name, value in zip(names[1:], line[1:]):
            compared += 1
            if r[name] != value:
                differ.append(f"{r['dyad']} {r['period']} {name}: page {value!r}, CSV {r[name]!r}")
    drawn = {r["dyad"] for r in rows} & set(header_of)
    check(panel.returncode in (0, 1) and compared > 0 and not differ and len(drawn) == len(header_of),
          f"{label}: the page's tables hold the panel CSV's values ({compared} values of {len(drawn)} dyads) {differ[:3]}")
    ranking = tables.get("Dyads ranked by events", [])
    events = {}
    for r in rows:
        events[r["dyad"]] = events.get(r["dyad"], 0) + int(r["events"])
    check(sorted((d, int(n)) for _, d, n, *rest in ranking) == sorted(events.items()),
          f"{label}: the ranking lists every dyad of the panel with its events ({len(events)} dyads)")


def quotations_to_the_letter(page, tool, sources_dir, label):
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    quotes = ["".join(q.itertext()) for q in tree.iter("blockquote")]
    exported = json.loads(run(tool, "export", "--format", "json").stdout)
    verbatim = [s["text"] for s in exported["statements"] if s["form"] == "verbatim"]
    check(quotes == verbatim and quotes, f"{label}: every verbatim quotation is a blockquote, to the letter ({len(quotes)})")
    if sources_dir:
        article = (pathlib.Path(sources_dir) / "akorda-2024-07-03-xi-tokayev.txt").read_text(encoding="utf-8")
        missing = [q for q in quotes if q not in article]
        check(not missing, f"{label}: every quotation is in the source article, letter for letter {missing[:1]}")


def main():
    tool, browser = sys.argv[1], sys.argv[2]
    data_dir = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
    sources_dir = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else None
    if not browser:
        print("SKIPPED: Chromium is not installed (apt-get install chromium), so the pages cannot be rendered")
        return SKIPPED
    if not shutil.which("xmllint"):
        print("SKIPPED: xmllint is not installed (apt-get install libxml2-utils), so the SVG cannot be checked")
        return SKIPPED
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        fixture = tmp / "fixture.tsv"
        fixture.write_text(fixture_rows())
        pages = [("fixture report", tmp / "fixture.html", ["--from", "gdelt", fixture])]
        if data_dir:
            gdelt = pathlib.Path(data_dir) / "gdelt"
            files = sorted(p for p in gdelt.glob("*.tsv") if "Header" not in p.name and "Column_Labels" not in p.name)
            pages.append((f"report of {len(files)} real GDELT files", tmp / "real.html", ["--from", "gdelt", "--lenient", *files]))
        else:
            print("skipped: the report of the real GDELT files (no DATA_DIR)")
        for label, path, args in pages:
            r = run(tool, "report", *args, "-o", path)
            if not check(r.returncode in (0, 1) and path.exists(), f"{label}: bilateral report writes it ({r.stderr.decode().strip()[-200:]})"):
                continue
            page = path.read_text(encoding="utf-8")
            parses_as_html5(page, label)
            charts = svgs_are_xml(page, label, tmp)
            references_nothing_outside(page, label)
            tables_equal_panel(tool, page, [*args, "--weight", "articles"], label)
            check_in_browser(browser, path, charts, tmp, label)

        brief = tmp / "brief.html"
        r = run(tool, "brief", "--format", "html", "-o", brief)
        if check(r.returncode == 0 and brief.exists(), "brief --format html writes the page"):
            page = brief.read_text(encoding="utf-8")
            parses_as_html5(page, "briefing")
            references_nothing_outside(page, "briefing")
            quotations_to_the_letter(page, tool, sources_dir, "briefing")
            dom = chromium(browser, "--dump-dom", brief.as_uri())
            check(dom.returncode == 0 and "Astana" in dom.stdout.decode() and dom.stdout.decode().count("<blockquote>") == page.count("<blockquote>"),
                  "briefing: Chromium renders it with its quotations")
            shot = tmp / "brief.png"
            chromium(browser, f"--window-size={WIDTH},1600", f"--screenshot={shot}", brief.as_uri())
            if check(shot.exists(), "briefing: Chromium takes a screenshot"):
                width, height, bpp, rows = read_png(shot)
                share, _, _ = ink(rows, bpp, 0, 0, width, height)
                check((width, height) == (WIDTH, 1600) and share > 0.02, f"briefing: the screenshot is not blank ({share:.1%} inked)")
            exported = tmp / "astana.json"
            exported.write_bytes(run(tool, "export", "--format", "json").stdout)
            from_json = tmp / "from_json.html"
            r = run(tool, "brief", "--from", "json", "--format", "html", exported, "-o", from_json)
            check(r.returncode == 0 and from_json.read_text(encoding="utf-8") == page,
                  "brief --from json of the exported dataset writes the same page")
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
