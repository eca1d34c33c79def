#!/bin/sh
# emp-ingest: a closed standard output is an error (exit 1), not a
# silent success.
. "${0%/*}/../lib.sh"

cat >pulse.csv <<'EOF'
Agent,Week,Confidence,Satisfaction
ana,2026-01-05,4,5
EOF
set +e
emp-ingest -q pulse.csv >&- 2>err
status=$?
set -e
[ "$status" = 1 ] || fail "exit status $status, expected 1"
check_err <<'EOF'
emp-ingest: stdout: write error: Bad file descriptor
EOF
