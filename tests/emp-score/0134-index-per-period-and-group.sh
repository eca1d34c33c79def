#!/bin/sh
# emp-score: percentiles, index and rank are computed within each period and
# group level separately: agents against agents, teams against teams, one
# month at a time.
#   2026-01: ana 80 < ben 90: 25 and 75; north 80 < south 90: 25 and 75
#   2026-02: ana and north alone: 50, rank 1
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,team,qa
qa,2026-01-10T09:00:00Z,ana,north,80
qa,2026-01-10T09:00:00Z,ben,south,90
qa,2026-02-10T09:00:00Z,ana,north,70
CSV
run 0 emp-score -g agent,team --by month -w qa=1 -m qa=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-01,agent,ana,north,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,80,1,,0,,0,0,0,,0,,0,,,0,,0,,25,qa,2
2026-01,agent,ben,south,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,90,1,,0,,0,0,0,,0,,0,,,0,,0,,75,qa,1
2026-01,team,north,north,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,80,1,,0,,0,0,0,,0,,0,,,0,,0,,25,qa,2
2026-01,team,south,south,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,90,1,,0,,0,0,0,,0,,0,,,0,,0,,75,qa,1
2026-02,agent,ana,north,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,70,1,,0,,0,0,0,,0,,0,,,0,,0,,50,qa,1
2026-02,team,north,north,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,70,1,,0,,0,0,0,,0,,0,,,0,,0,,50,qa,1
CSV
check_err <<'EOF'
emp-score: 3 events read, 3 scored, 0 rejected; 0 reviews excluded by challenge
EOF
