#!/bin/sh
# emp-tier: the same events given as scores (emp-score's default minimum
# samples, so several weeks leave a value empty) and as a partial file
# (exact sums) give the same judgments on rates: a rate left empty in the
# scores is recovered exactly from its count and Wilson bounds.  A mean
# left empty (qa below 3 evaluations) cannot be recovered: with a qa gate,
# one warning says how many observations were lost, and that count is
# recomputed here from the partial's qa_n of the weeks where the scores
# leave qa empty.  Four agents, four weeks (2026-W07..2026-W10, the whole
# 28-day window), made by awk with counts that straddle the minimums.
. "${0%/*}/../lib.sh"

awk 'BEGIN { OFS = ","
	print "kind,ts,agent,team,id,contact,resolved,transferred,csat,qa"
	split("2026-02-09 2026-02-16 2026-02-23 2026-03-02", wk, " ")
	for (i = 1; i <= 4; i++) for (w = 1; w <= 4; w++) {
		n = (i * 7 + w * 3) % 25 + 5
		for (j = 1; j <= n; j++) print "contact",
		    wk[w] "T10:" sprintf("%02d", j) ":00Z", "a" i, "T",
		    "C" ++id, "", (j % 3 ? "true" : "false"),
		    (j % 7 ? "false" : "true"), "", ""
		m = (i + w * 5) % 13 + 1
		for (j = 1; j <= m; j++) print "survey",
		    wk[w] "T11:" sprintf("%02d", j) ":00Z", "a" i, "T",
		    "S" ++sid, "", "", "", (j % 4 ? 5 : 2), ""
		q = (i + w) % 5
		for (j = 1; j <= q; j++) print "qa",
		    wk[w] "T12:" sprintf("%02d", j) ":00Z", "a" i, "T",
		    "Q" ++qid, "", "", "", "", 60 + 7 * j + i
	} }' >events.csv
emp-score -q --by week -g agent events.csv >scores.csv
emp-score -q --partial --by week -g agent events.csv >partial.csv
cat >roster.csv <<'EOF'
agent,team,hired,level,limit
a1,T,2025-01-05,1,25
a2,T,2025-01-05,1,25
a3,T,2025-01-05,1,25
a4,T,2025-01-05,1,25
EOF
cat >rates.txt <<'EOF'
level 1 One
	limits 25 50
	sample 20
	min resolved_rate 0.6
	max transfer_rate 0.2
	min csat_rate 0.7 n=10
level 2 Two
	limits 50 100
	tenure 2
	sample 40
	min resolved_rate 0.65
	max transfer_rate 0.15
	min csat_rate 0.8 n=20
EOF
# the scores must leave rates empty (or the test proves nothing)
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
$c["resolved_rate"] == "" && $c["resolved_rate_n"] > 0 { f++ }
$c["csat_rate"] == "" && $c["csat_rate_n"] > 0 { s++ }
END { exit !(f >= 4 && s >= 4) }' scores.csv || fail "no empty rates: a weak test"

run 0 emp-tier -r roster.csv -p rates.txt scores.csv
cp out from-scores.csv
cp err from-scores.err
run 0 emp-tier -r roster.csv -p rates.txt partial.csv
check_out from-scores.csv
check_err from-scores.err
# a1's pooled resolved_rate is over every contact of the four weeks (15+18+21+24)
grep -q '^a1,.*resolved_rate [0-9.]*[<>=]*[0-9.]* (n=78[,)]' out || fail "a1's resolved_rate not over n=78"

# qa: lost observations in the scores, none in the partial
printf '\tmin qa 70 n=3\n' >qa.txt
sed '/^	min csat_rate 0.7 n=10$/r qa.txt' rates.txt >withqa.txt
grep -q 'min qa 70' withqa.txt || fail "withqa.txt not made"
lost=$(awk -F, 'FNR == 1 { for (i = 1; i <= NF; i++) c[FILENAME, $i] = i; next }
FILENAME == "scores.csv" && $c[FILENAME, "group"] == "agent" &&
    $c[FILENAME, "qa"] == "" { empty[$c[FILENAME, "period"], $c[FILENAME, "key"]] = 1 }
FILENAME == "partial.csv" && $c[FILENAME, "type"] == "sum" &&
    $c[FILENAME, "group"] == "agent" &&
    (($c[FILENAME, "period"] SUBSEP $c[FILENAME, "key"]) in empty) { n += $c[FILENAME, "qa_n"] }
END { print n + 0 }' scores.csv partial.csv)
[ "$lost" -gt 0 ] || fail "no qa lost: a weak test"
run 0 emp-tier -q -r roster.csv -p withqa.txt scores.csv
check_err <<EOF
emp-tier: $lost observations of means are in periods where the scores leave the value empty (below emp-score's minimum sample) and are not in the evidence: give emp-tier a partial file (emp-score --partial) to use them
EOF
run 0 emp-tier -q -r roster.csv -p withqa.txt partial.csv
check_err </dev/null
