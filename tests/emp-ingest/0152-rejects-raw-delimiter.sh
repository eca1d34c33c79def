#!/bin/sh
# emp-ingest: a rejected multi-line record from a ';' sheet is kept in the
# rejects file re-encoded in ';', ready to paste back, then quoted as CSV.
. "${0%/*}/../lib.sh"

cat >qa.csv <<'EOF'
Evaluation ID;Agent;Team;Contact ID;Evaluator;Date;Score;Comment
QA-30;ana;north;c7f1e9;marta;03/02/2026;101%;"Perfect call;
would score higher, if ""allowed"""
QA-31;ben;south;c7f1ea;marta;03/02/2026;88;
EOF
run 0 emp-ingest --rejects rejects.csv qa.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
qa,2026-03-02T00:00:00Z,ben,south,QA-31,c7f1ea,,,,,,,,,,,,,,,,,88,marta,,,,,,,,qa.csv:4
EOF
check_err <<'EOF'
emp-ingest: qa.csv:2: field 'Score': qa '101%' out of range 0-100
emp-ingest: 2 rows read, 1 events written, 1 rejected, 0 skipped
EOF
check_file rejects.csv <<'EOF'
src,error,raw
qa.csv:2,field 'Score': qa '101%' out of range 0-100,"QA-30;ana;north;c7f1e9;marta;03/02/2026;101%;""Perfect call;
would score higher, if """"allowed"""""""
EOF
