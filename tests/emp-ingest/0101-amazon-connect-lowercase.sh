#!/bin/sh
# emp-ingest: an Amazon Connect CTR flattened to lower-case names without the
# Agent./Queue. prefixes (contactid, username, ...) is recognised as amazon-connect.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
contactid,channel,initiationmethod,initiationtimestamp,lastupdatetimestamp,transfercompletedtimestamp,queue_name,username,agentinteractionduration,customerholdduration,aftercontactworkduration
3f0a9c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b,VOICE,OUTBOUND,2026-03-03T14:30:05Z,2026-03-03T14:41:00Z,,Retention,carla.m,512,64,90
6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d,TASK,API,2026-03-03T15:02:40Z,2026-03-03T15:20:00Z,2026-03-03T15:12:07Z,Back Office,dev.r,0,0,300
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-03T14:30:05Z,carla.m,,3f0a9c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b,,,voice,Retention,512,64,90,,,,0,,,,,,,,,,,,,,,,in.csv:2
contact,2026-03-03T15:02:40Z,dev.r,,6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d,,,task,Back Office,0,0,300,,,,1,,,,,,,,,,,,,,,,in.csv:3
EOF
check_err <<'EOF'
emp-ingest: 2 rows read, 2 events written, 0 rejected, 0 skipped
EOF
