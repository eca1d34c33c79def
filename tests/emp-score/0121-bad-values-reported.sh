#!/bin/sh
# emp-score: without --strict bad events are still reported with file:line
# and counted as rejected, and the exit status is 0: a missing ts, agent or
# kind, values out of range, not whole or not numbers, a bad yes/no, a
# negative amount, a date that does not exist, an unterminated quote.
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,resolved,amount,csat,nps,qa,confidence
contact,2026-03-02T09:00:00Z,ana,1,,,,,
contact,,ana,1,,,,,
contact,2026-03-02T09:00:00Z,,1,,,,,
survey,2026-03-02T09:00:00Z,ana,,,,11,,
qa,2026-03-02T09:00:00Z,ana,,,,,101,
contact,2026-03-02T09:00:00Z,ana,maybe,,,,,
survey,2026-03-02T09:00:00Z,ana,,,4.5,,,
decision,2026-03-02T09:00:00Z,ana,,-5,,,,
contact,2026-02-30T10:00:00Z,ana,1,,,,,
,2026-03-02T09:00:00Z,ana,1,,,,,
pulse,2026-03-02T09:00:00Z,ana,,,,,,0
survey,2026-03-02T09:00:00Z,ana,,,,-1,,
qa,2026-03-02T09:00:00Z,ana,,,,,abc,
contact,"2026-03-02T09:00:00Z,ana,1,,,,,
CSV
run 0 emp-score -g all in.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,all,all,,1,,0,,0,,0,,0,,0,,0,,,,1,0.2065,1,,1,0.2065,1,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
CSV
check_err <<'EOF'
emp-score: in.csv:3: field 'ts': missing timestamp
emp-score: in.csv:4: field 'agent': missing agent
emp-score: in.csv:5: field 'nps': nps '11' out of range 0-10
emp-score: in.csv:6: field 'qa': qa '101' out of range 0-100
emp-score: in.csv:7: field 'resolved': invalid yes/no value 'maybe'
emp-score: in.csv:8: field 'csat': csat '4.5' is not a whole number
emp-score: in.csv:9: field 'amount': negative amount '-5'
emp-score: in.csv:10: field 'ts': invalid timestamp '2026-02-30T10:00:00Z'
emp-score: in.csv:11: field 'kind': missing event kind
emp-score: in.csv:12: field 'confidence': confidence '0' out of range 1-5
emp-score: in.csv:13: field 'nps': nps '-1' out of range 0-10
emp-score: in.csv:14: field 'qa': invalid number 'abc'
emp-score: in.csv:15: unterminated quoted field
emp-score: 14 events read, 1 scored, 13 rejected; 0 reviews excluded by challenge
EOF
