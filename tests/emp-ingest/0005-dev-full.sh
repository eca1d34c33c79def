#!/bin/sh
# emp-ingest: a full disk is an error (exit 1) named on stderr.
. "${0%/*}/../lib.sh"

[ -w /dev/full ] || exit 0
cat >pulse.csv <<'EOF'
Agent,Week,Confidence,Satisfaction
ana,2026-01-05,4,5
EOF
set +e
emp-ingest -q pulse.csv >/dev/full 2>err
status=$?
set -e
[ "$status" = 1 ] || fail "exit status $status, expected 1"
check_err <<'EOF'
emp-ingest: stdout: write error: No space left on device
EOF
