#!/bin/sh
# emp-ingest: a Talkdesk csat_score outside 1-5 rejects its row, naming the
# column and the value; the other rows still come out.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
call_id,type,start_at,end_at,user_name,team_name,talk_time,hold_time,csat_score,rating_reason
1c2d3e4f5a6b7c8d,inbound,2026-05-05T09:00:00Z,2026-05-05T09:04:00Z,Ana Lima,North,220,20,5,
2d3e4f5a6b7c8d9e,inbound,2026-05-05T09:10:00Z,2026-05-05T09:15:00Z,Ben Ode,South,280,20,9,Great help
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-05-05T09:00:00Z,Ana Lima,North,1c2d3e4f5a6b7c8d,,,voice,,220,20,,,,,,,,,,5,,,,,,,,,,,in.csv:2
EOF
check_err <<'EOF'
emp-ingest: in.csv:3: field 'csat_score': csat '9' out of range 1-5
emp-ingest: 2 rows read, 1 events written, 1 rejected, 0 skipped
EOF
