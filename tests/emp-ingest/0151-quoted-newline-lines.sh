#!/bin/sh
# emp-ingest: a quoted field spanning lines, and blank lines, do not shift the
# src line numbers of the rows after them.
. "${0%/*}/../lib.sh"

cat >pulse.csv <<'EOF'
Agent,Team,Week,Confidence,Satisfaction,Comment
ana,north,2026-03-02,4,5,"Good week.
Two angry callers,
but the team helped."
ben,south,2026-03-02,2,3,

carla,north,2026-03-02,3,3,"Short
note"
dev,south,2026-03-02,5,4,
EOF
run 0 emp-ingest pulse.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
pulse,2026-03-02T00:00:00Z,ana,north,,,,,,,,,,,,,,,,,,,,,4,5,,,,"Good week.
Two angry callers,
but the team helped.",,pulse.csv:2
pulse,2026-03-02T00:00:00Z,ben,south,,,,,,,,,,,,,,,,,,,,,2,3,,,,,,pulse.csv:5
pulse,2026-03-02T00:00:00Z,carla,north,,,,,,,,,,,,,,,,,,,,,3,3,,,,"Short
note",,pulse.csv:7
pulse,2026-03-02T00:00:00Z,dev,south,,,,,,,,,,,,,,,,,,,,,5,4,,,,,,pulse.csv:9
EOF
check_err <<'EOF'
emp-ingest: 4 rows read, 4 events written, 0 rejected, 0 skipped
EOF
