#!/bin/sh
# emp-score -g level with --ledger: one roster verifies the ledger and
# gives the levels; a roster with level and effective columns still
# verifies every line (ana's dated row keeps her key), and the review the
# ledger takes out is out of her level row too.
#   ana: level 1, level 2 from 2026-03-03 (same key); bob: level 1
#   S1 ana csat 1 (03-02, challenged, approved: out), S2 ana 5 (03-02),
#   S3 ana 4 (03-04), B1 bob 3 (03-02)
#   level 1: S2 5 and B1 3: csat 4 of 2, excluded 1; level 2: S3: 4 of 1
. "${0%/*}/../lib.sh"

people
awk -F, -v OFS=, 'NR == 1 { print $0, "effective"; next }
    { print $0, "" }
    $1 == "ana" { $4 = 2; print $0, "2026-03-03" }' roster.csv >r.tmp
cat r.tmp >roster.csv
cat >ev.csv <<'CSV'
kind,ts,agent,team,id,csat
survey,2026-03-02T09:00:00Z,ana,A,S1,1
survey,2026-03-02T09:01:00Z,ana,A,S2,5
survey,2026-03-04T09:00:00Z,ana,A,S3,4
survey,2026-03-02T09:02:00Z,bob,A,B1,3
CSV
clock_at 2026-03-05T10:00:00Z
key ana
emp-challenge -l l.csv open S1 -e ev.csv --grounds 'wrong call' >/dev/null
clock_at 2026-03-06T10:00:00Z
key lee
emp-challenge -l l.csv approve CH-1 2>/dev/null

run 0 emp-score -g level -m csat=1 -l l.csv ev.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { print $c["group"] "," $c["key"] "," $c["surveys"] "," $c["csat"] \
      "," $c["csat_n"] "," $c["excluded"] }' out >got
check_file got <<'CSV'
group,key,surveys,csat,csat_n,excluded
level,1,2,4,2,1
level,2,1,4,1,0
CSV
check_err <<'ERR'
emp-score: 4 events read, 4 scored, 0 rejected; 1 review excluded by challenge (1 of 1 approved challenge found)
ERR
