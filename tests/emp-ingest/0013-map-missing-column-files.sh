#!/bin/sh
# emp-ingest: --map naming a column one of several plain files lacks is
# reported for that file (exit 1); the other file is still converted.
# A regression test for a double free in the first pass over the files.
. "${0%/*}/../lib.sh"

cat >a.csv <<'EOF'
Rep Name,When
ana,2026-01-05
EOF
cat >b.csv <<'EOF'
Rep,When
ben,2026-01-05
EOF
run 1 emp-ingest --map agent="Rep Name" --map ts=When --kind pulse a.csv b.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
pulse,2026-01-05T00:00:00Z,ana,,,,,,,,,,,,,,,,,,,,,,,,,,,,,a.csv:2
EOF
check_err <<'EOF'
emp-ingest: b.csv:1: no column 'Rep Name' (--map agent)
emp-ingest: 1 rows read, 1 events written, 0 rejected, 0 skipped
EOF
