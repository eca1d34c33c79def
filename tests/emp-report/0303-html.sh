#!/bin/sh
# emp-report: the HTML of the new sections is well-formed XML and HTML
# and self-contained (0020's checks), with a before/after chart per metric
# of the impact stream's all rows, each labelled (role img, an aria-label
# that says every number); the hostile text of a coaching note is
# escaped, never markup.
. "${0%/*}/../lib.sh"
command -v python3 >/dev/null || fail "python3 is needed"

cat >impact.csv <<'CSV'
change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note
authority,all,all,,resolved_rate,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,12,10,800,820,0.7,0.71,0.7,0.7,0.01,-0.02,0.04,
authority,all,all,,csat_rate,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,12,10,400,410,0.78,0.9,0.79,0.81,0.1,0.07,0.13,
authority,all,all,,aht_s,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,12,10,800,820,300,290,301,303,-12,-20,-4,
authority,team,North,North,csat_rate,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,3,3,100,100,0.78,0.9,0.79,0.81,,,,"3 control agents, fewer than 5"
authority,team,South,South,qa,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,4,1,40,40,90,85,88,88,-5,-9.1,-0.9,one control agent: a prediction interval
authority,agent,ana,North,csat_rate,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,1,10,30,30,0.7,0.9,0.79,0.81,0.18,-0.1,0.46,
coaching,all,all,,qa,2026-01-10..2026-02-20,2026-W01..2026-W05,2026-W06..2026-W09,1,9,40,40,80,85,81,81.5,4.5,1.2,7.8,
CSV
cat >exposure.csv <<'CSV'
group,key,team,window,level,limit,rec_limit,decisions,amount,within,within_amount,escalated,escalated_amount,approval_s,avoided,avoided_s,new_decisions,new_amount,outcomes,mistakes,mistake_rate,mistake_lo,mistake_hi,mistake_cost,expected_cost,expected_cost_hi
all,all,,2026-W02..2026-W09,,,,400,52000.5,300,20000,80,30000,48000,30,9000,45,9000,380,12,0.0316,0.0182,0.0545,1500,177.63,306.56
team,North,North,2026-W02..2026-W09,,,,200,26000,150,10000,40,15000,24000,30,9000,45,9000,190,6,0.0316,0.0146,0.0672,600,63.16,134.4
team,South,South,2026-W02..2026-W09,,,,200,26000.5,150,10000,40,15000,24000,0,0,0,0,0,0,,,,0,,
agent,ana,North,2026-W02..2026-W09,2,200,500,100,13000,80,5000,20,8000,12000,30,9000,45,9000,8,1,,0.0224,0.4709,100,,
agent,bo,South,2026-W02..2026-W09,2,200,200,100,13000,80,5000,20,8000,12000,0,0,0,0,0,0,,,,0,,
CSV
# no coach, focus or comment columns in this one: they read as empty
cat >old-events.csv <<'CSV'
kind,ts,agent
coaching,2026-02-01T10:00:00Z,bo
CSV
printf '%s\n' 'kind,ts,agent,team,coach,focus,comment' \
    'contact,2026-01-05T09:00:00Z,ana,,,,' \
    'coaching,2026-02-03T10:00:00Z,ana,,Lee,csat_rate,"Work on closing, ""warmly"""' \
    'coaching,2026-01-20T10:00:00Z, ANA ,,Lee,resolved_rate,<b onmouseover=x>&amp;</b>' \
    "coaching,2026-02-10T10:00:00Z,bo,,Kim,qa,\"'=HYPERLINK(1)\"" \
    "coaching,2026-02-11T10:00:00Z,zed,,Kim,qa,\"two$(printf '\033')[31mlines
here\"" \
    'contact,2026-02-27T09:00:00Z,bo,,,,' >events.csv
cat >scores.csv <<'CSV'
period,group,key,team,contacts,resolved_rate,resolved_rate_n,index,rank
2026-W09,all,all,,200,0.7,150,50,
2026-W09,team,North,North,100,0.7,75,50,
2026-W09,team,South,South,100,0.7,75,50,
2026-W09,agent,ana,North,100,0.7,75,60,1
2026-W09,agent,bo,South,100,0.7,75,40,2
CSV
run 0 emp-report -q -f html scores.csv impact.csv exposure.csv events.csv
cp out team.html
run 0 emp-report -q -f html -a ana scores.csv events.csv
cp out ana.html
cat >check.py <<'PY'
import sys, xml.etree.ElementTree as ET
from html.parser import HTMLParser
NS = "{http://www.w3.org/2000/svg}"
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
    labels = [s.get("aria-label") for s in root.iter(NS + "svg") if "before and after" in (s.get("aria-label") or "")]
    print(path, len(labels))
    for l in labels:
        print(" ", l)
    notes = [td.text for td in root.iter("td") if td.text and "onmouseover" in td.text]
    print(" ", notes)
PY
python3 check.py team.html ana.html >py.out 2>&1 || fail "$(cat py.out)"
check_file py.out <<'OUT'
team.html 4
  resolved (disposition), before and after: changed agents 0.7 before, 0.71 after; unchanged agents 0.7 before, 0.7 after; effect +0.01 (-0.02 to 0.04)
  CSAT (share of 4-5), before and after: changed agents 0.78 before, 0.9 after; unchanged agents 0.79 before, 0.81 after; effect +0.1 (0.07 to 0.13)
  handle time (s), before and after: changed agents 300 before, 290 after; unchanged agents 301 before, 303 after; effect -12 (-20 to -4)
  QA (0-100), before and after: coached agents 80 before, 85 after; uncoached agents 81 before, 81.5 after; effect +4.5 (1.2 to 7.8)
  []
ana.html 0
  ['<b onmouseover=x>&amp;</b>']
OUT
