#!/bin/sh
# emp-score: an agent row's team is the team of the agent's latest event in
# the period that has one (an event without a team does not clear it); on a
# tie in time the greatest name wins, whatever the order of the events.
#   ana: west 03-01, north 03-02, south 03-03, none 03-04: south
#   ben: west and east at the same time: west
#   cara, dan: south and se at the same time, in either order: south
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,team
contact,2026-03-01T09:00:00Z,ana,west
contact,2026-03-03T09:00:00Z,ana,south
contact,2026-03-02T09:00:00Z,ana,north
contact,2026-03-04T09:00:00Z,ana,
contact,2026-03-02T09:00:00Z,ben,west
contact,2026-03-02T09:00:00Z,ben,east
contact,2026-03-02T09:00:00Z,cara,south
contact,2026-03-02T09:00:00Z,cara,se
contact,2026-03-02T09:00:00Z,dan,se
contact,2026-03-02T09:00:00Z,dan,south
CSV
run 0 emp-score -g agent in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,south,4,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
all,agent,ben,west,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
all,agent,cara,south,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
all,agent,dan,south,2,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 10 events read, 10 scored, 0 rejected; 0 reviews excluded by challenge
EOF
