#!/bin/sh
# The GNU parallel recipes of emp-score(1), Scaling out, on this
# machine's cores, read from the page and run with small blocks (so that
# there are many): one TSV stream cut into blocks by --pipe with its
# header repeated (--header :), the same stream without its header line
# and --header @cols, and one job per file; each merged, the scores of
# one pass to the byte.  Skipped without GNU parallel (make check's
# scripts/install-deps test installs it).
. "${0%/*}/../lib.sh"

command -v parallel >/dev/null 2>&1 || { echo "skipped: no GNU parallel"; exit 0; }
parallel --version 2>/dev/null | grep -q 'GNU parallel' ||
    { echo "skipped: parallel is not GNU parallel"; exit 0; }
export HOME="$PWD"	# parallel's notices and state stay here
mkdir -p .parallel && : >.parallel/will-cite

sample_events
run 0 emp-score -q --by week events.tsv
mv out one.csv
page=$TESTS_DIR/../man/emp-score.1
# the page's line that starts with "$ parallel WHAT", without the "$ "
recipe() {
	grep "^\\\$ parallel $1" "$page" | head -n 1 | sed 's/^\$ //; s/\\-/-/g'
}
pipe=$(recipe '--pipe --header :')
[ -n "$pipe" ] || fail "no parallel --pipe recipe in emp-score.1"
# 100M blocks make one job of a small file: 20k make many
sh -c "$(printf '%s\n' "$pipe" | sed 's/--block 100M/--block 20k/')" || fail "$pipe"
[ "$(grep -c '^type,' sums.csv)" -ge 4 ] || fail "fewer than 4 blocks"
run 0 emp-score --merge --by week sums.csv
check_out one.csv
# without the header line, named by --header
head -n 1 events.tsv >cols
tail -n +2 events.tsv | parallel --pipe --block 20k \
    emp-score -q --partial --by week --header @cols >sums2.csv || fail "--header @cols"
run 0 emp-score --merge --by week sums2.csv
check_out one.csv
# one job per file: CSV files, cut between events
emp-ingest -q events.tsv >events.csv
head -n 1 events.csv >h
tail -n +2 events.csv >body
split -n l/3 body body.
for f in body.??; do cat h "$f" >"events-$f.csv"; done
perfile=$(recipe "'emp-score")
[ -n "$perfile" ] || fail "no parallel per-file recipe in emp-score.1"
sh -c "$perfile" || fail "$perfile"
run 0 emp-score --merge --by week events-*.csv.sums
check_out one.csv
