#!/bin/sh
# emp-score: a percentile is (number below + half the number equal, itself
# included) / count, and equal indexes share a rank (1, 2, 2, 4); a row
# without the metric has no index and no rank.
#   qa 70: 0.5/4 = 0.125; 80, 80: (1 + 2/2)/4 = 0.5; 90: (3 + 1/2)/4 = 0.875
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,qa
qa,2026-03-02T09:00:00Z,ana,80
qa,2026-03-02T09:00:00Z,ben,90
qa,2026-03-02T09:00:00Z,cara,70
qa,2026-03-02T09:00:00Z,dan,80
contact,2026-03-02T09:00:00Z,eve,
CSV
run 0 emp-score -g agent -w qa=1 -m qa=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,80,1,,0,,0,0,0,,0,,0,,,0,,0,,50,qa,2
all,agent,ben,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,90,1,,0,,0,0,0,,0,,0,,,0,,0,,87.5,qa,1
all,agent,cara,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,70,1,,0,,0,0,0,,0,,0,,,0,,0,,12.5,qa,4
all,agent,dan,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,80,1,,0,,0,0,0,,0,,0,,,0,,0,,50,qa,2
all,agent,eve,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 5 events read, 5 scored, 0 rejected; 0 reviews excluded by challenge
EOF
