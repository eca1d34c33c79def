#!/bin/sh
# emp-score --partial / --merge: fcr stays exact across shard boundaries.
# A seeded time-ordered stream (27 contacts over 4 days, 4 customers,
# ties at the same ms, repeats at exactly the window of 1 day) is cut
# after every line into 2 shards, and at every pair of lines into 3;
# each shard is scored with --partial, and the partials merged (the 3 in
# another order than the stream's) must give the scores of one pass,
# byte for byte.  Without its fcr and cluster rows a merge differs at
# most cuts: the test can see a merge that ignores them.
. "${0%/*}/../lib.sh"

PYTHONPATH=$TESTS_DIR/emp-score python3 -c "
import fcr; fcr.gen('ev.csv', 4, 24, customers=4, days=4, exact=1)"
head -n 1 ev.csv >h
tail -n +2 ev.csv >body
n=$(wc -l <body)
[ "$n" -ge 25 ] || fail "a short stream: $n contacts"
opts="-q -b day -g agent,team,all --repeat-window 1 -m fcr=1"
# shellcheck disable=SC2086
emp-score $opts ev.csv >one.csv
part() {	# part FIRST LAST OUT: lines FIRST-LAST of body, scored
	{ cat h; sed -n "$1,$2p" body; } >s.csv
	# shellcheck disable=SC2086
	emp-score $opts --partial s.csv >"$3" || fail "partial $1-$2"
}
bad=0 blind=0
i=1
while [ "$i" -lt "$n" ]; do
	part 1 "$i" p1
	part $((i + 1)) "$n" p2
	# shellcheck disable=SC2086
	emp-score $opts --merge p1 p2 >m.csv || fail "merge at $i"
	cmp -s m.csv one.csv || { echo "2 shards cut after $i differ"; bad=1; }
	grep -v '^fcr,\|^cluster,' p1 >q1
	# shellcheck disable=SC2086
	emp-score $opts --merge q1 p2 >q.csv 2>/dev/null
	cmp -s q.csv one.csv || blind=$((blind + 1))
	j=$((i + 1))
	while [ "$j" -lt "$n" ]; do
		part $((i + 1)) "$j" p2
		part $((j + 1)) "$n" p3
		# shellcheck disable=SC2086
		emp-score $opts --merge p3 p1 p2 >m.csv ||
		    fail "merge at $i, $j"
		cmp -s m.csv one.csv ||
		    { echo "3 shards cut after $i and $j differ"; bad=1; }
		j=$((j + 1))
	done
	i=$((i + 1))
done
[ "$bad" = 0 ] || fail "merged fcr differs from one pass"
[ "$blind" -gt $((n / 2)) ] ||
    fail "only $blind cuts need the fcr rows: a weak test"
