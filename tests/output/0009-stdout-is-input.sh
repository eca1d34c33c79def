#!/bin/sh
# Standard output appended to an input (cmd in.csv >> in.csv) would read
# its own output back without end: refused, status 2, before reading, the
# input as it was (as cat refuses "input file is output file").  The
# secret key is never an output (emp-challenge list -o KEY); a weight
# that is not a number from 0 up (nan) is refused like --min-weight nan.
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent\ncontact,2026-01-05T08:00:00Z,ana\n' >ev.csv
cp ev.csv before.csv
set +e
emp-score -q ev.csv >>ev.csv 2>err
st=$?
set -e
[ "$st" = 2 ] || fail "emp-score >> its input: status $st"
check_err <<'EOF2'
emp-score: standard output is the input ev.csv: an output never replaces an input
EOF2
check_file ev.csv before.csv
set +e
emp-ingest ev.csv >>ev.csv 2>err
st=$?
set -e
[ "$st" = 2 ] || fail "emp-ingest >> its input: status $st"
check_file ev.csv before.csv
# to another file, or a pipe: as ever
run 0 emp-score -q ev.csv

people
cp keys/ana.key mine.key
EMP_KEY=$PWD/mine.key run 2 emp-challenge -l l.csv list -o mine.key
check_err <<EOF2
emp-challenge: -o mine.key is the secret key $PWD/mine.key: an output never replaces an input
EOF2
cmp -s mine.key keys/ana.key || fail "the key was replaced"

run 2 emp-score -q -w fcr=nan ev.csv
check_err <<'EOF2'
emp-score: invalid weight 'fcr=nan': use METRIC=W with a mean or a rate
Try 'emp-score --help' for more information.
EOF2
