#!/bin/sh
# I/O faults: fsync and close failing.  An -o file whose fsync or close
# fails is reported, status 1, and nothing is left behind; a ledger whose
# fsync fails once is rolled back (verify passes, the file as it was).
. "${0%/*}/../lib.sh"
. "${0%/*}/shim.sh"

fixtures
emp-ingest -q -T UTC in.csv >ev.csv
emp-score -q --by week ev.csv >sc.csv
mkdir od
ledger_fixture
cp l.csv l.before

for c in "emp-ingest -q -T UTC -o od/o.csv in.csv" "emp-score -q -o od/o.csv ev.csv" \
    "emp-tier -q -r ro.csv -o od/o.csv sc.csv" \
    "emp-challenge -l l.csv apply -q -o od/o.csv ev.csv"; do
	# shellcheck disable=SC2086
	run 1 faulty fsync:EIO:path=od/ $c
	check_err_line "${c%% *}: od/o.csv: Input/output error"
	[ -z "$(ls -A od)" ] || fail "$c left od/$(ls -A od)"
	# shellcheck disable=SC2086
	run 1 faulty close:EIO:path=od/ $c
	check_err_line "${c%% *}: od/o.csv: close: Input/output error"
	[ -z "$(ls -A od)" ] || fail "$c left od/$(ls -A od)"
done

run 1 faulty fsync:EIO:times=1:path=l.csv emp-challenge -l l.csv withdraw CH-1
check_err_line "emp-challenge: l.csv: write: Input/output error"
check_file l.csv l.before
run 0 emp-challenge -l l.csv verify
