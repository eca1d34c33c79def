#!/bin/sh
# emp-score: event columns are found by name, in any order, and columns
# that are not event columns are ignored.
#   csat 5, 4: 4.5, rate 2/2 [0.3424, 1]; qa 90
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
note,qa,agent,csat,ts,kind
"hello, world",,ana,5,2026-03-02T09:00:00Z,survey
3,,ana,4,2026-03-02T09:10:00Z,survey
x,90,ana,,2026-03-02T09:20:00Z,qa
CSV
run 0 emp-score -g all -w csat_rate=1,qa=1 -m csat=1 -m csat_rate=1 -m qa=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,all,all,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,2,4.5,2,1,2,0.3424,1,,0,90,1,,0,,0,0,0,,0,,0,,,0,,0,,50,csat_rate;qa,1
CSV
check_err <<'EOF'
emp-score: 3 events read, 3 scored, 0 rejected; 0 reviews excluded by challenge
EOF
