#!/bin/sh
# emp-tier: an agent hired after the review day is not listed (no tenure,
# no recommendation), is counted in the summary as not hired yet, and
# --explain says so; one who left on or before it likewise, as left.
# ana: 449 days from 2025-01-06 to 2026-03-31, x 480 / 1461 = 147.5: 14.7
# months.  The built-in policy's next rung, (1,50), needs tenure 0.5 and
# resolved_rate, transfer_rate, csat_rate and qa: the scores have only qa, so the
# others are unknown, for want of their columns (the tokens say so, not that
# 20, 20 and 10 more are needed), and resolved_rate, the first, blocks.  Review day 2026-03-31: the window is the month 2026-03.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,team,hired,exit,level,limit
ana,A,2025-01-06,,1,25
new,A,2026-05-01,,1,25
gone,A,2025-01-06,2026-03-15,1,25
CSV
cat >scores.csv <<'CSV'
period,group,key,team,qa,qa_n
2026-03,agent,ana,A,90,5
2026-03,agent,gone,A,90,5
CSV
run 0 emp-tier -r roster.csv --as-of 2026-03-31 scores.csv
check_out <<'CSV'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,14.7,1,25,1,25,50,hold,tenure 14.7>=0.5; resolved_rate ? (no column in the scores); transfer_rate ? (no column in the scores); csat_rate ? (no column in the scores); qa 90>=70 (n=5),resolved_rate ? (no column in the scores),2026-03
CSV
# (the lines before it name the policy's columns these scores lack)
tail -n 1 err >summary
check_file summary <<'EOF'
emp-tier: 1 agents: 0 promote, 0 raise, 1 hold, 0 review; 0 in the scores but not the roster, 0 in the roster without scores, 1 left, 1 not hired yet; 0 rows rejected; window 2026-03
EOF
run 0 emp-tier -r roster.csv --as-of 2026-03-31 --explain new scores.csv
check_out <<'EOF'
agent new, team A
as of 2026-03-31; evidence window 2026-03, 2026-03-01 to 2026-03-31 (1 period; scores in 0)
hired on 2026-05-01, after the review day: no recommendation
EOF

# a roster limit outside the agent's level is named with its line, and
# kept: the roster says what the agent has now
cat >roster2.csv <<'CSV'
agent,team,hired,level,limit
bob,A,2024-01-01,1,9999
ann,A,2024-01-01,2,75
CSV
run 0 emp-tier -q -r roster2.csv --as-of 2026-03-31 scores.csv
check_err_line "emp-tier: roster2.csv:2: field 'limit': 9999 is outside level 1's limits, 25 to 50"
[ "$(grep -c "outside level" err)" = 1 ] || fail "75 is within level 2"
cut -d, -f1,5,7 out >limits
check_file limits <<'EOF'
agent,limit,rec_limit
ann,75,75
bob,9999,9999
EOF
