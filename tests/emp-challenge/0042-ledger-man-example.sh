#!/bin/sh
# emp-ledger(5) EXAMPLES: the ledger shown is a version 3 ledger (the
# page's version; it showed a version 2 one) that verifies against the
# test people's keys, and the signed bytes and sum it describes are those
# of its line 2.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
clock_at 2026-03-05T17:00:00Z
man=$TESTS_DIR/../man/emp-ledger.5
sed -n '/^\.Sh EXAMPLES/,/^\.Sh/{/^seq,ts,/,/^\.Ed/p;}' "$man" |
    sed '$d' >l.csv
[ "$(wc -l <l.csv)" = 3 ] || fail "no ledger of 3 lines in the EXAMPLES"
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 2 transitions, 1 challenges (0 pending), last checksum d93cf36e
EOF2
check_err </dev/null
# the signed bytes shown: "emp-ledger 3", line 1's sig, line 2 from ts up
# to the comma before sig
sed -n '/^emp-ledger 3$/{n;p;}' "$man" >shown
sig1=$(sed -n '2p' l.csv | awk -F, '{ print $(NF-1) }')
sed -n '3p' l.csv | sed 's/^[0-9]*,//; s/[^,]*,[^,]*$//' |
    sed "s|^|$sig1|" >want
check_file shown <want
# its sum: the CRC-32 of line 1's sum and line 2 up to the comma before sum
grep -q "^\.Ql $(sed -n '2p' l.csv | sed 's/.*,//')\$" "$man" ||
    fail "the EXAMPLES name another sum than line 1's"
