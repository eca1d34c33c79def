#!/bin/sh
# emp-ingest: a header that matches no profile, without --map, is an error
# that says what to do; exit status 1 and only the events header on stdout.
. "${0%/*}/../lib.sh"

cat >other.csv <<'EOF'
Rep Name,Call Start,Talk (min),Queue
Ana Lima,2026-03-02 08:00:00,5.5,Billing
EOF
run 1 emp-ingest other.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
EOF
check_err <<'EOF'
emp-ingest: other.csv:1: cannot tell the export format from the header; use --from or --map
emp-ingest: 0 rows read, 0 events written, 0 rejected, 0 skipped
EOF
