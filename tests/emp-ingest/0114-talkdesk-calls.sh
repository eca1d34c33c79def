#!/bin/sh
# emp-ingest: a Talkdesk Explore calls report (call_id, start_at, user_name, ...)
# gives one contact per call, with csat_score and rating_reason on the same event.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
call_id,type,start_at,end_at,user_id,user_name,user_email,total_time,talk_time,wait_time,hold_time,abandon_time,disposition_code,handling_user_id,handling_user_name,team_id,team_name,csat_score,csat_survey_time,rating_reason
6f1c2a9e0b7d4c3a,inbound,2026-05-04T13:02:11Z,2026-05-04T13:09:40Z,u17,Ana Lima,ana@acme.com,449,392,20,37,0,resolved,u17,Ana Lima,t1,North,4,2026-05-04T13:15:00Z,
7a2d3b0f1c8e5d4b,outbound,2026-05-04T14:00:00Z,2026-05-04T14:03:30Z,u18,Ben Ode,ben@acme.com,210,180,0,30,0,callback,u18,Ben Ode,t2,South,,,
8b3e4c1a2d9f6e5c,inbound,2026-05-04T15:10:00Z,2026-05-04T15:16:05Z,u17,Ana Lima,ana@acme.com,365,300,45,20,0,resolved,u17,Ana Lima,t1,North,2,2026-05-04T15:30:00Z,Had to call twice
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-05-04T13:02:11Z,Ana Lima,North,6f1c2a9e0b7d4c3a,,,voice,,392,37,,,,,,,,,,4,,,,,,,,,,,in.csv:2
contact,2026-05-04T14:00:00Z,Ben Ode,South,7a2d3b0f1c8e5d4b,,,voice,,180,30,,,,,,,,,,,,,,,,,,,,,in.csv:3
contact,2026-05-04T15:10:00Z,Ana Lima,North,8b3e4c1a2d9f6e5c,,,voice,,300,20,,,,,,,,,,2,,,,,,,,Had to call twice,,,in.csv:4
EOF
check_err <<'EOF'
emp-ingest: 3 rows read, 3 events written, 0 rejected, 0 skipped
EOF
