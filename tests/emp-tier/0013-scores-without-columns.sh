#!/bin/sh
# emp-tier on a scorecard of emp-score --metrics (only the metrics it
# lists): each gate whose column is missing is unknown for want of the
# column, and its token says so ("? (no column in the scores)"), never
# that the agent needs more contacts; a gate on a listed metric reads as
# with the full scorecard.  With a second input that has the column, the
# evidence is that input's (n from it), not "no column".
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,team,hired,level,limit
ana,A,2025-01-06,1,25
CSV
awk 'BEGIN {
	print "kind,ts,agent,team,talk_s,resolved,transferred"
	for (d = 1; d <= 28; d++)
		for (i = 0; i < 3; i++)
			printf "contact,2026-02-%02dT%02d:00:00Z,ana,A,100,%d,0\n", \
			    d, 8 + i, (d + i) % 4 != 0
	print "kind,ts,agent,team,qa" >"qa.csv"
	for (d = 1; d <= 6; d++)
		printf "qa,2026-03-%02dT09:00:00Z,ana,A,9%d\n", d, d >"qa.csv"
}' >ev.csv
emp-score -q -b month ev.csv >feb.csv
emp-score -q -b month --metrics qa qa.csv >mar.csv
run 0 emp-tier -r roster.csv --as-of 2026-03-31 mar.csv
cut -d, -f9- out >got
check_file got <<'CSV'
action,reasons,blocked_by,window
hold,tenure 14.7>=0.5; resolved_rate ? (no column in the scores); transfer_rate ? (no column in the scores); csat_rate ? (no column in the scores); qa 93.5>=70 (n=6),resolved_rate ? (no column in the scores),2026-03
CSV
grep -q 'needs' out && fail "a token says more evidence is needed"
# February's full scores give resolved_rate and transfer_rate their
# evidence (a window of 62 days takes both months): 84 contacts, 63
# resolved (awk: (d + i) % 4 is 0 for 21), none transferred
emp-tier --print-policy | sed 's/^window 28$/window 62/' >policy
grep -q '^window 62$' policy || fail "no window line in the policy"
run 0 emp-tier -r roster.csv -p policy --as-of 2026-03-31 feb.csv mar.csv
cut -d, -f9- out >got
check_file got <<'CSV'
action,reasons,blocked_by,window
hold,tenure 14.7>=0.5; resolved_rate 0.75>=0.6 (n=84); transfer_rate 0<=0.2 (n=84); csat_rate ? (no column in the scores); qa 93.5>=70 (n=6),csat_rate ? (no column in the scores),2026-02..2026-03
CSV
