#!/bin/sh
# emp-score: --by quarter uses local quarters in --tz, here Asia/Kathmandu
# (+05:45 all year), whose midnight is at 18:15Z the day before.
#   2025-12-31T18:14:59Z      2025-12-31 23:59:59  2025-Q4
#   2026-01-01T00:00:00Z      2026-01-01 05:45     2026-Q1
#   2026-03-31T18:14:59.999Z  2026-03-31 23:59:59  2026-Q1
#   2026-03-31T18:15:00Z      2026-04-01 00:00     2026-Q2
#   2026-06-30T18:15:00Z      2026-07-01 00:00     2026-Q3
#   2026-09-30T18:14:59Z      2026-09-30 23:59:59  2026-Q3
#   2026-09-30T18:15:00Z      2026-10-01 00:00     2026-Q4
#   2026-12-31T18:15:00Z      2027-01-01 00:00     2027-Q1
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
contact,2026-03-31T18:14:59.999Z,ana
contact,2026-03-31T18:15:00Z,ana
contact,2026-01-01T00:00:00Z,ana
contact,2025-12-31T18:14:59Z,ana
contact,2026-06-30T18:15:00Z,ana
contact,2026-09-30T18:14:59Z,ana
contact,2026-09-30T18:15:00Z,ana
contact,2026-12-31T18:15:00Z,ana
CSV
run 0 emp-score --by quarter --tz Asia/Kathmandu -g all in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2025-Q4,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-Q1,all,all,,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-Q2,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-Q3,all,all,,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-Q4,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2027-Q1,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 8 events read, 8 scored, 0 rejected; 0 reviews excluded by challenge
EOF
