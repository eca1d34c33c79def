#!/bin/sh
# The progress line on a terminal (script(1) gives emp-score one): drawn
# in place (\r, no line end), wiped (\r, spaces, \r) before every message
# and at the end, so that each message and the summary start a clean
# line; cut to the terminal's width (script's pty says none: 80), a file
# name of 100 characters too; a run shorter than the delay (2 s) shows no line at all.
# EMP_PROGRESS_INTERVAL=0 (for tests) draws at every read.  Skipped
# without script(1) from util-linux.
. "${0%/*}/../lib.sh"

script -qec true /dev/null >/dev/null 2>&1 ||
    { echo "skipped: no script(1) that takes -qec"; exit 0; }
sample_events
awk -F '\t' -v OFS='\t' 'NR > 1 { $7 = "" } { print }' ev.tsv >nocust.tsv
mv nocust.tsv ev.tsv
head -n 1 ev.tsv >cols
tail -n +2 ev.tsv >body
{ cat cols; cat body body body; printf 'contact\tbad\n'; cat body body body; } >big.tsv
n=$((6 * $(wc -l <body) + 1))
summary="emp-score: $n events read, $((n - 1)) scored, 1 rejected; 0 reviews excluded by challenge"
msg="emp-score: big.tsv:$((3 * $(wc -l <body) + 2)): expected 32 fields, found 2"

# a short run on a terminal: no progress line
script -qec "emp-score -o scores.csv big.tsv" /dev/null >tty.out ||
    fail "emp-score on a terminal"
printf '%s\r\n%s\r\n' "$msg" "$summary" >want
check_file tty.out want

# every read: lines in place, wiped before the message and the summary
EMP_PROGRESS_INTERVAL=0 script -qec "emp-score -o scores.csv big.tsv" \
    /dev/null >tty.out || fail "emp-score on a terminal"
# one record per \r or \n
tr '\r' '\n' <tty.out | awk -v msg="$msg" -v summary="$summary" '
function bad(why) { printf "record %d: %s: [%s]\n", NR, why, $0; err = 1; exit 1 }
/^emp-score: [0-9]+ rows, [0-9.]+ MB\/s, [0-9]+% of big.tsv *$/ {
	if (wiped) bad("a line after a wipe before a message")
	lines++; drawn = 1; next
}
/^ +$/ { if (!drawn) bad("a wipe of nothing"); wiped = 1; drawn = 0; next }
$0 == msg || $0 == summary {
	if (lines > 0 && !wiped) bad("message without a wipe")
	if ($0 == summary) sum = 1; else m = 1
	wiped = 0; next
}
/^$/ { next }	# the \n of \r\n
{ bad("unexpected") }
END { if (err) exit 1; if (lines < 3 || !m || !sum) { print lines " lines, message " m ", summary " sum; exit 1 } }
' || fail "terminal progress: $(od -c tty.out | head -n 20)"

# a long name: every line within 79 columns
long=$(printf '%0100d' 0).tsv
cp big.tsv "$long"
EMP_PROGRESS_INTERVAL=0 script -qec "emp-score -o scores.csv $long" \
    /dev/null >tty.out || fail "emp-score on a terminal"
tr '\r' '\n' <tty.out | grep '^emp-score: [0-9]* rows' >lines
[ "$(wc -l <lines)" -ge 3 ] || fail "few lines: $(cat lines)"
awk 'length($0) != 79 { print "not 79 columns: [" $0 "]"; exit 1 }' lines ||
    fail "long lines"
