#!/bin/sh
# emp-score: headcount is (agents employed at the period's start + at its
# end) / 2 from hire and exit events, for the team of each event and for
# all; exits counts exit events in the period; turnover = exits/headcount,
# empty when headcount is below 1.
#   all:   Jan 0 -> 3 (ana, ben, cara): 1.5, turnover 0
#          Feb 3 -> 3 (+dan, -ben): 3, 1 exit: 0.3333
#          Mar 3 -> 2 (-cara on Mar 31): 2.5, 1 exit: 0.4
#   north: Jan 0 -> 2: 1, turnover 0; Feb 2 -> 2: 2, 1 exit: 0.5
#   south: Jan 0 -> 1: 0.5; Mar 1 -> 0: 0.5, 1 exit; turnover empty
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,team
hire,2026-01-05T00:00:00Z,ana,north
hire,2026-01-10T00:00:00Z,ben,north
hire,2026-01-20T00:00:00Z,cara,south
contact,2026-01-15T10:00:00Z,ana,north
hire,2026-02-02T00:00:00Z,dan,north
exit,2026-02-15T00:00:00Z,ben,north
contact,2026-02-20T10:00:00Z,ana,north
contact,2026-03-03T10:00:00Z,cara,south
exit,2026-03-31T17:00:00Z,cara,south
CSV
run 0 emp-score --by month -g team,all in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-01,team,north,north,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,1,0,0,,,
2026-01,team,south,south,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,0.5,0,,,,
2026-01,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,1.5,0,0,,,
2026-02,team,north,north,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,2,1,0.5,,,
2026-02,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,3,1,0.3333,,,
2026-03,team,south,south,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,0.5,1,,,,
2026-03,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,2.5,1,0.4,,,
CSV
check_err <<'EOF'
emp-score: 9 events read, 9 scored, 0 rejected; 0 reviews excluded by challenge
EOF
