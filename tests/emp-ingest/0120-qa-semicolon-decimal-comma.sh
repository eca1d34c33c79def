#!/bin/sh
# emp-ingest: a European Excel QA sheet (UTF-8 BOM, ';' delimiter, 87,5%,
# 03/02/2026 month/day/year) is read with --decimal-comma.
. "${0%/*}/../lib.sh"

printf '\357\273\277' >qa.csv
cat >>qa.csv <<'EOF'
Evaluation ID;Agent;Team;Contact ID;Evaluator;Date;Score;Comment
QA-17;ana;north;c7f1e2;marta;03/02/2026;87,5%;Good empathy, missed the recap
QA-18;ben;south;c7f1e3;marta;03/03/2026;92%;
QA-19;carla;north;c7f1e4;joao;12/31/2025;74,25;"Tone ok; hold not explained"
EOF
run 0 emp-ingest --decimal-comma qa.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
qa,2026-03-02T00:00:00Z,ana,north,QA-17,c7f1e2,,,,,,,,,,,,,,,,,87.5,marta,,,,,,"Good empathy, missed the recap",,qa.csv:2
qa,2026-03-03T00:00:00Z,ben,south,QA-18,c7f1e3,,,,,,,,,,,,,,,,,92,marta,,,,,,,,qa.csv:3
qa,2025-12-31T00:00:00Z,carla,north,QA-19,c7f1e4,,,,,,,,,,,,,,,,,74.25,joao,,,,,,Tone ok; hold not explained,,qa.csv:4
EOF
check_err <<'EOF'
emp-ingest: 3 rows read, 3 events written, 0 rejected, 0 skipped
EOF
