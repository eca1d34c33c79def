#!/bin/sh
# emp-score: resolved_rate (the disposition flag, a proxy of fcr) is the
# share resolved among contacts whose resolved is known (an empty
# resolved is neither a 1 nor a 0); fcr is empty with n 0 (no customer
# column: no repeat-contact measure); no_escalation is the
# share resolved and neither escalated nor transferred, over the same
# contacts; transfer_rate is over the contacts whose transferred is known.
# Each rate has its Wilson 95% bounds.
#   resolved_rate: lines 2,3,4,5,7 known, 2,3,4,7 resolved: 4/5 = 0.8 [0.3755, 0.9638]
#   no_escalation: 2 and 7 of those 5: 2/5 = 0.4 [0.1176, 0.7693]
#   transfer_rate: lines 2-6,8 known, 4 and 6 transferred: 2/6 [0.0968, 0.7]
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,resolved,escalated,transferred
contact,2026-03-02T09:00:00Z,ana,1,0,0
contact,2026-03-02T09:10:00Z,ana,1,1,0
contact,2026-03-02T09:20:00Z,ana,1,,1
contact,2026-03-02T09:30:00Z,ana,0,0,0
contact,2026-03-02T09:40:00Z,ana,,0,1
contact,2026-03-02T09:50:00Z,ana,1,,
contact,2026-03-02T10:00:00Z,ana,,,0
CSV
run 0 emp-score -g all -w resolved_rate=3,no_escalation=2,transfer_rate=1 -m resolved_rate=1 -m no_escalation=1 -m transfer_rate=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,all,all,,7,,0,,0,,0,,0,,0,,0,,,0.8,5,0.3755,0.9638,0.4,5,0.1176,0.7693,0.3333,6,0.0968,0.7,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,50,resolved_rate;no_escalation;transfer_rate,1
CSV
check_err <<'EOF'
emp-score: 7 events read, 7 scored, 0 rejected; 0 reviews excluded by challenge
EOF
