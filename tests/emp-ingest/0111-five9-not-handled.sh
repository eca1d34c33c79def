#!/bin/sh
# emp-ingest: a Five9 call whose AGENT is [None] (abandoned in the IVR or the
# queue) is skipped as "not handled".
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
CALL ID,TIMESTAMP,CAMPAIGN,CALL TYPE,AGENT,AGENT NAME,DISPOSITION,TALK TIME,HOLD TIME,AFTER CALL WORK TIME,TRANSFERS,ABANDONED
300000000000010,"Mon, 02 Mar 2026 08:00:56",Support,INBOUND,ana@acme.com,Ana Lima,Resolved,00:05:32,00:00:00,00:01:10,0,0
300000000000011,"Mon, 02 Mar 2026 08:02:14",Support,INBOUND,[None],,Abandon,00:00:00,00:00:00,00:00:00,0,1
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T08:00:56Z,ana@acme.com,,300000000000010,,,voice,Support,332,0,70,,,,0,,,,,,,,,,,,,Resolved,,,in.csv:2
EOF
check_err <<'EOF'
emp-ingest: in.csv: Five9 times carry no zone: read as UTC; give the account's zone with --tz
emp-ingest: 2 rows read, 1 events written, 0 rejected, 1 skipped (1 not handled)
EOF
