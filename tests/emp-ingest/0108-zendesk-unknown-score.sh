#!/bin/sh
# emp-ingest: a Zendesk score that is not good, bad, offered or unoffered
# rejects its row with file:line and the value; the other rows still come out.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
id,assignee_id,group_id,ticket_id,score,comment,reason,created_at
35450,7001,360001,88250,good,,,2026-03-04T09:00:00Z
35451,7002,360002,88251,neutral,,,2026-03-04T09:30:00Z
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
survey,2026-03-04T09:00:00Z,7001,360001,35450,88250,,,,,,,,,,,,,,,5,,,,,,,,,,,in.csv:2
EOF
check_err <<'EOF'
emp-ingest: in.csv:3: field 'score': unknown rating 'neutral'
emp-ingest: 2 rows read, 1 events written, 1 rejected, 0 skipped
EOF
