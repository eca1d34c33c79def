#!/bin/sh
# emp-score: a review (csat, nps or qa) with a challenge id counts in
# excluded and in no review metric; a contact that carries one is still a
# contact; a challenge on an event without a review excludes nothing.
#   ana: csat 5,4 (1 and 2 excluded): 4.5, rate 2/2 [0.3424, 1];
#        nps 10 (0 excluded): 100; qa 90 (40 excluded); excluded 3
#   ben: his only survey is excluded
#   aht_s_n is 0 for ana: her contacts have talk_s but no hold_s or acw_s, so
#   no handle time is known (it counted the 2 contacts with talk_s before
#   AHT became total handle time / contacts with every part known)
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,talk_s,csat,nps,qa,challenge
survey,2026-03-02T09:00:00Z,ana,,1,0,,CH-1
survey,2026-03-02T09:10:00Z,ana,,5,10,,
survey,2026-03-02T09:20:00Z,ana,,4,,,
qa,2026-03-02T09:30:00Z,ana,,,,40,CH-2
qa,2026-03-02T09:40:00Z,ana,,,,90,
contact,2026-03-02T09:50:00Z,ana,300,2,,,CH-3
contact,2026-03-02T10:00:00Z,ana,200,,,,CH-4
survey,2026-03-02T10:10:00Z,ben,,5,,,CH-5
CSV
run 0 emp-score -g agent -w csat_rate=3,nps=1,qa=2 -m csat=1 -m csat_rate=1 -m nps=1 -m qa=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,2,,0,,2,,0,,0,,0,,0,,,,0,,,,0,,,2,4.5,2,1,2,0.3424,1,100,1,90,1,,0,,0,0,0,,0,,0,,,3,,0,,50,csat_rate;nps;qa,1
all,agent,ben,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,1,,0,,,,
CSV
check_err <<'EOF'
emp-score: 8 events read, 8 scored, 0 rejected; 4 reviews excluded by challenge
EOF
