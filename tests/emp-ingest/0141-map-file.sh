#!/bin/sh
# emp-ingest: --map-file reads CANON=COLUMN lines, skipping blank lines and
# '#' comments, as if each were given with --map.
. "${0%/*}/../lib.sh"

cat >dialer.map <<'EOF'
# weekly export from the old dialer
agent=Rep Name
ts=Call Start

talk_s=Talk (min)
queue=Queue
csat=Survey
EOF
cat >other.csv <<'EOF'
Rep Name,Call Start,Talk (min),Queue,Survey
Ana Lima,2026-03-02 08:00:00,5.5,Billing,4
Ben Ode,2026-03-02 08:10:00,12,Sales,
EOF
run 0 emp-ingest --map-file dialer.map --units min other.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T08:00:00Z,Ana Lima,,,,,,Billing,330,,,,,,,,,,,4,,,,,,,,,,,other.csv:2
contact,2026-03-02T08:10:00Z,Ben Ode,,,,,,Sales,720,,,,,,,,,,,,,,,,,,,,,,other.csv:3
EOF
check_err <<'EOF'
emp-ingest: 2 rows read, 2 events written, 0 rejected, 0 skipped
EOF
