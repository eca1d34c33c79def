#!/bin/sh
# emp-score: surveys counts the events of any kind with csat or nps known
# (a contact may carry its survey); csat is the mean csat, csat_rate the
# share of csat >= 4, nps is 100 * (promoters 9-10 - detractors 0-6) / n
# with 7 and 8 passive.  A survey with neither value is no survey.
#   csat 5,4,3,1,2,4: mean 19/6 = 3.167, rate 3/6 = 0.5 [0.1876, 0.8124]
#   nps 10,9,8,6,9,7,0: 3 promoters, 2 detractors: 100/7 = 14.3
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,csat,nps
survey,2026-03-02T09:00:00Z,ana,5,10
survey,2026-03-02T09:10:00Z,ana,4,9
survey,2026-03-02T09:20:00Z,ana,3,8
survey,2026-03-02T09:30:00Z,ana,1,6
survey,2026-03-02T09:40:00Z,ana,2,
survey,2026-03-02T09:50:00Z,ana,,9
contact,2026-03-02T10:00:00Z,ana,4,7
survey,2026-03-02T10:10:00Z,ana,,0
survey,2026-03-02T10:20:00Z,ana,,
CSV
run 0 emp-score -g all -w csat_rate=3,nps=1 -m csat=1 -m csat_rate=1 -m nps=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,8,3.167,6,0.5,6,0.1876,0.8124,14.3,7,,0,,0,,0,0,0,,0,,0,,,0,,0,,50,csat_rate;nps,1
CSV
check_err <<'EOF'
emp-score: 9 events read, 9 scored, 0 rejected; 0 reviews excluded by challenge
EOF
