#!/bin/sh
# emp-ingest: Amazon Connect copies of one ContactId keep the newest
# LastUpdateTimestamp (also when it comes first); on a tie the first copy read.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
ContactId,Channel,InitiationTimestamp,LastUpdateTimestamp,Queue.Name,Agent.Username,Agent.AgentInteractionDuration,Agent.CustomerHoldDuration,Agent.AfterContactWorkDuration
a1111111-0000-4000-8000-000000000001,VOICE,2026-03-02T08:00:00Z,2026-03-02T08:06:00Z,Billing,ana.lima,300,0,0
b2222222-0000-4000-8000-000000000002,VOICE,2026-03-02T09:00:00Z,2026-03-02T09:30:00Z,Billing,ben.ode,200,10,40
c3333333-0000-4000-8000-000000000003,CHAT,2026-03-02T10:00:00Z,2026-03-02T10:05:00Z,Support,ana.lima,150,0,20
a1111111-0000-4000-8000-000000000001,VOICE,2026-03-02T08:00:00Z,2026-03-02T08:09:30Z,Billing,ana.lima,300,0,75
b2222222-0000-4000-8000-000000000002,VOICE,2026-03-02T09:00:00Z,2026-03-02T09:25:00Z,Billing,ben.ode,200,10,0
c3333333-0000-4000-8000-000000000003,CHAT,2026-03-02T10:00:00Z,2026-03-02T10:05:00Z,Support,ana.lima,150,0,20
d4444444-0000-4000-8000-000000000004,VOICE,2026-03-02T11:00:00Z,2026-03-02T11:04:00Z,Billing,ben.ode,90,0,15
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T09:00:00Z,ben.ode,,b2222222-0000-4000-8000-000000000002,,,voice,Billing,200,10,40,,,,,,,,,,,,,,,,,,,,in.csv:3
contact,2026-03-02T10:00:00Z,ana.lima,,c3333333-0000-4000-8000-000000000003,,,chat,Support,150,0,20,,,,,,,,,,,,,,,,,,,,in.csv:4
contact,2026-03-02T08:00:00Z,ana.lima,,a1111111-0000-4000-8000-000000000001,,,voice,Billing,300,0,75,,,,,,,,,,,,,,,,,,,,in.csv:5
contact,2026-03-02T11:00:00Z,ben.ode,,d4444444-0000-4000-8000-000000000004,,,voice,Billing,90,0,15,,,,,,,,,,,,,,,,,,,,in.csv:8
EOF
check_err <<'EOF'
emp-ingest: 7 rows read, 4 events written, 0 rejected, 3 skipped (3 duplicate)
EOF
