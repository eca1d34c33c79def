#!/bin/sh
# Bounded memory on any input: /dev/zero ends at once with file:line and the
# limit, for every command that reads a CSV table; a 300 MB line after a
# good header is rejected and skipped in a few MiB (here under 256 MiB of
# address space, outside ASan and valgrind), and the row after it is read.
. "${0%/*}/../lib.sh"

limit=262144
if grep -q __asan_init "$EMP_BIN/emp-score" 2>/dev/null ||
    [ -n "${EMP_VALGRIND:-}" ]; then
	limit=unlimited
fi
export MALLOC_ARENA_MAX=2	# glibc's arenas reserve address space

bounded() {
	(
		[ "$limit" = unlimited ] || ulimit -v "$limit"
		exec timeout -k 5 60 "$@"
	)
}

cat >roster.csv <<'EOF2'
agent,team,level,limit
ana,north,2,100
EOF2

run 1 bounded emp-ingest /dev/zero
check_err <<'EOF2'
emp-ingest: /dev/zero:1: header: record longer than 1048576 bytes
emp-ingest: 0 rows read, 0 events written, 0 rejected, 0 skipped
EOF2
run 1 bounded emp-score /dev/zero
check_err_line "emp-score: /dev/zero:1: header: record longer than 1048576 bytes"
run 1 bounded emp-tier -r roster.csv /dev/zero
check_err <<'EOF2'
emp-tier: /dev/zero:1: header: record longer than 1048576 bytes
emp-tier: nothing written: the scores and the roster could not all be read
EOF2
run 1 bounded emp-tier -r /dev/zero
check_err <<'EOF2'
emp-tier: /dev/zero:1: header: record longer than 1048576 bytes
emp-tier: nothing written: the scores and the roster could not all be read
EOF2
run 1 bounded emp-report /dev/zero
check_err_line "emp-report: /dev/zero:1: header: record longer than 1048576 bytes"

# one line of 300 MB between two good rows, on standard input
line() {
	printf 'kind,ts,agent,id\ncontact,2026-03-02T09:00:00Z,ana,c1\n'
	head -c 300000000 /dev/zero
	printf '\ncontact,2026-03-02T10:00:00Z,ana,c3\n'
}
line | run 0 bounded emp-score -q -g agent
check_err <<'EOF2'
emp-score: stdin:3: record longer than 1048576 bytes
EOF2
grep -q '^all,agent,ana,,2,' out || fail "emp-score: the rows around the line were not read"
line | run 0 bounded emp-ingest -q --from events
check_err <<'EOF2'
emp-ingest: stdin:3: record longer than 1048576 bytes
EOF2
[ "$(grep -c '^contact,' out)" = 2 ] ||
    fail "emp-ingest: the rows around the line were not read"
