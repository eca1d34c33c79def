#!/bin/sh
# emp-score: --since and --until also take ISO times, with a zone: --since
# keeps events at or after it, --until events before it
# (2026-03-02T12:00:00-05:00 is 17:00Z).
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
contact,2026-03-02T08:59:59Z,ana
contact,2026-03-02T09:00:00Z,ana
contact,2026-03-02T16:59:59Z,ana
contact,2026-03-02T17:00:00Z,ana
CSV
run 0 emp-score -g all --since 2026-03-02T09:00:00Z --until 2026-03-02T12:00:00-05:00 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,all,all,,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 4 events read, 2 scored, 0 rejected, 2 outside --since/--until; 0 reviews excluded by challenge
EOF
