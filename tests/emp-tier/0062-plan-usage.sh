#!/bin/sh
# emp-tier --plan adds a column to the tier table: with --accept (which
# writes the roster), --exposure (the exposure stream) or --impact (the
# impact stream) there is no table to add it to, so each is a usage error
# (status 2, nothing written, not even with -o); --help names --plan.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'ROS'
agent,team,level,limit,hired
q1,A,2,50,2024-01-01
ROS
printf 'period,group,key,team,qa,qa_n\n2026-W05,agent,q1,A,90,3\n' >scores.csv
: >events.csv

run 2 emp-tier -r roster.csv --plan --accept -o new.csv scores.csv
check_out </dev/null
check_err <<'ERR'
emp-tier: --plan takes no --accept or --exposure: it adds a column to the tier table
Try 'emp-tier --help' for more information.
ERR
[ ! -e new.csv ] || fail "new.csv written"

run 2 emp-tier -r roster.csv --plan --exposure events.csv scores.csv
check_out </dev/null
check_err <<'ERR'
emp-tier: --plan takes no --accept or --exposure: it adds a column to the tier table
Try 'emp-tier --help' for more information.
ERR

run 2 emp-tier -r roster.csv --impact --plan -o impact.csv scores.csv
check_out </dev/null
check_err <<'ERR'
emp-tier: --impact takes no --explain, --accept, --exposure, --compare or --plan
Try 'emp-tier --help' for more information.
ERR
[ ! -e impact.csv ] || fail "impact.csv written"

run 0 emp-tier --help
grep -q '^      --plan  ' out || fail "--help does not name --plan"
grep -q '^usage: .*\[--plan\]\|^       .*\[--plan\]' out ||
    fail "the usage lines do not name --plan"
