#!/bin/sh
# emp-challenge: writers killed with SIGKILL at random moments, three at a
# time, forty times.  A kill that lands inside write() leaves at most a
# torn last line (a dead writer cannot roll it back); the lock dies with
# its holder, so the next writer is not blocked.  Afterwards 'repair'
# succeeds and verify accepts the ledger: every line left is whole.
. "${0%/*}/../lib.sh"

export EMP_LEDGER=l.csv EMP_NOW=2026-03-05T10:00:00Z
k=1
while [ $k -le 40 ]; do
	pids=
	for a in ana ben eve; do
		emp-challenge --as "$a" open "S$a-$k" \
		    --grounds 'the courier lost the parcel' >/dev/null 2>&1 &
		pids="$pids $!"
	done
	sleep 0.01
	kill -9 $pids 2>/dev/null || :
	wait
	k=$((k + 1))
done
[ -s l.csv ] || fail "no ledger written"
run 0 emp-challenge repair
run 0 emp-challenge verify
