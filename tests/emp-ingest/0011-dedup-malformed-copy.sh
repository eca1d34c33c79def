#!/bin/sh
# emp-ingest: a copy of a contact whose quoting is broken is rejected and
# is no copy at all: the good copy stays, on a file and on stdin alike.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
ContactId,InitiationTimestamp,LastUpdateTimestamp,Agent.Username
c1,2026-03-02T08:00:00Z,2026-03-02T08:05:00Z,ana
c1,2026-03-02T08:00:00Z,2026-03-02T08:09:00Z,an"a
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T08:00:00Z,ana,,c1,,,,,,,,,,,,,,,,,,,,,,,,,,,in.csv:2
EOF
check_err <<'EOF'
emp-ingest: in.csv:3: misplaced quote
emp-ingest: 2 rows read, 1 events written, 1 rejected, 0 skipped
EOF
run 0 emp-ingest <in.csv
check_err <<'EOF'
emp-ingest: stdin:3: misplaced quote
emp-ingest: 2 rows read, 1 events written, 1 rejected, 0 skipped
EOF
