#!/bin/sh
# --partial / --merge with fcr's table under load: a seeded time-ordered
# stream (2000 contacts of 600 customers over 30 days, ties at the same
# ms, repeats at exactly the window) cut into 5 shards; the partials
# (every shard's edge clusters and waiting contacts: records judged by
# sweeps and reused, their customers' texts kept) merged in another
# order give the scores of one pass, byte for byte, with
# --repeat-window 7 and 1.  Without their cluster rows the merges
# differ: the test sees them.
. "${0%/*}/../lib.sh"

PYTHONPATH=$TESTS_DIR/emp-score python3 -c "
import fcr; fcr.gen('ev.csv', 6, 2000, customers=600, days=30, exact=7)"
head -n 1 ev.csv >h
tail -n +2 ev.csv >body
n=$(wc -l <body)
for w in 7 1; do
	opts="-q -b week -g agent,team,all --repeat-window $w -m fcr=1"
	# shellcheck disable=SC2086
	emp-score $opts ev.csv >one.csv || fail "one pass"
	set -- 1 401 777 1203 1650 $((n + 1))
	k=1
	while [ $# -gt 1 ]; do
		{ cat h; sed -n "$1,$(($2 - 1))p" body; } >s.csv
		# shellcheck disable=SC2086
		emp-score $opts --partial s.csv >p$k || fail "partial $k"
		grep -v '^cluster,' p$k >q$k
		k=$((k + 1))
		shift
	done
	# shellcheck disable=SC2086
	emp-score $opts --merge p3 p1 p5 p2 p4 >m.csv || fail "merge"
	cmp -s m.csv one.csv || fail "window $w: the merge differs from one pass"
	# shellcheck disable=SC2086
	emp-score $opts --merge q3 q1 q5 q2 q4 >m.csv 2>/dev/null
	cmp -s m.csv one.csv && fail "window $w: blind without cluster rows"
	grep -c '^cluster,' p2 >/dev/null || fail "no cluster rows"
done
exit 0
