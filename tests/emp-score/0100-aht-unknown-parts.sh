#!/bin/sh
# emp-score: talk_s, hold_s and acw_s are means over the contacts where each
# is known (an empty hold_s is unknown, not 0); aht_s is the total handle time
# (talk_s + hold_s + acw_s of each contact) over the contacts whose three
# parts are all known, and aht_s_n counts those contacts: a contact with an
# unknown part is in neither the sum nor the count.  Lower aht_s is better in
# the index.
#   ana: talk (300+200+100)/3 = 200, hold (20+30)/2 = 25, acw (60+40)/2 = 50;
#        only c1 has all three parts: aht (300+20+60)/1 = 380, n 1
#        (it was 200+25+50 = 275 over the 3 contacts with talk_s, when aht_s
#        was the sum of the three means)
#   ben: talk (120.5+99)/2 = 109.75, hold (0+10)/2 = 5, acw (30+0)/2 = 15,
#        aht ((120.5+0+30) + (99+10+0))/2 = 259.5/2 = 129.75 (unchanged: every
#        part is known, so the sum of the means is the same number)
#   index (aht_s only): ben 100*(1-0.5/2) = 75, ana 100*(1-1.5/2) = 25
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,team,id,contact,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,csat,nps,qa,confidence,esat,reason,comment,challenge,src
contact,2026-03-02T09:00:00Z,ana,north,c1,,voice,Billing,300,20,60,,,,,,,,,,,,,,,x.csv:2
contact,2026-03-02T10:00:00Z,ana,north,c2,,voice,Billing,200,,40,,,,,,,,,,,,,,,x.csv:3
contact,2026-03-02T11:00:00Z,ana,north,c3,,voice,Billing,100,,,,,,,,,,,,,,,,,x.csv:4
contact,2026-03-02T12:00:00Z,ana,north,c4,,voice,Billing,,30,,,,,,,,,,,,,,,,x.csv:5
contact,2026-03-02T09:30:00Z,ben,south,c5,,chat,Support,120.5,0,30,,,,,,,,,,,,,,,x.csv:6
contact,2026-03-02T10:30:00Z,ben,south,c6,,chat,Support,99,10,0,,,,,,,,,,,,,,,x.csv:7
CSV
run 0 emp-score -g agent -w aht_s=1 -m aht_s=1 -m talk_s=1 -m hold_s=1 -m acw_s=1 in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,north,4,380,1,200,3,25,2,50,2,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,25,aht_s,2
all,agent,ben,south,2,129.75,2,109.75,2,5,2,15,2,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,75,aht_s,1
CSV
check_err <<'EOF'
emp-score: 6 events read, 6 scored, 0 rejected; 0 reviews excluded by challenge
EOF
