#!/bin/sh
# emp-tier --impact: a row of two cohorts (three agents promoted on
# 2026-01-12, two on 2026-01-19) pools them: effect = sum w_g effect_g
# (w_g = n_t,g / n_t), variance sum w_g^2 s2_t,g / n_t,g + (sum w_g
# sqrt(s2_c,g / n_c,g))^2, df the smaller Welch df; each cohort with its
# own windows and controls (agents changed inside a cohort's windows are
# not its controls).  Recomputed independently (did.py).
. "${0%/*}/../lib.sh"

cat >roster.csv <<'EOF'
agent,team,level,limit,effective
t1,T,1,25,
t2,T,1,25,
t3,T,1,25,
t4,T,1,25,
t5,T,1,25,
t1,T,2,50,2026-01-12
t2,T,2,50,2026-01-12
t3,T,2,50,2026-01-12
t4,T,2,50,2026-01-19
t5,T,2,50,2026-01-19
c1,C,1,25,
c2,C,1,25,
c3,C,1,25,
c4,C,1,25,
c5,C,1,25,
c6,C,1,25,
EOF
awk 'BEGIN { print "period,group,key,team,qa,qa_n"
	split("t1 t2 t3 t4 t5 c1 c2 c3 c4 c5 c6", a, " ")
	for (i = 1; i <= 11; i++) for (w = 1; w <= 6; w++)
		printf "2026-W%02d,agent,%s,%s,%d,4\n", w, a[i],
		    i <= 5 ? "T" : "C", 50 + (i * 13 + w * w * 7) % 23 + \
		    (i <= 3 && w >= 3 || i >= 4 && i <= 5 && w >= 4 ? 5 : 0)
	}' >scores.csv
run 0 emp-tier -r roster.csv --impact --impact-window 14 scores.csv
check_err <<'EOF'
emp-tier: 5 authority changes of 5 agents (0 left out), 6 controls; 7 rows, 0 without an estimate
EOF
PYTHONPATH=$TESTS_DIR/emp-tier python3 - <<'PY'
import csv, math, did
v = {}
for r in csv.DictReader(open("scores.csv")):
    v[(r["key"], int(r["period"][-2:]))] = float(r["qa"])
def ba(a, w0):
    return ((v[(a, w0)] + v[(a, w0 + 1)]) / 2,
            (v[(a, w0 + 2)] + v[(a, w0 + 3)]) / 2)
C = ["c%d" % i for i in range(1, 7)]
cohorts = [(["t1", "t2", "t3"], C, 1),
           (["t4", "t5"], C, 2)]
# cohort 1's windows (W01..W04) hold t4's and t5's change: not controls;
# cohort 2's (W02..W05) hold t1-t3's
nt = 5.0
eff = vt = sc = 0.0
dfs = []
for T, Cs, w0 in cohorts:
    t = [ba(a, w0) for a in T]
    c = [ba(a, w0) for a in Cs]
    e, lo, hi, df = did.did(t, c)
    w = len(T) / nt
    dt = [y - x for x, y in t]
    dc = [y - x for x, y in c]
    eff += w * e
    vt += w * w * did.var(dt) / len(T)
    sc += w * math.sqrt(did.var(dc) / len(Cs))
    dfs.append(df)
h = did.t975(min(dfs)) * math.sqrt(vt + sc * sc)
rows = list(csv.DictReader(open("out")))
r = [r for r in rows if r["group"] == "all"][0]
tol = 0.5e-5 + 1e-9
did.close(r["effect"], eff, "effect", tol)
did.close(r["effect_lo"], eff - h, "effect_lo", tol)
did.close(r["effect_hi"], eff + h, "effect_hi", tol)
want = ("2026-01-12..2026-01-19", "2026-W01..2026-W03", "2026-W03..2026-W05",
        "5", "6", "")
got = tuple(r[k] for k in ("changed", "before_window", "after_window",
                           "treated", "controls", "note"))
if got != want:
    raise SystemExit("got %s" % (got,))
t = [r for r in rows if r["group"] == "team"][0]
for k in ("effect", "effect_lo", "effect_hi", "treated"):
    if t[k] != r[k]:
        raise SystemExit("team row differs: " + k)
PY
