#!/bin/sh
# emp-challenge migrate: signing a ledger over into itself (-l the old
# ledger) is a usage error at once, not a wait for its own lock ending in
# "busy" (75); into a version 2 file with its header only, it is refused
# and the file left as it was (it wrote version 2 lines there, and the
# result still had no room for a proposal, so that open --score sent the
# admin back to migrate).
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
echo 'seq,ts,action,challenge,review,kind,agent,actor,cause,text,sig,sum' \
    >v2.csv
ch ana -l v2.csv open S1 -e ev.csv --grounds courier
ch lee -l v2.csv approve CH-1
key ada
cp v2.csv before.csv
run 2 emp-challenge --wait 1 -l v2.csv migrate v2.csv
check_err <<'EOF2'
emp-challenge: v2.csv: the new ledger (-l) is the old one: migrate signs a ledger over into another, new file
EOF2
ln -s v2.csv link.csv
run 2 emp-challenge --wait 1 -l link.csv migrate v2.csv
check_err <<'EOF2'
emp-challenge: v2.csv: the new ledger (-l) is the old one: migrate signs a ledger over into another, new file
EOF2
cmp -s v2.csv before.csv || fail "migrate changed the old ledger"
head -n 1 v2.csv >empty2.csv
cp empty2.csv before.csv
run 1 emp-challenge -l empty2.csv migrate v2.csv
check_err <<'EOF2'
emp-challenge: empty2.csv: a version 2 ledger: signing over writes the first lines of a new, version 3 ledger
EOF2
cmp -s empty2.csv before.csv || fail "a refused migrate wrote into empty2.csv"
run 0 emp-challenge -l new.csv migrate v2.csv
check_err <<'EOF2'
emp-challenge: signed over 2 of 2 transitions of v2.csv into new.csv as ada
EOF2
head -n 1 new.csv >got
check_file got <<'EOF2'
seq,ts,action,challenge,review,kind,agent,actor,cause,text,score,reassign,sig,sum
EOF2
