#!/bin/sh
# emp-challenge: a write that fails half way (here a file size limit of
# 1024 bytes, hit in the middle of the new line) is undone: the ledger is
# truncated back to its last whole line, the failure is reported with
# status 1, and the ledger still verifies.
. "${0%/*}/../lib.sh"

export EMP_LEDGER=l.csv EMP_NOW=2026-03-05T10:00:00Z
i=1
while [ $i -le 11 ]; do
	emp-challenge --as ana open "S$i" --grounds 'late delivery by the courier' >/dev/null
	i=$((i + 1))
done
size=$(wc -c <l.csv)
[ "$size" -gt 900 ] && [ "$size" -lt 1000 ] || fail "setup: ledger of $size bytes"
cp l.csv before.csv
# the shell's ulimit -f unit (512 or 1024 bytes), for a limit of 1024
(ulimit -f 1; trap '' XFSZ; head -c 2000 /dev/zero >probe 2>/dev/null) || :
blocks=$((1024 / $(wc -c <probe)))

(
	ulimit -f $blocks
	run 1 emp-challenge --as ana open S99 --grounds 'a long account of how the courier lost the parcel twice'
) || exit 1
check_out </dev/null
check_err <<'EOF2'
emp-challenge: l.csv: write: File too large
EOF2
check_file l.csv before.csv
run 0 emp-challenge verify
check_err </dev/null
