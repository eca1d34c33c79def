#!/bin/sh
# emp-challenge: while another process holds the ledger's lock, a writer
# or a reader waits up to --wait seconds and then gives up with status 75
# and the ledger unchanged; one that waits long enough gets the lock.
. "${0%/*}/../lib.sh"

. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds courier
cp l.csv before.csv
# held until told to let go: no timing to race (valgrind is slow)
( flock 9; touch held; while [ ! -e release ]; do sleep 0.05; done ) \
    9>>l.csv &
while [ ! -e held ]; do sleep 0.05; done

key ana
run 75 emp-challenge open S2 -e ev.csv --grounds courier --wait 0
check_out </dev/null
check_err <<'EOF2'
emp-challenge: l.csv: busy: another process holds the lock (waited 0 s)
EOF2
run 75 emp-challenge --wait 1 list
check_out </dev/null
check_err <<'EOF2'
emp-challenge: l.csv: busy: another process holds the lock (waited 1 s)
EOF2
run 75 emp-challenge --wait 0 apply </dev/null
check_err <<'EOF2'
emp-challenge: l.csv: busy: another process holds the lock (waited 0 s)
emp-challenge: nothing applied: the ledger cannot be used
EOF2
check_file l.csv before.csv
(sleep 1; touch release) &
key lee
run 0 emp-challenge approve CH-1 --wait 10
check_out </dev/null
check_err </dev/null
wait
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 2 transitions, 1 challenges (0 pending), last checksum fddf50f4
EOF2
