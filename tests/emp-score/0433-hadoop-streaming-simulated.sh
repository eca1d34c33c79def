#!/bin/sh
# The Hadoop Streaming recipe of emp-score(1), Scaling out, simulated:
# the events cut into splits at line ends by bytes (split -n l/N, as
# TextInputFormat cuts a file; the first split holds the header line when
# the file has one), the mapper of the page on each split, the shuffle
# (the mappers' lines sorted by their first field, reversed, as the job's
# KeyFieldBasedComparator -k1,1r does, the order within a key arbitrary),
# the reducer of the page: the scores of one pass, to the byte.  Also
# without the shuffle (the partials concatenated), and Spark's way (the
# header as a list).  The mapper and reducer lines are read from the page.
. "${0%/*}/../lib.sh"

sample_events
head -n 1 events.tsv >cols
tail -n +2 events.tsv >body
# the job's mapper and reducer, as the page gives them
page=$TESTS_DIR/../man/emp-score.1
line=$(grep '^\$ mapred streaming ' "$page") ||
    fail "no mapred streaming line in emp-score.1"
mapper=$(printf '%s\n' "$line" | sed "s/.* -mapper '\([^']*\)'.*/\1/")
reducer=$(printf '%s\n' "$line" | sed "s/.* -reducer '\([^']*\)'.*/\1/")
[ "$mapper" = "emp-score -q --tsv --partial --header @cols --by week" ] ||
    fail "mapper: $mapper"
[ "$reducer" = "emp-score --tsv --merge --by week" ] || fail "reducer: $reducer"
printf '%s\n' "$line" | grep -q -- '-D mapreduce.partition.keycomparator.options=-k1,1r ' ||
    fail "the job does not sort the keys reversed"

run 0 emp-score -q --tsv --by week events.tsv
mv out one.tsv
tab=$(printf '\t')
# job INPUT SPLITS: map, shuffle, reduce
job() {
	rm -rf splits && mkdir splits
	split -n "l/$2" "$1" splits/s.
	for f in splits/s.*; do
		sh -c "$mapper" <"$f" >"$f.out" || fail "mapper on $f"
	done
	cat splits/s.*.out | sort -t "$tab" -k1,1r >shuffled
	run 0 sh -c "$reducer" <shuffled
	check_out one.tsv
	# the partials as they are, one after the other
	cat splits/s.*.out | sh -c "$reducer" >out2 || fail "reducer on cat"
	check_file out2 one.tsv
}
# the events without their header line, as the page puts them in HDFS
job body 4
job body 13
# with it: the first split holds the header line
job events.tsv 5
[ "$(head -n 1 splits/s.aa)" = "$(cat cols)" ] || fail "no header in split 1"
# Spark: the header as a list
for f in splits/s.??; do
	emp-score -q --tsv --partial --header "$(tr '\t' , <cols)" --by week \
	    <"$f" || fail "spark on $f"
done >parts
run 0 emp-score --tsv --merge --by week parts
check_out one.tsv
