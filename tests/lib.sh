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
#   clock_at TIME             from now on the emp commands, called by name,
#                             read TIME (UTC, 2026-03-05T10:00:00Z) from the
#                             system clock; call again to change it
#   clock_preload             prints the LD_PRELOAD a command of EMP_BIN
#                             needs for the clock shim (ASan runtime first)
#   fail MESSAGE              end the test as failed
#   people                    the test people of tests/keys/ (ana, bob: agents
#                             of team A; cy: agent of B; lee, kim: leads of A
#                             and B; ada: admin): ./keys/NAME.key (mode 0600)
#                             and ./roster.csv, exported as EMP_ROSTER
#   key NAME                  act as NAME from now on (exports EMP_KEY)
#   sample_events             gen-sample's call center here, its Amazon
#                             Connect, Genesys, Zendesk, pulse and roster
#                             exports ingested into one TSV stream: ./ev.tsv
#                             as written, ./events.tsv in time order (what
#                             the scale-out recipes need for fcr)
#
# EMP_VALGRIND=1 runs every command under valgrind (errors fail the test).

set -u
TESTS_DIR=$(cd "${0%/*}/.." && pwd)
export LC_ALL=C TZ=UTC
unset EMP_USER EMP_LEDGER EMP_ROSTER EMP_KEY EMP_NOW EMP_TEST_NOW \
    EMP_CLOCK_PRELOAD EMP_CLOCK_VALGRIND

fail() {
	printf 'FAIL: %s\n' "$*" >&2
	exit 1
}

# valgrind as run, run_man_examples and clock_at's wrappers use it
VALGRIND='valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect'

# Under valgrind, CMD is wrapped only when it is the command of EMP_BIN
# itself: clock_at's wrappers (first in PATH) run valgrind themselves.
run() {
	want=$1
	shift
	if [ -n "${EMP_VALGRIND:-}" ] &&
	    [ "$(command -v "$1" || true)" = "${EMP_BIN:-}/$1" ]; then
		# shellcheck disable=SC2086
		set -- $VALGRIND "$@"
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
	rme_vg=${EMP_VALGRIND:+$VALGRIND}
	for rme_b in "$EMP_BIN"/emp-*; do
		rme_c=${rme_b##*/}
		# after clock_at, through its wrapper (which runs valgrind)
		if [ -n "${clock_dir:-}" ] && [ -x "$clock_dir/$rme_c" ]; then
			rme_b=$clock_dir/$rme_c
			rme_vg=
		fi
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

sample_events() {
	"$EMP_BIN/gen-sample" . >/dev/null
	emp-ingest -q --tsv --agent-map agent-map.csv amazon-connect.csv \
	    genesys.csv zendesk.csv pulse.csv roster.csv >ev.tsv 2>/dev/null
	# the sample's redelivered contacts come a few hours late in the
	# export (emp-score(1), Scaling out)
	{ head -n 1 ev.tsv; tail -n +2 ev.tsv |
	    LC_ALL=C sort -s -t "$(printf '\t')" -k2,2; } >events.tsv
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

# The LD_PRELOAD for the clock shim (tests/clock/shim.c) in a command of
# EMP_BIN: under AddressSanitizer the ASan runtime must come first (ASan
# refuses to start otherwise), so its path (from ldd) goes before the shim.
clock_preload() {
	cp_asan=$(ldd "$EMP_BIN/emp-challenge" 2>/dev/null |
	    awk '$1 ~ /^libasan\./ && $3 ~ /^\// { print $3; exit }')
	printf '%s\n' "${cp_asan:+$cp_asan }$EMP_BIN/clock-shim.so"
}

# clock_at TIME: the emp commands, called by name (not as $EMP_BIN/CMD),
# run with the system clock stopped at TIME (EMP_TEST_NOW=TIME, the clock
# shim preloaded) from now on in this test; clock_at again changes TIME.
# The first call writes a wrapper per command into ./.clock (this
# directory) and puts it first in PATH.  A wrapper runs $EMP_BIN/CMD with
# LD_PRELOAD = clock_preload, then whatever LD_PRELOAD it was given (the
# fault shim of tests/fault/shim.sh's faulty), and under EMP_VALGRIND
# under valgrind, as run does.
#
# The wrapper is a "#!/usr/bin/env -S sh -c '...'" line, not a script the
# shell reads: under faulty read:EIO a shell could not read its own script
# (dash then exits 0 having run nothing).  env and sh -c read no file;
# what the line needs comes from the environment (EMP_TEST_NOW, EMP_BIN,
# EMP_CLOCK_PRELOAD, EMP_CLOCK_VALGRIND), so it fits the kernel's limit of
# the #! line.
clock_at() {
	[ -f "$EMP_BIN/clock-shim.so" ] ||
	    fail "clock_at: no $EMP_BIN/clock-shim.so (make check builds it)"
	LD_PRELOAD=$EMP_BIN/clock-shim.so EMP_TEST_NOW=$1 date >/dev/null \
	    2>&1 </dev/null || fail "clock_at: invalid time '$1'"
	if [ -z "${clock_dir:-}" ]; then
		clock_dir=$PWD/.clock
		mkdir -p "$clock_dir"
		# shellcheck disable=SC2016
		ca_sh='LD_PRELOAD="$EMP_CLOCK_PRELOAD${LD_PRELOAD:+ $LD_PRELOAD}"'
		# shellcheck disable=SC2016
		ca_sh="$ca_sh"'; export LD_PRELOAD; exec $EMP_CLOCK_VALGRIND'
		# shellcheck disable=SC2016
		ca_sh="$ca_sh"' "$EMP_BIN/${0##*/}" "$@"'
		for ca_c in emp-ingest emp-score emp-challenge emp-tier \
		    emp-report; do
			printf "#!/usr/bin/env -S sh -c '%s'\n" "$ca_sh" \
			    >"$clock_dir/$ca_c"
			chmod +x "$clock_dir/$ca_c"
		done
		PATH=$clock_dir:$PATH
		EMP_CLOCK_PRELOAD=$(clock_preload)
		EMP_CLOCK_VALGRIND=${EMP_VALGRIND:+$VALGRIND}
		export PATH EMP_CLOCK_PRELOAD EMP_CLOCK_VALGRIND
	fi
	EMP_TEST_NOW=$1
	export EMP_TEST_NOW
}

set -e
