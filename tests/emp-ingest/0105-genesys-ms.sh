#!/bin/sh
# emp-ingest: a Genesys Cloud conversation export is recognised: durations in
# milliseconds become seconds with decimals, ISO times keep their milliseconds.
# Genesys gives a metric only when it happened: ben's empty tHeldComplete is
# a conversation with no hold, written as 0 (it was left empty, unknown,
# before AHT became total handle time / handled contacts).
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
conversationId,conversationStart,conversationEnd,mediaType,queueName,userName,tAlert,tTalkComplete,tHeldComplete,tAcw,tHandle,nTransferred
8c1f2a3b-4d5e-4f60-8172-93a4b5c6d7e8,2021-07-14T16:17:13.638Z,2021-07-14T16:21:40.102Z,voice,Billing,ana.lima,4120,183450,12000,45500,240950,0
9d2e3b4c-5e6f-4071-8283-a4b5c6d7e8f9,2021-07-14T16:30:00.000Z,2021-07-14T16:39:00.000Z,chat,Support,ben.ode,,438123,,60000,498123,2
ae3f4c5d-6f70-4182-9394-b5c6d7e8f90a,2021-07-14T16:45:09.5Z,2021-07-14T16:45:11.2Z,email,Support,ben.ode,,5,0,1250,1255,1
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2021-07-14T16:17:13.638Z,ana.lima,,8c1f2a3b-4d5e-4f60-8172-93a4b5c6d7e8,,,voice,Billing,183.45,12,45.5,,,,0,,,,,,,,,,,,,,,,in.csv:2
contact,2021-07-14T16:30:00Z,ben.ode,,9d2e3b4c-5e6f-4071-8283-a4b5c6d7e8f9,,,chat,Support,438.123,0,60,,,,1,,,,,,,,,,,,,,,,in.csv:3
contact,2021-07-14T16:45:09.500Z,ben.ode,,ae3f4c5d-6f70-4182-9394-b5c6d7e8f90a,,,email,Support,0.005,0,1.25,,,,1,,,,,,,,,,,,,,,,in.csv:4
EOF
check_err <<'EOF'
emp-ingest: 3 rows read, 3 events written, 0 rejected, 0 skipped
EOF
