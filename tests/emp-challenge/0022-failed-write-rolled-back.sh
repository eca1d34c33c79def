#!/bin/sh
# emp-challenge: a write that fails half way (here a file size limit of
# 1024 bytes, hit in the middle of the new line) is undone: the ledger is
# truncated back to its last whole line, the failure is reported with
# status 1, and the ledger still verifies.
. "${0%/*}/../lib.sh"

. "${0%/*}/common.sh"

ch_setup
for i in 7 8 9 10 99; do
	echo "survey,2026-03-04T09:00:00Z,ana,A,S$i,1," >>ev.csv
done
# lines until the ledger is just over 800 bytes (a line is about 200)
i=1
: >l.csv
while [ "$(wc -c <l.csv)" -le 800 ]; do
	emp-challenge open "S$i" -e ev.csv --grounds 'late delivery' >/dev/null
	i=$((i + 1))
done
size=$(wc -c <l.csv)
[ "$size" -gt 800 ] && [ "$size" -lt 1000 ] || fail "setup: ledger of $size bytes"
cp l.csv before.csv
# the shell's ulimit -f unit (512 or 1024 bytes), for a limit of 1024
(ulimit -f 1; trap '' XFSZ; head -c 2000 /dev/zero >probe 2>/dev/null) || :
blocks=$((1024 / $(wc -c <probe)))

(
	ulimit -f $blocks
	run 1 emp-challenge open S99 -e ev.csv --grounds 'a long account of how the courier lost the parcel twice'
) || exit 1
check_out </dev/null
check_err <<'EOF2'
emp-challenge: l.csv: write: File too large
EOF2
check_file l.csv before.csv
run 0 emp-challenge verify
check_err </dev/null
