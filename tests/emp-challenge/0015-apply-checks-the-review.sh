#!/bin/sh
# emp-challenge apply: an approved challenge marks its review only when the
# review is negative and the challenging agent's.  Without --events, open
# cannot check either: bob challenges ana's 5-star review Z-2 and a lead
# approves it; ana challenges her own positive Z-4; both are reported
# with file:line, not applied, and the exit status is 1.  ana's Z-3
# (csat 1) is marked.
. "${0%/*}/../lib.sh"

export EMP_LEDGER=l.csv EMP_NOW=2026-03-05T10:00:00Z
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat,challenge
survey,2026-03-02T09:00:00Z,ana,Z-2,5,
survey,2026-03-02T09:00:00Z,ana,Z-3,1,
survey,2026-03-02T09:00:00Z,ana,Z-4,4,
CSV
emp-challenge --as bob open Z-2 --grounds 'not my fault' >/dev/null
emp-challenge --as ana open Z-3 --grounds 'courier' >/dev/null
emp-challenge --as ana open Z-4 --grounds 'policy' >/dev/null
for c in CH-1 CH-2 CH-3; do
	emp-challenge --as lee approve "$c" >/dev/null
done
run 1 emp-challenge apply ev.csv
check_out <<'CSV'
kind,ts,agent,id,csat,challenge
survey,2026-03-02T09:00:00Z,ana,Z-2,5,
survey,2026-03-02T09:00:00Z,ana,Z-3,1,CH-2
survey,2026-03-02T09:00:00Z,ana,Z-4,4,
CSV
check_err <<'EOF'
emp-challenge: ev.csv:2: CH-1 not applied: the review is ana's, not bob's
emp-challenge: ev.csv:4: CH-3 not applied: the review is not negative
emp-challenge: 3 events read, 1 reviews marked; 1 of 3 approved challenges found; 2 not applied (another agent's review, or not negative)
EOF
