#!/bin/sh
# Lines without quotes are split 64 bytes a step with AVX-512 where the CPU
# has it (csv_set_simd(), $EMP_SIMD=0 turns it off): the records are those
# of the plain split, whole and in chunks, around the 64-byte steps (a
# delimiter or a spreadsheet mark at a step's edge, more than 32
# delimiters in a step, a quote far into a line) and on generated lines.
# On a CPU without AVX-512 both runs take the plain split.
. "${0%/*}/../lib.sh"

# the edges, and what they are: awk writes both
awk 'function rep(s, n,   r) { r = ""; while (n-- > 0) r = r s; return r }
BEGIN {
	a63 = rep("a", 63); x63 = rep("x", 63); y100 = rep("y", 100)
	print a63 ",b" >"edge.csv"
	print "1 0 - [\"" a63 "\",\"b\"]" >"edge.exp"
	print rep(",", 64) >"edge.csv"
	s = "2 0 - [\"\""; for (i = 0; i < 64; i++) s = s ",\"\""
	print s "]" >"edge.exp"
	print x63 ",\x27=1" >"edge.csv"
	print "3 0 - [\"" x63 "\",\"=1\"]" >"edge.exp"
	print y100 ",\"q\"" >"edge.csv"
	print "4 0 - [\"" y100 "\",\"q\"]" >"edge.exp"
	print rep("ab,", 100) "z" >"edge.csv"
	s = "5 0 - ["; for (i = 0; i < 100; i++) s = s "\"ab\","
	print s "\"z\"]" >"edge.exp"
	print rep("c", 64) >"edge.csv"
	print "6 0 - [\"" rep("c", 64) "\"]" >"edge.exp"
}'
for simd in 0 1; do
	for c in '' 7 64; do
		EMP_SIMD=$simd csvdump -r ${c:+-c $c} edge.csv >edge.out ||
		    fail "csvdump -r ${c:+-c $c} edge.csv (EMP_SIMD=$simd) failed"
		cmp -s edge.out edge.exp || {
			diff edge.exp edge.out | head -5 >&2
			fail "EMP_SIMD=$simd, chunks '$c': not the records"
		}
	done
done

# 150 inputs of lines of up to 300 bytes (seeded), mostly plain: commas,
# semicolons, tabs, marks, and now and then a quote, a CR or a NUL
awk 'BEGIN {
	srand(23)
	n = split("a b c , , , ; \t \x27 = 1 2", al, " ")
	for (f = 1; f <= 150; f++) {
		file = sprintf("in%03d.csv", f)
		lines = 1 + int(rand() * 6)
		for (l = 0; l < lines; l++) {
			len = int(rand() * 300)
			s = ""
			for (i = 0; i < len; i++) {
				r = rand()
				s = s (r < 0.003 ? "\"" : r < 0.005 ? "\r" : \
				    r < 0.006 ? "\x01" : al[int(rand() * n) + 1])
			}
			printf "%s\n", s > file
		}
		close(file)
	}
}'
bad=0
for f in in*.csv; do
	for c in '' 64 200 1000; do
		EMP_SIMD=0 csvdump -r ${c:+-c $c} "$f" >plain.out 2>plain.err
		echo "exit $?" >>plain.err
		EMP_SIMD=1 csvdump -r ${c:+-c $c} "$f" >simd.out 2>simd.err
		echo "exit $?" >>simd.err
		if ! cmp -s plain.out simd.out || ! cmp -s plain.err simd.err; then
			echo "$f (chunks '$c') differs:"
			diff plain.out simd.out | head -5
			bad=$((bad + 1))
		fi
	done
done >diffs
[ "$bad" -eq 0 ] || { head -c 4000 diffs >&2; fail "$bad reads differ"; }
# the inputs are not trivial: long lines, marks taken off, quotes
cat in*.csv | awk 'length > 200 { n++ } END { exit n < 50 }' ||
    fail "too few long lines"
for f in in*.csv; do csvdump -r "$f"; done >all.out 2>/dev/null
grep -q '"=' all.out || fail "no mark taken off"
grep -q 'misplaced quote\|unterminated' all.out || fail "no quote in a field"
