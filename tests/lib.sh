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
#   run_man_examples CMD      the EXAMPLES of man/CMD.1 run and succeed
#   fail MESSAGE              end the test as failed
#   people                    the test people of tests/keys/ (ana, bob: agents
#                             of team A; cy: agent of B; lee, kim: leads of A
#                             and B; ada: admin): ./keys/NAME.key (mode 0600)
#                             and ./roster.csv, exported as EMP_ROSTER
#   key NAME                  act as NAME from now on (exports EMP_KEY)
#
# EMP_VALGRIND=1 runs every command under valgrind (errors fail the test).

set -u
TESTS_DIR=$(cd "${0%/*}/.." && pwd)
export LC_ALL=C TZ=UTC
unset EMP_USER EMP_LEDGER EMP_ROSTER EMP_KEY EMP_NOW

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

# run_man_examples CMD: every "$ " line of the literal displays in the
# EXAMPLES of man/CMD.1, prompt and roff escapes gone, joined with the
# lines after it while it ends in "\e" (a shell's backslash), run in page
# order in this directory (a later one may read what an earlier wrote;
# a plain "export NAME=VALUE" holds for the ones after it); each
# must exit 0 with no emp command in it failing (pipelines too: every emp
# command runs through a wrapper that notes its status; 141 is SIGPIPE,
# how they end when "| head" stops reading), and one that names CMD must
# run it.
run_man_examples() {
	rme_cmd=$1
	mkdir -p bin
	rme_vg=
	if [ -n "${EMP_VALGRIND:-}" ]; then
		rme_vg='valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect'
	fi
	for rme_b in "$EMP_BIN"/emp-*; do
		rme_c=${rme_b##*/}
		printf '#!/bin/sh\n%s "%s" "$@"\ns=$?\necho "%s $s" >>"%s/status"\nexit "$s"\n' \
		    "$rme_vg" "$rme_b" "$rme_c" "$PWD" >"bin/$rme_c"
		chmod +x "bin/$rme_c"
	done
	awk '
	function put(l) {
		gsub(/\\&/, "", l)
		gsub(/\\-/, "-", l)
		gsub(/\\e/, "\\", l)
		print l
	}
	/^\.Sh / { ex = ($0 == ".Sh EXAMPLES"); next }
	/^\.Bd -literal/ { lit = 1; next }
	/^\.Ed/ { lit = 0; next }
	# a line that ends in "\e" goes on in the next one
	ex && lit && cont {
		sub(/^[ \t]+/, "")
		line = line " " $0
		if (line ~ /\\e$/) { sub(/ *\\e$/, "", line); next }
		cont = 0
		put(line)
		next
	}
	ex && lit && /^\$ / {
		line = substr($0, 3)
		if (line ~ /\\e$/) { sub(/ *\\e$/, "", line); cont = 1; next }
		put(line)
	}' "$TESTS_DIR/../man/$rme_cmd.1" >examples.txt
	[ "$(wc -l <examples.txt)" -ge 5 ] ||
	    fail "$rme_cmd.1: too few examples found"
	grep -q "^$rme_cmd " examples.txt ||
	    fail "$rme_cmd.1: no example runs $rme_cmd"
	rme_failed=0
	rme_export='xexport [A-Za-z_][A-Za-z0-9_]*=[-A-Za-z0-9_./:]*$'
	while IFS= read -r rme_line; do
		# "export NAME=VALUE" holds for the examples after it, as in
		# the user's shell
		if expr "x$rme_line" : "$rme_export" >/dev/null; then
			eval "$rme_line"
			continue
		fi
		: >status
		set +e
		PATH=$PWD/bin:$PATH sh -c "$rme_line" >out 2>err </dev/null
		rme_st=$?
		set -e
		rme_bad=$(grep -v -e ' 0$' -e ' 141$' status || true)
		if [ "$rme_st" != 0 ] || [ -n "$rme_bad" ]; then
			printf 'FAIL: example exited %s%s:\n    $ %s\n' \
			    "$rme_st" "${rme_bad:+ ($(echo $rme_bad))}" \
			    "$rme_line" >&2
			head -n 20 err | sed 's/^/    /' >&2
			rme_failed=1
		elif ! grep -q "^$rme_cmd " status &&
		    echo "$rme_line" | grep -q "$rme_cmd"; then
			printf 'FAIL: example did not run %s:\n    $ %s\n' \
			    "$rme_cmd" "$rme_line" >&2
			rme_failed=1
		fi
	done <examples.txt
	[ "$rme_failed" = 0 ] || fail "man page examples"
}

people() {
	mkdir -p keys
	for k in "$TESTS_DIR"/keys/*.key; do
		cp "$k" keys/
	done
	chmod 700 keys
	chmod 600 keys/*.key
	cp "$TESTS_DIR/keys/roster.csv" roster.csv
	chmod 644 roster.csv
	EMP_ROSTER=roster.csv
	export EMP_ROSTER
}

key() {
	EMP_KEY=$PWD/keys/$1.key
	export EMP_KEY
}

check_err_line() {
	first=$(head -n 1 err)
	[ "$first" = "$1" ] || fail "stderr line 1 is '$first', expected '$1'"
}

set -e
