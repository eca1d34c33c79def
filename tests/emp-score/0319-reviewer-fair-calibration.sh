#!/bin/sh
# emp-score -g reviewer is calibrated: 200 weeks of three FAIR reviewers
# and 200 of ten (every one unbiased) grading the same twelve agents,
# three evaluations each, QA noise sd 8 (seeded Python), scored by week in
# one run.  A fair reviewer that is not its week's median (whose offset is
# 0 by construction) has an interval that misses 0 in at most 8% of weeks
# (about 2% and 3%; the t interval of before missed in 12% with three),
# and some fair reviewer of a week is called harsh or lenient (interval
# beside 0 and Holm's method over the week's p-values at 5%, as
# emp-report does) in at most 10% of weeks (about 1% and 4%; before, an
# interval beside 0 called one in 24% and 41% of weeks).  50 more weeks
# of three with r03 ten points harsher: r03 is called harsh in at least
# 90% of them (about 98%).
. "${0%/*}/../lib.sh"

python3 - <<'PY'
import datetime
import random
rnd = random.Random(1916)
start = datetime.date(2022, 1, 3)	# a Monday
with open("ev.csv", "w") as f:
    f.write("kind,ts,agent,team,contact,qa,reviewer\n")
    n = 0
    for w in range(450):
        nr = 10 if 200 <= w < 400 else 3
        day = start + datetime.timedelta(weeks=w)
        level = {"a%02d" % a: rnd.gauss(78, 8) for a in range(1, 13)}
        for r in range(1, nr + 1):
            for a in sorted(level):
                for e in range(3):
                    n += 1
                    s = level[a] + rnd.gauss(0, 8) - \
                        (10 if w >= 400 and r == 3 else 0)
                    s = min(100, max(0, round(s)))
                    f.write("qa,%sT%02d:%02d:00Z,%s,T,c%06d,%d,r%02d\n" %
                            (day + datetime.timedelta(days=e), 8 + r, e,
                             a, n, s, r))
PY
run 0 emp-score -q -b week -g reviewer ev.csv
cp out scores.csv

python3 - >got <<'PY'
import csv
per = {}
for r in csv.DictReader(open("scores.csv")):
    assert r["group"] == "reviewer", r
    nop = r.get("qa_offset_p", "") == ""	# before: no p, no Holm
    per.setdefault(r["period"], []).append(r)
assert len(per) == 450, len(per)
st = {}
for i, (p, rs) in enumerate(sorted(per.items())):
    m = len(rs)
    kind = "harsh r03" if i >= 400 else "fair %d" % m
    s = st.setdefault(kind, [0, 0, 0, 0])
    out = {r["key"]: float(r["qa_offset_hi"]) < 0 or
           float(r["qa_offset_lo"]) > 0 for r in rs}
    ps = sorted((0 if nop else float(r["qa_offset_p"]), r["key"])
                for r in rs)
    held = set()
    for j, (pv, k) in enumerate(ps):
        if pv * (m - j) >= 0.05:
            break
        held.add(k)
    called = {k for k in held if out[k]}
    if i >= 400:
        s[0] += "r03" in called and \
            float([r for r in rs if r["key"] == "r03"][0]["qa_offset"]) < 0
        s[1] += 1
        continue
    for r in rs:
        if float(r["qa_offset"]) != 0:
            s[0] += out[r["key"]]
            s[1] += 1
    s[2] += bool(called)
    s[3] += 1
for kind in ("fair 3", "fair 10"):
    s = st[kind]
    print("%s: non-coverage %s, family-wise %s" % (kind,
          "ok" if s[0] / s[1] <= 0.08 else "%.3f" % (s[0] / s[1]),
          "ok" if s[2] / s[3] <= 0.10 else "%.3f" % (s[2] / s[3])))
s = st["harsh r03"]
print("harsh r03: power %s" % ("ok" if s[0] / s[1] >= 0.9 else s[0] / s[1]))
print("p-values: %s" % ("missing" if nop else "ok"))
PY
check_file got <<'OUT'
fair 3: non-coverage ok, family-wise ok
fair 10: non-coverage ok, family-wise ok
harsh r03: power ok
p-values: ok
OUT
