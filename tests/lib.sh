# tests/lib.sh: sourced by every test script.  A test runs in a fresh
# directory (its cwd), writes its input inline, runs the command once with
# run(), and checks stdout, stderr and the exit status separately.
#
#   run STATUS CMD [ARG...]   run CMD, stdout to ./out, stderr to ./err,
#                             and fail unless it exits with STATUS
#   check_out [FILE]          ./out must equal FILE (or stdin)
#   check_err [FILE]          ./err must equal FILE (or stdin)
#   check_err_line TEXT       the first line of ./err must be TEXT
#   check_file GOT [FILE]     GOT must equal FILE (or stdin)
#   fail MESSAGE              end the test as failed
#
# EMP_VALGRIND=1 runs every command under valgrind (errors fail the test).

set -u
TESTS_DIR=$(cd "${0%/*}/.." && pwd)
export LC_ALL=C TZ=UTC
unset EMP_USER EMP_LEDGER

fail() {
	printf 'FAIL: %s\n' "$*" >&2
	exit 1
}

run() {
	want=$1
	shift
	if [ -n "${EMP_VALGRIND:-}" ] && [ -x "${EMP_BIN:-}/$1" ]; then
		set -- valgrind -q --error-exitcode=99 --leak-check=full \
		    --errors-for-leak-kinds=definite,indirect \
		    --show-leak-kinds=definite,indirect "$@"
	fi
	set +e
	"$@" >out 2>err
	status=$?
	set -e
	if [ "$status" != "$want" ]; then
		printf '%s\n' "--- stderr:" >&2
		head -c 4000 err >&2
		fail "exit status $status, expected $want: $*"
	fi
	check_accounting
}

# Every emp-ingest summary must add up: rows read = events written - rows
# that gave two events + rejected + skipped, and the skipped reasons must
# add up to the skipped count.
check_accounting() {
	line=$(grep '^emp-ingest: [0-9]* rows read, ' err | tail -n 1)
	[ -n "$line" ] || return 0
	echo "$line" | awk '{
		sub(/^emp-ingest: /, "")
		rows = $1; events = $4; twice = 0
		if (match($0, /\(([0-9]+) rows? gave two events\)/))
			twice = substr($0, RSTART + 1) + 0
		match($0, /, [0-9]+ rejected/); rej = substr($0, RSTART + 2) + 0
		match($0, /, [0-9]+ skipped/); skip = substr($0, RSTART + 2) + 0
		sum = 0
		if (match($0, /skipped \(.*\)$/)) {
			n = split(substr($0, RSTART + 9), parts, ", ")
			for (i = 1; i <= n; i++) sum += parts[i] + 0
		}
		if (rows != events - twice + rej + skip || sum != skip) {
			print "summary does not add up: " $0 > "/dev/stderr"
			exit 1
		}
	}' || fail "accounting: $line"
}

# check_ FILE EXPECTED-FILE-OR-STDIN WHAT
check_() {
	got=$1
	what=$2
	if [ $# -ge 3 ]; then
		exp=$3
	else
		cat >expected.tmp
		exp=expected.tmp
	fi
	if ! cmp -s "$exp" "$got"; then
		printf '%s differs (- expected, + got):\n' "$what" >&2
		diff -u "$exp" "$got" | head -60 >&2
		fail "$what"
	fi
}

check_out() { check_ out stdout "$@"; }
check_err() { check_ err stderr "$@"; }
check_file() { f=$1; shift; check_ "$f" "$f" "$@"; }

check_err_line() {
	first=$(head -n 1 err)
	[ "$first" = "$1" ] || fail "stderr line 1 is '$first', expected '$1'"
}

set -e
