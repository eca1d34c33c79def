#!/bin/sh
# emp-ingest: --agent-map maps an e-mail, a numeric id and a username to one
# agent and sets the team; an empty team in the map keeps the source's team.
. "${0%/*}/../lib.sh"

cat >agents.csv <<'EOF'
alias,agent,team
ana@acme.com,ana,north
7001,ana,north
ana.lima,ana,north
7002,ben,
EOF
cat >genesys.csv <<'EOF'
conversationId,conversationStart,mediaType,queueName,userName,tTalkComplete,tHeldComplete,tAcw,nTransferred
8c1f2a3b-4d5e-4f60-8172-93a4b5c6d7e8,2026-03-02T13:00:56.638Z,voice,Billing,ana.lima,332500,12000,60000,0
EOF
cat >zendesk.csv <<'EOF'
id,assignee_id,group_id,ticket_id,score,comment,reason,created_at
5512,7001,360001,88231,bad,,Issue was not resolved,2026-03-02T15:20:11Z
5513,7002,360002,88232,good,,,2026-03-02T15:30:00Z
EOF
cat >five9.csv <<'EOF'
CALL ID,TIMESTAMP,CAMPAIGN,AGENT,AGENT NAME,TALK TIME,HOLD TIME,AFTER CALL WORK TIME,TRANSFERS
300000000000040,"Mon, 02 Mar 2026 16:00:00",Support,ana@acme.com,Ana Lima,00:04:00,00:00:00,00:01:00,0
300000000000041,"Mon, 02 Mar 2026 16:05:00",Support,carla@acme.com,Carla M,00:02:00,00:00:00,00:00:30,0
EOF
run 0 emp-ingest --agent-map agents.csv genesys.csv zendesk.csv five9.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T13:00:56.638Z,ana,north,8c1f2a3b-4d5e-4f60-8172-93a4b5c6d7e8,,,voice,Billing,332.5,12,60,,,,0,,,,,,,,,,,,,,,,genesys.csv:2
survey,2026-03-02T15:20:11Z,ana,north,5512,88231,,,,,,,,,,,,,,,1,,,,,,,,Issue was not resolved,,,zendesk.csv:2
survey,2026-03-02T15:30:00Z,ben,360002,5513,88232,,,,,,,,,,,,,,,5,,,,,,,,,,,zendesk.csv:3
contact,2026-03-02T16:00:00Z,ana,north,300000000000040,,,voice,Support,240,0,60,,,,0,,,,,,,,,,,,,,,,five9.csv:2
contact,2026-03-02T16:05:00Z,carla@acme.com,,300000000000041,,,voice,Support,120,0,30,,,,0,,,,,,,,,,,,,,,,five9.csv:3
EOF
check_err <<'EOF'
emp-ingest: five9.csv: Five9 times carry no zone: read as UTC; give the account's zone with --tz
emp-ingest: 5 rows read, 5 events written, 0 rejected, 0 skipped
EOF
