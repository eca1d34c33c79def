#!/bin/sh
# emp-score: for the period "all" headcount is taken at the first and just
# after the last event that is not a hire or an exit; exits counts every
# exit event.
#   start 2026-01-15T10:00Z: ana, ben = 2; end 2026-03-03T10:00Z: ana, cara
#   (ben left 02-15) = 2; headcount 2; exits ben and cara: 2/2 = 1
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
hire,2026-01-05T00:00:00Z,ana
hire,2026-01-10T00:00:00Z,ben
contact,2026-01-15T10:00:00Z,ana
exit,2026-02-15T00:00:00Z,ben
hire,2026-02-20T00:00:00Z,cara
contact,2026-03-03T10:00:00Z,ana
exit,2026-04-01T00:00:00Z,cara
CSV
run 0 emp-score -g all in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,all,all,,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,2,2,1,,,
CSV
check_err <<'EOF'
emp-score: 7 events read, 7 scored, 0 rejected; 0 reviews excluded by challenge
EOF
