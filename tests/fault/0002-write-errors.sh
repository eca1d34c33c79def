#!/bin/sh
# I/O faults: a write that fails (ENOSPC on stdout, EIO on an -o file or
# the ledger) ends in a message naming the file and status 1; an -o file
# leaves nothing behind, and the ledger is as it was (verify passes, the
# next write succeeds).
. "${0%/*}/../lib.sh"
. "${0%/*}/shim.sh"

fixtures
emp-ingest -q -T UTC in.csv >ev.csv
emp-score -q --by week ev.csv >sc.csv
mkdir od
ledger_fixture
cp l.csv l.before

run 1 faulty write:ENOSPC:fd=1 emp-ingest -q -T UTC in.csv
check_err_line "emp-ingest: stdout: write error: No space left on device"
run 1 faulty write:ENOSPC:fd=1 emp-score -q ev.csv
check_err_line "emp-score: stdout: write error: No space left on device"
run 1 faulty write:ENOSPC:fd=1 emp-tier -q -r ro.csv sc.csv
check_err_line "emp-tier: stdout: write error: No space left on device"
run 1 faulty write:ENOSPC:fd=1 emp-report -q sc.csv
check_err_line "emp-report: stdout: write error: No space left on device"
run 1 faulty write:ENOSPC:fd=1 emp-challenge -l l.csv apply -q ev.csv
check_err_line "emp-challenge: stdout: write error: No space left on device"

for c in "emp-ingest -q -T UTC -o od/o.csv in.csv" "emp-score -q -o od/o.csv ev.csv" \
    "emp-tier -q -r ro.csv -o od/o.csv sc.csv" "emp-report -q -o od/o.csv sc.csv" \
    "emp-challenge -l l.csv apply -q -o od/o.csv ev.csv"; do
	# shellcheck disable=SC2086
	run 1 faulty write:EIO:path=od/ $c
	check_err_line "${c%% *}: od/o.csv: write error: Input/output error"
	[ -z "$(ls -A od)" ] || fail "$c left od/$(ls -A od)"
done

run 1 faulty write:EIO:path=l.csv emp-challenge -l l.csv withdraw CH-1
check_err_line "emp-challenge: l.csv: write: Input/output error"
check_file l.csv l.before
run 0 emp-challenge -l l.csv verify
run 0 emp-challenge -l l.csv withdraw CH-1
