#!/bin/sh
# emp-tier --exposure: the mistake rate needs 10 outcomes (a9 has 9: no
# rate, no expected cost, the Wilson bounds still); the expected cost
# needs a mistake with a known cost (z10: no mistake; n10: two mistakes,
# no cost: both empty).  a10: 1 of 10, cost 30: 0.1, Wilson 0.0179-0.4042;
# expected = 2 new decisions x 0.1 x 30 = 6, high 2 x 0.40415 x 30 =
# 24.25.  Every agent is raised from 100 to 200, two decisions of 150 in
# the new band each.  The all row pools: 4 mistakes in 39 outcomes, the
# mean cost of the two with a cost 30: 8 x 4/39 x 30 = 24.62 (not the sum
# of the agents' 6); its Wilson bounds recomputed by awk.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POL'
window 14
level 1 One
	limits 100 200
	sample 3
	min qa 80
level 2 Two
	limits 200 400
	sample 3
	min qa 90
POL
printf 'agent,team,hired,level,limit\n' >roster.csv
printf 'period,group,key,team,qa,qa_n\n' >scores.csv
for a in a9 a10 n10 z10; do
	printf '%s,T,2024-01-08,1,100\n' $a >>roster.csv
	printf '2026-W09,agent,%s,T,85,5\n2026-W10,agent,%s,T,85,5\n' $a $a \
	    >>scores.csv
done
# agent, outcomes, mistakes, cost of each mistake
awk 'BEGIN { print "kind,ts,agent,amount,reversed,cost"
	split("a9 9 1 30|a10 10 1 30|n10 10 2 |z10 10 0 ", c, "|")
	for (i = 1; i <= 4; i++) {
		split(c[i], f, " ")
		for (j = 1; j <= f[2]; j++)
			print "decision,2026-03-0" (j % 7 + 2) "T10:00:00Z," \
			    f[1] "," (j <= 2 ? 150 : 50) "," (j <= f[3]) "," \
			    (j <= f[3] ? f[4] : "")
	} }' >events.csv
run 0 emp-tier -q -r roster.csv -p policy.txt --exposure events.csv \
    scores.csv
check_out <<'CSV'
group,key,team,window,level,limit,rec_limit,decisions,amount,within,within_amount,escalated,escalated_amount,approval_s,avoided,avoided_s,new_decisions,new_amount,outcomes,mistakes,mistake_rate,mistake_lo,mistake_hi,mistake_cost,expected_cost,expected_cost_hi
all,all,,2026-W09..2026-W10,,,,39,2750,31,1550,0,0,0,0,0,8,1200,39,4,0.1026,0.0406,0.2358,60,24.62,56.59
team,T,T,2026-W09..2026-W10,,,,39,2750,31,1550,0,0,0,0,0,8,1200,39,4,0.1026,0.0406,0.2358,60,24.62,56.59
agent,a10,T,2026-W09..2026-W10,1,100,200,10,700,8,400,0,0,0,0,0,2,300,10,1,0.1,0.0179,0.4042,30,6,24.25
agent,a9,T,2026-W09..2026-W10,1,100,200,9,650,7,350,0,0,0,0,0,2,300,9,1,,0.0199,0.435,30,,
agent,n10,T,2026-W09..2026-W10,1,100,200,10,700,8,400,0,0,0,0,0,2,300,10,2,0.2,0.0567,0.5098,0,,
agent,z10,T,2026-W09..2026-W10,1,100,200,10,700,8,400,0,0,0,0,0,2,300,10,0,0,0,0.2775,0,,
CSV
check_err </dev/null
# the all row's bounds and high expected cost, by awk
awk 'BEGIN { z = 1.959963984540054; k = 4; n = 39; p = k / n
	den = 1 + z * z / n; mid = (p + z * z / (2 * n)) / den
	half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
	printf "%.4f,%.4f,%.2f\n", mid - half, mid + half, 8 * (mid + half) * 30
}' >want
awk -F, 'NR == 2 { print $22 "," $23 "," $26 }' out >got
check_file got want
