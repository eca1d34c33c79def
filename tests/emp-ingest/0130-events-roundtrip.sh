#!/bin/sh
# emp-ingest: its own event stream, fed back in, is recognised from the header
# and passed through byte for byte, src included.
. "${0%/*}/../lib.sh"

cat >events.csv <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2021-07-14T16:17:13.638Z,ana.lima,,8c1f2a3b-4d5e-4f60-8172-93a4b5c6d7e8,,,voice,Billing,183.45,12,45.5,,,,0,,,,,,,,,,,,,,,,genesys.csv:2
contact,2026-03-02T08:05:00Z,ben.ode,south,5c1d9e77-02b4-4f0e-8d1a-6b7c8d9e0f11,,,chat,Support,480,,45,,,,1,,,,,,,,,,,,,,,,ctr.csv:3
survey,2026-03-03T10:15:00Z,7002,360002,35440,88240,,,,,,,,,,,,,,,1,,,,,,,,The agent's knowledge is unsatisfactory,"Late delivery,
she said ""sorry"" twice",,zendesk.csv:2
qa,2026-03-02T00:00:00Z,ana,north,QA-17,c7f1e2,,,,,,,,,,,,,,,,,87.5,,,,,,,"Good empathy, missed the recap",,qa.csv:2
pulse,2026-03-02T00:00:00Z,ben,south,,,,,,,,,,,,,,,,,,,,,2,3,,,,,,pulse.csv:3
decision,2026-03-02T09:14:00Z,ana,north,D-101,c-0001,,,,,,,,,1,,1234.5,95,,,,,,,,,,,refund,Damaged on arrival,,decisions.csv:2
hire,2023-01-09T00:00:00Z,ben,south,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:3
exit,2026-02-27T00:00:00Z,ben,south,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:3
EOF
run 0 emp-ingest events.csv
check_out events.csv
check_err <<'EOF'
emp-ingest: 8 rows read, 8 events written, 0 rejected, 0 skipped
EOF
