#!/bin/sh
# emp-challenge: a full disk is an error (status 1) for apply and list;
# a closed pipe ends apply quietly.
. "${0%/*}/../lib.sh"

. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds g
printf 'kind,id,csat\nsurvey,S1,1\n' >ev.csv
set +e
emp-challenge apply -q ev.csv >/dev/full 2>err
status=$?
set -e
[ $status -eq 1 ] || fail "apply >/dev/full: status $status"
check_err <<'EOF2'
emp-challenge: stdout: write error: No space left on device
EOF2
set +e
emp-challenge list >/dev/full 2>err
status=$?
set -e
[ $status -eq 1 ] || fail "list >/dev/full: status $status"
check_err <<'EOF2'
emp-challenge: stdout: write error: No space left on device
EOF2
i=0
while [ $i -lt 20000 ]; do echo "survey,S$i,1"; i=$((i + 1)); done >>ev.csv
emp-challenge apply -q ev.csv 2>err | head -n 1 >first
check_err </dev/null
check_file first <<'EOF2'
kind,id,csat,challenge
EOF2
