#!/bin/sh
# emp-tier --accept -a AGENT: only the agents named get a row (names as
# the roster compares them: trimmed, ASCII case ignored); a named agent
# with nothing to accept is a warning and the others are still written;
# a name the roster does not know is an error, status 1, and nothing is
# written (-o not created); an agent whose row in force is effective
# today already is not accepted again.
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
cat >roster.csv <<'ROS'
agent,team,level,limit,hired,effective
ana,A,1,25,2025-01-06,
bob,A,2,50,2025-01-06,
cy,B,1,25,2025-01-06,
dan,B,1,25,2025-01-06,
ROS
cat >scores.csv <<'SC'
period,group,key,team,qa,qa_n
2026-02,agent,ana,A,90,5
2026-02,agent,bob,A,85,5
2026-02,agent,cy,B,75,5
2026-02,agent,dan,B,90,2
SC
me=$(id -un)
clock_at 2026-03-05T10:00:00Z
run 0 emp-tier -r roster.csv -p policy.txt --as-of 2026-02-28 --accept \
    -a ' BOB' -a dan scores.csv
check_out <<OUT
agent,team,level,limit,hired,effective,accepted_by,accepted
ana,A,1,25,2025-01-06,,,
bob,A,2,50,2025-01-06,,,
cy,B,1,25,2025-01-06,,,
dan,B,1,25,2025-01-06,,,
bob,A,2,100,2025-01-06,2026-03-05,$me,2026-03-05T10:00:00Z
OUT
check_err <<'ERR'
emp-tier: -a: agent 'dan' has nothing to accept (hold)
emp-tier: accepted 1 of 4 agents (0 promote, 1 raise), effective 2026-03-05
ERR

# an unknown name: nothing written, not even the known ones
run 1 emp-tier -r roster.csv -p policy.txt --as-of 2026-02-28 --accept \
    -a ana -a zed -o new.csv scores.csv
check_out </dev/null
check_err <<'ERR'
emp-tier: -a: agent 'zed' is not in the roster roster.csv: nothing written
ERR
[ ! -e new.csv ] || fail "new.csv written"

# accepted today already (the written roster read back the same day,
# with better scores): cy would now be promoted, but the row in force is
# today's: not accepted again; ana and bob are at the top and hold
run 0 emp-tier -r roster.csv -p policy.txt --as-of 2026-02-28 --accept \
    -o new.csv scores.csv
cp new.csv before.csv
cat >scores2.csv <<'SC'
period,group,key,team,qa,qa_n
2026-02,agent,ana,A,95,5
2026-02,agent,bob,A,95,5
2026-02,agent,cy,B,95,5
2026-02,agent,dan,B,90,2
SC
run 0 emp-tier -r new.csv -p policy.txt --as-of 2026-02-28 --accept \
    scores2.csv
check_out before.csv
check_err <<'ERR'
emp-tier: agent 'cy' has a row effective today already (line 8): not accepted again
emp-tier: accepted 0 of 4 agents (0 promote, 0 raise), effective 2026-03-05
ERR
