#!/bin/sh
# emp-score: with --by week, headcount is taken at the Mondays that bound
# the ISO week, including 2026-W53 (2026-12-28 to 2027-01-04); an exit at
# the very start of a week is in that week and still employed at its start.
#   2026-W52: 0 -> 1 (ana hired Sunday 12-27): 0.5, turnover empty
#   2026-W53: 1 -> 2 (ben hired Sunday 2027-01-03): 1.5, turnover 0
#   2027-W01: 2 -> 1 (ana left Monday 00:00): 1.5, 1 exit: 0.6667
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
hire,2026-12-27T12:00:00Z,ana
contact,2026-12-31T10:00:00Z,ana
exit,2027-01-04T00:00:00Z,ana
hire,2027-01-03T23:59:59Z,ben
CSV
run 0 emp-score --by week -g all in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-W52,all,all,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,0.5,0,,,,
2026-W53,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,1.5,0,0,,,
2027-W01,all,all,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,1.5,1,0.6667,,,
CSV
check_err <<'EOF'
emp-score: 4 events read, 4 scored, 0 rejected; 0 reviews excluded by challenge
EOF
