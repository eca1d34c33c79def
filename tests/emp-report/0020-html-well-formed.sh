#!/bin/sh
# emp-report: the HTML report and a scorecard parse as well-formed XML
# (python3's xml.etree) and as HTML, and are self-contained: no script, no
# link, no image, no reference to anything outside the file; every chart is
# inline SVG, with a viewport for phones and print styles.
. "${0%/*}/../lib.sh"
. "${0%/*}/sample.sh"
command -v python3 >/dev/null || fail "python3 is needed"

run 0 emp-report -q -f html --goals goals.csv --ledger ledger.csv --split cards weekly.csv tiers.csv
check_err </dev/null
cp out team.html
[ "$(ls cards/*.html | wc -l)" -eq 48 ] || fail "$(ls cards/*.html | wc -l) scorecards, not 48"
[ "$(wc -l <cards/index.csv)" -eq 49 ] || fail "index.csv: $(wc -l <cards/index.csv) lines, not 49"
cat >check.py <<'PY'
import sys, xml.etree.ElementTree as ET
from html.parser import HTMLParser
NS = "{http://www.w3.org/2000/svg}"
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    root = ET.fromstring(text.split("\n", 1)[1])   # after <!DOCTYPE html>
    assert text.startswith("<!DOCTYPE html>\n"), path
    tags = {e.tag for e in root.iter()}
    for bad in ("script", "link", "img", "iframe", "object", "embed"):
        assert bad not in tags, (path, bad)
    for e in root.iter():
        for k, v in e.attrib.items():
            assert k not in ("src", "href"), (path, e.tag, k)
    assert "url(" not in text and "@import" not in text, path
    metas = [m.attrib for m in root.iter("meta")]
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in metas, path
    style = "".join(s.text for s in root.iter("style"))
    assert "@media print" in style and "@media (max-width" in style, path
    svgs = list(root.iter(NS + "svg"))
    assert len(svgs) >= 8, (path, len(svgs))
    assert all(s.find(NS + "polyline") is not None or "no data" in ET.tostring(s, encoding="unicode") for s in svgs), path
    class P(HTMLParser):
        def error(self, message): raise AssertionError(message)
    P().feed(text)
print("ok", len(sys.argv) - 1)
PY
python3 check.py team.html cards/wei.zhang.html cards/lena.schmidt.html >py.out 2>&1 ||
    fail "$(cat py.out)"
check_file py.out <<'OUT'
ok 3
OUT
