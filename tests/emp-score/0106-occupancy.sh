#!/bin/sh
# emp-score: occupancy is sum(talk_s+hold_s+acw_s) / sum(talk_s+hold_s+
# acw_s+avail_s) over state events (unknown parts add nothing), n is the
# number of state events; a contact's talk_s is no state time.  With no
# time at all the ratio is undefined and left empty.  Occupancy is not in
# the index.
#   ana: (1200+60+300 + 600+100) / (2260 + 240+500+300) = 2260/3300 = 0.6848
#   ben: 0/600 = 0; cara: 0/0: empty
#   ana's contact has talk_s alone: its handle time is unknown, aht_s_n 0
#   (1 before AHT became total handle time / contacts with every part known)
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,talk_s,hold_s,acw_s,avail_s
state,2026-03-02T09:00:00Z,ana,1200,60,300,240
state,2026-03-02T10:00:00Z,ana,600,,100,500
state,2026-03-02T11:00:00Z,ana,,,,300
contact,2026-03-02T11:30:00Z,ana,100,,,
state,2026-03-02T09:00:00Z,ben,,,,600
state,2026-03-02T09:00:00Z,cara,0,0,0,0
CSV
run 0 emp-score -g agent in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,1,,0,,1,,0,,0,0.6848,3,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
all,agent,ben,,0,,0,,0,,0,,0,0,1,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
all,agent,cara,,0,,0,,0,,0,,0,,1,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: 6 events read, 6 scored, 0 rejected; 0 reviews excluded by challenge
EOF
