#!/bin/sh
# emp-tier --impact: one changed agent's row is a prediction interval,
# effect -+ t(n_c - 1) s_c sqrt(1 + 1/n_c), recomputed independently
# (did.py) to the written decimals (aht_s: 5).  With 2, 11, 31 and 101
# control agents, the t quantile behind each interval, recovered from it,
# is Student's: 12.7062, 2.2281, 2.0423, 1.9840 (to 1e-4).
. "${0%/*}/../lib.sh"

for n in 2 11 31 101; do
	awk -v n=$n 'BEGIN {
		print "agent,team,level,limit,effective" >"roster.csv"
		print "x,T,1,25," >"roster.csv"
		print "x,T,2,50,2026-01-12" >"roster.csv"
		print "period,group,key,team,aht_s,aht_s_n"
		for (w = 1; w <= 4; w++)
			printf "2026-W%02d,agent,x,T,%d,10\n", w, w <= 2 ? 300 : 250
		for (i = 1; i <= n; i++) {
			printf "c%03d,C,1,25,\n", i >"roster.csv"
			d = ((i * 37) % 17) * 10 - 80
			for (w = 1; w <= 4; w++)
				printf "2026-W%02d,agent,c%03d,C,%d,10\n", w, i,
				    w <= 2 ? 300 + i : 300 + i + d
		} }' >scores.csv
	run 0 emp-tier -q -r roster.csv --impact --impact-window 14 \
	    --min-controls 2 scores.csv
	N=$n PYTHONPATH=$TESTS_DIR/emp-tier python3 - <<'PY'
import csv, math, os, did
n = int(os.environ["N"])
rows = list(csv.DictReader(open("out")))
r = [r for r in rows if r["group"] == "agent"][0]
T = [(300.0, 250.0)]
C = [(300.0 + i, 300.0 + i + ((i * 37) % 17) * 10 - 80)
     for i in range(1, n + 1)]
eff, lo, hi, df = did.did(T, C)
tol = 0.5e-5 + 1e-9
did.close(r["effect"], eff, "effect", tol)
did.close(r["effect_lo"], lo, "effect_lo", tol)
did.close(r["effect_hi"], hi, "effect_hi", tol)
if r["controls"] != str(n) or r["treated"] != "1":
    raise SystemExit("counts: %s" % r)
dc = [a - b for b, a in C]
s = math.sqrt(did.var(dc) * (1 + 1 / n))
t = (float(r["effect_hi"]) - float(r["effect"])) / s
want = {2: 12.7062, 11: 2.2281, 31: 2.0423, 101: 1.9840}[n]
if abs(t - want) > 1e-4 or abs(t - did.t975(n - 1)) > 1e-4:
    raise SystemExit("t(%d) = %.6f, not %.4f" % (n - 1, t, want))
PY
done
