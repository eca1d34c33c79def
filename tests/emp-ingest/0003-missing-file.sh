#!/bin/sh
# emp-ingest: a file that cannot be read is reported and the others are
# still converted; the exit status is 1.
. "${0%/*}/../lib.sh"

cat >pulse.csv <<'EOF'
Agent,Week,Confidence,Satisfaction
ana,2026-01-05,4,5
EOF
run 1 emp-ingest nosuch.csv pulse.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
pulse,2026-01-05T00:00:00Z,ana,,,,,,,,,,,,,,,,,,,,,,4,5,,,,,,pulse.csv:2
EOF
check_err <<'EOF'
emp-ingest: nosuch.csv: No such file or directory
emp-ingest: 1 rows read, 1 events written, 0 rejected, 0 skipped
EOF
