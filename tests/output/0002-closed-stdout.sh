#!/bin/sh
# Every command (tests/output/commands) with standard output closed (>&-):
# status 1 and "PROG: stdout: write error: Bad file descriptor", not a
# silent success nor output into whatever file took fd 1.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/output/output.sh"

one() {
	name=$1
	shift
	set +e
	"$@" >&- 2>err
	status=$?
	set -e
	first=$(head -n 1 err)
	want="$1: stdout: write error: Bad file descriptor"
	[ "$status" -eq 1 ] && [ "$first" = "$want" ] && return 0
	echo "FAIL: $name >&-: status $status, stderr '$first'"
	return 1
}
output_each one
