#!/bin/sh
# emp-ingest: an agent pulse survey gives pulse events (Confidence -> confidence,
# Satisfaction -> esat); a score outside 1-5 is rejected.
. "${0%/*}/../lib.sh"

cat >pulse.csv <<'EOF'
Agent,Team,Week,Confidence,Satisfaction,Comment
ana,north,2026-03-02,4,5,
ben,south,2026-03-02,2,3,"Too many escalations, no time for ACW"
carla,north,2026-03-02,6,4,
EOF
run 0 emp-ingest pulse.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
pulse,2026-03-02T00:00:00Z,ana,north,,,,,,,,,,,,,,,,,,,,,4,5,,,,,,pulse.csv:2
pulse,2026-03-02T00:00:00Z,ben,south,,,,,,,,,,,,,,,,,,,,,2,3,,,,"Too many escalations, no time for ACW",,pulse.csv:3
EOF
check_err <<'EOF'
emp-ingest: pulse.csv:4: field 'Confidence': confidence '6' out of range 1-5
emp-ingest: 3 rows read, 2 events written, 1 rejected, 0 skipped
EOF
