#!/bin/sh
# emp-ingest: a roster row gives a hire event, and also an exit event when
# Exit Date is set; the summary says how many rows gave two events.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'EOF'
Agent,Team,Hire Date,Exit Date,Level,Limit
ana,north,2024-09-16,,2,250
ben,south,2023-01-09,2026-02-27,1,100
carla,north,03/01/2025,,1,100
EOF
run 0 emp-ingest roster.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
hire,2024-09-16T00:00:00Z,ana,north,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:2
hire,2023-01-09T00:00:00Z,ben,south,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:3
exit,2026-02-27T00:00:00Z,ben,south,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:3
hire,2025-03-01T00:00:00Z,carla,north,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:4
EOF
check_err <<'EOF'
emp-ingest: 3 rows read, 4 events written (1 row gave two events), 0 rejected, 0 skipped
EOF
