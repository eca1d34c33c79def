#!/bin/sh
# emp-score --qa-adjust: an agent scored 95 only by r3, whose offset is
# -20 (r1 and r2 give a1-a4 100, r3 80), is written 115, as emp-scores(5)
# says an adjusted qa may lie outside 0 to 100.
. "${0%/*}/../lib.sh"

{
	echo kind,ts,agent,team,contact,qa,reviewer
	n=0
	for a in 1 2 3 4; do
		for rs in r1:100 r2:100 r3:80; do
			n=$((n + 1))
			printf 'qa,2026-03-02T09:%02d:00Z,a%d,T,c%03d,%s,%s\n' \
			    $n $a $n ${rs#*:} ${rs%:*}
		done
	done
	echo qa,2026-03-02T10:00:00Z,a5,T,c900,95,r3
} >ev.csv
run 0 emp-score -q --qa-adjust -g agent,reviewer -m qa=1 ev.csv
python3 -c '
import csv, sys
for r in csv.DictReader(open("out")):
    print(",".join(r[c] for c in ("group", "key", "qa", "qa_n", "qa_offset")))
' >got
check_file got <<'EOF2'
agent,a1,100,3,
agent,a2,100,3,
agent,a3,100,3,
agent,a4,100,3,
agent,a5,115,1,
reviewer,r1,100,4,0
reviewer,r2,100,4,0
reviewer,r3,83,5,-20
EOF2
