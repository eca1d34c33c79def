#!/bin/sh
# emp-score: --since DATE keeps events from that day's midnight, --until
# DATE keeps events up to the end of that day; events outside are not
# scored and are counted in the summary.
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
contact,2026-03-01T23:59:59Z,ana
contact,2026-03-02T00:00:00Z,ana
contact,2026-03-02T12:00:00Z,ana
contact,2026-03-03T23:59:59.999Z,ana
contact,2026-03-04T00:00:00Z,ana
CSV
run 0 emp-score -g all --since 2026-03-02 --until 2026-03-03 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,all,all,,3,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 5 events read, 3 scored, 0 rejected, 2 outside --since/--until; 0 reviews excluded by challenge
EOF
