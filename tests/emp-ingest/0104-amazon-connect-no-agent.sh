#!/bin/sh
# emp-ingest: an Amazon Connect contact abandoned in the queue (no agent,
# no ConnectedToAgentTimestamp) is skipped as "no agent", not rejected.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
ContactId,Channel,InitiationMethod,InitiationTimestamp,LastUpdateTimestamp,Queue.Name,Queue.Duration,Agent.Username,Agent.ConnectedToAgentTimestamp,Agent.AgentInteractionDuration,Agent.CustomerHoldDuration,Agent.AfterContactWorkDuration
1a2b3c4d-0000-4000-8000-00000000000a,VOICE,INBOUND,2026-03-02T12:00:00Z,2026-03-02T12:09:00Z,Billing,35,ana.lima,2026-03-02T12:00:35Z,420,15,50
2b3c4d5e-0000-4000-8000-00000000000b,VOICE,INBOUND,2026-03-02T12:01:10Z,2026-03-02T12:04:42Z,Billing,212,,,,,
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T12:00:00Z,ana.lima,,1a2b3c4d-0000-4000-8000-00000000000a,,,voice,Billing,420,15,50,,,,,,,,,,,,,,,,,,,,in.csv:2
EOF
check_err <<'EOF'
emp-ingest: 2 rows read, 1 events written, 0 rejected, 1 skipped (1 no agent)
EOF
