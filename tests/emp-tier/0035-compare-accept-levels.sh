#!/bin/sh
# emp-tier --compare with --accept: the roster gets the first policy's
# recommendation (the second is only counted in the summary).  An agent
# whose level the second policy does not have gets empty alt columns and
# is not counted as moving.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POL'
level 1 One
	limits 25 50
	sample 3
	min qa 70
level 2 Two
	limits 50 100
	sample 3
	min qa 80
POL
# one level, its limits doubled
cat >one.txt <<'POL'
level 1 One
	limits 50 100
	sample 3
	min qa 70
POL
cat >roster.csv <<'ROS'
agent,team,level,limit,hired
ana,A,1,25,2025-01-06
bob,A,2,50,2025-01-06
ROS
cat >scores.csv <<'SC'
period,group,key,team,qa,qa_n
2026-02,agent,ana,A,75,5
2026-02,agent,bob,A,85,5
SC
run 0 emp-tier -r roster.csv -p policy.txt --compare one.txt \
    --as-of 2026-02-28 scores.csv
check_out <<'OUT'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window,alt_level,alt_limit,alt_action
ana,A,13.7,1,25,1,50,50,raise,qa 75>=70 (n=5),,2026-02,1,100,raise
bob,A,13.7,2,50,2,100,100,raise,qa 85>=80 (n=5),,2026-02,,,
OUT
check_err <<'ERR'
emp-tier: 2 agents: 0 promote, 2 raise, 0 hold, 0 review; 0 in the scores but not the roster, 0 in the roster without scores, 0 left; 0 rows rejected; window 2026-02; under one.txt: 1 would move
ERR

me=$(id -un)
clock_at 2026-03-05T10:00:00Z
run 0 emp-tier -r roster.csv -p policy.txt --compare one.txt \
    --as-of 2026-02-28 --accept scores.csv
check_out <<OUT
agent,team,level,limit,hired,effective,accepted_by,accepted
ana,A,1,25,2025-01-06,,,
bob,A,2,50,2025-01-06,,,
ana,A,1,50,2025-01-06,2026-03-05,$me,2026-03-05T10:00:00Z
bob,A,2,100,2025-01-06,2026-03-05,$me,2026-03-05T10:00:00Z
OUT
check_err <<'ERR'
emp-tier: accepted 2 of 2 agents (0 promote, 2 raise), effective 2026-03-05; under one.txt: 1 would move
ERR
