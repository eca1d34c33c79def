#!/bin/sh
# emp-score --merge: a sum row that --partial cannot have written is
# refused with file:line and what is wrong, and nothing is written (a
# crafted partial printed a resolved_rate of 15.15, or -nan): a rate's count above
# its sample (res_y > res_n, fcr_y > fcr_n), a negative sum, a CSAT sum outside 1-5
# times its sample, promoters and detractors above nps_n.  The file as
# made merges.
. "${0%/*}/../lib.sh"

cat >ev.csv <<'EOF2'
kind,ts,agent,team,talk_s,resolved,csat,nps
contact,2026-01-05T08:00:00Z,ana,Billing,300,1,,
contact,2026-01-05T09:00:00Z,ana,Billing,200,0,,
survey,2026-01-05T10:00:00Z,ana,Billing,,,4,9
EOF2
run 0 emp-score -q --by week -g agent --partial ev.csv
mv out good.part
run 0 emp-score -q --by week -g agent --merge good.part
# set column NAME of the sum rows to VALUE
craft() {	# craft NAME VALUE OUT
	awk -F, -v OFS=, -v name="$1" -v val="$2" '
	    NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) c = i }
	    $1 == "sum" { $c = val } { print }' good.part >"$3"
}
craft res_y 33 fcr.part
run 1 emp-score --by week -g agent --merge fcr.part
check_out </dev/null
check_err <<'EOF2'
emp-score: fcr.part:5: sum 'res_y' is greater than 'res_n'
emp-score: nothing written: the partial files could not all be merged
EOF2
craft fcr_y 1 fcry.part
run 1 emp-score --by week -g agent --merge fcry.part
check_err <<'EOF2'
emp-score: fcry.part:5: sum 'fcr_y' is greater than 'fcr_n'
emp-score: nothing written: the partial files could not all be merged
EOF2
craft talk -5 neg.part
run 1 emp-score --by week -g agent --merge neg.part
check_err <<'EOF2'
emp-score: neg.part:5: sum 'talk' is negative
emp-score: nothing written: the partial files could not all be merged
EOF2
craft csat 9000000 csat.part
run 1 emp-score --by week -g agent --merge csat.part
check_err <<'EOF2'
emp-score: csat.part:5: sum 'csat' is outside its scale times 'csat_n'
emp-score: nothing written: the partial files could not all be merged
EOF2
craft nps_det 1 nps.part
run 1 emp-score --by week -g agent --merge nps.part
check_err <<'EOF2'
emp-score: nps.part:5: sums 'nps_pro' and 'nps_det' are greater than 'nps_n'
emp-score: nothing written: the partial files could not all be merged
EOF2
# the same partial twice (by name or through a link) would count twice
ln good.part link.part
run 1 emp-score --by week -g agent --merge good.part link.part
check_out </dev/null
check_err <<'EOF2'
emp-score: link.part: the same file as good.part, merged already: its sums would count twice
emp-score: nothing written: the partial files could not all be merged
EOF2
