#!/bin/sh
# emp-ingest: without --decimal-comma, 87,5% is not guessed to be 87.5: the
# row is rejected with the value named, and 92% still comes out.
. "${0%/*}/../lib.sh"

printf '\357\273\277' >qa.csv
cat >>qa.csv <<'EOF'
Evaluation ID;Agent;Team;Contact ID;Evaluator;Date;Score;Comment
QA-17;ana;north;c7f1e2;marta;03/02/2026;87,5%;Good empathy, missed the recap
QA-18;ben;south;c7f1e3;marta;03/03/2026;92%;
EOF
run 0 emp-ingest qa.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
qa,2026-03-03T00:00:00Z,ben,south,QA-18,c7f1e3,,,,,,,,,,,,,,,,,92,marta,,,,,,,,qa.csv:3
EOF
check_err <<'EOF'
emp-ingest: qa.csv:2: field 'Score': invalid number '87,5%'
emp-ingest: 2 rows read, 1 events written, 1 rejected, 0 skipped
EOF
