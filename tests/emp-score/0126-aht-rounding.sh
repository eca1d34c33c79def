#!/bin/sh
# emp-score: aht_s is rounded to 3 decimals half away from zero like every
# other mean, from the exact total handle time, not from a binary fraction.
#   ana: talk (1 + 2.001)/2 = 1.5005 exactly: talk_s 1.501; her hold_s and
#        acw_s are unknown, so no handle time is known: aht_s empty, n 0, and
#        she is not ranked (aht_s was 1.501 over 2, rank 1 of 2, index 75,
#        when aht_s was the sum of the parts' means)
#   ben: 300.25 + 10.125 + 20.0005 = 330.3755 exactly: aht_s 330.376,
#        acw_s 20.001; alone ranked, percentile 0.5: index 50, rank 1
#        (was 25, rank 2)
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,talk_s,hold_s,acw_s
contact,2026-03-02T09:00:00Z,ana,1,,
contact,2026-03-02T09:10:00Z,ana,2.001,,
contact,2026-03-02T09:00:00Z,ben,300.25,10.125,20.0005
CSV
run 0 emp-score -g agent -w aht_s=1 -m aht_s=1 -m talk_s=1 -m hold_s=1 -m acw_s=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,2,,0,1.501,2,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
all,agent,ben,,1,330.376,1,300.25,1,10.125,1,20.001,1,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,50,aht_s,1
CSV
check_err <<'EOF'
emp-score: 3 events read, 3 scored, 0 rejected; 0 reviews excluded by challenge
EOF
