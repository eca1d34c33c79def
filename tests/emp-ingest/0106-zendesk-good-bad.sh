#!/bin/sh
# emp-ingest: Zendesk satisfaction ratings: good -> csat 5, bad -> csat 1,
# credited to assignee_id; offered and unoffered are skipped as non-responses.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
id,url,assignee_id,group_id,requester_id,ticket_id,score,comment,reason,created_at,updated_at
35436,https://acme.zendesk.com/api/v2/satisfaction_ratings/35436.json,7001,360001,9001,88231,good,Quick and kind,,2026-03-02T15:20:11Z,2026-03-02T15:20:11Z
35437,https://acme.zendesk.com/api/v2/satisfaction_ratings/35437.json,7002,360002,9002,88232,bad,,Issue took too long to resolve,2026-03-02T16:01:00Z,2026-03-02T16:01:00Z
35438,https://acme.zendesk.com/api/v2/satisfaction_ratings/35438.json,7001,360001,9003,88233,offered,,,2026-03-02T16:10:00Z,2026-03-02T16:10:00Z
35439,https://acme.zendesk.com/api/v2/satisfaction_ratings/35439.json,7002,360002,9004,88234,unoffered,,,2026-03-02T16:12:00Z,2026-03-02T16:12:00Z
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
survey,2026-03-02T15:20:11Z,7001,360001,35436,88231,9001,,,,,,,,,,,,,,5,,,,,,,,,Quick and kind,,in.csv:2
survey,2026-03-02T16:01:00Z,7002,360002,35437,88232,9002,,,,,,,,,,,,,,1,,,,,,,,Issue took too long to resolve,,,in.csv:3
EOF
check_err <<'EOF'
emp-ingest: 4 rows read, 2 events written, 0 rejected, 2 skipped (2 non-response)
EOF
