#!/bin/sh
# emp-challenge list --stats: per agent (sorted), challenges opened and
# how many are withdrawn, approved, denied and pending, and the median
# days from opening to decision over approved and denied ones:
#   ana: decided after 1, 2 and 4 days -> median 2; one pending
#   ben: decided after 0.5 and 1.25 days -> median 0.875 -> 0.88
#   cid: withdrawn only -> no median
. "${0%/*}/../lib.sh"

export EMP_LEDGER=l.csv
at() { EMP_NOW=$1; export EMP_NOW; shift; emp-challenge "$@" >/dev/null; }
at 2026-03-01T00:00:00Z --as ana open A1 --grounds g
at 2026-03-01T00:00:00Z --as ana open A2 --grounds g
at 2026-03-01T00:00:00Z --as ana open A3 --grounds g
at 2026-03-01T00:00:00Z --as ana open A4 --grounds g
at 2026-03-01T00:00:00Z --as ben open B1 --grounds g
at 2026-03-01T00:00:00Z --as ben open B2 --grounds g
at 2026-03-01T00:00:00Z --as cid open C1 --grounds g
at 2026-03-01T12:00:00Z --as lee approve CH-5
at 2026-03-02T00:00:00Z --as lee deny CH-1
at 2026-03-02T06:00:00Z --as lee approve CH-6
at 2026-03-03T00:00:00Z --as lee approve CH-2
at 2026-03-05T00:00:00Z --as lee deny CH-3
at 2026-03-05T00:00:00Z --as cid withdraw CH-7
run 0 emp-challenge list --stats
check_out <<'CSV'
agent,opened,withdrawn,approved,denied,pending,median_days
ana,4,0,1,2,1,2
ben,2,0,2,0,0,0.88
cid,1,1,0,0,0,
CSV
check_err </dev/null
run 0 emp-challenge list --stats --agent ben --text
check_out <<'EOF2'
agent  opened  withdrawn  approved  denied  pending  median_days
ben    2       0          2         0       0        0.88
EOF2
