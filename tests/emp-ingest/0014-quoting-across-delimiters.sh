#!/bin/sh
# emp-ingest: a plain ';' line may hold commas: its fields are quoted in
# the CSV output; the file name in src is quoted when it needs to be.
. "${0%/*}/../lib.sh"

cat >'p,1.csv' <<'EOF'
Agent;Team;Week;Confidence;Satisfaction;Comment
ana;Billing, EU;2026-01-05;4;5; calm week 
EOF
run 0 emp-ingest 'p,1.csv'
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
pulse,2026-01-05T00:00:00Z,ana,"Billing, EU",,,,,,,,,,,,,,,,,,,,,4,5,,,," calm week ",,"p,1.csv:2"
EOF
check_err <<'EOF'
emp-ingest: 1 rows read, 1 events written, 0 rejected, 0 skipped
EOF
