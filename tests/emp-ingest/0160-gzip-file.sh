#!/bin/sh
# emp-ingest: a gzip-compressed export is recognised by its content and read
# like the plain file; src names the compressed file.
. "${0%/*}/../lib.sh"

cat >five9.csv <<'EOF'
CALL ID,TIMESTAMP,CAMPAIGN,AGENT,TALK TIME,HOLD TIME,AFTER CALL WORK TIME,TRANSFERS
300000000000050,"Mon, 02 Mar 2026 08:00:56",Support,ana@acme.com,00:05:32,00:00:00,00:01:10,0
300000000000051,"Mon, 02 Mar 2026 08:11:12",Support,ben@acme.com,00:03:49,00:00:20,00:01:47,1
EOF
gzip -c five9.csv >calls.csv.gz
run 0 emp-ingest --tz America/New_York calls.csv.gz
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T13:00:56Z,ana@acme.com,,300000000000050,,,voice,Support,332,0,70,,,,0,,,,,,,,,,,,,,,,calls.csv.gz:2
contact,2026-03-02T13:11:12Z,ben@acme.com,,300000000000051,,,voice,Support,229,20,107,,,,1,,,,,,,,,,,,,,,,calls.csv.gz:3
EOF
check_err <<'EOF'
emp-ingest: 2 rows read, 2 events written, 0 rejected, 0 skipped
EOF
