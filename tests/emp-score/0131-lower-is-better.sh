#!/bin/sh
# emp-score: lower is better for transfer_rate and decision_escalated: their
# percentile is 1 - (below + equal/2) / count.
#   transfer_rate: ana 0 -> 1 - 0.25 = 0.75, ben 1 -> 1 - 0.75 = 0.25
#   decision_escalated: ana 1 -> 0.25, ben 0 -> 0.75
#   ana (1*0.75 + 3*0.25)/4 = 37.5; ben (1*0.25 + 3*0.75)/4 = 62.5
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,escalated,transferred
contact,2026-03-02T09:00:00Z,ana,,0
contact,2026-03-02T09:10:00Z,ana,,0
decision,2026-03-02T09:20:00Z,ana,1,
contact,2026-03-02T09:00:00Z,ben,,1
contact,2026-03-02T09:10:00Z,ben,,1
decision,2026-03-02T09:20:00Z,ben,0,
CSV
run 0 emp-score -g agent -w transfer_rate=1,decision_escalated=3 -m transfer_rate=1 -m decision_escalated=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,0,2,0,0.6576,0,,0,,0,,,,0,,0,,0,,0,1,0,,0,1,1,0.2065,1,0,,0,,37.5,transfer_rate;decision_escalated,2
all,agent,ben,,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,1,2,0.3424,1,0,,0,,0,,,,0,,0,,0,,0,1,0,,0,0,1,0,0.7935,0,,0,,62.5,transfer_rate;decision_escalated,1
CSV
check_err <<'EOF'
emp-score: 6 events read, 6 scored, 0 rejected; 0 reviews excluded by challenge
EOF
