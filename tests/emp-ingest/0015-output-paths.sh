#!/bin/sh
# emp-ingest: -o into a device writes to it (the device stays), -o onto
# a symlink replaces the link, not its target (tests/output/0007 for every
# command); --rejects on standard output or on the output file itself is a
# usage error.
. "${0%/*}/../lib.sh"

cat >p.csv <<'EOF'
Agent,Week,Confidence,Satisfaction
ana,2026-01-05,4,5
EOF
run 0 emp-ingest -q -o /dev/null p.csv
[ -c /dev/null ] || fail "/dev/null is no longer a device"
: >target.csv
ln -s target.csv link.csv
run 0 emp-ingest -q -o link.csv p.csv
[ ! -L link.csv ] || fail "the link is still a link"
[ ! -s target.csv ] || fail "the link's target was written"
check_file link.csv <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
pulse,2026-01-05T00:00:00Z,ana,,,,,,,,,,,,,,,,,,,,,,4,5,,,,,,p.csv:2
EOF
run 2 emp-ingest --rejects - p.csv
check_err_line "emp-ingest: --rejects needs a file: standard output holds the events"
run 2 emp-ingest -o same.csv --rejects same.csv p.csv
check_err_line "emp-ingest: --rejects and the output are the same file"
