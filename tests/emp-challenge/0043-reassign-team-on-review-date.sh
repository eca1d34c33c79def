#!/bin/sh
# emp-challenge open --reassign: the colleague must have been in the
# agent's team on the review's date, not only now: cy, who moved from
# team B to team A the day after ana's review, is refused (the review
# was counted for cy, in team A's scores, and decided by team A's lead,
# for a call of the day cy was in team B); bob, in A all along, is not.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
cykey=$(grep '^cy,' roster.csv | cut -d, -f5)
sed 's/^agent,team,role,level,key$/&,effective/; 2,$s/$/,/' roster.csv \
    >r.csv
echo "cy,A,agent,1,$cykey,2026-03-05" >>r.csv
mv r.csv roster.csv
chmod 644 roster.csv
run 1 emp-challenge open S1 -e ev.csv --grounds 'cy took it' --reassign cy
check_err <<'EOF2'
emp-challenge: cy was not in ana's team on the review's date, 2026-03-04T09:00:00Z (the roster's rows then): a review is reassigned within its agent's team
EOF2
check_out </dev/null
[ -e l.csv ] && fail "a refused open created the ledger"
run 0 emp-challenge open S1 -e ev.csv --grounds 'bob took it' --reassign bob
check_out <<'EOF2'
CH-1
EOF2
check_err </dev/null
