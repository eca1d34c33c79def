#!/bin/sh
# emp-tier --impact on monthly scores: the default window reaches two
# whole months a side (two periods less a day, 59 days, being longer than
# the policy's 28), so that a change on 2026-04-01 is measured over
# 2026-02..2026-03 against 2026-04..2026-05; with --impact-window 28 a side
# holds one month: no estimate, and the note says so.
. "${0%/*}/../lib.sh"

{
	echo agent,team,level,limit,effective
	for i in 1 2 3 4 5 6 7 8; do echo "a$i,T,1,25,"; done
	echo a1,T,2,50,2026-04-01
} >roster.csv
awk 'BEGIN {
	print "period,group,key,team,qa,qa_n"
	for (m = 1; m <= 6; m++)
		for (i = 1; i <= 8; i++)
			printf "2026-%02d,agent,a%d,T,%d,5\n", m, i,
			    70 + i + (i == 1 && m >= 4 ? 6 : 0) + (m * i) % 3
}' >monthly.csv

run 0 emp-tier -q -r roster.csv --impact monthly.csv
awk -F, -v OFS=, '$2 == "all" { print $7, $8, $9, $10, $17 != "" }' out >rows
check_file rows <<'OUT'
2026-02..2026-03,2026-04..2026-05,1,7,1
OUT

run 0 emp-tier -q -r roster.csv --impact --impact-window 28 monthly.csv
grep '^authority,all,' out | grep -o '"[^"]*"$' >note
check_file note <<'OUT'
"1 period before the change, fewer than 2"
OUT
