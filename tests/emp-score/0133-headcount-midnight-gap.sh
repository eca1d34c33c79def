#!/bin/sh
# emp-score: headcount on a day whose midnight does not exist is taken at
# the day's first instant: in America/Santiago 2026-09-06 starts at 01:00
# -03 (04:00Z), so ana, hired at 03:30Z (2026-09-05 23:30 -04), is employed
# at the end of 09-05 and at the start of 09-06.
#   2026-09-05: 0 -> 1: 0.5, turnover empty
#   2026-09-06: 1 -> 1: 1, turnover 0
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
hire,2026-09-06T03:30:00Z,ana
contact,2026-09-06T12:00:00Z,ana
CSV
run 0 emp-score -g all --by day --tz America/Santiago in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-09-05,all,all,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,0.5,0,,,,
2026-09-06,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,1,0,0,,,
CSV
check_err <<'EOF'
emp-score: 2 events read, 2 scored, 0 rejected; 0 reviews excluded by challenge
EOF
