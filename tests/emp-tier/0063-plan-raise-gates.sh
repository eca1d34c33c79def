#!/bin/sh
# emp-tier --plan and a raise gate on qa (raise-min: only on the rungs
# above the level's first limit): it counts when the next rung is one of
# them, and never in the own level's review check.  The samples are read
# here from the policy text (awk), not written down twice.
#   r1  L1 25, qa 90 of 3: level 1's min qa passes; the next rung (1,50)
#       has the raise gate too, unknown: hold; max(min, raise) - 3.
#   r2  L1 50 (above the first limit), qa 90 of 3: its level's raise gate
#       is not a review gate; the next rung is (2,50): max(level 1's min,
#       level 2's min) - 3.
#   r3  L2 100, the top, qa 90 of 3: level 2's min only.
#   r4  L1 25, qa 90 of 6: passes (1,50) and (2,50): promote; the next
#       rung, (2,100), has level 2's raise gate: the largest of level 1's
#       min, level 2's min and its raise gate - 6.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POL'
window 28
level 1 One
	limits 25 50
	sample 5
	min qa 70 n=3
	raise-min qa 80 n=6
level 2 Two
	limits 50 100
	sample 5
	min qa 75 n=4
	raise-min qa 85 n=8
POL
cat >roster.csv <<'ROS'
agent,team,level,limit,hired
r1,A,1,25,2024-01-01
r2,A,1,50,2024-01-01
r3,A,2,100,2024-01-01
r4,A,1,25,2024-01-01
ROS
awk 'BEGIN { OFS = ","
	print "period,group,key,team,qa,qa_n"
	for (w = 5; w <= 8; w++)
		for (i = 1; i <= 4; i++)
			print sprintf("2026-W%02d", w), "agent", "r" i, "A",
			    (w <= 7 ? 90 : ""), (w <= 7 ? (i == 4 ? 2 : 1) : 0)
}' >scores.csv
# "min1 6", "raise1 6", ... from the policy
awk '$1 == "level" { L = $2 }
($1 == "min" || $1 == "raise-min") && $2 == "qa" {
	n = substr($4, 3); k = ($1 == "min" ? "min" : "raise") L
	print k, n }' policy.txt >need.txt
[ "$(wc -l <need.txt)" = 4 ] || fail "$(cat need.txt)"
cat >rule.txt <<'RULE'
r1 hold min1 raise1
r2 hold min1 min2
r3 hold min2
r4 promote min1 min2 raise2
RULE
awk 'FILENAME == ARGV[1] { need[$1] = $2; next }
{ m = 0; for (i = 3; i <= NF; i++) if (need[$i] + 0 > m) m = need[$i] + 0
  q = m - ($1 == "r4" ? 6 : 3); print $1, $2, (q > 0 ? q : 0) }' need.txt rule.txt >expected.txt

run 0 emp-tier -q -r roster.csv -p policy.txt --plan --as-of 2026-02-22 \
    scores.csv
awk -F, 'NR > 1 { print $1, $9, $NF }' out >got.txt
check_file got.txt expected.txt
# and the numbers themselves, to see the rule at work
check_file got.txt <<'EOF2'
r1 hold 3
r2 hold 1
r3 hold 1
r4 promote 2
EOF2
