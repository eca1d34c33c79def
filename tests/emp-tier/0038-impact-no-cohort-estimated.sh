#!/bin/sh
# emp-tier --impact: a group row whose changes all lack an estimate, each
# for its own reason (a1 changed in the second week: one period before;
# a2 after the last week: none after), shows no windows, values or counts
# mixed from different changes, only the note; the agent rows keep their
# own reasons and values.
. "${0%/*}/../lib.sh"

{
	echo agent,team,level,limit,effective
	for i in 1 2 3 4 5 6 7 8; do echo "a$i,T,1,25,"; done
	echo a1,T,2,50,2026-01-05
	echo a2,T,2,50,2026-02-23
} >roster.csv
awk 'BEGIN {
	print "period,group,key,team,qa,qa_n"
	for (w = 1; w <= 8; w++)
		for (i = 1; i <= 8; i++)
			printf "2026-W%02d,agent,a%d,T,%d,5\n", w, i, 70 + i + (w * i) % 4
}' >weekly.csv

run 0 emp-tier -r roster.csv --impact weekly.csv
check_out <<'OUT'
change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note
authority,all,all,,qa,2026-01-05..2026-02-23,,,0,0,0,0,,,,,,,,"no estimate for any of its 2 changes: 1 period before the change, fewer than 2; and other reasons (see the agent rows)"
authority,team,T,T,qa,2026-01-05..2026-02-23,,,0,0,0,0,,,,,,,,"no estimate for any of its 2 changes: 1 period before the change, fewer than 2; and other reasons (see the agent rows)"
authority,agent,a1,T,qa,2026-01-05,2026-W01,2026-W02..2026-W05,1,7,5,20,72,72.5,76.57143,75.92857,,,,"1 period before the change, fewer than 2"
authority,agent,a2,T,qa,2026-02-23,2026-W05..2026-W08,,0,0,0,0,,,,,,,,"0 periods after the change, fewer than 2"
OUT
check_err <<'ERR'
emp-tier: authority qa: no estimate: no estimate for any of its 2 changes: 1 period before the change, fewer than 2; and other reasons (see the agent rows)
emp-tier: 2 authority changes of 2 agents (0 left out), 0 controls; 4 rows, 4 without an estimate
ERR
