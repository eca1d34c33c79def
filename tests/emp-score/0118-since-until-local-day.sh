#!/bin/sh
# emp-score: --since and --until dates are local days in --tz: in New York
# 2026-03-08 runs from 05:00Z (EST) to 04:00Z the next morning (EDT), and
# --until 2026-03-08 ends there.
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
contact,2026-03-08T04:59:59Z,ana
contact,2026-03-08T05:00:00Z,ana
contact,2026-03-09T03:59:59Z,ana
contact,2026-03-09T04:00:00Z,ana
CSV
run 0 emp-score -g all --by day --tz America/New_York --since 2026-03-08 --until 2026-03-08 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-03-08,all,all,,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 4 events read, 2 scored, 0 rejected, 2 outside --since/--until; 0 reviews excluded by challenge
EOF
