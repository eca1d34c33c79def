#!/bin/sh
# emp-ingest: a reader that goes away (| head -1) ends the program
# quietly, also when SIGPIPE is ignored.
. "${0%/*}/../lib.sh"

awk 'BEGIN { print "Agent,Week,Confidence,Satisfaction";
    for (i = 0; i < 200000; i++) print "a" i ",2026-01-05,4,5" }' >pulse.csv
emp-ingest pulse.csv 2>err | head -n 1 >out
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
EOF
check_err </dev/null
(trap '' PIPE; emp-ingest pulse.csv 2>err | head -n 1 >out)
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
EOF
check_err </dev/null
