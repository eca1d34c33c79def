#!/bin/sh
# emp-score --header: the first line of a headerless piece is data, so
# its delimiter is the one that gives it as many fields as the header
# given (tab first), not the most frequent one: a TSV piece whose first
# comment holds more commas than the line has tabs, or semicolons as
# many, is read as TSV; a CSV piece with tabs in a quoted comment as CSV.
# Where no delimiter fits, the usual guess stands and the rows are
# rejected as before (with their line).
. "${0%/*}/../lib.sh"

T=$(printf '\t')
{
	printf 'contact%s2026-03-02T10:00:00Z%sa%sc1%sa, b, c, d, e, f, g\n' \
	    "$T" "$T" "$T" "$T"
	printf 'contact%s2026-03-02T11:00:00Z%sb%sc2%sok\n' "$T" "$T" "$T" "$T"
} >commas.tsv
printf 'contact%s2026-03-02T10:00:00Z%sa%sc1%sa;b;c;d\n' "$T" "$T" "$T" \
    "$T" >semis.tsv
printf 'contact,2026-03-02T10:00:00Z,a,c1,"x%sy%sz%sw%sv"\n' "$T" "$T" "$T" \
    "$T" >tabs.csv
for f in commas.tsv semis.tsv tabs.csv; do
	run 0 emp-score -g agent --header kind,ts,agent,customer,comment "$f"
	awk -F, 'NR > 1 { print $3 "," $5 }' out >"$f.got"
	grep -q ' 0 rejected' err || fail "$f: $(cat err)"
done
check_file commas.tsv.got <<'CSV'
a,1
b,1
CSV
check_file semis.tsv.got <<'CSV'
a,1
CSV
check_file tabs.csv.got <<'CSV'
a,1
CSV
# no delimiter gives 5 fields: the guess (comma) stands, the row is
# rejected with its line
printf 'contact,2026-03-02T10:00:00Z,a\n' >short.csv
run 0 emp-score -g agent --header kind,ts,agent,customer,comment short.csv
check_err <<'EOF2'
emp-score: short.csv:1: expected 5 fields, found 3
emp-score: 1 events read, 0 scored, 1 rejected; 0 reviews excluded by challenge
EOF2
