#!/bin/sh
# emp-challenge candidates: the precision and recall of the built-in
# rules on the labelled comments of corpus/ (README there) are the ones
# emp-challenge(1) states, counted here independently of the program:
# each comment is a negative survey (csat 1); a comment labelled with a
# cause must come out (with that cause), one labelled "-" must not.
# The intervals are Wilson's at 95%.  A change of the rules or of the
# corpus fails here until the page says the new numbers.
. "${0%/*}/../lib.sh"

corpus=$TESTS_DIR/emp-challenge/corpus
page=$TESTS_DIR/../man/emp-challenge.1

for set in comments heldout; do
	awk -F'\t' 'BEGIN { print "kind,ts,agent,id,csat,reason,comment" }
	{ c = $2; gsub(/"/, "\"\"", c)
	  printf "survey,2026-03-02T09:00:00Z,ana,C%d,1,,\"%s\"\n", NR, c }' \
	    "$corpus/$set.tsv" >ev.csv
	run 0 emp-challenge candidates -t ev.csv
	check_err </dev/null
	# the review and the cause (the last field but one) of each candidate
	awk -F'\t' 'NR > 1 { print substr($1, 2) "\t" $(NF - 1) }' out >got
	[ "$(wc -l <got)" -gt 0 ] || fail "$set: no candidate at all"
	want=$(awk -F'\t' '
	function wilson(k, n,    z, p, d, c, h) {
		z = 1.959964; p = k / n; d = 1 + z * z / n
		c = (p + z * z / (2 * n)) / d
		h = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
		return sprintf("%.2f to %.2f", c - h, c + h)
	}
	FNR == NR { cause[$1] = $2; next }
	{ lab[FNR] = $1 }
	END {
		for (i = 1; i <= FNR; i++) {
			if (lab[i] != "-")
				pos++
			if (!(i in cause))
				continue
			if (lab[i] == "-")
				fp++
			else {
				tp++
				if (cause[i] == lab[i])
					same++
			}
		}
		printf "precision %.2f (%d of %d; %s), ", tp / (tp + fp), tp,
		    tp + fp, wilson(tp, tp + fp)
		printf "recall %.2f (%d of %d; %s), ", tp / pos, tp, pos,
		    wilson(tp, pos)
		printf "cause as labelled for %d of %d\n", same, tp
	}' got "$corpus/$set.tsv")
	# the line after ".It Pa corpus/SET.tsv" in the page
	said=$(sed -n "/^\\.It Pa corpus\\/$set\\.tsv\$/{n;p;}" "$page")
	case $said in
	*"$want"*) ;;
	*) fail "$set: counted: $want; emp-challenge(1) says: $said" ;;
	esac
	# and the size of the set, the line after
	size=$(awk -F'\t' '{ n[$1 == "-"]++ }
	    END { printf "These %d + %d comments", n[0], n[1] }' \
	    "$corpus/$set.tsv")
	sed -n "/^\\.It Pa corpus\\/$set\\.tsv\$/{n;n;p;}" "$page" | grep -F "$size" >/dev/null ||
	    fail "$set: emp-challenge(1) does not say: $size"
done
