#!/bin/sh
# emp-ingest's progress line (emp-ingest(1), Progress) where standard
# error is no terminal: nothing without --progress; with it and
# EMP_PROGRESS_INTERVAL=0 (for tests), a line at every read of the
# export, rows and percent never going back, then "done" with the rows
# the summary says were read (of both files), then the summary, and the
# messages of rejected rows whole between them; with the
# default interval (5 s) a short run writes only the last line.  The
# events written are the same with the line or without.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" --rows 12000 --only amazon-connect --only genesys . >/dev/null
[ "$(wc -c <amazon-connect.csv)" -gt 1000000 ] || fail "a small export"
run 0 emp-ingest amazon-connect.csv genesys.csv
mv out want
tail -n 1 err >summary
sed '$d' err >messages
rows=$(sed -n 's/^emp-ingest: \([0-9]*\) rows read, .*/\1/p' summary)
[ "$rows" -gt 12000 ] || fail "rows read: $(cat summary)"

EMP_PROGRESS_INTERVAL=0 run 0 emp-ingest --progress amazon-connect.csv genesys.csv
check_out want
awk -v rows="$rows" -v summary="$(cat summary)" -v nm="$(wc -l <messages)" '
function bad(why) { printf "line %d: %s: %s\n", NR, why, $0; err = 1; exit 1 }
/^emp-ingest: [0-9]+ rows, [0-9]+\.[0-9] MB\/s, [0-9]+% of (amazon-connect|genesys)\.csv$/ {
	if (done) bad("after done")
	if ($2 + 0 < last) bad("rows went back")
	f = $NF
	match($0, /, [0-9]+% of /)
	p = substr($0, RSTART + 2) + 0
	if (f == lastf && p < lastp) bad("percent went back")
	if (f != lastf && lastf != "" && lastp != 100) bad(lastf " not read whole")
	last = $2 + 0; lastp = p; lastf = f; seen[f] = 1; n++
	next
}
/^emp-ingest: [0-9]+ rows, [0-9]+\.[0-9] MB\/s, done$/ {
	if ($2 + 0 != rows) bad("done with " $2 " rows, not " rows)
	done = 1; next
}
$0 == summary { if (!done) bad("summary before done"); sum = 1; next }
/^emp-ingest: [a-z-]+\.csv:[0-9]+: / { m++; next }	# a message, whole
{ bad("unexpected") }
END { if (err) exit 1
	if (!done || !sum || n < 4 || m != nm || !seen["amazon-connect.csv"] || !seen["genesys.csv"]) {
		print "done " done ", summary " sum ", " n " lines, " m " messages"; exit 1 } }
' err || fail "progress lines"

run 0 emp-ingest --progress amazon-connect.csv genesys.csv
check_out want
sed 's/[0-9][0-9.]* MB\/s/X MB\/s/' err >err2
{ cat messages; echo "emp-ingest: $rows rows, X MB/s, done"; cat summary; } |
    check_file err2
