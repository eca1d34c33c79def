#!/bin/sh
# emp-ingest: -z writes the event stream gzip-compressed; it decompresses to
# exactly the plain stream.
. "${0%/*}/../lib.sh"

cat >decisions.csv <<'EOF'
Decision ID,Agent,Team,Time,Type,Amount,Approval Needed,Seconds To Decide,Contact ID,Note
D-101,ana,north,2026-03-02T09:14:00Z,refund,"$1,234.50",Y,95,c-0001,Damaged on arrival
D-102,ben,south,2026-03-02T09:20:30Z,credit,$12.00,N,40,c-0002,"Late, again"
EOF
run 0 emp-ingest -z decisions.csv
gzip -dc out >events.csv
check_file events.csv <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
decision,2026-03-02T09:14:00Z,ana,north,D-101,c-0001,,,,,,,,,1,,1234.5,95,,,,,,,,,,,refund,Damaged on arrival,,decisions.csv:2
decision,2026-03-02T09:20:30Z,ben,south,D-102,c-0002,,,,,,,,,0,,12,40,,,,,,,,,,,credit,"Late, again",,decisions.csv:3
EOF
check_err <<'EOF'
emp-ingest: 2 rows read, 2 events written, 0 rejected, 0 skipped
EOF
