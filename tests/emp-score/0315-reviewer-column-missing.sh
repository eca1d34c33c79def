#!/bin/sh
# Events without a reviewer column (older streams) read as evaluations
# without a reviewer: no reviewer rows, the grader columns in the header
# only with -g reviewer, the agents' qa as it is (--qa-adjust changes
# nothing), and the summary counts them.  An empty reviewer counts the
# same.  Without -g reviewer the header ends at rank.
. "${0%/*}/../lib.sh"

cat >ev.csv <<'CSV'
kind,ts,agent,qa
qa,2026-03-02T09:00:00Z,ana,80
qa,2026-03-02T09:01:00Z,ana,90
qa,2026-03-02T09:02:00Z,ana,70
contact,2026-03-02T09:03:00Z,ana,
CSV
run 0 emp-score --qa-adjust -g agent,reviewer ev.csv
cut -d, -f1-3,41,42,62- out >got
check_file got <<'CSV'
period,group,key,qa,qa_n,qa_offset,qa_offset_lo,qa_offset_hi,qa_offset_p,qa_round,qa_round_n
all,agent,ana,80,3,,,,,,
CSV
check_err <<'ERR'
emp-score: 4 events read, 4 scored, 0 rejected; 0 reviews excluded by challenge; 3 QA evaluations have no reviewer: in no grader's offset
ERR

printf 'kind,ts,agent,qa,reviewer\nqa,2026-03-02T09:00:00Z,ana,80,\n' >ev2.csv
run 0 emp-score -g reviewer ev2.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank,qa_offset,qa_offset_lo,qa_offset_hi,qa_offset_p,qa_round,qa_round_n
CSV
check_err_line "emp-score: 1 events read, 1 scored, 0 rejected; 0 reviews excluded by challenge; 1 QA evaluation has no reviewer: in no grader's offset"

run 0 emp-score -q ev2.csv
head -1 out | tr , '\n' | tail -1 >got
check_file got <<'C'
rank
C
