#!/bin/sh
# emp-ingest: an Amazon Connect CTR flattened with dotted names is recognised
# with no flags: seconds kept, VOICE -> voice, TransferCompletedTimestamp -> transferred.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
ContactId,InitialContactId,Channel,InitiationMethod,InitiationTimestamp,DisconnectTimestamp,LastUpdateTimestamp,TransferCompletedTimestamp,Queue.Name,Agent.Username,Agent.HierarchyGroups.Level1.GroupName,Agent.AgentInteractionDuration,Agent.CustomerHoldDuration,Agent.AfterContactWorkDuration
0b7e3a52-8c1f-4a8e-9a55-1f2d3c4b5a60,,VOICE,INBOUND,2026-03-02T08:00:12Z,2026-03-02T08:07:26Z,2026-03-02T08:09:40Z,,Billing,ana.lima,north,332,12,60
5c1d9e77-02b4-4f0e-8d1a-6b7c8d9e0f11,,CHAT,INBOUND,2026-03-02T08:05:00Z,2026-03-02T08:13:30Z,2026-03-02T08:20:00Z,2026-03-02T08:13:30Z,Support,ben.ode,south,480,0,45
9e2f4b10-7a3c-4d5e-b6f7-0a1b2c3d4e5f,5c1d9e77-02b4-4f0e-8d1a-6b7c8d9e0f11,VOICE,TRANSFER,2026-03-02T08:13:31Z,2026-03-02T08:18:02Z,2026-03-02T08:19:10Z,,Billing,ana.lima,north,241,30,0
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T08:00:12Z,ana.lima,north,0b7e3a52-8c1f-4a8e-9a55-1f2d3c4b5a60,,,voice,Billing,332,12,60,,,,0,,,,,,,,,,,,,,,,in.csv:2
contact,2026-03-02T08:05:00Z,ben.ode,south,5c1d9e77-02b4-4f0e-8d1a-6b7c8d9e0f11,,,chat,Support,480,0,45,,,,1,,,,,,,,,,,,,,,,in.csv:3
contact,2026-03-02T08:13:31Z,ana.lima,north,9e2f4b10-7a3c-4d5e-b6f7-0a1b2c3d4e5f,,,voice,Billing,241,30,0,,,,0,,,,,,,,,,,,,,,,in.csv:4
EOF
check_err <<'EOF'
emp-ingest: 3 rows read, 3 events written, 0 rejected, 0 skipped
EOF
