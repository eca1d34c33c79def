#!/bin/sh
# emp-ingest: --rejects keeps each rejected row (ragged, stray quote) as
# src,error,raw; rows read = events written + rejected + skipped.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
id,ticket_id,assignee_id,score,comment,created_at
35436,88231,7001,good,Thanks!,2026-03-02T15:20:11Z
35437,88232,7002,bad,2026-03-02T16:01:00Z
35438,88233,7001,bad,the "fix" did not work,2026-03-02T16:30:00Z
35439,88234,7003,offered,,2026-03-02T17:00:00Z
35440,88235,7002,bad,Issue was not resolved,2026-03-02T17:30:00Z
EOF
run 0 emp-ingest --rejects rejects.csv in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
survey,2026-03-02T15:20:11Z,7001,,35436,88231,,,,,,,,,,,,,,,5,,,,,,,,,Thanks!,,in.csv:2
survey,2026-03-02T17:30:00Z,7002,,35440,88235,,,,,,,,,,,,,,,1,,,,,,,,,Issue was not resolved,,in.csv:6
EOF
check_err <<'EOF'
emp-ingest: in.csv:3: expected 6 fields, found 5
emp-ingest: in.csv:4: misplaced quote
emp-ingest: 5 rows read, 2 events written, 2 rejected, 1 skipped (1 non-response)
EOF
check_file rejects.csv <<'EOF'
src,error,raw
in.csv:3,"expected 6 fields, found 5","35437,88232,7002,bad,2026-03-02T16:01:00Z"
in.csv:4,misplaced quote,"35438,88233,7001,bad,the ""fix"" did not work,2026-03-02T16:30:00Z"
EOF
