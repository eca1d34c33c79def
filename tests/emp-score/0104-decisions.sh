#!/bin/sh
# emp-score: decisions counts decision events, decision_amount sums their
# amounts, decision_s is the mean over those with decision_s known, and
# decision_escalated the share escalated among those with escalated known.
# A contact's escalated counts for no_escalation, not decision_escalated;
# rate bounds are written even below the minimum sample.
#   amount 1234.5+12+1050+0.25 = 2296.75; decision_s (95+40+12.5)/3 = 49.167
#   decision_escalated 2/4 = 0.5 [0.15, 0.85]
#   the contact: resolved_rate 1/1 [0.2065, 1], no_escalation 0/1 [0, 0.7935], both
#   below the default minimum of 20
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,resolved,escalated,amount,decision_s
decision,2026-03-02T09:14:00Z,ana,,1,1234.5,95
decision,2026-03-02T09:20:30Z,ana,,0,12,40
decision,2026-03-02T10:02:00Z,ana,,0,1050,12.5
decision,2026-03-02T10:30:00Z,ana,,,,
decision,2026-03-02T11:00:00Z,ana,,1,0.25,
contact,2026-03-02T11:30:00Z,ana,1,1,,
CSV
run 0 emp-score -g all -w decision_escalated=1 -m decision_s=1 -m decision_escalated=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,all,all,,1,,0,,0,,0,,0,,0,,0,,,,1,0.2065,1,,1,0,0.7935,,0,,,0,,0,,0,,,,0,,0,,0,,0,5,2296.75,49.167,3,0.5,4,0.15,0.85,0,,0,,50,decision_escalated,1
CSV
check_err <<'EOF'
emp-score: 6 events read, 6 scored, 0 rejected; 0 reviews excluded by challenge
EOF
