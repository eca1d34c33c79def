#!/bin/sh
# emp-score: --by month with --tz Europe/Berlin uses local months, with
# CET (+1) in winter and CEST (+2) from 2026-03-29: 2026-01-31T23:00:00Z is
# already February, 2026-03-31T22:00:00Z already April, and
# 2026-12-31T23:00:00Z already 2027-01.
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
contact,2026-01-31T22:59:59Z,ana
contact,2026-01-31T23:00:00Z,ana
contact,2026-03-31T21:59:59Z,ana
contact,2026-03-31T22:00:00Z,ana
contact,2026-12-31T22:59:59.999Z,ana
contact,2026-12-31T23:00:00Z,ana
CSV
run 0 emp-score --by month --tz Europe/Berlin -g all in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-01,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-02,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-03,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-04,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-12,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2027-01,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 6 events read, 6 scored, 0 rejected; 0 reviews excluded by challenge
EOF
