#!/bin/sh
# The progress line (emp-score(1), Progress) where standard error is no
# terminal (here, a file): nothing without --progress; with it, whole
# lines, and EMP_PROGRESS_INTERVAL=0 (for tests) draws one at every read
# of the input: rows and percent never go back, the percent is of the
# file as stored (gzip: compressed), there is none for a pipe, the last
# line says "done" with the exact count of rows read (every input,
# --header: every line), messages come whole between them, and the
# summary after.  With the default interval (5 s) a short run shows only
# the last line.  An invalid EMP_PROGRESS_INTERVAL is a usage error.
. "${0%/*}/../lib.sh"

# TSV: a line is a row; no customers (the body repeats: fcr would count
# the repeats out of time order)
sample_events
awk -F '\t' -v OFS='\t' 'NR > 1 { $7 = "" } { print }' ev.tsv >nocust.tsv
mv nocust.tsv ev.tsv
head -n 1 ev.tsv >cols
tail -n +2 ev.tsv >body
# about 2 MB: many reads of 64 KiB
{ cat cols; for i in 1 2 3 4 5 6; do cat body; done; } >big.csv
rows=$(($(wc -l <big.csv) - 1))
[ "$(wc -c <big.csv)" -gt 1000000 ] || fail "big.csv is small"
summary="emp-score: $rows events read, $rows scored, 0 rejected; 0 reviews excluded by challenge"

# no terminal, no --progress: only the summary
run 0 emp-score --by week big.csv
mv out want
echo "$summary" | check_err

# check_lines NAME ROWS: err is progress lines of NAME (percent when NAME
# is not empty), then "ROWS rows, ... done", then the summary; messages
# (lines that are neither) may come between
check_lines() {
	awk -v name="$1" -v rows="$2" -v summary="$summary" '
	function bad(why) { printf "line %d: %s: %s\n", NR, why, $0; err = 1; exit 1 }
	/^emp-score: [0-9]+ rows, [0-9]+\.[0-9] MB\/s, / {
		if (done) bad("after done")
		r = $2 + 0
		if (r < last) bad("rows went back")
		last = r
		if ($0 ~ /, done$/) {
			if (r != rows) bad("done with " r " rows, not " rows)
			done = 1
			next
		}
		if (name == "") { bad("a percent of a pipe") }
		if (!match($0, /, [0-9]+% of /)) bad("no percent")
		p = substr($0, RSTART + 2) + 0
		if (p < lastp || p > 100) bad("percent " p)
		lastp = p
		if (substr($0, RSTART + RLENGTH) != name) bad("not of " name)
		n++
		next
	}
	/^emp-score: [0-9]+ rows, [0-9]+\.[0-9] MB\/s$/ {
		if (name != "") bad("no percent of a file")
		n++
		next
	}
	$0 == summary { if (!done) bad("summary before done"); sum = 1; next }
	/^emp-score: .*:[0-9]+: / { next }	# a message, whole
	{ bad("unexpected") }
	END { if (err) exit 1; if (!done || !sum || n < 3) { print "done " done ", summary " sum ", " n " lines"; exit 1 } }
	' err || fail "progress lines of $1"
}
export EMP_PROGRESS_INTERVAL=0
run 0 emp-score --progress --by week big.csv
check_out want
check_lines big.csv "$rows"
# standard input from the file: its size is known
run 0 emp-score --progress --by week - <big.csv
check_out want
check_lines stdin "$rows"
# a pipe: no percent
cat big.csv | run 0 emp-score --progress --by week
check_out want
check_lines "" "$rows"
# gzip: the percent of the compressed file
gzip -c big.csv >big.csv.gz
run 0 emp-score --progress --by week big.csv.gz
check_out want
check_lines big.csv.gz "$rows"
# headerless parts: every line a row, and the rows of all the files
split -n l/2 body part.
run 0 emp-score --progress --by week --header @cols part.aa part.ab
[ "$(grep -c ' of part.aa$' err)" -gt 0 ] || fail "no line of part.aa"
[ "$(grep -c ' of part.ab$' err)" -gt 0 ] || fail "no line of part.ab"
n=$(wc -l <body)
[ "$(sed -n 's/^emp-score: \([0-9]*\) rows, .*, done$/\1/p' err)" = "$n" ] ||
    fail "not $n rows done: $(cat err)"
# a rejected row: its message whole, between the lines
{ cat cols; cat body; printf 'contact\tbad time\tana\n'; cat body; } >bad.csv
run 0 emp-score --progress --by week bad.csv
grep -q '^emp-score: bad.csv:[0-9]*: expected ' err || fail "no message"
n=$((2 * $(wc -l <body) + 1))
summary="emp-score: $n events read, $((n - 1)) scored, 1 rejected; 0 reviews excluded by challenge"
check_lines bad.csv "$n"

# the default interval: a short run ends before the first line
unset EMP_PROGRESS_INTERVAL
run 0 emp-score --progress --by week big.csv
sed 's/[0-9][0-9.]* MB\/s/X MB\/s/' err >err2
mv err2 err
summary="emp-score: $rows events read, $rows scored, 0 rejected; 0 reviews excluded by challenge"
check_err <<EOF2
emp-score: $rows rows, X MB/s, done
$summary
EOF2

for v in x -1 1e9 5s; do
	EMP_PROGRESS_INTERVAL=$v run 2 emp-score big.csv
	check_err <<EOF2
emp-score: invalid EMP_PROGRESS_INTERVAL '$v': use a number of seconds from 0 to 3600
Try 'emp-score --help' for more information.
EOF2
done
# empty is unset
EMP_PROGRESS_INTERVAL= run 0 emp-score --by week big.csv
echo "$summary" | check_err
