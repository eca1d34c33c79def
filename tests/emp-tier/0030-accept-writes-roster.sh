#!/bin/sh
# emp-tier --accept: the roster comes out whole, every record as read (the
# header, a future-dated row, a staff row, a rejected level, a record of
# the wrong length, all unchanged), the columns accepted_by and accepted
# added (empty in the older rows; the record of the wrong length left as
# it was), then one row per agent to promote or raise, in name order: a
# copy of the row in force today with the recommended level and limit,
# effective today, accepted by the login name of the real uid (not
# $USER), at the time now.  An agent to hold gets no row.
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
# ana: qa 90 passes both levels: promote to 2, 100.  bob: raise within 2.
# cy: level 1's qa passes, level 2's does not: raise to 1, 50 (from the
# row in force, not the one of April).  dan: too small a sample: hold.
cat >roster.csv <<'ROS'
agent,team,level,limit,hired,role,effective
ana,A,1,25,2025-01-06,,
bob,A,2,50,2025-01-06,agent,2025-06-01
cy,B,1,25,2025-01-06,,
cy,B,2,100,2025-01-06,,2026-04-01
dan,B,1,25,2025-01-06,,
lee,A,,,,lead,
eve,B,9,25,2025-01-06,,
fay,B,1,25
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
USER=mallory LOGNAME=mallory run 0 emp-tier -r roster.csv -p policy.txt \
    --as-of 2026-02-28 --accept scores.csv
check_out <<OUT
agent,team,level,limit,hired,role,effective,accepted_by,accepted
ana,A,1,25,2025-01-06,,,,
bob,A,2,50,2025-01-06,agent,2025-06-01,,
cy,B,1,25,2025-01-06,,,,
cy,B,2,100,2025-01-06,,2026-04-01,,
dan,B,1,25,2025-01-06,,,,
lee,A,,,,lead,,,
eve,B,9,25,2025-01-06,,,,
fay,B,1,25
ana,A,2,100,2025-01-06,,2026-03-05,$me,2026-03-05T10:00:00Z
bob,A,2,100,2025-01-06,agent,2026-03-05,$me,2026-03-05T10:00:00Z
cy,B,1,50,2025-01-06,,2026-03-05,$me,2026-03-05T10:00:00Z
OUT
check_err <<'ERR'
emp-tier: roster.csv:8: field 'level': invalid level '9': the policy has levels 1 to 2
emp-tier: roster.csv:9: expected 7 fields, found 4
emp-tier: accepted 3 of 4 agents (1 promote, 2 raise), effective 2026-03-05
ERR

# the tiers stream of the same run says the same
run 0 emp-tier -q -r roster.csv -p policy.txt --as-of 2026-02-28 scores.csv
awk -F, '$9 == "promote" || $9 == "raise" { print $1, $6, $7 }' out >got
check_file got <<'EOF2'
ana 2 100
bob 2 100
cy 1 50
EOF2
