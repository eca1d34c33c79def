#!/bin/sh
# The history --accept writes is the history --impact reads: on Monday
# 2026-02-02 the manager accepts the recommendations of weeks W02..W05
# (a1..a3 raised from 100 to 200; b1..b6 hold); the roster gains their
# dated rows; weeks later, --impact over W02..W09 finds exactly those three
# changes on 2026-02-02, with the six others as controls, the windows
# W02..W05 and W06..W09 (policy window 28 days), and the effect on qa is
# the difference in differences of the agents' window means, computed
# again by awk.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POL'
window 28
level 1 One
	limits 100 200
	sample 3
	min qa 80
POL
{
	echo agent,team,level,limit,hired
	for a in a1 a2 a3 b1 b2 b3 b4 b5 b6; do
		echo "$a,T,1,100,2025-01-06"
	done
} >roster.csv
# qa by week: a's 90 before (+ a small spread), 96 after; b's 70 before,
# 72 after (+ a spread); 5 evaluations each week
awk 'BEGIN {
	print "period,group,key,team,qa,qa_n"
	for (w = 2; w <= 9; w++) {
		for (i = 1; i <= 3; i++)
			printf "2026-W%02d,agent,a%d,T,%d,5\n", w, i, (w < 6 ? 90 : 96) + i
		for (i = 1; i <= 6; i++)
			printf "2026-W%02d,agent,b%d,T,%d,5\n", w, i, (w < 6 ? 70 : 72) + (i * w) % 5
	}
}' >all.csv
awk -F, 'NR == 1 || $1 <= "2026-W05"' all.csv >before.csv

clock_at 2026-02-02T09:00:00Z
run 0 emp-tier -r roster.csv -p policy.txt --accept -o roster.csv before.csv
check_err <<'ERR'
emp-tier: accepted 3 of 9 agents (0 promote, 3 raise), effective 2026-02-02
ERR
awk -F, -v OFS=, '$6 != "" { print $1, $3, $4, $6 }' roster.csv >dated
check_file dated <<'OUT'
agent,level,limit,effective
a1,1,200,2026-02-02
a2,1,200,2026-02-02
a3,1,200,2026-02-02
OUT

clock_at 2026-03-05T09:00:00Z
run 0 emp-tier -r roster.csv -p policy.txt --impact all.csv
awk -F, -v OFS=, 'NR == 1 || $2 != "agent" { print $1, $2, $5, $6, $7, $8, $9, $10 }' \
    out >rows
check_file rows <<'OUT'
change,group,metric,changed,before_window,after_window,treated,controls
authority,all,qa,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,3,6
authority,team,qa,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,3,6
OUT
check_err <<'ERR'
emp-tier: 3 authority changes of 3 agents (0 left out), 6 controls; 5 rows, 0 without an estimate
ERR

# the effect again: each agent's mean over the window (equal counts: the
# mean of the weeks), after minus before; a's mean less b's mean
awk -F, 'NR > 1 { w = substr($1, 7) + 0; k = w < 6 ? "b" : "a"
	s[$3, k] += $5; n[$3, k]++ }
END {
	for (i = 1; i <= 3; i++) { a = "a" i; t += s[a, "a"] / n[a, "a"] - s[a, "b"] / n[a, "b"] }
	for (i = 1; i <= 6; i++) { b = "b" i; c += s[b, "a"] / n[b, "a"] - s[b, "b"] / n[b, "b"] }
	printf "%.3f\n", t / 3 - c / 6
}' all.csv >want
awk -F, '$2 == "all" { printf "%.3f\n", $17 }' out >got
check_file got want
