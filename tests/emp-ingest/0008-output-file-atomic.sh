#!/bin/sh
# emp-ingest: -o writes the file whole or not at all: an unwritable
# destination leaves nothing behind, an existing file is replaced.
. "${0%/*}/../lib.sh"

cat >pulse.csv <<'EOF'
Agent,Week,Confidence,Satisfaction
ana,2026-01-05,4,5
EOF
run 1 emp-ingest -q -o nodir/events.csv pulse.csv
check_out </dev/null
check_err <<'EOF'
emp-ingest: nodir/events.csv: No such file or directory
EOF
echo old >events.csv
run 0 emp-ingest -q -o events.csv pulse.csv
check_out </dev/null
check_file events.csv <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
pulse,2026-01-05T00:00:00Z,ana,,,,,,,,,,,,,,,,,,,,,,4,5,,,,,,pulse.csv:2
EOF
[ "$(ls)" = "$(printf 'err\nevents.csv\nexpected.tmp\nout\npulse.csv')" ] ||
    fail "unexpected files: $(ls | tr '\n' ' ')"
