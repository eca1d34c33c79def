#!/bin/sh
# emp-score: the index is rounded to 1 decimal half away from zero from its
# exact value 100 * sum(w*pct) / sum(w).  With qa 7 and confidence 9 over 5
# agents (percentiles 0.1, 0.3, 0.5, 0.7, 0.9):
#   ana  (7*0.1 + 9*0.1)/16 = 10
#   ben  (7*0.3 + 9*0.9)/16 = 63.75: 63.8
#   cara (7*0.5 + 9*0.3)/16 = 38.75: 38.8
#   dan  (7*0.7 + 9*0.5)/16 = 58.75: 58.8
#   eve  (7*0.9 + 9*0.7)/16 = 78.75: 78.8
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,qa,confidence
qa,2026-03-02T09:00:00Z,ana,10,
qa,2026-03-02T09:00:00Z,ben,20,
qa,2026-03-02T09:00:00Z,cara,30,
qa,2026-03-02T09:00:00Z,dan,40,
qa,2026-03-02T09:00:00Z,eve,50,
pulse,2026-03-02T17:00:00Z,ana,,1
pulse,2026-03-02T17:00:00Z,ben,,5
pulse,2026-03-02T17:00:00Z,cara,,2
pulse,2026-03-02T17:00:00Z,dan,,3
pulse,2026-03-02T17:00:00Z,eve,,4
CSV
run 0 emp-score -g agent -w qa=7,confidence=9 -m qa=1 -m confidence=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,10,1,1,1,,0,0,0,,0,,0,,,0,,0,,10,qa;confidence,5
all,agent,ben,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,20,1,5,1,,0,0,0,,0,,0,,,0,,0,,63.8,qa;confidence,2
all,agent,cara,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,30,1,2,1,,0,0,0,,0,,0,,,0,,0,,38.8,qa;confidence,4
all,agent,dan,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,40,1,3,1,,0,0,0,,0,,0,,,0,,0,,58.8,qa;confidence,3
all,agent,eve,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,50,1,4,1,,0,0,0,,0,,0,,,0,,0,,78.8,qa;confidence,1
CSV
check_err <<'EOF'
emp-score: 10 events read, 10 scored, 0 rejected; 0 reviews excluded by challenge
EOF
