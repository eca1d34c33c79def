#!/bin/sh
# emp-challenge list --stats: per agent (sorted), challenges opened and
# how many are withdrawn, approved, denied, revoked and pending, the
# approval rate (approved and revoked over decided) and the median days
# from opening to decision over approved, denied and revoked ones:
#   ana: decided after 1, 2 and 4 days -> median 2; 1 of 3 approved
#   bob: decided after 0.5 and 1.25 days -> median 0.875 -> 0.88; both
#        approved, one of them revoked later (its decision still counts)
#   cy:  withdrawn only -> no rate, no median
# --by cause and --by decider group the same challenges by the cause
# given on open and by who decided.
. "${0%/*}/../lib.sh"

people
export EMP_LEDGER=l.csv
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat
survey,2026-02-28T00:00:00Z,ana,A1,1
survey,2026-02-28T00:00:00Z,ana,A2,1
survey,2026-02-28T00:00:00Z,ana,A3,1
survey,2026-02-28T00:00:00Z,ana,A4,1
survey,2026-02-28T00:00:00Z,bob,B1,1
survey,2026-02-28T00:00:00Z,bob,B2,1
survey,2026-02-28T00:00:00Z,cy,C1,1
CSV
at() { clock_at "$1"; key "$2"; shift 2; emp-challenge "$@" >/dev/null; }
at 2026-03-01T00:00:00Z ana open A1 -e ev.csv --grounds g --cause delivery
at 2026-03-01T00:00:00Z ana open A2 -e ev.csv --grounds g --cause delivery
at 2026-03-01T00:00:00Z ana open A3 -e ev.csv --grounds g --cause outage
at 2026-03-01T00:00:00Z ana open A4 -e ev.csv --grounds g --cause outage
at 2026-03-01T00:00:00Z bob open B1 -e ev.csv --grounds g --cause delivery
at 2026-03-01T00:00:00Z bob open B2 -e ev.csv --grounds g --cause pricing
at 2026-03-01T00:00:00Z cy open C1 -e ev.csv --grounds g --cause pricing
at 2026-03-01T12:00:00Z lee approve CH-5
at 2026-03-02T00:00:00Z lee deny CH-1
at 2026-03-02T06:00:00Z ada approve CH-6
at 2026-03-03T00:00:00Z lee approve CH-2
at 2026-03-05T00:00:00Z ada deny CH-3
at 2026-03-05T00:00:00Z cy withdraw CH-7
at 2026-03-06T00:00:00Z lee revoke CH-6 --note 'wrong review'
run 0 emp-challenge list --stats
check_out <<'EOF2'
agent,opened,withdrawn,approved,denied,revoked,pending,approval_rate,median_days
ana,4,0,1,2,0,1,0.33,2
bob,2,0,1,0,1,0,1,0.88
cy,1,1,0,0,0,0,,
EOF2
check_err </dev/null
run 0 emp-challenge list --stats --agent bob --text
check_out <<'EOF2'
agent  opened  withdrawn  approved  denied  revoked  pending  approval_rate  median_days
bob    2       0          1         0       1        0        1              0.88
EOF2
run 0 emp-challenge list --stats --by cause
check_out <<'EOF2'
cause,opened,withdrawn,approved,denied,revoked,pending,approval_rate,median_days
delivery,3,0,2,1,0,0,0.67,1
outage,2,0,0,1,0,1,0,4
pricing,2,1,0,0,1,0,1,1.25
EOF2
run 0 emp-challenge list --stats --by decider
check_out <<'EOF2'
decider,opened,withdrawn,approved,denied,revoked,pending,approval_rate,median_days
ada,2,0,0,1,1,0,0.5,2.63
lee,3,0,2,1,0,0,0.67,1
EOF2
