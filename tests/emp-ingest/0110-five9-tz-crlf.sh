#!/bin/sh
# emp-ingest: a Five9 call log with CRLF line ends: zone-less TIMESTAMPs read in
# --tz America/New_York (EDT in October, EST in November), HH:MM:SS durations.
. "${0%/*}/../lib.sh"

printf '%s\r\n' \
    'CALL ID,TIMESTAMP,CAMPAIGN,CALL TYPE,AGENT,AGENT NAME,DISPOSITION,ANI,DNIS,TALK TIME,HOLD TIME,AFTER CALL WORK TIME,TRANSFERS,ABANDONED' \
    '300000000000001,"Thu, 27 Oct 2016 14:51:34",Inbound Sales,INBOUND,ana@acme.com,Ana Lima,Sale Made,6175550123,8005550100,00:07:18,00:00:12,00:02:30,0,0' \
    '300000000000002,"Tue, 15 Nov 2016 09:05:10",Inbound Sales,INBOUND,ben@acme.com,Ben Ode,Transferred To 3rd Party,6175550188,8005550100,00:03:05,00:01:00,00:00:45,1,0' \
    >in.csv
run 0 emp-ingest --tz America/New_York in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2016-10-27T18:51:34Z,ana@acme.com,,300000000000001,,6175550123,voice,Inbound Sales,438,12,150,,,,0,,,,,,,,,,,,,Sale Made,,,in.csv:2
contact,2016-11-15T14:05:10Z,ben@acme.com,,300000000000002,,6175550188,voice,Inbound Sales,185,60,45,,,,1,,,,,,,,,,,,,Transferred To 3rd Party,,,in.csv:3
EOF
check_err <<'EOF'
emp-ingest: 2 rows read, 2 events written, 0 rejected, 0 skipped
EOF
