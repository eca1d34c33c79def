#!/bin/sh
# The reader's chunks (csv_reader_next_chunk(), split on any thread) give
# every record exactly as reading whole does: line, blank flag, error and
# fields, on generated inputs full of quotes, quoted line ends, CRLF, bare
# CR, blank lines, tabs and spreadsheet marks, cut into chunks of 1 to 64
# bytes, with a record length limit or not.  csvdump -r prints both.
. "${0%/*}/../lib.sh"

# 120 inputs of up to 200 bytes from a small alphabet (seeded: the same
# inputs every run); the last few with a NUL and a long line
awk 'BEGIN {
	srand(17)
	n = split("a b , , \" \" \n \n \r ; \t = \x27 x", al, " ")
	al[n + 1] = " "; al[n + 2] = "\n"; al[n + 3] = "\""; n += 3
	for (f = 1; f <= 120; f++) {
		len = int(rand() * 200)
		s = ""
		for (i = 0; i < len; i++)
			s = s al[int(rand() * n) + 1]
		file = sprintf("in%03d.csv", f)
		printf "%s", s > file
		close(file)
	}
}'
printf 'a,b\n1,x\0y\n"2\0",3\n' >in121.csv
printf 'a,b\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx,1\n"yyyyyyyyyyyyyyyyyyyyyy\nyyyyy",2\n3,4\n' >in122.csv
printf 'a\tb\n1\t"x\n2\t\\ty\n\n' >in123.csv

bad=0
for f in in*.csv; do
	for max in '' 16; do
		EMP_MAX_RECORD=$max csvdump -r "$f" >whole.out 2>whole.err
		echo "exit $?" >>whole.err
		for c in 1 2 7 64; do
			EMP_MAX_RECORD=$max csvdump -r -c $c "$f" >chunk.out \
			    2>chunk.err
			echo "exit $?" >>chunk.err
			if ! cmp -s whole.out chunk.out ||
			    ! cmp -s whole.err chunk.err; then
				echo "$f (chunks of $c, limit '$max') differs:"
				diff whole.out chunk.out | head -5
				bad=$((bad + 1))
			fi
		done
	done
done >diffs
[ "$bad" -eq 0 ] || { head -c 4000 diffs >&2; fail "$bad chunked reads differ"; }
# the inputs are not trivial: records over lines, broken records, too long
for f in in*.csv; do csvdump -r "$f"; EMP_MAX_RECORD=16 csvdump -r "$f"; done \
    >all.out 2>/dev/null
for what in 'misplaced quote' 'unterminated quoted field' \
    'record longer than 16 bytes' '\\n'; do
	grep -q -- "$what" all.out || fail "no input gives $what"
done
