#!/bin/sh
# emp-ingest: the decisions profile finds the outcome under its other names
# (Mistake / Mistake Cost, Was Reversed / Loss), and an event stream read
# back keeps reversed and cost as they were (and rejects a bad one under
# its own column name).
. "${0%/*}/../lib.sh"

cat >a.csv <<'EOF2'
Agent,Amount,Escalated,Date,Mistake,Mistake Cost
ana,10,no,2026-03-02,yes,10
EOF2
cat >b.csv <<'EOF2'
Agent,Amount,Needs Approval,Timestamp,Was Reversed,Loss
ben,30.5,yes,2026-03-03T08:00:00Z,no,0.0
EOF2
run 0 emp-ingest a.csv b.csv
cut -d, -f1,3,15,17,19,20,32 out >got
check_file got <<'EOF2'
kind,agent,escalated,amount,reversed,cost,src
decision,ana,0,10,1,10,a.csv:2
decision,ben,1,30.5,0,0,b.csv:2
EOF2
mv out ev.csv
run 0 emp-ingest -q ev.csv
check_out ev.csv
# a hand-written stream: columns by name, the bad values rejected
cat >hand.csv <<'EOF2'
kind,ts,agent,amount,reversed,cost
decision,2026-03-04T10:00:00Z,cy,5,TRUE,5
decision,2026-03-04T11:00:00Z,cy,5,2,
decision,2026-03-04T12:00:00Z,cy,5,0,-1
EOF2
run 0 emp-ingest --from events hand.csv
cut -d, -f1,3,17,19,20,32 out >got
check_file got <<'EOF2'
kind,agent,amount,reversed,cost,src
decision,cy,5,1,5,hand.csv:2
EOF2
check_err <<'EOF2'
emp-ingest: hand.csv:3: field 'reversed': invalid yes/no value '2'
emp-ingest: hand.csv:4: field 'cost': negative amount '-1'
emp-ingest: 3 rows read, 1 events written, 2 rejected, 0 skipped
EOF2
