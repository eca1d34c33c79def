#!/bin/sh
# emp-tier --impact --coaching: coaching sessions (kind coaching rows of
# an event stream; other kinds ignored) are measured on their focus
# metric only, against agents not coached in the windows (an agent with
# an authority change still counts: it was not coached); recomputed
# independently (did.py).  A session on a count (u1) is measured on
# nothing, but u1 was coached: no control (5 of them, u2..u6).
. "${0%/*}/../lib.sh"

cat >roster.csv <<'EOF'
agent,team,level,limit,effective
k1,K,1,25,
k2,K,1,25,
k3,K,1,25,
u1,U,1,25,
u2,U,1,25,
u3,U,1,25,
u4,U,1,25,
u5,U,1,25,
u6,U,1,25,
u6,U,2,50,2026-01-12
EOF
cat >events.csv <<'EOF'
kind,ts,agent,team,coach,focus,csat,comment
coaching,2026-01-12T10:00:00Z,k1,K,Lee,qa,,on tone
coaching,2026-01-12T11:00:00Z, k2 ,K,Lee,qa,,
coaching,2026-01-12T12:00:00Z,k3,K,Lee,csat_rate,,
survey,2026-01-12T12:00:00Z,k3,K,,,5,
coaching,2026-01-12T13:00:00Z,u1,U,Lee,contacts,,
EOF
awk 'BEGIN { print "period,group,key,team,qa,qa_n,csat_rate,csat_rate_n"
	split("k1 k2 k3 u1 u2 u3 u4 u5 u6", a, " ")
	for (i = 1; i <= 9; i++) for (w = 1; w <= 4; w++) {
		q = 60 + 3 * i + (w >= 3 ? (i <= 2 ? 10 + i : (i * 7) % 5) : 0)
		c = 0.5 + 0.02 * i + (w >= 3 ? (i == 3 ? 0.2 : \
		    0.01 * ((i * 3) % 4)) : 0)
		printf "2026-W%02d,agent,%s,%s,%d,4,%.2f,100\n", w, a[i],
		    substr(a[i], 1, 1) == "k" ? "K" : "U", q, c
	} }' >scores.csv
run 0 emp-tier -r roster.csv --impact --impact-window 14 \
    --coaching events.csv scores.csv
check_err <<'EOF'
emp-tier: 1 authority change of 1 agent (0 left out), 8 controls; 4 coaching sessions of 4 agents (0 left out, 1 not measured: no focus or a count), 5 controls; 13 rows, 0 without an estimate
EOF
cut -d, -f1-5,9,10 out | grep coaching >got
check_file got <<'EOF'
coaching,all,all,,csat_rate,1,5
coaching,all,all,,qa,2,5
coaching,team,K,K,csat_rate,1,5
coaching,team,K,K,qa,2,5
coaching,agent,k1,K,qa,1,5
coaching,agent,k2,K,qa,1,5
coaching,agent,k3,K,csat_rate,1,5
EOF
PYTHONPATH=$TESTS_DIR/emp-tier python3 - <<'PY'
import csv, did
rows = [r for r in csv.DictReader(open("out")) if r["change"] == "coaching"]
sc = {}
for r in csv.DictReader(open("scores.csv")):
    sc[(r["key"], r["period"])] = r
def val(i, m, after):
    # two weeks of equal samples each side: the mean of the two values
    a = names[i - 1]
    w = ("2026-W03", "2026-W04") if after else ("2026-W01", "2026-W02")
    return sum(float(sc[(a, x)][m]) for x in w) / 2
names = ["k1", "k2", "k3", "u1", "u2", "u3", "u4", "u5", "u6"]
for r in rows:
    m = r["metric"]
    if r["group"] == "agent":
        tr = [names.index(r["key"]) + 1]
    else:
        tr = [1, 2] if m == "qa" else [3]
    T = [(val(i, m, 0), val(i, m, 1)) for i in tr]
    C = [(val(i, m, 0), val(i, m, 1)) for i in range(5, 10)]
    eff, lo, hi, df = did.did(T, C)
    tol = (0.5e-5 if m == "qa" else 0.5e-4) + 1e-9
    what = r["group"] + " " + r["key"] + " " + m
    did.close(r["effect"], eff, what, tol)
    did.close(r["effect_lo"], lo, what + " lo", tol)
    did.close(r["effect_hi"], hi, what + " hi", tol)
PY
