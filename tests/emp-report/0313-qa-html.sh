#!/bin/sh
# emp-report: the HTML of the Graders, QA plan and Feedback sections is
# well-formed XML and HTML and self-contained (0020's checks: no script,
# link, image, src, href or on* attribute); a hostile comment is text,
# never markup; the verdict and the "(challenged)" mark are there.
. "${0%/*}/../lib.sh"
command -v python3 >/dev/null || fail "python3 is needed"

cat >scores.csv <<'CSV'
period,group,key,team,contacts,qa,qa_n,index,rank,qa_offset,qa_offset_lo,qa_offset_hi,qa_offset_p,qa_round,qa_round_n
2026-W09,all,all,,200,80,40,50,,,,,,,
2026-W09,team,North,North,200,80,40,50,,,,,,,
2026-W09,agent,ana,North,100,80,20,60,1,,,,,,
2026-W09,reviewer,<i>Rita</i>,,,72.5,36,,,-10.1,-11.9,-8.3,0.002,-9.5,4
2026-W09,reviewer,Sam,,,82,36,,,0.4,-1.2,2,0.6,,
CSV
cat >tiers.csv <<'CSV'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked,window,qa_needed
ana,North,12,2,200,2,200,,hold,,,2026-W02..2026-W09,2
CSV
printf '%s\n' 'kind,ts,agent,csat,qa,reviewer,comment,challenge' \
    'survey,2026-02-27T10:00:00Z,ana,2,,,<script>alert(1)</script> & late,' \
    'qa,2026-02-20T10:00:00Z,ana,,60,Rita,<b onmouseover=x>note</b>,CH-1' \
    >events.csv

run 0 emp-report -q -f html scores.csv tiers.csv events.csv
cp out team.html
run 0 emp-report -q -f html -a ana scores.csv tiers.csv events.csv
cp out ana.html
cat >check.py <<'PY'
import sys, xml.etree.ElementTree as ET
from html.parser import HTMLParser
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    assert text.startswith("<!DOCTYPE html>\n"), path
    root = ET.fromstring(text.split("\n", 1)[1])
    tags = {e.tag for e in root.iter()}
    for bad in ("script", "link", "img", "iframe", "object", "embed"):
        assert bad not in tags, (path, bad)
    for e in root.iter():
        for k in e.attrib:
            assert k not in ("src", "href") and not k.startswith("on"), (path, e.tag, k)
    class P(HTMLParser):
        def error(self, message): raise AssertionError(message)
    P().feed(text)
    print(path)
    for h in root.iter("h2"):
        if h.text in ("Graders", "QA plan for this week", "QA plan", "Feedback"):
            print(" ", h.text)
    for td in root.iter("td"):
        t = "".join(td.itertext())
        if t in ("harsh", "no clear difference") or "<" in t:
            print(" ", t)
PY
python3 check.py team.html ana.html >py.out 2>&1 || fail "$(cat py.out)"
check_file py.out <<'OUT'
team.html
  Graders
  QA plan for this week
  <i>Rita</i>
  harsh
  no clear difference
ana.html
  QA plan
  Feedback
  <script>alert(1)</script> & late
  <b onmouseover=x>note</b> (challenged)
OUT
exit 0
