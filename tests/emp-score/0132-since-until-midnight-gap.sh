#!/bin/sh
# emp-score: a local day whose midnight does not exist still has a start:
# in America/Santiago clocks go from 2026-09-06 00:00 -04 to 01:00 -03, so
# 2026-09-06 runs from 04:00Z to 03:00Z the next day, and --since/--until
# 2026-09-06 select exactly that (a valid date, not a usage error).
#   2026-09-06T03:59:59Z  2026-09-05 23:59:59 -04  out
#   2026-09-06T04:00:00Z  2026-09-06 01:00:00 -03  in
#   2026-09-07T02:59:59Z  2026-09-06 23:59:59 -03  in
#   2026-09-07T03:00:00Z  2026-09-07 00:00:00 -03  out
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
contact,2026-09-06T03:59:59Z,ana
contact,2026-09-06T04:00:00Z,ana
contact,2026-09-07T02:59:59Z,ana
contact,2026-09-07T03:00:00Z,ana
CSV
run 0 emp-score -g all --by day --tz America/Santiago --since 2026-09-06 --until 2026-09-06 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-09-06,all,all,,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 4 events read, 2 scored, 0 rejected, 2 outside --since/--until; 0 reviews excluded by challenge
EOF
