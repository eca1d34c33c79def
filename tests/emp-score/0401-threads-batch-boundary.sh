#!/bin/sh
# emp-score with 1, 2 and 4 threads, at the edges of the 2048-record
# batches the threads share: rejected rows as the last record of the
# first batch (2048: too few fields) and the first of the second (2049:
# an unknown kind), where the day changes too; a record whose quoted id
# spans two lines ends the second batch (4096), so that the next
# rejection (4097) is reported at the line after; a blank line and a
# bad duration at the end of the third.  The messages, their order and
# line numbers, and the contacts by day (as counted here) are the same
# for every thread count.
. "${0%/*}/../lib.sh"

awk 'BEGIN {
	print "kind,ts,agent,team,id,talk_s"
	for (i = 1; i <= 7000; i++) {
		d = i <= 2048 ? 2 : i <= 4096 ? 3 : 4
		ts = sprintf("2026-03-%02dT%02d:%02d:00Z", d, 8 + i % 10,
		    i % 60)
		ag = i % 2 ? "ana" : "bob"
		if (i == 2048)
			print "contact," ts "," ag ",A,X" i
		else if (i == 2049)
			print "call," ts "," ag ",A,X" i ",60"
		else if (i == 4096)
			print "contact," ts "," ag ",A,\"X" i "\nY\",60"
		else if (i == 4097)
			print "contact," ts "," ag ",A,X" i ",abc"
		else if (i == 6143)
			print ""
		else if (i == 6144)
			print "contact," ts "," ag ",A,X" i ",-5"
		else
			print "contact," ts "," ag ",A,X" i ",60"
	}
}' >ev.csv
cat >want.err <<'EOF2'
emp-score: ev.csv:2049: expected 6 fields, found 5
emp-score: ev.csv:2050: field 'kind': unknown event kind 'call'
emp-score: ev.csv:4099: field 'talk_s': invalid duration 'abc'
emp-score: ev.csv:6146: field 'talk_s': invalid duration '-5'
emp-score: 6999 events read, 6995 scored, 4 rejected; 0 reviews excluded by challenge
EOF2
# contacts by day: day 2 records 1-2047, day 3 2050-4096, day 4 the rest
# but 4097, the blank line and 6144
cat >want.out <<'EOF2'
2026-03-02 2047
2026-03-03 2047
2026-03-04 2901
EOF2
for t in 1 2 4; do
	EMP_THREADS=$t run 0 emp-score --by day -g all ev.csv
	check_err want.err
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	    { print $c["period"], $c["contacts"] }' out >got
	check_file got want.out
done
