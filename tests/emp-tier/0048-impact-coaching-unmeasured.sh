#!/bin/sh
# emp-tier --impact --coaching: a session without a focus, or on a count,
# is measured on nothing but is coaching still: its agent is no control
# of the sessions in its windows (u1, u2 here: the controls are u3..u7,
# recomputed by did.py), and a measured session of the same agent in its
# windows is left out (k2).  Neither row is rejected.
. "${0%/*}/../lib.sh"

printf 'agent,team,level,limit\n' >roster.csv
for a in k1 k2 u1 u2 u3 u4 u5 u6 u7; do
	printf '%s,%s,1,25\n' $a $(echo $a | cut -c1 | tr ku KU) >>roster.csv
done
cat >events.csv <<'EOF'
kind,ts,agent,coach,focus,comment
coaching,2026-01-12T10:00:00Z,k1,Lee,qa,on tone
coaching,2026-01-12T10:00:00Z,k2,Lee,qa,
coaching,2026-01-06T10:00:00Z,k2,Lee,,no focus
coaching,2026-01-12T13:00:00Z,u1,Lee,contacts,
coaching,2026-01-13T13:00:00Z,u2,Lee,,
EOF
awk 'BEGIN { print "period,group,key,team,qa,qa_n"
	split("k1 k2 u1 u2 u3 u4 u5 u6 u7", a, " ")
	for (i = 1; i <= 9; i++) for (w = 1; w <= 4; w++) {
		q = 60 + 3 * i + (w >= 3 ? (i <= 2 ? 10 + i : (i * 7) % 5) : 0)
		if (i == 3 || i == 4)
			q += w >= 3 ? 20 : 0
		printf "2026-W%02d,agent,%s,%s,%d,4\n", w, a[i],
		    substr(a[i], 1, 1) == "k" ? "K" : "U", q
	} }' >scores.csv
run 0 emp-tier -r roster.csv --impact --impact-window 14 \
    --coaching events.csv scores.csv
check_err <<'EOF'
emp-tier: 0 authority changes of 0 agents (0 left out), 0 controls; 5 coaching sessions of 4 agents (1 left out, 3 not measured: no focus or a count), 5 controls; 4 rows, 1 without an estimate
EOF
cut -d, -f1-5,9,10,20 out | grep coaching >got
check_file got <<'EOF'
coaching,all,all,,qa,1,5,
coaching,team,K,K,qa,1,5,
coaching,agent,k1,K,qa,1,5,
coaching,agent,k2,K,qa,0,0,left out: another coaching session of the agent on 2026-01-06 in its windows
EOF
PYTHONPATH=$TESTS_DIR/emp-tier python3 - <<'PY'
import csv, did
rows = [r for r in csv.DictReader(open("out")) if r["group"] == "all"]
sc = {}
for r in csv.DictReader(open("scores.csv")):
    sc[(r["key"], r["period"])] = float(r["qa"])
def ba(a):
    return ((sc[(a, "2026-W01")] + sc[(a, "2026-W02")]) / 2,
            (sc[(a, "2026-W03")] + sc[(a, "2026-W04")]) / 2)
eff, lo, hi, df = did.did([ba("k1")], [ba(a) for a in
    ("u3", "u4", "u5", "u6", "u7")])
did.close(rows[0]["effect"], eff, "effect", 0.5e-5 + 1e-9)
did.close(rows[0]["effect_lo"], lo, "effect_lo", 0.5e-5 + 1e-9)
did.close(rows[0]["effect_hi"], hi, "effect_hi", 0.5e-5 + 1e-9)
PY
