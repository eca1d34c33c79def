#!/bin/sh
# emp-tier: --explain prints a readable account of one agent: the review
# day and the evidence window, the standing, the recommendation, the
# ladder above the standing up to the first blocked rung (with the day a
# missing tenure is reached), the gates of the agent's level and of the
# blocked rung's level over the window, and each period of the window.
# Weekly scores; the review day is 2026-01-11, the Sunday of 2026-W02; the
# 14-day window is 2026-W01 (2025-12-29 to 2026-01-04) and 2026-W02.
# Tenure is floor(days x 480 / 1461) tenths of a month.
#   ana  L2 $50, hired 2025-11-03 (69 days: 2.2).  qa 90 and 84 of 2 each:
#        87 (n=4) passes level 2.  The rung (2,200) needs tenure 3: hold,
#        blocked by tenure; 3.0 is reached after ceil(30 x 1461 / 480) =
#        92 days, on 2026-02-03 (91 days give 2.9).
#   bob  L1 $25, hired 2025-12-15 (27 days: 0.8).  qa 75 (n=4): the rung
#        (1,50) passes (no tenure, qa 70): raise to 50; (2,50) needs
#        tenure 2, reached after 61 days, on 2026-02-14, and its qa 80 is
#        short too (75 +- 1.96 x 50 / 2 = 26.001-123.999, cut to the 0-100 scale: 26.001-100: not clear);
#        tenure is named first.
#   cy   L2 $50, hired 2025-06-02 (223 days: 7.3), qa 40 of 10 in W01 and
#        nothing in W02: 40 +- 30.99 = 9.01-70.99 lies below 80: a clear
#        shortfall of its own level: review.
# ana's qa 20 of 9 in 2025-W52 is outside the window and does not count
# (pooled with it, qa would be 40.6 of 13: a clear shortfall).
# An agent the roster does not know is an error (status 1).
. "${0%/*}/../lib.sh"

cat >policy.txt <<'EOF'
window 14
high-value 2
level 1 Starter
	limits 25 50
	sample 3
	min qa 70
level 2 Flexible
	limits 50 200
	tenures 2 3
	sample 3
	min qa 80
EOF
cat >roster.csv <<'EOF'
agent,team,hired,level,limit
ana,A,2025-11-03,2,50
bob,A,2025-12-15,1,25
cy,B,2025-06-02,2,50
EOF
cat >scores.csv <<'EOF'
period,group,key,team,qa,qa_n
2025-W52,agent,ana,A,20,9
2026-W01,agent,ana,A,90,2
2026-W02,agent,ana,A,84,2
2026-W01,agent,bob,A,75,2
2026-W02,agent,bob,A,75,2
2026-W01,agent,cy,B,40,10
EOF
run 0 emp-tier -r roster.csv -p policy.txt --explain ana scores.csv
check_out <<'EOF'
agent ana, team A
as of 2026-01-11; evidence window 2026-W01..2026-W02, 2025-12-29 to 2026-01-11 (2 periods; scores in 2)
standing: level 2 (Flexible), limit 50, tenure 2.2 months (hired 2025-11-03)
recommendation: hold: level 2, limit 50 (100 for high-value customers)
the ladder above the standing:
  level 2, limit 200: blocked by tenure 2.2<3 (tenure reached on 2026-02-03)
blocked by: tenure 2.2<3
gates of level 2 (Flexible) over the window:
  pass     qa 87>=80 (n=4)
the window's periods:
  2026-W01   qa 90 (n=2)
  2026-W02   qa 84 (n=2)
EOF
check_err </dev/null

run 0 emp-tier -r roster.csv -p policy.txt --explain bob scores.csv
check_out <<'EOF'
agent bob, team A
as of 2026-01-11; evidence window 2026-W01..2026-W02, 2025-12-29 to 2026-01-11 (2 periods; scores in 2)
standing: level 1 (Starter), limit 25, tenure 0.8 months (hired 2025-12-15)
recommendation: raise: level 1, limit 50 (100 for high-value customers)
the ladder above the standing:
  level 1, limit 50: passes
  level 2, limit 50: blocked by tenure 0.8<2 (tenure reached on 2026-02-14)
gates of level 1 (Starter) over the window:
  pass     qa 75>=70 (n=4)
gates of level 2 (Flexible) over the window:
  short    qa 75<80 (n=4, 95% 26.001-100: not clear)
the window's periods:
  2026-W01   qa 75 (n=2)
  2026-W02   qa 75 (n=2)
EOF
check_err </dev/null

run 0 emp-tier -r roster.csv -p policy.txt --explain cy scores.csv
check_out <<'EOF'
agent cy, team B
as of 2026-01-11; evidence window 2026-W01..2026-W02, 2025-12-29 to 2026-01-11 (2 periods; scores in 1)
standing: level 2 (Flexible), limit 50, tenure 7.3 months (hired 2025-06-02)
recommendation: review: level 2, limit 50 (100 for high-value customers)
why review: a clear shortfall of level 2 over the window (qa 40<80 (n=10, 95% 9.01-70.99: clear)): a review with the team lead, not a demotion
gates of level 2 (Flexible) over the window:
  FAIL     qa 40<80 (n=10, 95% 9.01-70.99: clear)
the window's periods:
  2026-W01   qa 40 (n=10)
  2026-W02   no scores
EOF
check_err </dev/null

# the table says the same
run 0 emp-tier -q -r roster.csv -p policy.txt scores.csv
check_out <<'EOF'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,2.2,2,50,2,50,100,hold,tenure 2.2<3; qa 87>=80 (n=4),tenure 2.2<3,2026-W01..2026-W02
bob,A,0.8,1,25,1,50,100,raise,qa 75>=70 (n=4),,2026-W01..2026-W02
cy,B,7.3,2,50,2,50,100,review,"qa 40<80 (n=10, 95% 9.01-70.99: clear)","qa 40<80 (n=10, 95% 9.01-70.99: clear)",2026-W01..2026-W02
EOF

run 1 emp-tier -r roster.csv -p policy.txt --explain nobody scores.csv
check_out </dev/null
check_err <<'EOF'
emp-tier: agent 'nobody' is not in the roster roster.csv
EOF
