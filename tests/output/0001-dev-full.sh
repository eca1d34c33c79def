#!/bin/sh
# Every command (tests/output/commands) with standard output on a full
# disk: status 1 and "PROG: stdout: write error: No space left on device".
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/output/output.sh"

one() {
	name=$1
	shift
	set +e
	"$@" >/dev/full 2>err
	status=$?
	set -e
	first=$(head -n 1 err)
	want="$1: stdout: write error: No space left on device"
	[ "$status" -eq 1 ] && [ "$first" = "$want" ] && return 0
	echo "FAIL: $name >/dev/full: status $status, stderr '$first'"
	return 1
}
output_each one
