#!/bin/sh
# emp-ingest: a ContactId delivered again in a later file is de-duplicated
# across files: the newer copy from the second file is the one written.
. "${0%/*}/../lib.sh"

cat >ctr-0800.csv <<'EOF'
ContactId,Channel,InitiationTimestamp,LastUpdateTimestamp,Queue.Name,Agent.Username,Agent.AgentInteractionDuration,Agent.CustomerHoldDuration,Agent.AfterContactWorkDuration
e5555555-0000-4000-8000-000000000005,VOICE,2026-03-02T07:58:00Z,2026-03-02T08:03:10Z,Billing,ana.lima,280,20,
f6666666-0000-4000-8000-000000000006,VOICE,2026-03-02T07:59:00Z,2026-03-02T08:05:00Z,Billing,ben.ode,250,0,30
EOF
cat >ctr-0900.csv <<'EOF'
ContactId,Channel,InitiationTimestamp,LastUpdateTimestamp,Queue.Name,Agent.Username,Agent.AgentInteractionDuration,Agent.CustomerHoldDuration,Agent.AfterContactWorkDuration
e5555555-0000-4000-8000-000000000005,VOICE,2026-03-02T07:58:00Z,2026-03-02T08:05:55Z,Billing,ana.lima,280,20,165
EOF
run 0 emp-ingest ctr-0800.csv ctr-0900.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T07:59:00Z,ben.ode,,f6666666-0000-4000-8000-000000000006,,,voice,Billing,250,0,30,,,,,,,,,,,,,,,,,,,,ctr-0800.csv:3
contact,2026-03-02T07:58:00Z,ana.lima,,e5555555-0000-4000-8000-000000000005,,,voice,Billing,280,20,165,,,,,,,,,,,,,,,,,,,,ctr-0900.csv:2
EOF
check_err <<'EOF'
emp-ingest: 3 rows read, 2 events written, 0 rejected, 1 skipped (1 duplicate)
EOF
