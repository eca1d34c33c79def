#!/bin/sh
# emp-ingest: a decision log's outcome columns: Reversed (a yes/no value as
# every boolean: Yes/No, 1/0, true/false, Y/N) -> reversed 1/0, empty
# unknown; Cost (a money amount, "$1,200.50" -> 1200.5) -> cost.  A bad
# Reversed, a negative cost, one above 1000000000000 and one that is not a
# number are rejected with file:line and the source column.
. "${0%/*}/../lib.sh"

cat >decisions.csv <<'EOF2'
Decision ID,Agent,Time,Amount,Approval Needed,Reversed,Cost
D-1,ana,2026-03-02T09:00:00Z,50,N,Yes,50
D-2,ana,2026-03-02T09:10:00Z,80,Y,No,
D-3,ben,2026-03-02T09:20:00Z,"$1,300.00",Y,true,"$1,200.50"
D-4,ben,2026-03-02T09:30:00Z,20,N,false,0
D-5,ben,2026-03-02T09:40:00Z,20,N,1,
D-6,ben,2026-03-02T09:50:00Z,20,N,0,
D-7,ben,2026-03-02T10:00:00Z,20,N,,
D-8,cy,2026-03-02T10:10:00Z,20,N,maybe,
D-9,cy,2026-03-02T10:20:00Z,20,N,Y,-3
D-10,cy,2026-03-02T10:30:00Z,20,N,Y,1000000000000.01
D-11,cy,2026-03-02T10:40:00Z,20,N,Y,12abc
EOF2
run 0 emp-ingest decisions.csv
# kind,ts,agent,id,escalated,amount,reversed,cost,src
cut -d, -f1-3,5,15,17,19,20,32 out >got
check_file got <<'EOF2'
kind,ts,agent,id,escalated,amount,reversed,cost,src
decision,2026-03-02T09:00:00Z,ana,D-1,0,50,1,50,decisions.csv:2
decision,2026-03-02T09:10:00Z,ana,D-2,1,80,0,,decisions.csv:3
decision,2026-03-02T09:20:00Z,ben,D-3,1,1300,1,1200.5,decisions.csv:4
decision,2026-03-02T09:30:00Z,ben,D-4,0,20,0,0,decisions.csv:5
decision,2026-03-02T09:40:00Z,ben,D-5,0,20,1,,decisions.csv:6
decision,2026-03-02T09:50:00Z,ben,D-6,0,20,0,,decisions.csv:7
decision,2026-03-02T10:00:00Z,ben,D-7,0,20,,,decisions.csv:8
EOF2
# the row has 32 fields and the rest of it is empty
awk -F, 'NR > 1 && (NF != 32 || $4 $6 $7 $8 $9 $10 $11 $12 $13 $14 $16 $18 \
    $21 $22 $23 $24 $25 $26 $27 $28 $29 $30 $31 != "") { exit 1 }' out ||
    fail "a column other than the decision's is not empty"
check_err <<'EOF2'
emp-ingest: decisions.csv:9: field 'Reversed': invalid yes/no value 'maybe'
emp-ingest: decisions.csv:10: field 'Cost': negative amount '-3'
emp-ingest: decisions.csv:11: field 'Cost': amount '1000000000000.01' out of range 0-1000000000000
emp-ingest: decisions.csv:12: field 'Cost': invalid number '12abc'
emp-ingest: 11 rows read, 7 events written, 4 rejected, 0 skipped
EOF2
