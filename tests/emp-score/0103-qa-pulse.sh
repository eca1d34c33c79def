#!/bin/sh
# emp-score: qa is the mean qa of QA evaluations, confidence and esat the
# means of the agent's pulse answers, each over the events where it is
# known; with the default minimum samples (qa 3, confidence 2, esat 2) an
# agent below them keeps the counts, gets empty values and no index.
#   ana: qa (87.5+90+70)/3 = 82.5, confidence (4+5)/2 = 4.5,
#        esat (3+2)/2 = 2.5; alone in the population: every percentile 0.5
#   ben: 2 evaluations, 1 pulse: all below the minimum
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,qa,confidence,esat
qa,2026-03-02T09:00:00Z,ana,87.5,,
qa,2026-03-03T09:00:00Z,ana,90,,
qa,2026-03-04T09:00:00Z,ana,70,,
qa,2026-03-05T09:00:00Z,ana,,,
pulse,2026-03-02T17:00:00Z,ana,,4,3
pulse,2026-03-09T17:00:00Z,ana,,5,
pulse,2026-03-16T17:00:00Z,ana,,,2
qa,2026-03-02T09:00:00Z,ben,100,,
qa,2026-03-03T09:00:00Z,ben,95,,
pulse,2026-03-02T17:00:00Z,ben,,3,5
CSV
run 0 emp-score -g agent -w qa=2,confidence=2,esat=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,82.5,3,4.5,2,2.5,2,0,0,,0,,0,,,0,,0,,50,qa;confidence;esat,1
all,agent,ben,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,2,,1,,1,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 10 events read, 10 scored, 0 rejected; 0 reviews excluded by challenge
EOF
