#!/bin/sh
# emp-tier: each rule at its boundary, one agent per case, under a small
# three-level policy (below): the ladder is (1,25) (1,50) (2,50) (2,100)
# (2,150) (3,150) (3,300); (2,50) needs tenure 2, (2,100) 2.5, (2,150) 3,
# level 3 tenure 4; level 3's qa gate is raise-only (not at (3,150)).
# Weekly scores 2026-W06 (02-02..02-08) to 2026-W10 (03-02..03-08): the
# review day is 2026-03-08 and the 28-day window is W07..W10 (02-09 to
# 03-08); W06 is just outside.  Tenure = floor(days x 480 / 1461) tenths
# from the hire date to the review day; 2025-01-05 is 427 days: 14.
# Intervals: Wilson's for resolved_rate (computed by hand), qa +- 1.96 x 50/sqrt(n).
#   at-threshold  L1 25: resolved_rate 14/20 = 0.7 and qa 80 exactly at L1's
#                 thresholds: pass; (2,50) wants resolved_rate 0.75: raise to 50
#   short         L1 25: resolved_rate 13/20 = 0.65 < 0.7, Wilson 0.4329-0.8188
#                 reaches 0.7: not clear: hold (not review), blocked by resolved_rate
#   clear         L1 25: resolved_rate 6/20 = 0.3, Wilson 0.1455-0.519 below 0.7:
#                 review; reasons are L1's gates, blocked_by the clear one
#   n-short       L1 25: resolved_rate of 9 contacts < sample 10: unknown, "needs 1
#                 more contact": hold
#   qa-n-short    L1 25: qa of 2 < n=3: "needs 1 more QA evaluation": hold
#   no-scores     L1 25, in the roster only: every gate unknown (n=0): hold
#   ten-below     L1 50, hired 2026-01-07: 60 days = 1.97: 1.9 < 2: hold,
#                 blocked by tenure (L1's gates pass)
#   ten-at        L1 50, hired 2026-01-06: 61 days = 2.004: 2 >= 2:
#                 promote to (2,50), the same amount; (2,100) needs 2.5
#   jump          L1 25, tenure 14, resolved_rate 0.9, qa 95: every rung passes up
#                 to (3,300): promote from 1/25 to 3/300 in one review
#   jump-stop     as jump but qa 85 < 90 (raise-only at (3,300)): stops at
#                 (3,150): promote to 3/150
#   keep-limit    L2 175 (outside level 2's 50-150: warned, kept); (3,150)
#                 passes, (3,300) does not (qa 85): promote to 3, and the
#                 limit stays 175: nothing lowers a limit
#   top           L3 300, the top rung: hold, reasons its own gates
#   bad-outside   L2 50: resolved_rate 0/40 in W06 (outside), 18/20 in W08, W09,
#                 W10: 54/60 = 0.9: climbs to (3,150) (no qa for (3,300))
#   bad-inside    the same bad week in W07 (inside): 54/100 = 0.54,
#                 Wilson 0.4426-0.6344 below L2's 0.75: review
#   late          L1 25: all its evidence in W10 (resolved_rate 20/20, qa 90 of 3):
#                 climbs to (3,300)
#   stranger      in the scores only: reported, not listed
#   left          exit 2026-03-01, before the review day: not listed
# rec_limit_high_value = rec_limit x 1.5; team and all rows are ignored.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'EOF'
# three levels, small on purpose
window 28
high-value 1.5

level 1 One
	limits 25 50
	sample 10
	min resolved_rate 0.7
	min qa 80 n=3

level 2 Two
	limits 50 100 150
	tenures 2 2.5 3
	sample 10
	min resolved_rate 0.75

level 3 Three
	limits 150 300
	tenure 4
	sample 10
	min resolved_rate 0.8
	raise-min qa 90 n=3
EOF
cat >roster.csv <<'EOF'
Agent,Team,Hire Date,Exit Date,Level,Limit
at-threshold,A,2025-01-05,,1,25
short,A,2025-01-05,,1,25
clear,A,2025-01-05,,1,$25.00
n-short,A,2025-01-05,,1,25
qa-n-short,A,2025-01-05,,1,25
no-scores,A,2025-01-05,,1,
ten-below,B,2026-01-07,,1,50
ten-at,B,2026-01-06,,1,50
jump,B,2025-01-05,,1,25
jump-stop,B,2025-01-05,,1,25
keep-limit,B,2025-01-05,,2,175
top,C,2025-01-05,,3,300
bad-outside,C,2025-01-05,,2,50
bad-inside,C,2025-01-05,,2,50
late,C,2025-01-05,,1,25
left,C,2025-01-05,2026-03-01,1,25
EOF
cat >scores.csv <<'EOF'
period,group,key,team,resolved_rate,resolved_rate_n,qa,qa_n
2026-W10,agent,at-threshold,A,0.7,20,80,3
2026-W10,agent,short,A,0.65,20,85,3
2026-W10,agent,clear,A,0.3,20,85,3
2026-W10,agent,n-short,A,0.8889,9,85,3
2026-W10,agent,qa-n-short,A,0.9,20,95,2
2026-W10,agent,ten-below,B,0.9,20,85,3
2026-W10,agent,ten-at,B,0.9,20,85,3
2026-W10,agent,jump,B,0.9,20,95,3
2026-W10,agent,jump-stop,B,0.9,20,85,3
2026-W10,agent,keep-limit,B,0.9,20,85,3
2026-W10,agent,top,C,0.9,20,85,3
2026-W06,agent,bad-outside,C,0,40,,0
2026-W08,agent,bad-outside,C,0.9,20,,0
2026-W09,agent,bad-outside,C,0.9,20,,0
2026-W10,agent,bad-outside,C,0.9,20,,0
2026-W07,agent,bad-inside,C,0,40,,0
2026-W08,agent,bad-inside,C,0.9,20,,0
2026-W09,agent,bad-inside,C,0.9,20,,0
2026-W10,agent,bad-inside,C,0.9,20,,0
2026-W10,agent,late,C,1,20,90,3
2026-W10,agent,stranger,C,0.9,20,90,3
2026-W10,agent,left,C,0.9,20,90,3
2026-W10,team,A,A,0.1,20,10,3
2026-W10,all,all,,0.1,20,10,3
EOF
run 0 emp-tier -r roster.csv -p policy.txt scores.csv
check_out <<'EOF'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
at-threshold,A,14,1,25,1,50,75,raise,resolved_rate 0.7>=0.7 (n=20); qa 80>=80 (n=3),,2026-W07..2026-W10
bad-inside,C,14,2,50,2,50,75,review,"resolved_rate 0.54<0.75 (n=100, 95% 0.4426-0.6344: clear)","resolved_rate 0.54<0.75 (n=100, 95% 0.4426-0.6344: clear)",2026-W07..2026-W10
bad-outside,C,14,2,50,3,150,225,promote,tenure 14>=4; resolved_rate 0.9>=0.8 (n=60),,2026-W07..2026-W10
clear,A,14,1,25,1,25,37.5,review,"resolved_rate 0.3<0.7 (n=20, 95% 0.1455-0.519: clear); qa 85>=80 (n=3)","resolved_rate 0.3<0.7 (n=20, 95% 0.1455-0.519: clear)",2026-W07..2026-W10
jump,B,14,1,25,3,300,450,promote,tenure 14>=4; resolved_rate 0.9>=0.8 (n=20); qa 95>=90 (n=3),,2026-W07..2026-W10
jump-stop,B,14,1,25,3,150,225,promote,tenure 14>=4; resolved_rate 0.9>=0.8 (n=20),,2026-W07..2026-W10
keep-limit,B,14,2,175,3,175,262.5,promote,tenure 14>=4; resolved_rate 0.9>=0.8 (n=20),,2026-W07..2026-W10
late,C,14,1,25,3,300,450,promote,tenure 14>=4; resolved_rate 1>=0.8 (n=20); qa 90>=90 (n=3),,2026-W07..2026-W10
n-short,A,14,1,25,1,25,37.5,hold,resolved_rate 0.8889 (n=9<10: needs 1 more contact); qa 85>=80 (n=3),resolved_rate 0.8889 (n=9<10: needs 1 more contact),2026-W07..2026-W10
no-scores,A,14,1,25,1,25,37.5,hold,resolved_rate ? (n=0<10: needs 10 more contacts); qa ? (n=0<3: needs 3 more QA evaluations),resolved_rate ? (n=0<10: needs 10 more contacts),2026-W07..2026-W10
qa-n-short,A,14,1,25,1,25,37.5,hold,resolved_rate 0.9>=0.7 (n=20); qa 95 (n=2<3: needs 1 more QA evaluation),qa 95 (n=2<3: needs 1 more QA evaluation),2026-W07..2026-W10
short,A,14,1,25,1,25,37.5,hold,"resolved_rate 0.65<0.7 (n=20, 95% 0.4329-0.8188: not clear); qa 85>=80 (n=3)","resolved_rate 0.65<0.7 (n=20, 95% 0.4329-0.8188: not clear)",2026-W07..2026-W10
ten-at,B,2,1,50,2,50,75,promote,tenure 2>=2; resolved_rate 0.9>=0.75 (n=20),,2026-W07..2026-W10
ten-below,B,1.9,1,50,1,50,75,hold,tenure 1.9<2; resolved_rate 0.9>=0.75 (n=20),tenure 1.9<2,2026-W07..2026-W10
top,C,14,3,300,3,300,450,hold,resolved_rate 0.9>=0.8 (n=20),,2026-W07..2026-W10
EOF
check_err <<'EOF'
emp-tier: roster.csv:12: field 'limit': 175 is outside level 2's limits, 50 to 150
emp-tier: agent 'no-scores' is in the roster but has no scores
emp-tier: agent 'stranger' is in the scores but not in the roster: not listed
emp-tier: 15 agents: 6 promote, 1 raise, 6 hold, 2 review; 1 in the scores but not the roster, 1 in the roster without scores, 1 left; 0 rows rejected; window 2026-W07..2026-W10
EOF

# The window moves with the review day.  --as-of 2026-03-04, a Wednesday:
# W10 is not whole by then and is left out; the window is the 28 days
# ending with W09 (ending 03-01): W06..W09.  bad-outside's bad W06 now
# counts: 36/80 = 0.45, Wilson 0.3458-0.5588: review; bad-inside the same.
# late has nothing in the window: unknown, hold.  ten-at: 57 days = 1.8.
pick() {
	awk -F, '$1 == "bad-outside" || $1 == "bad-inside" || $1 == "late" ||
	    $1 == "ten-at" { print $1, $3, $6, $7, $9, $NF }' out >picked
}
run 0 emp-tier -q -r roster.csv -p policy.txt --as-of 2026-03-04 scores.csv
pick
check_file picked <<'EOF'
bad-inside 13.8 2 50 review 2026-W06..2026-W09
bad-outside 13.8 2 50 review 2026-W06..2026-W09
late 13.8 1 25 hold 2026-W06..2026-W09
ten-at 1.8 1 50 hold 2026-W06..2026-W09
EOF
grep '^bad-outside,' out | grep -q '"resolved_rate 0.45<0.75 (n=80, 95% 0.3458-0.5588: clear)"' ||
    fail "bad-outside's pooled resolved_rate over W06..W09"
grep '^late,' out | grep -q ',resolved_rate ? (n=0<10: needs 10 more contacts),' ||
    fail "late has no evidence in W06..W09"
grep '^ten-at,' out | grep -q ',tenure 1.8<2,' || fail "ten-at's tenure on 03-04"

# --include-partial: the period the review day is in counts: the window
# ends with W10 (03-02..03-08), which holds 03-04, and holds the weeks
# overlapping the 28 days before its end: W07..W10, as by default.
# bad-outside's bad W06 is outside it again: 54/60 = 0.9, promoted as
# by default; bad-inside keeps its clear shortfall; late climbs to 3/300
# (tenure 423 days = 13.8); ten-at's tenure on 03-04 is 1.8.
run 0 emp-tier -q -r roster.csv -p policy.txt --as-of 2026-03-04 \
    --include-partial scores.csv
pick
check_file picked <<'EOF'
bad-inside 13.8 2 50 review 2026-W07..2026-W10
bad-outside 13.8 3 150 promote 2026-W07..2026-W10
late 13.8 3 300 promote 2026-W07..2026-W10
ten-at 1.8 1 50 hold 2026-W07..2026-W10
EOF

# --as-of on the Sunday 03-08 gives the default.  On Monday 03-09 W10 is
# still the latest whole week (W11 has no scores): the same window, but a
# day more of tenure: ten-below has 61 days (2) and is promoted like ten-at.
run 0 emp-tier -q -r roster.csv -p policy.txt --as-of 2026-03-08 scores.csv
cp out a
run 0 emp-tier -q -r roster.csv -p policy.txt scores.csv
check_out a
run 0 emp-tier -q -r roster.csv -p policy.txt --as-of 2026-03-09 scores.csv
grep '^ten-below,' out >got
check_file got <<'EOF'
ten-below,B,2,1,50,2,50,75,promote,tenure 2>=2; resolved_rate 0.9>=0.75 (n=20),,2026-W07..2026-W10
EOF

# Before any whole week: no evidence, so every agent holds (a warning,
# exit 0: a weekly job in a new centre's first days keeps publishing);
# the window column is empty.
run 0 emp-tier -q -r roster.csv -p policy.txt --as-of 2026-02-07 scores.csv
awk -F, 'NR > 1 { print $9 "," $NF }' out | sort -u >got
check_file got <<'EOF'
hold,
EOF
check_err <<'EOF'
emp-tier: roster.csv:12: field 'limit': 175 is outside level 2's limits, 50 to 150
emp-tier: no whole period on or before the review day, 2026-02-07: no evidence, every agent holds (--as-of, --include-partial)
emp-tier: agent 'no-scores' is in the roster but has no scores
emp-tier: agent 'stranger' is in the scores but not in the roster: not listed
EOF
