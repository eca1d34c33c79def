#!/bin/sh
# emp-tier --impact: an agent with two changes a week apart (a level, then
# a limit) has the other change inside the windows of each: both are left
# out (counted in the summary, their agent rows say why, no estimate) and
# the agent is no control; the other promoted agent is estimated against
# the five unchanged ones.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'EOF'
agent,team,level,limit,effective
x,T,1,25,
x,T,2,50,2026-01-12
x,T,2,100,2026-01-19
y,T,1,25,
y,T,2,50,2026-01-12
c1,C,1,25,
c2,C,1,25,
c3,C,1,25,
c4,C,1,25,
c5,C,1,25,
EOF
awk 'BEGIN { print "period,group,key,team,qa,qa_n"
	split("x y c1 c2 c3 c4 c5", a, " ")
	for (i = 1; i <= 7; i++) for (w = 1; w <= 5; w++)
		printf "2026-W%02d,agent,%s,,%d,4\n", w, a[i],
		    70 + i + (w >= 3 ? 2 * i : 0) }' >scores.csv
run 0 emp-tier -r roster.csv --impact --impact-window 14 scores.csv
# y: 72 -> 76 (d 4); controls c1..c5: d = 6, 8, 10, 12, 14 (mean 10,
# variance 10): -6 -+ t(4) 2.776445 sqrt(10 (1 + 1/5)) = 9.617888.
# x's rows: W02 is 71, W03 on 73.
check_out <<'EOF'
change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note
authority,all,all,,qa,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,5,8,8,72,76,75,85,-6,-15.61789,3.61789,
authority,team,T,T,qa,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,5,8,8,72,76,75,85,-6,-15.61789,3.61789,
authority,agent,x,T,qa,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,0,0,8,8,71,73,,,,,,left out: another change of the agent on 2026-01-19 in its windows
authority,agent,x,T,qa,2026-01-19,2026-W02..2026-W03,2026-W04..2026-W05,0,0,8,8,72,73,,,,,,left out: another change of the agent on 2026-01-12 in its windows
authority,agent,y,T,qa,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,5,8,8,72,76,75,85,-6,-15.61789,3.61789,
EOF
check_err <<'EOF'
emp-tier: 3 authority changes of 2 agents (2 left out), 5 controls; 5 rows, 2 without an estimate
EOF
