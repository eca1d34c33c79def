#!/bin/sh
# emp-ingest: --units is the unit of a mapped file's plain numbers only: a
# Genesys export recognised by its header stays in milliseconds.
. "${0%/*}/../lib.sh"

cat >genesys.csv <<'EOF'
conversationId,conversationStart,mediaType,queueName,userName,tTalkComplete,tHeldComplete,tAcw,nTransferred
8c1f2a3b-4d5e-4f60-8172-93a4b5c6d7e8,2026-03-02T13:00:56.638Z,voice,Billing,ana,332500,12000,60000,0
EOF
run 0 emp-ingest --units min genesys.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T13:00:56.638Z,ana,,8c1f2a3b-4d5e-4f60-8172-93a4b5c6d7e8,,,voice,Billing,332.5,12,60,,,,0,,,,,,,,,,,,,,,,genesys.csv:2
EOF
check_err <<'EOF'
emp-ingest: 1 rows read, 1 events written, 0 rejected, 0 skipped
EOF
