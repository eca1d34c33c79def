#!/bin/sh
# emp-ingest: the output, the rejects file and every message are the same
# with 1, 2, 3 and 4 threads (EMP_THREADS), over inputs of many batches
# with rejected rows, duplicates and rows that give two events spread
# through them: each batch is converted apart, but committed in order.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" --rows 30000 . >/dev/null
# every 97th Five9 row broken, in two ways; the file repeated 20 times
awk 'NR == 1 { print; next } NR % 97 == 0 { print "x,\"y\"z"; next }
    NR % 89 == 0 { print $0 ",extra"; next } { print }' five9.csv >f1.csv
{
	cat f1.csv
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19; do
		tail -n +2 f1.csv
	done
} >f.csv
[ "$(wc -l <f.csv)" -gt 8000 ] || fail "too few rows: $(wc -l <f.csv)"
for t in 1 2 3 4; do
	export EMP_THREADS=$t
	run 0 emp-ingest --rejects rej.$t -T America/New_York amazon-connect.csv \
	    f.csv roster.csv
	mv out out.$t
	mv err err.$t
	cat amazon-connect.csv | run 0 emp-ingest --rejects rejs.$t -z - f.csv
	gzip -dc out >outs.$t
	mv err errs.$t
done
[ "$(wc -l <out.1)" -gt 30000 ] || fail "too few events"
[ "$(wc -l <rej.1)" -gt 100 ] || fail "too few rejects"
grep -q 'further rejected rows are not shown' err.1 || fail "no cap"
for t in 2 3 4; do
	for f in out rej err outs rejs errs; do
		cmp "$f.1" "$f.$t" >/dev/null || fail "$f differs with $t threads"
	done
done
