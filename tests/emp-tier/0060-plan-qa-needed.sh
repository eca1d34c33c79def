#!/bin/sh
# emp-tier --plan: the qa_needed column, last, and the summary's "; plan:
# N QA evaluations for M agents".  The expected numbers are computed here
# from the policy itself (awk reads each level's qa gate sample, its n= or
# else the level's sample, from the policy text) and the QA evaluations
# each agent has in the window, by the rule of emp-tier(1), --plan: the
# qa gates that bear on the recommendation are the own level's and,
# unless the action is review, the next rung's above the recommendation
# (none at the top of the ladder); qa_needed = the largest of their
# samples - n, or 0.  Two policies: the built-in one, and the same with
# other samples (level 2's above level 3's, so that the own level's
# counts for p4), to show the numbers follow the policy.
# Weekly scores, review day 2026-02-22, window 2026-W05..2026-W08.
#   p1  L1 25, no scores at all: hold; the full sample of level 1.
#   p2  L2 50, good, 1 QA evaluation: hold on qa; next rung (2,100).
#   p3  L3 200, good, 2 QA evaluations: hold on qa; next rung (3,300).
#   p4  L2 200 (the level's top), good, 3 QA evaluations: passes level
#       2's qa at 3, the next rung is (3,200): levels 2 and 3.
#   p5  L1 25, excellent, 12: climbs to the top (4,500): own level only; 0.
#   p6  L2 50, qa 10 of 12: clearly short of level 2's qa: review; 0.
#   p7  L2 50, resolved_rate clearly short, 1 QA evaluation: review; level 2 only.
#   p8  L1 25, hired a week ago, 1 QA evaluation: blocked by tenure on
#       (1,50), whose qa gate still needs its sample.
#   p9  L4 500 (the top), no QA evaluations: own level 4's full sample.
. "${0%/*}/../lib.sh"

emp-tier --print-policy >builtin.txt
# the built-in policy with other qa samples
awk '$1 == "level" { L = $2 }
$1 == "min" && $2 == "qa" { n = L == 1 ? 5 : L == 2 ? 8 : L == 3 ? 7 : 9
	print "\tmin qa " $3 " n=" n; next } { print }' builtin.txt >other.txt
grep -q '^	min qa 78 n=8$' other.txt || fail "other.txt: $(cat other.txt)"

cat >roster.csv <<'ROS'
agent,team,level,limit,hired
p1,A,1,25,2024-01-01
p2,A,2,50,2024-01-01
p3,A,3,200,2024-01-01
p4,B,2,200,2024-01-01
p5,B,1,25,2024-01-01
p6,B,2,50,2024-01-01
p7,C,2,50,2024-01-01
p8,C,1,25,2026-02-15
p9,C,4,500,2024-01-01
ROS
# agent, resolved_rate, qa value, QA evaluations per week (W05..W08)
cat >agents.txt <<'AG'
p2 0.9 95 0 0 1 0
p3 0.9 95 1 0 0 1
p4 0.9 95 1 1 0 1
p5 0.9 95 3 3 3 3
p6 0.9 10 3 3 3 3
p7 0.3 95 0 0 0 1
p8 0.9 95 0 1 0 0
p9 0.9 95 0 0 0 0
AG
awk 'BEGIN { OFS = ","
	print "period,group,key,team,resolved_rate,resolved_rate_n,transfer_rate," \
	    "transfer_rate_n,csat_rate,csat_rate_n,qa,qa_n" }
{ for (w = 5; w <= 8; w++) {
	n = $(w - 1)
	print sprintf("2026-W%02d", w), "agent", $1, "T", $2, 50, 0.05, 50,
	    0.95, 20, (n > 0 ? $3 : ""), n
} }' agents.txt >scores.csv

# the expected column: agent, action (which fixes the rung), the levels
# whose qa gates bear on it, by the rule
cat >rule.txt <<'RULE'
p1 hold 1
p2 hold 2
p3 hold 3
p4 hold 2 3
p5 promote 1
p6 review 2
p7 review 2
p8 hold 1
p9 hold 4
RULE
for pol in builtin.txt other.txt; do
	# need[L]: the qa gate's n=, or the level's sample
	awk '$1 == "level" { L = $2 } $1 == "sample" { s[L] = $2 }
	$1 == "min" && $2 == "qa" { n = s[L]
		if ($4 ~ /^n=/) n = substr($4, 3)
		print L, n }' "$pol" >need.txt
	[ "$(wc -l <need.txt)" = 4 ] || fail "$pol: $(cat need.txt)"
	awk 'FILENAME == ARGV[1] { need[$1] = $2; next }
	FILENAME == ARGV[2] { n[$1] = $4 + $5 + $6 + $7; next }
	{ m = 0
	  for (i = 3; i <= NF; i++) if (need[$i] + 0 > m) m = need[$i] + 0
	  q = m - n[$1]; if (q < 0) q = 0
	  print $1, $2, q; tot += q; if (q > 0) k++ }
	END { noun = tot == 1 ? "QA evaluation" : "QA evaluations"
	  line = tot " " noun " for " k " agents"
	  print line >"plan.txt" }' need.txt agents.txt rule.txt >expected.txt

	run 0 emp-tier -r roster.csv -p "$pol" --plan --as-of 2026-02-22 \
	    scores.csv
	head -n 1 out >header
	check_file header <<'EOF2'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window,qa_needed
EOF2
	awk -F, 'NR > 1 { print $1, $9, $NF }' out >got.txt
	check_file got.txt expected.txt
	check_err <<ERR
emp-tier: agent 'p1' is in the roster but has no scores
emp-tier: 9 agents: 1 promote, 0 raise, 6 hold, 2 review; 0 in the scores but not the roster, 1 in the roster without scores, 0 left; 0 rows rejected; window 2026-W05..2026-W08; plan: $(cat plan.txt)
ERR
	cp expected.txt "expected.$pol"
done
# the two policies differ where they should
cat >diff.want <<'EOF2'
p1 hold 3 5
p2 hold 2 7
p3 hold 2 5
p4 hold 1 5
p5 promote 0 0
p6 review 0 0
p7 review 2 7
p8 hold 2 4
p9 hold 4 9
EOF2
join expected.builtin.txt expected.other.txt | awk '{ print $1, $2, $3, $5 }' \
    >diff.got
check_file diff.got diff.want

# without --plan, the table is as it was: the same rows without the column
run 0 emp-tier -q -r roster.csv --as-of 2026-02-22 scores.csv
cp out plain.csv
run 0 emp-tier -q -r roster.csv --plan --as-of 2026-02-22 scores.csv
sed -e '1s/,qa_needed$//' -e '2,$s/,[0-9]*$//' out >stripped.csv
check_file stripped.csv plain.csv
