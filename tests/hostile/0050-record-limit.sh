#!/bin/sh
# A record longer than the limit (EMP_MAX_RECORD, here 39 bytes) is
# rejected with file:line and the limit, by emp-ingest and emp-score, in CSV
# and TSV: a record of exactly the limit is read, one byte more is not; a
# quoted record over several lines is skipped to its end (the quotes are
# counted), and reading goes on after it.
. "${0%/*}/../lib.sh"

# line 3: 39 bytes; the record of lines 4-5: 79; line 6: 38
cat >in.csv <<'EOF2'
kind,ts,agent,id,talk_s
contact,2026-03-02T09:00:00Z,ana,c1,60
contact,2026-03-02T09:00:00Z,ana,c22,60
contact,2026-03-02T10:00:00Z,bob,"c3
more text that is long, with ""quotes""",5
contact,2026-03-02T11:00:00Z,bob,c4,70
contact,2026-03-02T09:00:00Z,ana,c555,60
EOF2

EMP_MAX_RECORD=39 run 0 emp-ingest --from events --rejects rej.csv in.csv
check_out <<'EOF2'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T09:00:00Z,ana,,c1,,,,,60,,,,,,,,,,,,,,,,,,,,,,in.csv:2
contact,2026-03-02T09:00:00Z,ana,,c22,,,,,60,,,,,,,,,,,,,,,,,,,,,,in.csv:3
contact,2026-03-02T11:00:00Z,bob,,c4,,,,,70,,,,,,,,,,,,,,,,,,,,,,in.csv:6
EOF2
check_err <<'EOF2'
emp-ingest: in.csv:4: record longer than 39 bytes
emp-ingest: in.csv:7: record longer than 39 bytes
emp-ingest: 5 rows read, 3 events written, 2 rejected, 0 skipped
EOF2
check_file rej.csv <<'EOF2'
src,error,raw
in.csv:4,record longer than 39 bytes,
in.csv:7,record longer than 39 bytes,
EOF2

EMP_MAX_RECORD=39 run 1 emp-score --strict -g agent in.csv
check_out <<'EOF2'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,2,,0,,2,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
all,agent,bob,,1,,0,,1,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,0,,0,,0,,,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,,,
EOF2
check_err <<'EOF2'
emp-score: in.csv:4: record longer than 39 bytes
emp-score: in.csv:7: record longer than 39 bytes
emp-score: 5 events read, 3 scored, 2 rejected; 0 reviews excluded by challenge
EOF2

# TSV: no quoting, a record is a line; 32 bytes pass, 33 do not
printf 'kind\tts\tagent\ncontact\t2026-03-02T09:00:00Z\tana\ncontact\t2026-03-02T09:00:00Z\tanab\n' >in.tsv
EMP_MAX_RECORD=32 run 0 emp-score -q -g agent in.tsv
check_err <<'EOF2'
emp-score: in.tsv:3: record longer than 32 bytes
EOF2
grep -q '^all,agent,ana,,1,' out || fail "the record of 32 bytes was not read"
