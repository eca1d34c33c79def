#!/bin/sh
# The roster also gives levels (emp-score -g level), which the ledger does
# not need: a lead's row whose level or limit cannot be read is reported
# with its line, the value taken as none, and the row still holds: lee,
# lead of A, with the level "x" and the limit "-5", approves ana's
# challenge, and the ledger verifies.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
awk -F, -v OFS=, '$1 == "lee" { $4 = "x" } { print }' roster.csv |
    sed '1s/$/,limit/; 2,$s/$/,/; /^lee,/s/,$/,-5/' >r2.csv
mv r2.csv roster.csv
chmod 644 roster.csv
ch ana open S1 -e ev.csv --grounds 'courier' 2>/dev/null
key lee
run 0 emp-challenge approve CH-1
check_err <<'ERR'
emp-challenge: roster.csv:5: field 'level': invalid level 'x': use a whole number from 1: taken as none
emp-challenge: roster.csv:5: field 'limit': invalid amount '-5': taken as none
ERR
run 0 emp-challenge verify
awk -F, 'NR > 1 { print $3, $8 }' l.csv >actions
check_file actions <<'OUT'
open ana
approve lee
OUT
