#!/bin/sh
# emp-tier: a full disk is an error (exit 1) named on stderr, for the table
# and for --explain alike.
. "${0%/*}/../lib.sh"

[ -w /dev/full ] || exit 0
cat >roster.csv <<'CSV'
agent,team,hired,level,limit
ana,A,2025-01-06,1,25
CSV
cat >scores.csv <<'CSV'
period,group,key,team,qa,qa_n
2026-01,agent,ana,A,90,5
CSV
printf 'level 1 One\n\tlimits 25 50\n\tmin qa 70\n' >policy.txt
for args in "" "--explain ana"; do
	set +e
	emp-tier -q -r roster.csv -p policy.txt $args scores.csv >/dev/full 2>err
	status=$?
	set -e
	[ "$status" = 1 ] || fail "exit status $status, expected 1 ($args)"
	check_err <<'ERR'
emp-tier: stdout: write error: No space left on device
ERR
done
