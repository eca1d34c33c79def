#!/bin/sh
# emp-challenge: a version 2 ledger (signed, without score and reassign:
# tests/fuzz/corpus/fuzz_ledger/valid-v2, made with the test keys) is
# still read and appended to with version 2 lines; a proposal is refused
# with the command that signs it over; migrate makes a version 3 ledger
# of its counted lines, which then takes proposals.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
cp "$TESTS_DIR/fuzz/corpus/fuzz_ledger/valid-v2" l.csv
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 6 transitions, 3 challenges (0 pending), last checksum 7f0369de
EOF2
run 0 emp-challenge open S4 -e ev.csv --grounds 'courier'
check_out <<'EOF2'
CH-4
EOF2
head -n 1 l.csv >got
echo 'seq,ts,action,challenge,review,kind,agent,actor,cause,text,sig,sum' |
    check_file got
if python3 -c 'import cryptography' 2>/dev/null; then
	run 0 python3 "$TESTS_DIR/emp-challenge/ledger.py" check l.csv \
	    roster.csv
	check_out <<'EOF2'
ok 7
EOF2
fi
cp l.csv before.csv
run 1 emp-challenge open S5 -e ev.csv --grounds 'courier' --score 4
check_err <<'EOF2'
emp-challenge: l.csv: a version 2 ledger has no room for a corrected score or another agent; an admin signs it over into a version 3 ledger with 'emp-challenge -l NEW migrate l.csv' (emp-ledger(5))
EOF2
cmp -s l.csv before.csv || fail "a refused proposal changed the ledger"
run 0 emp-challenge list
mv out want

# signed over: every line, the same challenges, a version 3 header
key ana
run 1 emp-challenge -l new.csv migrate l.csv
check_err <<'EOF2'
emp-challenge: ana is an agent: only an admin signs a ledger over
EOF2
key ada
run 0 emp-challenge -l new.csv migrate l.csv
check_err <<'EOF2'
emp-challenge: signed over 7 of 7 transitions of l.csv into new.csv as ada
EOF2
cmp -s l.csv before.csv || fail "migrate changed the old ledger"
head -n 1 new.csv >got
echo 'seq,ts,action,challenge,review,kind,agent,actor,cause,text,score,reassign,sig,sum' |
    check_file got
run 0 emp-challenge -l new.csv list
check_file out <want
key ana
run 0 emp-challenge -l new.csv open S5 -e ev.csv --grounds 'courier' \
    --score 4
check_out <<'EOF2'
CH-5
EOF2
run 0 emp-challenge -l new.csv verify
sed 's/checksum .*/checksum/' out >got
echo 'new.csv: ok: 8 transitions, 5 challenges (2 pending), last checksum' |
    check_file got
