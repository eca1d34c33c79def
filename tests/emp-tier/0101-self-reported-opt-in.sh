#!/bin/sh
# emp-tier: the built-in policy gates on no self-reported measure
# (confidence, esat: the agents' own answers), but a policy may opt in,
# and "min confidence 4" then gates like any other minimum.  A two-level
# policy, monthly scores, review day 2026-01-31; every agent at L1 $25:
#   sure     confidence 4.5 (n=2) >= 4, qa 80 >= 70: raise to 50
#   edge     confidence 4 exactly (n=2): passes, raise to 50
#   unsure   confidence 3 (n=2) < 4: held back, blocked by confidence
#   quiet    confidence 5 with n=1 < sample 2: unknown, hold
# Under the built-in policy (no confidence gate; its level 1 wants qa 70
# and, for a raise, decision_escalated 0.2) all four raise alike.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POLICY'
level 1 Information access
	limits 25 50
	tenure 0
	periods 1
	sample 2
	min qa 70
	min confidence 4

level 2 Process flexibility
	limits 50 100
	tenure 2
	periods 2
	sample 2
	min qa 80
POLICY
cat >roster.csv <<'CSV'
agent,team,hired,level,limit
sure,A,2025-01-06,1,25
edge,A,2025-01-06,1,25
unsure,A,2025-01-06,1,25
quiet,A,2025-01-06,1,25
CSV
cat >scores.csv <<'CSV'
period,group,key,team,qa,qa_n,confidence,confidence_n,decision_escalated,decision_escalated_n
2026-01,agent,sure,A,80,3,4.5,2,0.5,2
2026-01,agent,edge,A,80,3,4,2,0.5,2
2026-01,agent,unsure,A,80,3,3,2,0.5,2
2026-01,agent,quiet,A,80,3,5,1,0.5,2
CSV

run 0 emp-tier --print-policy
grep -q confidence out && fail "the built-in policy gates on confidence"
grep -q esat out && fail "the built-in policy gates on esat"

run 0 emp-tier -q -r roster.csv -p policy.txt scores.csv
check_out <<'CSV'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by
edge,A,12.8,1,25,1,50,50,raise,qa 80>=70 (n=3); confidence 4>=4 (n=2); periods 1>=1,
quiet,A,12.8,1,25,1,25,25,hold,qa 80>=70 (n=3); confidence 5 (n=1<2); periods 0<1,confidence 5 (n=1<2)
sure,A,12.8,1,25,1,50,50,raise,qa 80>=70 (n=3); confidence 4.5>=4 (n=2); periods 1>=1,
unsure,A,12.8,1,25,1,25,25,hold,qa 80>=70 (n=3); confidence 3<4 (n=2); periods 0<1; shortfall 1<3,confidence 3<4 (n=2)
CSV

run 0 emp-tier -q -r roster.csv scores.csv
awk -F, 'NR > 1 { print $1, $9 }' out >actions.txt
check_file actions.txt <<'EOF2'
edge raise
quiet raise
sure raise
unsure raise
EOF2
