#!/bin/sh
# emp-tier --compare POLICY: every agent is evaluated under the second
# policy too, over the same inputs (read once: standard input works); the
# tiers stream gets alt_level, alt_limit and alt_action at the end, and
# the summary says how many agents would move (a level or limit other
# than the first policy's recommendation), counted here again with awk.
# The second policy's own window is used.  A bad second policy is a bad
# option: status 2, nothing written.
. "${0%/*}/../lib.sh"

emp-tier --print-policy >policy.txt
# the built-in policy with every limit doubled
awk '$1 == "limits" { s = "\tlimits"
	for (i = 2; i <= NF; i++) s = s " " 2 * $i
	print s; next } { print }' policy.txt >double.txt
grep -q '^	limits 400 600 800 1000$' double.txt || fail "double.txt: $(cat double.txt)"

cat >roster.csv <<'ROS'
agent,team,level,limit,hired
a1,A,1,25,2024-01-01
a2,A,2,50,2024-01-01
a3,B,1,25,2024-01-01
a4,B,2,100,2024-01-01
a5,B,4,500,2024-01-01
a6,A,3,300,2024-01-01
a7,A,1,25,2024-01-01
ROS
# a1 and a5 pass every gate; a2 passes level 2's, not level 3's resolved_rate; a3
# has too small a sample; a4 falls clearly short of level 2's resolved_rate; a6
# passes level 3's gates, not level 4's qa; a7 is weak for three weeks
# (clearly short over four) and strong in the last
awk 'BEGIN {
	OFS = ","
	print "period,group,key,team,resolved_rate,resolved_rate_n,transfer_rate," \
	    "transfer_rate_n,csat_rate,csat_rate_n,qa,qa_n"
	for (w = 5; w <= 8; w++) {
		p = sprintf("2026-W%02d", w)
		print p, "agent", "a1", "A", 0.9, 50, 0.05, 50, 0.95, 20, 95, 3
		print p, "agent", "a2", "A", 0.68, 50, 0.1, 50, 0.8, 20, 80, 3
		print p, "agent", "a3", "B", 0.9, 2, 0.05, 2, 0.95, 1, 95, 1
		print p, "agent", "a4", "B", 0.5, 50, 0.1, 50, 0.8, 20, 80, 3
		print p, "agent", "a5", "B", 0.9, 50, 0.05, 50, 0.95, 20, 95, 3
		print p, "agent", "a6", "A", 0.8, 50, 0.05, 50, 0.9, 20, 84, 3
		print p, "agent", "a7", "A", w < 8 ? 0.4 : 0.9, 50, 0.05, 50,
		    0.95, 20, 95, 3
	}
}' >scores.csv

run 0 emp-tier -r roster.csv --compare double.txt --as-of 2026-02-22 \
    scores.csv
head -n 1 out >header
check_file header <<'EOF2'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window,alt_level,alt_limit,alt_action
EOF2
# the columns after the quoted reasons, counted from the end
awk -F, 'NR > 1 { print $1, $4, $5, $(NF - 2), $(NF - 1), $NF }' out >alt
check_file alt <<'EOF2'
a1 1 25 4 1000 promote
a2 2 50 2 400 raise
a3 1 25 1 25 hold
a4 2 100 2 100 review
a5 4 500 4 1000 raise
a6 3 300 3 1000 raise
a7 1 25 1 25 review
EOF2
# would move: rec_level,rec_limit (columns 6, 7; before the reasons)
# other than alt_level,alt_limit
moved=$(awk -F, 'NR > 1 && ($6 != $(NF - 2) || $7 != $(NF - 1))' out |
    wc -l)
[ "$moved" = 4 ] || fail "$moved would move, expected 4"
check_err <<ERR
emp-tier: 7 agents: 1 promote, 2 raise, 2 hold, 2 review; 0 in the scores but not the roster, 0 in the roster without scores, 0 left; 0 rows rejected; window 2026-W05..2026-W08; under double.txt: $moved would move
ERR
cp out first.csv

# the same from standard input
run 0 emp-tier -q -r roster.csv --compare double.txt --as-of 2026-02-22 \
    - <scores.csv
check_out first.csv
check_err </dev/null

# without --compare: no alt columns; the rest the same
run 0 emp-tier -q -r roster.csv --as-of 2026-02-22 scores.csv
sed 's/,[^,]*,[^,]*,[^,]*$//' first.csv >expected.csv
check_out expected.csv

# the second policy's own window: a week (W08 only).  a7 passes level 1
# and level 2 on that week alone; one week has too few QA evaluations for
# level 3 (4): a1 stops at level 2, a6 holds
sed 's/^window 28$/window 7/' policy.txt >week.txt
run 0 emp-tier -r roster.csv --compare week.txt --as-of 2026-02-22 \
    scores.csv
awk -F, 'NR > 1 && ($6 != $(NF - 2) || $7 != $(NF - 1)) {
	print $1, $9, $(NF - 2), $(NF - 1), $NF }' out >moved
check_file moved <<'EOF2'
a1 promote 2 200 promote
a6 raise 3 300 hold
a7 review 2 200 promote
EOF2
grep -q '; under week.txt: 3 would move$' err || fail "$(cat err)"

# a bad second policy: status 2, before anything is read
printf 'level 1 One\n\tlimits 50 25\n' >bad.txt
run 2 emp-tier -r roster.csv --compare bad.txt scores.csv
check_out </dev/null
check_err <<'ERR'
emp-tier: bad.txt:2: limit '25' not above the one before: limits go up
ERR
run 2 emp-tier -r roster.csv --compare missing.txt scores.csv
check_out </dev/null
