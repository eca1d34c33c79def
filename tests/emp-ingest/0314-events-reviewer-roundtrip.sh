#!/bin/sh
# emp-ingest: an event stream's reviewer passes through unchanged (through
# the agent map), and a stream written before the column existed (30
# columns, no reviewer) is read by name, its reviewer empty.
. "${0%/*}/../lib.sh"

cat >agents.csv <<'EOF2'
alias,agent,team
L1,lee,
EOF2
cat >new.csv <<'EOF2'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
qa,2026-03-03T05:00:00Z,ana,north,QA-17,c1,,,,,,,,,,,,,,,,,87.5,L1,,,,,,"late, again",,qa.csv:4
qa,2026-03-03T06:00:00Z,ana,north,QA-18,c2,,,,,,,,,,,,,,,,,90,kim,,,,,,,,qa.csv:5
EOF2
cat >old.csv <<'EOF2'
kind,ts,agent,team,id,contact,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,confidence,esat,coach,focus,reason,comment,challenge,src
qa,2026-03-03T07:00:00Z,ben,south,QA-19,c3,,,,,,,,,,,,,,,,70,,,,,,,,old.csv:2
EOF2
run 0 emp-ingest --agent-map agents.csv new.csv old.csv
check_out <<'EOF2'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
qa,2026-03-03T05:00:00Z,ana,north,QA-17,c1,,,,,,,,,,,,,,,,,87.5,lee,,,,,,"late, again",,qa.csv:4
qa,2026-03-03T06:00:00Z,ana,north,QA-18,c2,,,,,,,,,,,,,,,,,90,kim,,,,,,,,qa.csv:5
qa,2026-03-03T07:00:00Z,ben,south,QA-19,c3,,,,,,,,,,,,,,,,,70,,,,,,,,,old.csv:2
EOF2
check_err <<'EOF2'
emp-ingest: 3 rows read, 3 events written, 0 rejected, 0 skipped
EOF2
