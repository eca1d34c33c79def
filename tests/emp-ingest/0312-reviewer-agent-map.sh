#!/bin/sh
# emp-ingest: the agent map applies to a QA evaluation's reviewer as to
# its agent (ASCII case ignored); the team stays the graded agent's; a
# reviewer the map does not know is kept as written.
. "${0%/*}/../lib.sh"

cat >agents.csv <<'EOF2'
alias,agent,team
ana@acme.com,ana,north
lee.k@acme.com,lee,leads
EOF2
cat >qa.csv <<'EOF2'
Evaluation ID,Agent,Team,Reviewer,Date,Score
Q1,ana@acme.com,,LEE.K@acme.com,2026-03-02,90
Q2,ana@acme.com,,Max Ray,2026-03-03,80
Q3,cy,east,ana@acme.com,2026-03-04,70
EOF2
run 0 emp-ingest --agent-map agents.csv qa.csv
cut -d, -f1,3-5,23,24 out >got
check_file got <<'EOF2'
kind,agent,team,id,qa,reviewer
qa,ana,north,Q1,90,lee
qa,ana,north,Q2,80,Max Ray
qa,cy,east,Q3,70,ana
EOF2
check_err <<'EOF2'
emp-ingest: 3 rows read, 3 events written, 0 rejected, 0 skipped
EOF2
