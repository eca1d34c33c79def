#!/bin/sh
# emp-report: every command line in the EXAMPLES of emp-report(1) (the "$ "
# lines of the literal displays of that section, read from the page now,
# so the test follows it) runs on the sample call center and exits 0, and
# no emp command in it fails, also inside a pipeline.  The examples run in
# page order in one directory: a later one may read what an earlier wrote.
. "${0%/*}/../lib.sh"

# events.csv, tiers.csv, goals.csv and ledger.csv as make demo makes them
. "$TESTS_DIR/emp-report/sample.sh"

run_man_examples emp-report

# the examples wrote what the page says they write
for f in scores.csv weekly.html weekly.md weekly.txt cards/wei.zhang.html \
    cards/wei.zhang.txt; do
	[ -s "$f" ] || fail "no $f"
done
