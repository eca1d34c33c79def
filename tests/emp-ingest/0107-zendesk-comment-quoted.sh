#!/bin/sh
# emp-ingest: a Zendesk comment holding a comma, a newline and double quotes
# is written back correctly quoted, and the next row keeps its own line number.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
id,assignee_id,group_id,ticket_id,score,comment,reason,created_at
35440,7002,360002,88240,bad,"Late delivery,
she said ""sorry"" twice",The agent's knowledge is unsatisfactory,2026-03-03T10:15:00Z
35441,7001,360001,88241,good,"He said ""no problem"" and fixed it",,2026-03-03T11:00:00Z
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
survey,2026-03-03T10:15:00Z,7002,360002,35440,88240,,,,,,,,,,,,,,,1,,,,,,,,The agent's knowledge is unsatisfactory,"Late delivery,
she said ""sorry"" twice",,in.csv:2
survey,2026-03-03T11:00:00Z,7001,360001,35441,88241,,,,,,,,,,,,,,,5,,,,,,,,,"He said ""no problem"" and fixed it",,in.csv:4
EOF
check_err <<'EOF'
emp-ingest: 2 rows read, 2 events written, 0 rejected, 0 skipped
EOF
