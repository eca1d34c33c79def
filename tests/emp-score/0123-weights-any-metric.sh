#!/bin/sh
# emp-score: --weights replaces the default weights, and any metric that has
# a value can be weighted: with --weights csat=1 the index is the csat
# percentile alone (csat_rate, resolved_rate, qa... get weight 0).
#   csat ben 3 -> (0 + 1/2)/2 = 0.25, ana 5 -> (1 + 1/2)/2 = 0.75
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,csat,qa
survey,2026-03-02T09:00:00Z,ana,5,
survey,2026-03-02T09:00:00Z,ben,3,
qa,2026-03-02T09:00:00Z,ana,,50
qa,2026-03-02T09:00:00Z,ben,,90
CSV
run 0 emp-score -g agent --weights csat=1 -m csat=1 -m csat_rate=1 -m qa=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,1,5,1,1,1,0.2065,1,,0,50,1,,0,,0,0,0,,0,,0,,,0,,0,,75,csat,1
all,agent,ben,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,1,3,1,0,1,0,0.7935,,0,90,1,,0,,0,0,0,,0,,0,,,0,,0,,25,csat,2
CSV
check_err <<'EOF'
emp-score: 4 events read, 4 scored, 0 rejected; 0 reviews excluded by challenge
EOF
