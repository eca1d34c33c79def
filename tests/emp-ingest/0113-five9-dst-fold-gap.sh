#!/bin/sh
# emp-ingest: with --tz, a local time repeated when clocks go back is the
# earlier (EDT) instant; one skipped when clocks go forward is rejected.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
CALL ID,TIMESTAMP,CAMPAIGN,AGENT,TALK TIME,HOLD TIME,AFTER CALL WORK TIME,TRANSFERS
300000000000030,"Sun, 06 Nov 2016 01:30:00",Overnight,ana@acme.com,00:02:00,00:00:00,00:00:30,0
300000000000031,"Sun, 13 Mar 2016 02:30:00",Overnight,ben@acme.com,00:03:00,00:00:00,00:00:20,0
300000000000032,"Sun, 13 Mar 2016 03:30:00",Overnight,ben@acme.com,00:01:00,00:00:00,00:00:10,0
EOF
run 0 emp-ingest --tz America/New_York in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2016-11-06T05:30:00Z,ana@acme.com,,300000000000030,,,voice,Overnight,120,0,30,,,,0,,,,,,,,,,,,,,,,in.csv:2
contact,2016-03-13T07:30:00Z,ben@acme.com,,300000000000032,,,voice,Overnight,60,0,10,,,,0,,,,,,,,,,,,,,,,in.csv:4
EOF
check_err <<'EOF'
emp-ingest: in.csv:3: field 'TIMESTAMP': local time 'Sun, 13 Mar 2016 02:30:00' does not exist (daylight saving gap)
emp-ingest: 3 rows read, 2 events written, 1 rejected, 0 skipped
EOF
