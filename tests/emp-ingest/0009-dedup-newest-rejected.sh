#!/bin/sh
# emp-ingest: the newest copy of a contact decides, even when it is then
# rejected: the older copy counts as a duplicate, nothing is lost.  The
# same on a file (keys read first) and on stdin (spooled).
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
ContactId,InitiationTimestamp,LastUpdateTimestamp,Agent.Username,Agent.AgentInteractionDuration
c1,2026-03-02T08:00:00Z,2026-03-02T08:05:00Z,ana,300
c2,2026-03-02T08:10:00Z,2026-03-02T08:15:00Z,ben,100
c1,2026-03-02T08:00:00Z,2026-03-02T08:09:00Z,ana,3x0
c2,2026-03-02T08:10:00Z,not a time,ben,120
EOF
cat >expected <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T08:10:00Z,ben,,c2,,,,,100,,,,,,,,,,,,,,,,,,,,,,in.csv:3
EOF
run 0 emp-ingest in.csv
check_out expected
check_err <<'EOF'
emp-ingest: in.csv:4: field 'Agent.AgentInteractionDuration': invalid duration '3x0'
emp-ingest: in.csv:5: field 'LastUpdateTimestamp': invalid timestamp 'not a time'
emp-ingest: 4 rows read, 1 events written, 2 rejected, 1 skipped (1 duplicate)
EOF
run 0 emp-ingest - <in.csv
sed 's/in\.csv:/stdin:/' expected >expected.stdin
check_out expected.stdin
check_err <<'EOF'
emp-ingest: stdin:4: field 'Agent.AgentInteractionDuration': invalid duration '3x0'
emp-ingest: stdin:5: field 'LastUpdateTimestamp': invalid timestamp 'not a time'
emp-ingest: 4 rows read, 1 events written, 2 rejected, 1 skipped (1 duplicate)
EOF
