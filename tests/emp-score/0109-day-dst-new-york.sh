#!/bin/sh
# emp-score: --by day with --tz puts each event on its local day across both
# daylight-saving changes of America/New_York in 2026 (March 8: EST -> EDT
# at 07:00Z; November 1: EDT -> EST at 06:00Z), so 2026-03-08 has 23 hours
# and 2026-11-01 has 25.
#   2026-03-08T04:30:00Z  2026-03-07 23:30 EST
#   2026-03-08T05:30:00Z  2026-03-08 00:30 EST
#   2026-03-08T07:30:00Z  2026-03-08 03:30 EDT
#   2026-03-09T03:30:00Z  2026-03-08 23:30 EDT
#   2026-03-09T04:30:00Z  2026-03-09 00:30 EDT
#   2026-11-01T03:30:00Z  2026-10-31 23:30 EDT
#   2026-11-01T04:30:00Z  2026-11-01 00:30 EDT
#   2026-11-01T05:30:00Z  2026-11-01 01:30 EDT
#   2026-11-01T06:30:00Z  2026-11-01 01:30 EST
#   2026-11-02T04:30:00Z  2026-11-01 23:30 EST
#   2026-11-02T05:30:00Z  2026-11-02 00:30 EST
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent
contact,2026-03-08T04:30:00Z,ana
contact,2026-03-08T05:30:00Z,ana
contact,2026-03-08T07:30:00Z,ana
contact,2026-03-09T03:30:00Z,ana
contact,2026-03-09T04:30:00Z,ana
contact,2026-11-01T03:30:00Z,ana
contact,2026-11-01T04:30:00Z,ana
contact,2026-11-01T05:30:00Z,ana
contact,2026-11-01T06:30:00Z,ana
contact,2026-11-02T04:30:00Z,ana
contact,2026-11-02T05:30:00Z,ana
CSV
run 0 emp-score --by day --tz America/New_York -g all in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2026-03-07,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-03-08,all,all,,3,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-03-09,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-10-31,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-11-01,all,all,,4,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-11-02,all,all,,1,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 11 events read, 11 scored, 0 rejected; 0 reviews excluded by challenge
EOF
