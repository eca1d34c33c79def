#!/bin/sh
# emp-score: --by week gives ISO 8601 weeks (Monday to Sunday, the year of
# the week's Thursday): 2025-12-29 is in 2026-W01, 2026-12-31 and
# 2027-01-01 are both in 2026-W53, 2027-01-04 starts 2027-W01; 2024-12-30
# is in 2025-W01 and 2021-01-03 in 2020-W53.
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
contact,2026-12-31T23:30:00Z,ana
contact,2025-12-29T08:00:00Z,ana
contact,2027-01-01T00:30:00Z,ana
contact,2026-01-04T23:59:59Z,ana
contact,2026-01-05T00:00:00Z,ana
contact,2026-12-28T08:00:00Z,ana
contact,2027-01-03T23:59:59Z,ana
contact,2027-01-04T00:00:00Z,ana
contact,2024-12-30T08:00:00Z,ana
contact,2021-01-03T12:00:00Z,ana
CSV
run 0 emp-score --by week -g all in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2020-W53,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2025-W01,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-W01,all,all,,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-W02,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-W53,all,all,,4,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2027-W01,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 10 events read, 10 scored, 0 rejected; 0 reviews excluded by challenge
EOF
