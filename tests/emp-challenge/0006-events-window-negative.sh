#!/bin/sh
# emp-challenge: open --events FILE checks the review: it must be in the
# events, be a review (csat, nps or qa: a contact with the same id is not
# one), be negative (csat <= 2, nps <= 6, qa below --qa-below, default
# 70), and be at most --window days old (default 14).
#   the clock at 2026-03-20T10:00:00Z; S1 at 03-06T10:00 is exactly 14 days
#   old: allowed; S0 at 03-06T09:59:59 is 14 days and 1 s old: refused
#   (14 whole days in the message); with --window 15 it is allowed.
. "${0%/*}/../lib.sh"

people
key ana
clock_at 2026-03-20T10:00:00Z
export EMP_LEDGER=l.csv
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat,nps,qa
contact,2026-03-19T09:00:00Z,ana,C1,,,
survey,2026-03-06T10:00:00Z,ana,S1,2,,
survey,2026-03-06T09:59:59Z,ana,S0,1,,
survey,2026-03-19T09:00:00Z,ana,S5,3,7,
survey,2026-03-19T09:00:00Z,ana,N6,,6,
qa,2026-03-19T09:00:00Z,ana,Q70,,,70
qa,2026-03-19T09:00:00Z,ana,Q69,,,69.5
contact,2026-03-19T09:00:00Z,ana,X1,,,
survey,2026-03-19T09:00:00Z,ana,X1,1,,
CSV
run 0 emp-challenge open S1 -e ev.csv --grounds 'courier'
check_out <<'EOF2'
CH-1
EOF2
run 1 emp-challenge open S0 -e ev.csv --grounds 'courier'
check_out </dev/null
check_err <<'EOF2'
emp-challenge: review 'S0' is 14 days old: a challenge must be opened within 14 days of the review (--window)
EOF2
# without grounds, that is what is said first, whatever else is wrong
run 1 emp-challenge open S0 -e ev.csv
check_err <<'EOF2'
emp-challenge: grounds are mandatory: say why the review was not the agent's fault (--grounds)
EOF2
run 0 emp-challenge open S0 -e ev.csv --grounds 'courier' --window 15
check_out <<'EOF2'
CH-2
EOF2
run 1 emp-challenge open S5 -e ev.csv --grounds 'courier'
check_err <<'EOF2'
emp-challenge: review 'S5' is not negative (csat <= 2, nps <= 6 or qa below the --qa-below threshold): it cannot be challenged
EOF2
run 0 emp-challenge open N6 -e ev.csv --grounds 'courier'
check_out <<'EOF2'
CH-3
EOF2
run 1 emp-challenge open Q70 -e ev.csv --grounds 'policy'
check_err_line "emp-challenge: review 'Q70' is not negative (csat <= 2, nps <= 6 or qa below the --qa-below threshold): it cannot be challenged"
run 0 emp-challenge open Q70 -e ev.csv --grounds 'policy' --qa-below 80
run 0 emp-challenge open Q69 -e ev.csv --grounds 'policy'
run 1 emp-challenge open C1 -e ev.csv --grounds 'courier'
check_err <<'EOF2'
emp-challenge: review 'C1' is not in ev.csv: only a review can be challenged
EOF2
run 1 emp-challenge open S9 -e ev.csv --grounds 'courier'
check_err <<'EOF2'
emp-challenge: review 'S9' is not in ev.csv: only a review can be challenged
EOF2
run 0 emp-challenge open X1 -e ev.csv --grounds 'courier'
check_out <<'EOF2'
CH-6
EOF2
run 1 emp-challenge open S1 -e missing.csv --grounds 'courier'
check_err <<'EOF2'
emp-challenge: missing.csv: No such file or directory
EOF2
