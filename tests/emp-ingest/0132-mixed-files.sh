#!/bin/sh
# emp-ingest: exports of different kinds in one run, each recognised on its
# own, give one stream with one header, in input order, and one summary.
. "${0%/*}/../lib.sh"

cat >genesys.csv <<'EOF'
conversationId,conversationStart,mediaType,queueName,userName,tTalkComplete,tHeldComplete,tAcw,nTransferred
8c1f2a3b-4d5e-4f60-8172-93a4b5c6d7e8,2026-03-02T13:00:56.638Z,voice,Billing,ana,332500,12000,60000,0
EOF
cat >ctr.csv <<'EOF'
ContactId,Channel,InitiationTimestamp,LastUpdateTimestamp,Queue.Name,Agent.Username,Agent.AgentInteractionDuration,Agent.CustomerHoldDuration,Agent.AfterContactWorkDuration
a1111111-0000-4000-8000-000000000001,VOICE,2026-03-02T14:00:00Z,2026-03-02T14:09:30Z,Billing,ben,300,0,75
EOF
cat >zendesk.csv <<'EOF'
id,assignee_id,group_id,ticket_id,score,comment,reason,created_at
5512,ana,north,c7f1e2,bad,"Late delivery, not her fault",Issue was not resolved,2026-03-02T15:20:11Z
5513,ben,south,c7f1e3,offered,,,2026-03-02T15:30:00Z
EOF
cat >pulse.csv <<'EOF'
Agent,Team,Week,Confidence,Satisfaction,Comment
ana,north,2026-03-02,4,5,
EOF
run 0 emp-ingest genesys.csv ctr.csv zendesk.csv pulse.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T13:00:56.638Z,ana,,8c1f2a3b-4d5e-4f60-8172-93a4b5c6d7e8,,,voice,Billing,332.5,12,60,,,,0,,,,,,,,,,,,,,,,genesys.csv:2
contact,2026-03-02T14:00:00Z,ben,,a1111111-0000-4000-8000-000000000001,,,voice,Billing,300,0,75,,,,,,,,,,,,,,,,,,,,ctr.csv:2
survey,2026-03-02T15:20:11Z,ana,north,5512,c7f1e2,,,,,,,,,,,,,,,1,,,,,,,,Issue was not resolved,"Late delivery, not her fault",,zendesk.csv:2
pulse,2026-03-02T00:00:00Z,ana,north,,,,,,,,,,,,,,,,,,,,,4,5,,,,,,pulse.csv:2
EOF
check_err <<'EOF'
emp-ingest: 5 rows read, 4 events written, 0 rejected, 1 skipped (1 non-response)
EOF
