#!/bin/sh
# emp-tier: ISO weeks follow each other across the year (2025-W52 ends on
# Sunday 2025-12-28; 2026-W01 runs from Monday 2025-12-29 to Sunday
# 2026-01-04), and the evidence window is counted in days from the end of
# the latest whole week on or before the review day.  The policy's window
# is 14 days: two weeks.  The scores come from emp-score --by week.
#
# --as-of 2026-01-04 (the Sunday of W01): the window ends on 2026-01-04
# and holds W52 and W01 (W02 is after the review day).  ana (L2 at its top
# 200, hired 2025-11-03: 62 days x 480 / 1461 = 20.4: tenure 2) pools qa
# 95, 93, 91, 88, 90, 92 = 549 / 6 = 91.5 >= 85 and tenure 2 >= 2: both
# level 3 rungs pass, 200 and 500: promote to 3 at 500.  ben's only row is
# in W02, outside the window: every gate unknown (n=0<2), hold.
#
# Without --as-of the review day is 2026-01-11, the Sunday of W02, the
# latest week: the window is W01 and W02, and W52 drops out.  ana pools
# 88, 90, 92, 70, 72, 74 = 486 / 6 = 81: L2's qa 80 passes (no review),
# L3's 85 does not, and the interval 81 +- 1.96 x 50 / sqrt(6) =
# 40.992-121.008, cut to the scale 40.992-100, reaches 85: short, not clear: hold, blocked by qa
# (tenure 69 days: 2.2 >= 2).  ben: qa 74 from one evaluation (n=1<2).
. "${0%/*}/../lib.sh"

cat >policy.txt <<'EOF'
window 14
high-value 2
level 1 Starter
	limits 25 50
level 2 Flexible
	limits 50 200
	sample 2
	min qa 80
level 3 Trusted
	limits 200 500
	tenure 2
	sample 2
	min qa 85
EOF
cat >roster.csv <<'EOF'
agent,team,hired,level,limit
ana,A,2025-11-03,2,200
ben,A,2025-06-02,2,50
EOF
cat >events.csv <<'EOF'
kind,ts,agent,team,resolved,escalated,transferred,qa,amount
qa,2025-12-23T10:00:00Z,ana,A,,,,95,
qa,2025-12-24T10:00:00Z,ana,A,,,,93,
qa,2025-12-24T11:00:00Z,ana,A,,,,91,
qa,2025-12-30T10:00:00Z,ana,A,,,,88,
qa,2025-12-31T10:00:00Z,ana,A,,,,90,
qa,2026-01-02T10:00:00Z,ana,A,,,,92,
qa,2026-01-06T10:00:00Z,ana,A,,,,70,
qa,2026-01-07T10:00:00Z,ana,A,,,,72,
qa,2026-01-08T10:00:00Z,ana,A,,,,74,
qa,2026-01-06T10:00:00Z,ben,A,,,,74,
EOF
emp-score -q --by week -g agent -m qa=1 events.csv >scores.csv
run 0 emp-tier -r roster.csv -p policy.txt --as-of 2026-01-04 scores.csv
check_out <<'EOF'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,2,2,200,3,500,1000,promote,tenure 2>=2; qa 91.5>=85 (n=6),,2025-W52..2026-W01
ben,A,7,2,50,2,50,100,hold,qa ? (n=0<2: needs 2 more QA evaluations),qa ? (n=0<2: needs 2 more QA evaluations),2025-W52..2026-W01
EOF
check_err <<'EOF'
emp-tier: 2 agents: 1 promote, 0 raise, 1 hold, 0 review; 0 in the scores but not the roster, 0 in the roster without scores, 0 left; 0 rows rejected; window 2025-W52..2026-W01
EOF

run 0 emp-tier -r roster.csv -p policy.txt scores.csv
check_out <<'EOF'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,2.2,2,200,2,200,400,hold,"tenure 2.2>=2; qa 81<85 (n=6, 95% 40.992-100: not clear)","qa 81<85 (n=6, 95% 40.992-100: not clear)",2026-W01..2026-W02
ben,A,7.3,2,50,2,50,100,hold,qa 74 (n=1<2: needs 1 more QA evaluation),qa 74 (n=1<2: needs 1 more QA evaluation),2026-W01..2026-W02
EOF
check_err <<'EOF'
emp-tier: 2 agents: 0 promote, 0 raise, 2 hold, 0 review; 0 in the scores but not the roster, 0 in the roster without scores, 0 left; 0 rows rejected; window 2026-W01..2026-W02
EOF
