#!/bin/sh
# emp-tier: ISO weeks follow each other across the year (2025-W52 ends on
# Monday 2025-12-29, when 2026-W01 starts), so with --as-of 2026-01-04 the
# later week 2026-W02 is ignored and ana's two weeks of qa 93 and 90 make
# a streak: promote to 3, limit 200 (tenure 62 days = 2.03 -> 2 >= 2).  ben
# has a row only in 2026-W02: in the roster without scores by then.
# Without --as-of the review day is 2026-01-11, the Sunday of 2026-W02.
# The scores come from emp-score --by week.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'EOF'
review 2
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
	periods 2
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
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by
ana,A,2,2,200,3,200,400,promote,tenure 2>=2; qa 90>=85 (n=3); periods 2>=2,
ben,A,7,2,50,2,50,100,hold,qa ? (n=0<2); periods 0<1,qa ? (n=0<2)
EOF
check_err <<'EOF'
emp-tier: agent 'ben' is in the roster but has no scores
emp-tier: 2 agents: 1 promote, 0 raise, 1 hold, 0 review; 0 in the scores but not the roster, 1 in the roster without scores, 0 left; 0 rows rejected
EOF

run 0 emp-tier -q -r roster.csv -p policy.txt scores.csv
check_out <<'EOF'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by
ana,A,2.2,2,200,2,200,400,hold,tenure 2.2>=2; qa 72<85 (n=3); periods 0<2; shortfall 1<2,qa 72<85 (n=3)
ben,A,7.3,2,50,2,50,100,hold,qa 74 (n=1<2); periods 0<1,qa 74 (n=1<2)
EOF
check_err </dev/null
