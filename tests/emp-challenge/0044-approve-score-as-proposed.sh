#!/bin/sh
# emp-challenge approve --score n, n the score proposed: an approval as
# proposed, whose score field stays empty as emp-ledger(5) says (it held
# the score again); another n is written.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds 'parcel lost' --score 4
ch ana open S2 -e ev.csv --grounds 'parcel lost' --score 4
key lee
run 0 emp-challenge approve CH-1 --score 4.0
check_err </dev/null
run 0 emp-challenge approve CH-2 --score 3
cut -d, -f3,4,11,12 l.csv >got
check_file got <<'EOF2'
action,challenge,score,reassign
open,CH-1,csat=1>4,
open,CH-2,csat=1>4,
approve,CH-1,,
approve,CH-2,csat=1>3,
EOF2
run 0 emp-challenge list
cut -d, -f1,6,15- out >got
check_file got <<'EOF2'
challenge,status,measure,score,proposed_score,approved_score,reassign
CH-1,approved,csat,1,4,4,
CH-2,approved,csat,1,4,3,
EOF2
