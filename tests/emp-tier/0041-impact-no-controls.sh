#!/bin/sh
# emp-tier --impact: every agent promoted on the same day leaves no
# control agents: no effect is written, the note says why, the values
# before and after are still written, and the `all` row warns.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'EOF'
agent,team,level,limit,effective
ana,A,1,25,
bob,B,1,25,
ana,A,2,50,2026-01-12
bob,B,1,50,2026-01-12
EOF
cat >scores.csv <<'EOF'
period,group,key,team,csat_rate,csat_rate_n
2026-W01,agent,ana,A,0.5,20
2026-W02,agent,ana,A,0.5,20
2026-W03,agent,ana,A,0.6,20
2026-W04,agent,ana,A,0.6,20
2026-W01,agent,bob,B,0.7,20
2026-W02,agent,bob,B,0.7,20
2026-W03,agent,bob,B,0.75,20
2026-W04,agent,bob,B,0.75,20
2026-W03,team,A,A,0.6,20
EOF
run 0 emp-tier -r roster.csv --impact --impact-window 14 scores.csv
check_out <<'EOF'
change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note
authority,all,all,,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,2,0,80,80,0.6,0.675,,,,,,no control agents: cannot estimate
authority,team,A,A,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,0,40,40,0.5,0.6,,,,,,no control agents: cannot estimate
authority,team,B,B,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,0,40,40,0.7,0.75,,,,,,no control agents: cannot estimate
authority,agent,ana,A,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,0,40,40,0.5,0.6,,,,,,no control agents: cannot estimate
authority,agent,bob,B,csat_rate,2026-01-12,2026-W01..2026-W02,2026-W03..2026-W04,1,0,40,40,0.7,0.75,,,,,,no control agents: cannot estimate
EOF
check_err <<'EOF'
emp-tier: authority csat_rate: no estimate: no control agents: cannot estimate
emp-tier: 2 authority changes of 2 agents (0 left out), 0 controls; 5 rows, 5 without an estimate
EOF
