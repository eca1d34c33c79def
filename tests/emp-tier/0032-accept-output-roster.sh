#!/bin/sh
# emp-tier --accept -o ROSTER: the roster itself is replaced whole and
# atomically (a new file renamed over it: another inode) and keeps its
# mode; the columns effective, accepted_by and accepted are added when
# absent; a second run on the written roster reads the new rows (in force
# today) and holds.  A TSV roster is written back as TSV, with -t or
# without.
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
agent,team,level,limit,hired
ana,A,1,25,2025-01-06
bob,A,2,50,2025-01-06
ROS
cat >scores.csv <<'SC'
period,group,key,team,qa,qa_n
2026-02,agent,ana,A,90,5
2026-02,agent,bob,A,85,5
SC
chmod 640 roster.csv
ino=$(ls -i roster.csv | awk '{ print $1 }')
me=$(id -un)
clock_at 2026-03-05T10:00:00Z
run 0 emp-tier -q -r roster.csv -p policy.txt --as-of 2026-02-28 --accept \
    -o roster.csv scores.csv
check_out </dev/null
check_err </dev/null
check_file roster.csv <<ROS
agent,team,level,limit,hired,effective,accepted_by,accepted
ana,A,1,25,2025-01-06,,,
bob,A,2,50,2025-01-06,,,
ana,A,2,100,2025-01-06,2026-03-05,$me,2026-03-05T10:00:00Z
bob,A,2,100,2025-01-06,2026-03-05,$me,2026-03-05T10:00:00Z
ROS
[ "$(ls -i roster.csv | awk '{ print $1 }')" != "$ino" ] ||
    fail "roster.csv rewritten in place, not replaced"
[ "$(stat -c %a roster.csv)" = 640 ] ||
    fail "mode $(stat -c %a roster.csv), expected 640"
[ -z "$(ls -a | grep -v -e '^\.\.*$' -e '^\.clock$' -e '\.csv$' \
    -e '\.txt$' -e '^out$' -e '^err$' -e '^expected\.tmp$')" ] ||
    fail "a file left behind: $(ls -a)"

# the next review reads the new rows: both at the top of level 2, hold
run 0 emp-tier -r roster.csv -p policy.txt --as-of 2026-02-28 scores.csv
check_out <<'OUT'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,13.7,2,100,2,100,100,hold,qa 90>=80 (n=5),,2026-02
bob,A,13.7,2,100,2,100,100,hold,qa 85>=80 (n=5),,2026-02
OUT

# a TSV roster, written back with -t as TSV
tr , '\t' <roster.csv >roster.tsv
tr , '\t' <scores.csv >scores.tsv
clock_at 2026-03-06T08:30:00Z
printf 'cy\tB\t1\t25\t2025-01-06\t\t\t\n' >>roster.tsv
printf '2026-02\tagent\tcy\tB\t75\t5\n' >>scores.tsv
run 0 emp-tier -r roster.tsv -p policy.txt --as-of 2026-02-28 --accept -t \
    scores.tsv
{
	cat roster.tsv
	printf 'cy\tB\t1\t50\t2025-01-06\t2026-03-06\t%s\t2026-03-06T08:30:00Z\n' "$me"
} >expected.tsv
check_out expected.tsv
check_err <<'ERR'
emp-tier: accepted 1 of 3 agents (0 promote, 1 raise), effective 2026-03-06
ERR
# without -t too: the roster's own format, not CSV
run 0 emp-tier -r roster.tsv -p policy.txt --as-of 2026-02-28 --accept \
    scores.tsv
check_out expected.tsv
