#!/bin/sh
# emp-score: headcount counts the agents employed at the local midnights
# that bound each day in --tz, so on 2026-03-08 (23 hours in New York) the
# day runs from 05:00Z to 04:00Z the next morning.
#   2026-03-07 (05:00Z-05:00Z): 0 -> 2 (ben, cara hired 03-07 23:30 EST): 1
#   2026-03-08 (05:00Z-04:00Z): 2 -> 1 (ben left 03-08 23:30 EDT; dan, hired
#       at 04:30Z, is on 03-09): 1.5, 1 exit: 0.6667
#   2026-03-09 (04:00Z-04:00Z): 1 -> 2: 1.5, turnover 0
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
contact,2026-03-08T04:30:00Z,ana
hire,2026-03-08T04:30:00Z,ben
hire,2026-03-08T04:30:00Z,cara
exit,2026-03-09T03:30:00Z,ben
hire,2026-03-09T04:30:00Z,dan
contact,2026-03-09T04:30:00Z,ana
CSV
run 0 emp-score --by day --tz America/New_York -g all in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-03-07,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,1,0,0,,,
2026-03-08,all,all,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,1.5,1,0.6667,,,
2026-03-09,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,1.5,0,0,,,
CSV
check_err <<'EOF'
emp-score: 6 events read, 6 scored, 0 rejected; 0 reviews excluded by challenge
EOF
