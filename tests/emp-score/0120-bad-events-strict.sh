#!/bin/sh
# emp-score: an unknown kind, a csat out of range, a malformed duration and a
# row with a field missing are each reported with file:line and counted as
# rejected, and none of them is scored (each would have added a contact or a
# survey); --strict makes the exit status 1 but still writes the scores.
# The contact scored has talk_s alone: its handle time is unknown, aht_s_n 0
# (1 before AHT became total handle time / contacts with every part known).
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,team,id,contact,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,csat,nps,qa,confidence,esat,reason,comment,challenge,src
contact,2026-03-02T09:00:00Z,ana,north,c1,,voice,,300,,,,,,,,,,,,,,,,,x.csv:2
call,2026-03-02T09:10:00Z,ana,north,c2,,voice,,300,,,,,,,,,,,,,,,,,x.csv:3
survey,2026-03-02T09:20:00Z,ana,north,s1,c1,,,,,,,,,,,,9,,,,,,,,x.csv:4
contact,2026-03-02T09:30:00Z,ana,north,c3,,voice,,12:xx,,,,,,,,,,,,,,,,,x.csv:5
survey,2026-03-02T09:40:00Z,ana,north,s2,c1,,,,,,,,,,,,5,,,,,,,x.csv:6
survey,2026-03-02T09:50:00Z,ana,north,s3,c1,,,,,,,,,,,,4,,,,,,,,x.csv:7
CSV
run 1 emp-score -g all --strict in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,all,all,,1,,0,,1,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,1,,1,,1,0.2065,1,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: in.csv:3: field 'kind': unknown event kind 'call'
emp-score: in.csv:4: field 'csat': csat '9' out of range 1-5
emp-score: in.csv:5: field 'talk_s': invalid duration '12:xx'
emp-score: in.csv:6: expected 26 fields, found 25
emp-score: 6 events read, 2 scored, 4 rejected; 0 reviews excluded by challenge
EOF
