#!/bin/sh
# emp-tier --impact: the same events given as scores (emp-score's
# minimum samples leave some weekly rates empty: recovered from their
# Wilson bounds) and as a partial file (exact sums) give the same impact
# rows for the rates, with estimates in them.  (A mean left empty in the
# scores is lost, not recovered: csat is not compared; emp-impact(5) says
# to give partial files.)
. "${0%/*}/../lib.sh"

awk 'BEGIN { OFS = ","
	print "kind,ts,agent,team,id,resolved,csat"
	split("2026-01-05 2026-01-12 2026-01-19 2026-01-26 2026-02-02 " \
	    "2026-02-09", wk, " ")
	for (i = 1; i <= 9; i++) for (w = 1; w <= 6; w++) {
		n = (i * 7 + w * 3) % 19 + 8
		for (j = 1; j <= n; j++) print "contact",
		    wk[w] "T10:" sprintf("%02d", j) ":00Z", "a" i,
		    i <= 3 ? "P" : "Q", "C" ++id, ((j + i) % 3 ? "true" : \
		    "false"), ""
		m = (i * 5 + w * 7) % 11 + 4
		for (j = 1; j <= m; j++) print "survey",
		    wk[w] "T11:" sprintf("%02d", j) ":00Z", "a" i,
		    i <= 3 ? "P" : "Q", "S" ++sid, "",
		    ((j + (w >= 4 && i <= 3 ? 1 : 0) * j + i) % 4 ? 5 : 2)
	} }' >events.csv
emp-score -q --by week -g agent events.csv >scores.csv
emp-score -q --partial --by week -g agent events.csv >partial.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
$c["csat_rate"] == "" && $c["csat_rate_n"] > 0 { s++ }
END { exit !(s >= 4) }' scores.csv || fail "no empty rates: a weak test"
{
	echo "agent,team,level,limit,effective"
	for i in 1 2 3 4 5 6 7 8 9; do
		echo "a$i,$( [ $i -le 3 ] && echo P || echo Q),1,25,"
	done
	echo "a1,P,2,50,2026-01-19"
	echo "a2,P,2,50,2026-01-19"
	echo "a3,P,1,50,2026-01-19"
} >roster.csv
run 0 emp-tier -q -r roster.csv --impact --impact-window 21 scores.csv
grep -v ',csat,' out >scores.out
run 0 emp-tier -q -r roster.csv --impact --impact-window 21 partial.csv
grep -v ',csat,' out >partial.out
check_file partial.out scores.out
[ "$(wc -l <scores.out)" -eq 16 ] || fail "not 15 rows of rates"
grep -q '^authority,all,all,,csat_rate,2026-01-19,2026-W02..2026-W03,2026-W04..2026-W06,3,6,[0-9]*,[0-9]*,[0-9.]*,[0-9.]*,[0-9.]*,[0-9.]*,[-0-9.]*,[-0-9.]*,[-0-9.]*,$' out ||
    fail "no estimate of csat_rate"
