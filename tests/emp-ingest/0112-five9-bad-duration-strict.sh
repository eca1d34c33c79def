#!/bin/sh
# emp-ingest: a Five9 HH:MM:SS duration that is not a time is rejected with
# file:line and the good rows still come out; exit status 1 under --strict.
. "${0%/*}/../lib.sh"

printf '%s\r\n' \
    'CALL ID,TIMESTAMP,CAMPAIGN,AGENT,TALK TIME,HOLD TIME,AFTER CALL WORK TIME,TRANSFERS' \
    '300000000000020,"Mon, 02 Mar 2026 08:00:56",Support,ana@acme.com,00:07:18,00:00:00,00:02:30,0' \
    '300000000000021,"Mon, 02 Mar 2026 08:11:12",Support,ben@acme.com,00:4x:49,00:00:00,00:01:47,0' \
    '300000000000022,"Mon, 02 Mar 2026 08:20:03",Support,ben@acme.com,00:04:49,00:00:30,00:01:47,0' \
    >in.csv
run 1 emp-ingest --strict in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T08:00:56Z,ana@acme.com,,300000000000020,,,voice,Support,438,0,150,,,,0,,,,,,,,,,,,,,,,in.csv:2
contact,2026-03-02T08:20:03Z,ben@acme.com,,300000000000022,,,voice,Support,289,30,107,,,,0,,,,,,,,,,,,,,,,in.csv:4
EOF
check_err <<'EOF'
emp-ingest: in.csv: Five9 times carry no zone: read as UTC; give the account's zone with --tz
emp-ingest: in.csv:3: field 'TALK TIME': invalid duration '00:4x:49'
emp-ingest: 3 rows read, 2 events written, 1 rejected, 0 skipped
EOF
