#!/bin/sh
# emp-tier --accept: a roster as emp's writers write it comes back byte
# for byte: a name that looks like a formula (its leading ' mark is
# dropped on reading and put back on writing, emp(7)), a team with a
# comma, a quote in a name, a staff row, a blank field; the accepted
# agent's new row is marked the same way.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POL'
level 1 One
	limits 25 50
	sample 3
	min qa 70
POL
cat >roster.csv <<'ROS'
agent,team,level,limit,hired,role,effective,accepted_by,accepted
'=HYPERLINK(1),"Sales, East",1,25,2025-01-06,,,,
"o""neil",'+B,1,50,2025-01-06,agent,2025-02-01,,
'-1x,'@C,1,25,2025-01-06,,2025-02-01,ada,2025-02-01T09:00:00Z
lee,A,,,,lead,,,
ROS
cat >scores.csv <<'SC'
period,group,key,team,qa,qa_n
2026-02,agent,'=HYPERLINK(1),"Sales, East",60,2
2026-02,agent,"o""neil",'+B,90,5
2026-02,agent,'-1x,'@C,90,5
SC
cp roster.csv before.csv
me=$(id -un)
clock_at 2026-03-05T10:00:00Z
# nothing to accept but -1x (o"neil is at the top): the rows as they were
run 0 emp-tier -r roster.csv -p policy.txt --as-of 2026-02-28 --accept \
    -a '=HYPERLINK(1)' -a 'o"neil' scores.csv
check_out before.csv
check_err <<'ERR'
emp-tier: -a: agent '=HYPERLINK(1)' has nothing to accept (hold)
emp-tier: -a: agent 'o"neil' has nothing to accept (hold)
emp-tier: accepted 0 of 3 agents (0 promote, 0 raise), effective 2026-03-05
ERR

run 0 emp-tier -r roster.csv -p policy.txt --as-of 2026-02-28 --accept \
    -o roster.csv scores.csv
{
	cat before.csv
	printf "'-1x,'@C,1,50,2025-01-06,,2026-03-05,%s,2026-03-05T10:00:00Z\n" "$me"
} >expected.csv
check_file roster.csv expected.csv
check_err <<'ERR'
emp-tier: accepted 1 of 3 agents (0 promote, 1 raise), effective 2026-03-05
ERR
