#!/bin/sh
# emp-ingest: --map reviewer=COLUMN names the reviewer's column: it
# replaces the QA profile's choice (Evaluator) on a QA sheet, and gives a
# file that no profile knows (--kind qa) its reviewer.
. "${0%/*}/../lib.sh"

cat >qa.csv <<'EOF2'
Evaluation ID,Agent,Evaluator,Checked By,Date,Score
Q1,ana,lee,kim,2026-03-02,90
Q2,ben,lee,,2026-03-02,80
EOF2
cat >other.csv <<'EOF2'
Rep,When,Pts,Checked By
cy,2026-03-03,75, max 
EOF2
run 0 emp-ingest --map reviewer="checked by" qa.csv
cut -d, -f1,3,5,23,24 out >got
check_file got <<'EOF2'
kind,agent,id,qa,reviewer
qa,ana,Q1,90,kim
qa,ben,Q2,80,
EOF2
check_err <<'EOF2'
emp-ingest: 2 rows read, 2 events written, 0 rejected, 0 skipped
EOF2

run 0 emp-ingest -k qa --map agent=Rep --map ts=When --map qa=Pts \
    --map reviewer="Checked By" other.csv
cut -d, -f1-3,23,24,32 out >got
check_file got <<'EOF2'
kind,ts,agent,qa,reviewer,src
qa,2026-03-03T00:00:00Z,cy,75,max,other.csv:2
EOF2
check_err <<'EOF2'
emp-ingest: 1 rows read, 1 events written, 0 rejected, 0 skipped
EOF2
