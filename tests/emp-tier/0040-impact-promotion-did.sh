#!/bin/sh
# emp-tier --impact: the issue's case.  16 ISO weeks, two teams of 12
# agents; team A promoted (a dated roster row) on the first day of week 9.
# Every agent's CSAT share has its own baseline, a seasonal +0.05 from
# week 9 for everyone and +0.10 more for team A; FCR has its own baseline
# and does not change.  Scores made by a seeded LCG (100 surveys and 80
# contacts an agent-week, binomial counts).  The `all` csat_rate effect
# must be near 0.10 with an interval above 0 and below the naive
# before/after of the treated (~0.15, checked on the data too); resolved_rate's
# interval must include 0; and every written effect, interval and mean
# of the all, team and agent rows is recomputed independently (did.py)
# to 4 decimals.
. "${0%/*}/../lib.sh"

cat >gen.py <<'PY'
state = [2]
def u():
    state[0] = (1664525 * state[0] + 1013904223) % 4294967296
    return state[0] / 4294967296.0
def binom(n, p):
    return sum(1 for _ in range(n) if u() < p)
agents = [("a%02d" % i, "A") for i in range(1, 13)] + \
    [("b%02d" % i, "B") for i in range(1, 13)]
base = {a: 0.55 + 0.20 * u() for a, t in agents}
fbase = {a: 0.60 + 0.20 * u() for a, t in agents}
with open("roster.csv", "w") as f:
    f.write("agent,team,hired,level,limit,effective\n")
    for a, t in agents:
        f.write("%s,%s,2024-01-08,1,25,\n" % (a, t))
    for a, t in agents:
        if t == "A":
            f.write("%s,%s,2024-01-08,2,50,2026-02-23\n" % (a, t))
with open("scores.csv", "w") as f, open("truth.csv", "w") as g:
    f.write("period,group,key,team,resolved_rate,resolved_rate_n,csat_rate,csat_rate_n\n")
    for w in range(1, 17):
        for a, t in agents:
            p = base[a] + (0.05 if w >= 9 else 0) + \
                (0.10 if w >= 9 and t == "A" else 0)
            k = binom(100, p)
            fk = binom(80, fbase[a])
            f.write("2026-W%02d,agent,%s,%s,%.4f,80,%.4f,100\n" %
                    (w, a, t, fk / 80, k / 100))
            g.write("%d %s %s %d %d\n" % (w, a, t, fk, k))
PY
python3 gen.py
run 0 emp-tier -r roster.csv --impact scores.csv
check_err <<'EOF'
emp-tier: 12 authority changes of 12 agents (0 left out), 12 controls; 28 rows, 0 without an estimate
EOF
head -n 1 out >got
check_file got <<'EOF'
change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note
EOF
# the order: all, team, agent; metrics in the scores' order
cut -d, -f2,3,5 out | sed -n '2,6p' >got
check_file got <<'EOF'
all,all,resolved_rate
all,all,csat_rate
team,A,resolved_rate
team,A,csat_rate
agent,a01,resolved_rate
EOF

PYTHONPATH=$TESTS_DIR/emp-tier python3 - <<'PY'
import csv, did
rows = list(csv.DictReader(open("out")))
allc = [r for r in rows if r["group"] == "all" and r["metric"] == "csat_rate"][0]
allf = [r for r in rows if r["group"] == "all" and r["metric"] == "resolved_rate"][0]
e = float(allc["effect"])
if not (abs(e - 0.10) <= 0.03 and float(allc["effect_lo"]) > 0 and
        float(allc["effect_hi"]) < 0.15):
    raise SystemExit("csat_rate effect %s (%s to %s): not near +0.10" %
                     (e, allc["effect_lo"], allc["effect_hi"]))
naive = float(allc["after"]) - float(allc["before"])
if abs(naive - 0.15) > 0.03:
    raise SystemExit("the naive before/after is %.4f, not ~0.15" % naive)
if not float(allf["effect_lo"]) <= 0 <= float(allf["effect_hi"]):
    raise SystemExit("resolved_rate: interval without 0: %s" % allf)
for r in (allc, allf):
    if (r["changed"], r["before_window"], r["after_window"], r["treated"],
            r["controls"]) != ("2026-02-23", "2026-W05..2026-W08",
                               "2026-W09..2026-W12", "12", "12"):
        raise SystemExit("windows or counts: %s" % r)
# independently: pooled k/n per agent over W05-W08 and W09-W12
k = {}
for line in open("truth.csv"):
    w, a, t, fk, ck = line.split()
    w = int(w)
    if 5 <= w <= 12:
        s = "b" if w <= 8 else "a"
        k[(a, "resolved_rate", s)] = k.get((a, "resolved_rate", s), 0) + int(fk)
        k[(a, "csat_rate", s)] = k.get((a, "csat_rate", s), 0) + int(ck)
N = {"resolved_rate": 320.0, "csat_rate": 400.0}
def ba(a, m):
    return (k[(a, m, "b")] / N[m], k[(a, m, "a")] / N[m])
A = ["a%02d" % i for i in range(1, 13)]
B = ["b%02d" % i for i in range(1, 13)]
checked = 0
for r in rows:
    m = r["metric"]
    tr = A if r["group"] != "agent" else [r["key"]]
    T = [ba(a, m) for a in tr]
    C = [ba(a, m) for a in B]
    eff, lo, hi, df = did.did(T, C)
    what = "%s %s %s" % (r["group"], r["key"], m)
    did.close(r["effect"], eff, what + " effect")
    did.close(r["effect_lo"], lo, what + " effect_lo")
    did.close(r["effect_hi"], hi, what + " effect_hi")
    did.close(r["before"], did.mean([b for b, a in T]), what + " before")
    did.close(r["after"], did.mean([a for b, a in T]), what + " after")
    did.close(r["control_before"], did.mean([b for b, a in C]), what + " cb")
    did.close(r["control_after"], did.mean([a for b, a in C]), what + " ca")
    if r["n_before"] != str(int(N[m]) * len(tr)) or r["n_after"] != r["n_before"]:
        raise SystemExit(what + ": samples " + r["n_before"])
    checked += 1
if checked != 28:
    raise SystemExit("%d rows checked" % checked)
PY
