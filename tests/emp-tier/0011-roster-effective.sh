#!/bin/sh
# emp-tier: a roster with dated rows (effective, as emp-challenge reads
# them): each agent's row in force today is used, the latest effective on
# or before today; a row effective in the future is not in force yet; two
# rows of one agent with the same date: the second is rejected; a date
# that cannot be read is rejected.  Rows without a date hold always
# (before every dated row).
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POL'
level 1 One
	limits 25 50
	sample 3
level 2 Two
	limits 50 100
POL
future=$(date -d '+30 days' +%Y-%m-%d)
cat >roster.csv <<ROS
agent,team,level,limit,hired,effective
ana,A,1,25,2025-01-06,
ana,B,2,50,2025-01-06,2026-01-05
ana,C,2,100,2025-01-06,$future
bob,A,1,25,2025-01-06,2025-06-01
bob,A,2,50,2025-01-06,2025-06-01
cy,B,1,25,2025-01-06,yesterday
cy,B,1,50,2025-01-06,2025-02-01
ROS
cat >scores.csv <<'SC'
period,group,key,team,qa,qa_n
2026-01,agent,ana,B,90,5
2026-01,agent,bob,A,90,5
2026-01,agent,cy,B,90,5
SC
run 0 emp-tier -r roster.csv -p policy.txt --as-of 2026-02-01 scores.csv
check_out <<'OUT'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,B,12.8,2,50,2,100,100,raise,,,2026-01
bob,A,12.8,1,25,2,100,100,promote,,,2026-01
cy,B,12.8,1,50,2,100,100,promote,,,2026-01
OUT
check_err <<'ERR'
emp-tier: roster.csv:6: agent 'bob' is in the roster already (line 5) with the same effective date: this row is ignored
emp-tier: roster.csv:7: field 'effective': invalid date 'yesterday'
emp-tier: 3 agents: 2 promote, 1 raise, 0 hold, 0 review; 0 in the scores but not the roster, 0 in the roster without scores, 0 left; 2 rows rejected; window 2026-01
ERR
