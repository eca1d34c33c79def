#!/bin/sh
# emp-score: --since leaves earlier events out of the scores, but not out of
# the staff: agents hired before --since are still employed at the start of
# the first period.  With the roster's hires in 2023 and 2024:
#   2026-02: ana and ben employed on 02-01, ana alone on 03-01: 1.5;
#   ben's exit: 1/1.5 = 0.6667 (not 0 -> -1 = -0.5)
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
hire,2024-09-16T00:00:00Z,ana
hire,2023-01-09T00:00:00Z,ben
exit,2026-02-27T00:00:00Z,ben
contact,2026-02-10T09:00:00Z,ana
CSV
run 0 emp-score -g all --by month --since 2026-02-01 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-02,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,1.5,1,0.6667,,,
CSV
check_err <<'EOF'
emp-score: 4 events read, 2 scored, 0 rejected, 2 outside --since/--until; 0 reviews excluded by challenge
EOF
