#!/bin/sh
# emp-tier --plan with --compare and --explain.
#  - With --compare, qa_needed comes last, after alt_level, alt_limit and
#    alt_action, and is the first policy's: the same numbers as without
#    --compare, though the second policy asks for other samples.
#  - --explain --plan adds one line, "plan: ...", after the
#    recommendation; without --plan there is none.
#  - A policy without a qa gate: qa_needed is 0 for everyone, and
#    --explain says no qa gate bears on the recommendation.
# Weekly scores, review day 2026-02-22, window 2026-W05..2026-W08.
#   q1  L2 50, good, 1 QA evaluation: hold on qa; level 2's sample, 3, -1.
#   q2  L1 25, excellent, 12 QA evaluations: climbs to the top: 0.
#   q3  L1 25, no scores: the full sample of level 1, 3.
. "${0%/*}/../lib.sh"

emp-tier --print-policy >builtin.txt
# the second policy: every qa sample 10
sed 's/^\(	min qa [0-9]*\) n=[0-9]*$/\1 n=10/' builtin.txt >ten.txt
[ "$(grep -c '	min qa [0-9]* n=10$' ten.txt)" = 4 ] || fail "ten.txt"
# and one without qa gates
grep -v '	min qa ' builtin.txt >noqa.txt

cat >roster.csv <<'ROS'
agent,team,level,limit,hired
q1,A,2,50,2024-01-01
q2,A,1,25,2024-01-01
q3,A,1,25,2024-01-01
ROS
awk 'BEGIN { OFS = ","
	print "period,group,key,team,resolved_rate,resolved_rate_n,transfer_rate," \
	    "transfer_rate_n,csat_rate,csat_rate_n,qa,qa_n"
	for (w = 5; w <= 8; w++) {
		p = sprintf("2026-W%02d", w)
		print p, "agent", "q1", "A", 0.9, 50, 0.05, 50, 0.95, 20,
		    (w == 6 ? 95 : ""), (w == 6 ? 1 : 0)
		print p, "agent", "q2", "A", 0.9, 50, 0.05, 50, 0.95, 20, 95, 3
	}
}' >scores.csv

run 0 emp-tier -q -r roster.csv --plan --as-of 2026-02-22 scores.csv
awk -F, 'NR > 1 { print $1, $NF }' out >base.txt
check_file base.txt <<'EOF2'
q1 2
q2 0
q3 3
EOF2

run 0 emp-tier -r roster.csv --plan --compare ten.txt --as-of 2026-02-22 \
    scores.csv
head -n 1 out >header
check_file header <<'EOF2'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window,alt_level,alt_limit,alt_action,qa_needed
EOF2
# under ten.txt q2's 12 QA evaluations pass the qa gates too: the same
# rung; the first policy's qa_needed
awk -F, 'NR > 1 { print $1, $(NF - 3), $(NF - 2), $(NF - 1), $NF }' out \
    >alt.txt
check_file alt.txt <<'EOF2'
q1 2 50 hold 2
q2 4 500 promote 0
q3 1 25 hold 3
EOF2
check_err <<'ERR'
emp-tier: agent 'q3' is in the roster but has no scores
emp-tier: 3 agents: 1 promote, 0 raise, 2 hold, 0 review; 0 in the scores but not the roster, 1 in the roster without scores, 0 left; 0 rows rejected; window 2026-W05..2026-W08; under ten.txt: 0 would move; plan: 5 QA evaluations for 2 agents
ERR

# --explain --plan: the line after the recommendation's
run 0 emp-tier -r roster.csv --plan --explain q1 --as-of 2026-02-22 \
    scores.csv
grep '^plan' out >plan.txt
check_file plan.txt <<'EOF2'
plan: qa needs 2 more QA evaluations to be decided (n=1<3 in the window)
EOF2
sed -n '/^blocked by/{n;p;}' out >after.txt
check_file after.txt plan.txt
check_err <<'ERR'
emp-tier: agent 'q3' is in the roster but has no scores
ERR
run 0 emp-tier -r roster.csv --plan --explain q2 --as-of 2026-02-22 \
    scores.csv
grep '^plan' out >plan.txt
check_file plan.txt <<'EOF2'
plan: qa has its sample (n=12>=3 in the window): no more QA evaluations needed
EOF2
run 0 emp-tier -r roster.csv --plan --explain q3 --as-of 2026-02-22 \
    scores.csv
grep '^plan' out >plan.txt
check_file plan.txt <<'EOF2'
plan: qa needs 3 more QA evaluations to be decided (n=0<3 in the window)
EOF2
# without --plan: no such line
run 0 emp-tier -r roster.csv --explain q1 --as-of 2026-02-22 scores.csv
if grep -q '^plan' out; then fail "a plan line without --plan"; fi

# no qa gate: nothing to plan
run 0 emp-tier -r roster.csv -p noqa.txt --plan --as-of 2026-02-22 \
    scores.csv
awk -F, 'NR > 1 { print $1, $NF }' out >noqa.out
check_file noqa.out <<'EOF2'
q1 0
q2 0
q3 0
EOF2
grep -q '; plan: 0 QA evaluations for 0 agents$' err || fail "$(cat err)"
run 0 emp-tier -r roster.csv -p noqa.txt --plan --explain q3 \
    --as-of 2026-02-22 scores.csv
grep '^plan' out >plan.txt
check_file plan.txt <<'EOF2'
plan: no qa gate bears on the recommendation: no QA evaluations needed
EOF2
