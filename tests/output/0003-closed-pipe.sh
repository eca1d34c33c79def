#!/bin/sh
# Every command (tests/output/commands) into `head -n 1`, with SIGPIPE
# ignored as some shells and daemons leave it: the command ends quietly
# (nothing on stderr) as if by SIGPIPE (status 141) or, when its output
# fit in the pipe, with 0.  The first line still arrives.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/output/output.sh"

one() {
	name=$1
	shift
	rm -f status
	(
		trap '' PIPE
		{ "$@" 2>err; echo $? >status; } | head -n 1 >first
	)
	status=$(cat status)
	case $status in 0|141) ;; *)
		echo "FAIL: $name | head: status $status"
		return 1 ;;
	esac
	if [ -s err ]; then
		echo "FAIL: $name | head: stderr '$(head -n 1 err)'"
		return 1
	fi
	[ -s first ] || { echo "FAIL: $name | head: no first line"; return 1; }
}
output_each one
