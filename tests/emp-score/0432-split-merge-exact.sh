#!/bin/sh
# Headerless shards merge exactly (issue 17): the sample call center's
# events, as TSV without the header line, cut by split -l into parts of
# 1 (the first 100 lines), 29, 333 and 1000 lines and one part of them
# all; every part scored with --partial --header @cols, the partial files
# merged, and the scores compared byte for byte with one pass over the
# events with their header.  Parts cut periods in two (checked: a week
# has sums in more than one part), the reviews of a QA evaluation and
# its agent's contacts land in different parts.  Whole outputs are
# compared, so whatever the scores hold (every metric, the index, the
# ranks) must come out the same.  Last, the page's own recipe (emp-score(1),
# Scaling out: pieces without a header line, their sums concatenated and
# merged) as it is written, with pieces of 500 lines.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" . >/dev/null
emp-ingest -q --decimal-comma --tsv qa.csv >qa.tsv 2>/dev/null
emp-ingest -q --tsv --agent-map agent-map.csv --tz America/New_York \
    amazon-connect.csv genesys.csv zendesk.csv five9.csv talkdesk.csv \
    pulse.csv roster.csv decisions.csv >ev.tsv 2>/dev/null
# in time order, as the recipes need for fcr (emp-score(1), Scaling out):
# the sample's redelivered contacts come a few hours late in the export
{ head -n 1 ev.tsv; { tail -n +2 ev.tsv; tail -n +2 qa.tsv; } |
    LC_ALL=C sort -s -t "$(printf '\t')" -k2,2; } >events.tsv
n=$(($(wc -l <events.tsv) - 1))
[ "$n" -gt 3000 ] || fail "only $n events"
head -n 1 events.tsv >cols
tail -n +2 events.tsv >body

for by in week day; do
	run 0 emp-score -q --by "$by" events.tsv
	mv out "one-$by.csv"
done
# split SIZE BY [INPUT]: the parts of INPUT (default: body), each scored
# on its own, merged: the scores of one pass over INPUT's events
shards() {
	rm -rf parts && mkdir parts
	split -l "$1" "${3:-body}" parts/p.
	for f in parts/p.*; do
		emp-score -q --partial --by "$2" --header @cols "$f" >"$f.sums" ||
		    fail "part $f of $1 lines"
	done
	run 0 emp-score --merge --by "$2" parts/p.*.sums
}
for size in 29 333 1000 100000; do
	shards "$size" week
	check_out one-week.csv
done
shards 1000 day
check_out one-day.csv
# a week in more than one part: the cut goes through periods
shards 333 week
awk -F, '$1 == "sum" { print FILENAME, $2 }' parts/p.*.sums | sort -u |
    awk '{ print $2 }' | sort | uniq -d >split-weeks
[ -s split-weeks ] || fail "no week has sums in two parts"
# one line a part: the first 100 events
head -n 100 body >body100
{ cat cols; cat body100; } >first100.tsv
run 0 emp-score -q --by week first100.tsv
mv out one100.csv
shards 1 week body100
[ "$(ls parts/p.*.sums | wc -l)" -eq 100 ] || fail "not 100 parts"
check_out one100.csv
# the page's recipe (emp-score(1), Scaling out), in pieces of 500 lines
mkdir page && cp events.tsv page/
awk '/^Pieces without a header line/ { on = 1 } on && /^\.Ed/ { exit }
    on && /^\$ / { print substr($0, 3) }' "$TESTS_DIR/../man/emp-score.1" |
    sed 's/\\-/-/g; s/\\e/\\/g; s/split -l 1000000/split -l 500/' >page/recipe.sh
[ "$(wc -l <page/recipe.sh)" -eq 4 ] || fail "recipe: $(cat page/recipe.sh)"
(cd page && sh -e recipe.sh) || fail "the page's recipe"
[ "$(ls page/piece.?? | wc -l)" -ge 6 ] || fail "few pieces"
run 0 emp-score -q events.tsv
check_file page/scores.csv out
