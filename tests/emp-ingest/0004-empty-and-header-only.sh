#!/bin/sh
# emp-ingest: an empty file has no header to recognise (exit 1); a file
# with only a header is valid and gives the events header alone.
. "${0%/*}/../lib.sh"

: >empty.csv
run 1 emp-ingest empty.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
EOF
check_err <<'EOF'
emp-ingest: empty.csv: empty input: no header
emp-ingest: 0 rows read, 0 events written, 0 rejected, 0 skipped
EOF
printf 'Agent,Week,Confidence,Satisfaction\r\n\r\n' >hdr.csv
run 0 emp-ingest hdr.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
EOF
check_err <<'EOF'
emp-ingest: 0 rows read, 0 events written, 0 rejected, 0 skipped
EOF
