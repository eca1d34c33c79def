#!/bin/sh
# emp-report: the numbers in the HTML report are the scores' own.  For every
# agent row of the agents table: index, rank and each metric's value and
# count are compared with the scores file's row for that agent and week;
# the leading and lagging indicators with the 'all' row of the last two
# weeks; and every chart point's tooltip with the scores.
. "${0%/*}/../lib.sh"
. "${0%/*}/sample.sh"

run 0 emp-report -q -f html --goals goals.csv --ledger ledger.csv weekly.csv tiers.csv
cat >check.py <<'PY'
import csv, sys, xml.etree.ElementTree as ET
NS = "{http://www.w3.org/2000/svg}"
rows = {(r["period"], r["group"], r["key"]): r for r in csv.DictReader(open("weekly.csv"))}
root = ET.fromstring(open("out", encoding="utf-8").read().split("\n", 1)[1])
def cell(r, m):
    v, n = r[m], r.get(m + "_n")
    if v != "":
        return v + (" (%s)" % n if n is not None else "")
    return "n<min (%s)" % n if n not in (None, "", "0") else "\u2014"
tables = [[[c.text or "" for c in tr] for tr in t.iter("tr")] for t in root.iter("table")]
checked = 0
for t in tables:
    head = t[0]
    if head[:4] == ["agent", "team", "index", "rank"]:
        for tr in t[1:]:
            r = rows[("2026-W10", "agent", tr[0])]
            assert tr[2] == (r["index"] or "\u2014") and tr[3] == (r["rank"] or "\u2014"), tr
            for i, m in enumerate(head[5:-1]):
                assert tr[5 + i] == cell(r, m), (tr[0], m, tr[5 + i], cell(r, m))
                checked += 1
    if head == ["metric", "value", "previous", "change", "direction"]:
        names = {"resolved without escalation": "no_escalation", "decision time (s) (lower better)": "decision_s",
                 "agent confidence (1-5)": "confidence", "CSAT (share of 4-5)": "csat_rate", "NPS": "nps",
                 "resolved (disposition)": "resolved_rate", "first-contact resolution": "fcr",
                 "turnover": "turnover"}
        for tr in t[1:]:
            m = names[tr[0]]
            cur, prev = rows[("2026-W10", "all", "all")], rows[("2026-W09", "all", "all")]
            assert tr[1] == cell(cur, m) and tr[2] == cell(prev, m), tr
            if cur[m] and prev[m]:
                d = float(cur[m]) - float(prev[m])
                assert abs(float(tr[3]) - d) < 1e-4, (tr, d)
            checked += 1
pts = 0
for t in root.iter(NS + "title"):
    period, v = t.text.split(": ")
    assert v in rows[(period, "all", "all")].values(), t.text
    pts += 1
assert checked > 200 and pts > 50, (checked, pts)
print("ok")
PY
python3 check.py >py.out 2>&1 || fail "$(cat py.out)"
check_file py.out <<'OUT'
ok
OUT
