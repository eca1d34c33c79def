#!/bin/sh
# emp-tier --exposure: decisions count for the listed agents only, their
# names matched as the roster's are (trimmed of spaces and tabs, ASCII
# case ignored: "Ana" is ana, "<tab>cy " is cy); those of an agent the
# roster does not know (zed, twice) and of one who left before the review
# day (bo, not listed) are left out and counted in the summary.  The
# stream has no reversed or cost column (an older stream): no outcomes,
# the rate and its bounds empty.  No team or agent row for bo.
. "${0%/*}/../lib.sh"
. "${0%/*}/exposure.sh"

exposure_setup
cat >roster.csv <<'EOF'
agent,team,hired,exit,level,limit
ana,North,2024-01-08,,1,100
bo,North,2024-01-08,2026-01-01,1,100
cy,South,2024-01-08,,2,400
EOF
printf 'kind,ts,agent,amount,escalated,decision_s\ndecision,2026-03-02T10:00:00Z,Ana,150,1,120\ndecision,2026-03-02T11:00:00Z,bo,150,1,60\ndecision,2026-03-02T12:00:00Z,zed,150,1,60\ndecision,2026-03-02T13:00:00Z,zed,20,0,\ndecision,2026-03-02T13:00:00Z,\tcy ,420,1,30\n' >events.csv
run 0 emp-tier -r roster.csv -p policy.txt --exposure events.csv scores.csv
check_out <<'EOF'
group,key,team,window,level,limit,rec_limit,decisions,amount,within,within_amount,escalated,escalated_amount,approval_s,avoided,avoided_s,new_decisions,new_amount,outcomes,mistakes,mistake_rate,mistake_lo,mistake_hi,mistake_cost,expected_cost,expected_cost_hi
all,all,,2026-W09..2026-W10,,,,2,570,0,0,2,570,150,1,120,1,150,0,0,,,,0,,
team,North,North,2026-W09..2026-W10,,,,1,150,0,0,1,150,120,1,120,1,150,0,0,,,,0,,
team,South,South,2026-W09..2026-W10,,,,1,420,0,0,1,420,30,0,0,0,0,0,0,,,,0,,
agent,ana,North,2026-W09..2026-W10,1,100,200,1,150,0,0,1,150,120,1,120,1,150,0,0,,,,0,,
agent,cy,South,2026-W09..2026-W10,2,400,400,1,420,0,0,1,420,30,0,0,0,0,0,0,,,,0,,
EOF
check_err <<'EOF'
emp-tier: 2 decisions of 2 agents: 1 escalations the recommended limits avoid (120 s), 1 decisions (150) newly within authority; 0 decisions outside the window, 3 of agents not listed; 0 rows rejected; window 2026-W09..2026-W10
EOF
