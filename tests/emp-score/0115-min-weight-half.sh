#!/bin/sh
# emp-score: by default (--min-weight 0.5) a row gets an index only when its
# metrics with a value carry at least half of the total weight: with
# csat_rate 3 and qa 2, cara (qa alone: 2 of 5) is neither indexed nor
# ranked, but her qa still counts in the others' qa percentiles.
#   csat_rate: ben 1/2 -> 0.25, ana 2/2 -> 0.75 (cara 1 survey < 2)
#   qa:        ana 80, cara 80 -> 1/3, ben 90 -> 5/6
#   ana (3*0.75 + 2*1/3) / 5: 58.3, rank 1; ben (3*0.25 + 2*5/6) / 5: 48.3
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,csat,qa
survey,2026-03-02T09:00:00Z,ana,5,
survey,2026-03-02T09:01:00Z,ana,5,
qa,2026-03-03T09:00:00Z,ana,,80
survey,2026-03-02T10:00:00Z,ben,5,
survey,2026-03-02T10:01:00Z,ben,1,
qa,2026-03-03T10:00:00Z,ben,,90
survey,2026-03-02T11:00:00Z,cara,5,
qa,2026-03-03T11:00:00Z,cara,,80
CSV
run 0 emp-score -g agent -w csat_rate=3,qa=2 -m csat=2 -m csat_rate=2 -m qa=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,2,5,2,1,2,0.3424,1,,0,80,1,,0,,0,0,0,,0,,0,,,0,,0,,58.3,csat_rate;qa,1
all,agent,ben,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,2,3,2,0.5,2,0.0945,0.9055,,0,90,1,,0,,0,0,0,,0,,0,,,0,,0,,48.3,csat_rate;qa,2
all,agent,cara,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,1,,1,,1,0.2065,1,,0,80,1,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 8 events read, 8 scored, 0 rejected; 0 reviews excluded by challenge
EOF

# a share that is not a number from 0 to 1 is refused, NaN included (it
# compared false with both bounds and emptied every index)
for w in nan NaN -nan 1.5 -0.1 inf x; do
	run 2 emp-score --min-weight "$w" in.csv
	check_out </dev/null
	check_err <<EOF2
emp-score: invalid --min-weight '$w': use a fraction from 0 to 1
Try 'emp-score --help' for more information.
EOF2
done
