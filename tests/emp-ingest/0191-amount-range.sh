#!/bin/sh
# emp-ingest and emp-score agree on the amounts a stream holds: up to
# 1000000000000; a larger one (10000000000000, or 1e13 written out) is
# rejected by both with the same message, so no amount that emp-ingest
# writes fails emp-score.
. "${0%/*}/../lib.sh"

cat >dec.csv <<'EOF2'
Agent,Amount,Approval Needed,Time
ana,1000000000000,no,2026-03-02T10:00:00Z
ana,10000000000000,no,2026-03-02T10:00:00Z
ana,1000000000000.01,no,2026-03-02T10:00:00Z
EOF2
run 0 emp-ingest dec.csv
cut -d, -f1-3,17 out >got
check_file got <<'EOF2'
kind,ts,agent,amount
decision,2026-03-02T10:00:00Z,ana,1000000000000
EOF2
check_err <<'EOF2'
emp-ingest: dec.csv:3: field 'Amount': amount '10000000000000' out of range 0-1000000000000
emp-ingest: dec.csv:4: field 'Amount': amount '1000000000000.01' out of range 0-1000000000000
emp-ingest: 3 rows read, 1 events written, 2 rejected, 0 skipped
EOF2
cp out ev.csv
printf 'decision,2026-03-02T11:00:00Z,ana,,,,,,,,,,,,,,10000000000000,,,,,,,,,,,,,,,x:1\n' >>ev.csv
run 0 emp-score -g agent ev.csv
check_err <<'EOF2'
emp-score: ev.csv:3: field 'amount': amount '10000000000000' out of range 0-1000000000000
emp-score: 2 events read, 1 scored, 1 rejected; 0 reviews excluded by challenge
EOF2
# a cent over the limit: emp-score rejects it as emp-ingest does
printf 'decision,2026-03-02T12:00:00Z,ana,,,,,,,,,,,,,,1000000000000.01,,,,,,,,,,,,,,,x:2\n' >>ev.csv
run 0 emp-score -q -g agent ev.csv
check_err <<'EOF2'
emp-score: ev.csv:3: field 'amount': amount '10000000000000' out of range 0-1000000000000
emp-score: ev.csv:4: field 'amount': amount '1000000000000.01' out of range 0-1000000000000
EOF2
