#!/bin/sh
# A broken record (a misplaced quote) on a line longer than what one read
# brings: its raw text is the whole line, as emp-ingest's --rejects must
# keep it, whether the line straddles the reader's buffer (reading whole)
# or lies in one chunk; also as the last line, without a line end.
. "${0%/*}/../lib.sh"

awk 'BEGIN {
	print "a,b"
	for (i = 1; i <= 2000; i++)
		print i ",x"
	w = "wwwwwwwwww"
	while (length(w) < 60000)
		w = w w
	w = substr(w, 1, 60000)
	print "p\"q" w ",1"
	print "z,1"
	printf "%s", "r\"s" w ",2"
}' >in.csv
# a broken line dumped: "LINE 0 misplaced quote [" (24 bytes), its 60,005
# bytes JSON-quoted (one \" more, two quotes), "]": 60,033
for c in '' '-c 100000000' '-c 7000'; do
	# shellcheck disable=SC2086
	csvdump -r $c in.csv >out.$$ || fail "csvdump -r $c failed"
	awk '$3 == "misplaced" { print $1, length($0) }' out.$$
	tail -n 2 out.$$ | head -n 1 | cut -c1-20
done >got
check_file got <<'EOF2'
2002 60033
2004 60033
2003 0 - ["z","1"]
2002 60033
2004 60033
2003 0 - ["z","1"]
2002 60033
2004 60033
2003 0 - ["z","1"]
EOF2
