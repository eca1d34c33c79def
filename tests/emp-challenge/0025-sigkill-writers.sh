#!/bin/sh
# emp-challenge: writers killed with SIGKILL at random moments (10 to 90
# ms after they start), three at a time, forty times.  A kill that lands inside write() leaves at most a
# torn last line (a dead writer cannot roll it back); the lock dies with
# its holder, so the next writer is not blocked, and cuts a torn line.
# Afterwards 'repair' succeeds and verify accepts the ledger: every line
# left is whole and signed.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
k=1
while [ $k -le 40 ]; do
	for a in ana bob cy; do
		echo "survey,2026-03-04T09:00:00Z,$a,,S$a-$k,1,"
	done
	k=$((k + 1))
done >>ev.csv
k=1
while [ $k -le 40 ]; do
	pids=
	for a in ana bob cy; do
		EMP_KEY=keys/$a.key emp-challenge open "S$a-$k" -e ev.csv \
		    --grounds 'the courier lost the parcel' >/dev/null 2>&1 &
		pids="$pids $!"
	done
	# 10 to 90 ms: some kills land before the ledger is touched, some
	# while it is written, some after, however slow the build (ASan)
	sleep "0.0$((k % 9 + 1))"
	kill -9 $pids 2>/dev/null || :
	wait
	k=$((k + 1))
done
[ -s l.csv ] || fail "no ledger written"
run 0 emp-challenge repair
run 0 emp-challenge verify
