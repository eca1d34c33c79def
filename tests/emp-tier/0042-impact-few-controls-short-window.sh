#!/bin/sh
# emp-tier --impact: three control agents are fewer than the default 5
# (no estimate, said); with --min-controls 3 one changed agent gets a
# prediction interval, worked by hand: d = 0.3 against the controls'
# 0.05, 0, 0.1 (mean 0.05, variance 0.0025), effect 0.25, variance
# 0.0025 (1 + 1/3), t(2) = 4.302653: 0.25 -+ 0.248414.  A window of one
# week on each side (--impact-window 7) is too short.  A lead without a
# level is staff: not a control.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'EOF'
agent,team,level,limit,effective,role
t1,T,1,25,,
t1,T,2,50,2026-01-12,
c1,C,1,25,,agent
c2,C,1,25,,
c3,C,1,25,,
lead,C,,,,lead
EOF
awk 'BEGIN { print "period,group,key,team,csat_rate,csat_rate_n"
	split("t1 0.5 0.8 c1 0.5 0.55 c2 0.6 0.6 c3 0.7 0.8", v, " ")
	for (i = 1; i <= 12; i += 3) for (w = 1; w <= 4; w++)
		printf "2026-W%02d,agent,%s,%s,%s,20\n", w, v[i],
		    substr(v[i], 1, 1) == "t" ? "T" : "C",
		    w <= 2 ? v[i + 1] : v[i + 2] }' >scores.csv
run 0 emp-tier -q -r roster.csv --impact --impact-window 14 scores.csv
check_out <<'EOF'
change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note
authority,all,all,,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,3,40,40,0.5,0.8,0.6,0.65,,,,"3 control agents, fewer than 5"
authority,team,T,T,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,3,40,40,0.5,0.8,0.6,0.65,,,,"3 control agents, fewer than 5"
authority,agent,t1,T,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,3,40,40,0.5,0.8,0.6,0.65,,,,"3 control agents, fewer than 5"
EOF
check_err <<'EOF'
emp-tier: authority csat_rate: no estimate: 3 control agents, fewer than 5
EOF
run 0 emp-tier -r roster.csv --impact --impact-window 14 --min-controls 3 \
    scores.csv
check_out <<'EOF'
change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note
authority,all,all,,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,3,40,40,0.5,0.8,0.6,0.65,0.25,0.0016,0.4984,
authority,team,T,T,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,3,40,40,0.5,0.8,0.6,0.65,0.25,0.0016,0.4984,
authority,agent,t1,T,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,3,40,40,0.5,0.8,0.6,0.65,0.25,0.0016,0.4984,
EOF
check_err <<'EOF'
emp-tier: 1 authority change of 1 agent (0 left out), 3 controls; 3 rows, 0 without an estimate
EOF
run 0 emp-tier -q -r roster.csv --impact --impact-window 7 --min-controls 3 \
    scores.csv
check_out <<'EOF'
change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note
authority,all,all,,csat_rate,2026-01-12,2026-W02,2026-W03,1,3,20,20,0.5,0.8,0.6,0.65,,,,"1 period before the change, fewer than 2"
authority,team,T,T,csat_rate,2026-01-12,2026-W02,2026-W03,1,3,20,20,0.5,0.8,0.6,0.65,,,,"1 period before the change, fewer than 2"
authority,agent,t1,T,csat_rate,2026-01-12,2026-W02,2026-W03,1,3,20,20,0.5,0.8,0.6,0.65,,,,"1 period before the change, fewer than 2"
EOF
check_err <<'EOF'
emp-tier: authority csat_rate: no estimate: 1 period before the change, fewer than 2
EOF
