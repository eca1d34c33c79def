#!/bin/sh
# emp-tier: the built-in policy gates on no self-reported measure
# (confidence, esat: the agents' own answers), but a policy may opt in,
# and "min confidence 4" then gates like any other minimum of a bounded
# mean (confidence is 1-5: the 95% interval is value +- 1.96 x 2 /
# sqrt(n)).  A two-level policy, monthly scores, review day 2026-01-31
# (the end of the only month: the window); every agent at L1 $25, hired
# 2025-01-06 (390 days: 12.8 months).  Level 2 wants qa 85, which no one
# has (80), so the climb stops at the rung (1,50):
#   sure     confidence 4.5 (n=2) >= 4, qa 80 >= 70: raise to 50
#   edge     confidence 4 exactly (n=2): passes, raise to 50
#   unsure   confidence 3 (n=2) < 4, interval 3 +- 2.7718 = 0.228-5.772, cut to the 1-5 scale: 1-5
#            reaches 4: not clear: hold, blocked by confidence
#   doubt    confidence 2 (n=20) < 4, interval 2 +- 0.8765 = 1.123-2.877
#            lies below 4: a clear shortfall of its own level: review
#   quiet    confidence 5 with n=1 < sample 2: unknown (needs 1 more
#            pulse answer), hold
# Under the built-in policy (no confidence gate) all five climb alike to
# level 2 at 200: every L1 and L2 gate passes (resolved_rate 0.8, transfer 0.1,
# csat_rate 0.9 of 10, qa 80), tenure 12.8 clears every L2 tenure, and
# level 3's sample of 30 contacts is not there (resolved_rate n=20).
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POLICY'
level 1 Information access
	limits 25 50
	sample 2
	min qa 70
	min confidence 4

level 2 Process flexibility
	limits 50 100
	tenure 2
	sample 2
	min qa 85
POLICY
cat >roster.csv <<'CSV'
agent,team,hired,level,limit
sure,A,2025-01-06,1,25
edge,A,2025-01-06,1,25
unsure,A,2025-01-06,1,25
doubt,A,2025-01-06,1,25
quiet,A,2025-01-06,1,25
CSV
cat >scores.csv <<'CSV'
period,group,key,team,resolved_rate,resolved_rate_n,transfer_rate,transfer_rate_n,csat_rate,csat_rate_n,qa,qa_n,confidence,confidence_n
2026-01,agent,sure,A,0.8,20,0.1,20,0.9,10,80,3,4.5,2
2026-01,agent,edge,A,0.8,20,0.1,20,0.9,10,80,3,4,2
2026-01,agent,unsure,A,0.8,20,0.1,20,0.9,10,80,3,3,2
2026-01,agent,doubt,A,0.8,20,0.1,20,0.9,10,80,3,2,20
2026-01,agent,quiet,A,0.8,20,0.1,20,0.9,10,80,3,5,1
CSV

run 0 emp-tier --print-policy
grep -q confidence out && fail "the built-in policy gates on confidence"
grep -q esat out && fail "the built-in policy gates on esat"

run 0 emp-tier -q -r roster.csv -p policy.txt scores.csv
check_out <<'CSV'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
doubt,A,12.8,1,25,1,25,25,review,"qa 80>=70 (n=3); confidence 2<4 (n=20, 95% 1.123-2.877: clear)","confidence 2<4 (n=20, 95% 1.123-2.877: clear)",2026-01
edge,A,12.8,1,25,1,50,50,raise,qa 80>=70 (n=3); confidence 4>=4 (n=2),,2026-01
quiet,A,12.8,1,25,1,25,25,hold,qa 80>=70 (n=3); confidence 5 (n=1<2: needs 1 more pulse answer),confidence 5 (n=1<2: needs 1 more pulse answer),2026-01
sure,A,12.8,1,25,1,50,50,raise,qa 80>=70 (n=3); confidence 4.5>=4 (n=2),,2026-01
unsure,A,12.8,1,25,1,25,25,hold,"qa 80>=70 (n=3); confidence 3<4 (n=2, 95% 1-5: not clear)","confidence 3<4 (n=2, 95% 1-5: not clear)",2026-01
CSV
check_err </dev/null

run 0 emp-tier -q -r roster.csv scores.csv
awk -F, 'NR > 1 { print $1, $6, $7, $9 }' out >actions.txt
check_file actions.txt <<'EOF2'
doubt 2 200 promote
edge 2 200 promote
quiet 2 200 promote
sure 2 200 promote
unsure 2 200 promote
EOF2
