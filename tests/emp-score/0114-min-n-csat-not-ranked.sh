#!/bin/sh
# emp-score: below the default minimum of 10 surveys an agent's csat and
# csat_rate are empty (counts and bounds stay) and csat_rate does not enter
# the index; agents with >= 10 surveys are ranked on it.  Default weights
# (csat_rate 3, qa 2), with --min-weight 0 so that any metric gives an
# index; percentiles within the 3 agents:
#   csat_rate: ben 0.5 -> (0 + 1/2)/2 = 0.25, ana 0.8 -> (1 + 1/2)/2 = 0.75
#   qa:        ana 80, cara 80 -> (0 + 2/2)/3 = 1/3, ben 90 -> (2 + 1/2)/3 = 5/6
#   ana  (3*0.75 + 2*1/3) / 5 = 0.58333: 58.3, rank 1
#   ben  (3*0.25 + 2*5/6) / 5 = 0.48333: 48.3, rank 2
#   cara (2*1/3) / 2 = 0.33333: 33.3 on qa alone, rank 3
#   ana 8/10 [0.4902, 0.9433], ben 6/12 [0.2538, 0.7462], cara 3/3 [0.4385, 1]
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,csat,qa
survey,2026-03-02T09:00:00Z,ana,5,
survey,2026-03-02T09:01:00Z,ana,5,
survey,2026-03-02T09:02:00Z,ana,5,
survey,2026-03-02T09:03:00Z,ana,5,
survey,2026-03-02T09:04:00Z,ana,5,
survey,2026-03-02T09:05:00Z,ana,5,
survey,2026-03-02T09:06:00Z,ana,5,
survey,2026-03-02T09:07:00Z,ana,5,
survey,2026-03-02T09:08:00Z,ana,3,
survey,2026-03-02T09:09:00Z,ana,3,
qa,2026-03-03T09:00:00Z,ana,,80
qa,2026-03-04T09:00:00Z,ana,,80
qa,2026-03-05T09:00:00Z,ana,,80
survey,2026-03-02T10:00:00Z,ben,4,
survey,2026-03-02T10:01:00Z,ben,4,
survey,2026-03-02T10:02:00Z,ben,4,
survey,2026-03-02T10:03:00Z,ben,4,
survey,2026-03-02T10:04:00Z,ben,4,
survey,2026-03-02T10:05:00Z,ben,4,
survey,2026-03-02T10:06:00Z,ben,2,
survey,2026-03-02T10:07:00Z,ben,2,
survey,2026-03-02T10:08:00Z,ben,2,
survey,2026-03-02T10:09:00Z,ben,2,
survey,2026-03-02T10:10:00Z,ben,2,
survey,2026-03-02T10:11:00Z,ben,2,
qa,2026-03-03T10:00:00Z,ben,,90
qa,2026-03-04T10:00:00Z,ben,,90
qa,2026-03-05T10:00:00Z,ben,,90
survey,2026-03-02T11:00:00Z,cara,5,
survey,2026-03-02T11:01:00Z,cara,5,
survey,2026-03-02T11:02:00Z,cara,5,
qa,2026-03-03T11:00:00Z,cara,,70
qa,2026-03-04T11:00:00Z,cara,,80
qa,2026-03-05T11:00:00Z,cara,,90
CSV
run 0 emp-score -g agent --min-weight 0 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,10,4.6,10,0.8,10,0.4902,0.9433,,0,80,3,,0,,0,0,0,,0,,0,,,0,,0,,58.3,csat_rate;qa,1
all,agent,ben,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,12,3,12,0.5,12,0.2538,0.7462,,0,90,3,,0,,0,0,0,,0,,0,,,0,,0,,48.3,csat_rate;qa,2
all,agent,cara,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,3,,3,,3,0.4385,1,,0,80,3,,0,,0,0,0,,0,,0,,,0,,0,,33.3,qa,3
CSV
check_err <<'EOF'
emp-score: 34 events read, 34 scored, 0 rejected; 0 reviews excluded by challenge
EOF
