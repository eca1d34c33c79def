#!/bin/sh
# Every command (tests/output/commands) with -o FILE, where the write fails
# half way (a file size limit of 64 KiB, SIGXFSZ ignored so that write()
# fails with EFBIG): status 1, the message names FILE, the previous FILE is
# left as it was and no temporary file remains.  Commands whose output
# fits under the limit succeed and replace FILE whole.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/output/output.sh"

# the shell's ulimit -f unit (512 or 1024 bytes), for a limit of 64 KiB
(ulimit -f 1; trap '' XFSZ; head -c 2000 /dev/zero >probe 2>/dev/null) || :
blocks=$((65536 / $(wc -c <probe)))
rm -f probe
mkdir d

one() {
	name=$1
	shift
	echo previous >d/out.csv
	set +e
	(
		ulimit -f "$blocks"
		trap '' XFSZ
		exec "$@" -o d/out.csv
	) >out 2>err
	status=$?
	set -e
	first=$(head -n 1 err)
	left=$(cd d && ls -A | grep -v '^out\.csv$' || :)
	if [ -n "$left" ]; then
		echo "FAIL: $name: left behind: $left"
		return 1
	fi
	"$@" >full 2>/dev/null || :
	if [ "$(wc -c <full)" -le 65536 ]; then
		if [ "$status" -ne 0 ] || ! cmp -s full d/out.csv; then
			echo "FAIL: $name: small output: status $status," \
			    "stderr '$first'"
			return 1
		fi
		return 0
	fi
	if [ "$status" -ne 1 ] || [ "$first" != "$1: d/out.csv: write error: File too large" ] ||
	    [ "$(cat d/out.csv)" != previous ]; then
		echo "FAIL: $name: status $status, stderr '$first'," \
		    "d/out.csv: $(head -c 40 d/out.csv)"
		return 1
	fi
}
output_each one -o
