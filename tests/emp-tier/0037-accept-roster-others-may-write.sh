#!/bin/sh
# emp-tier --accept: a roster anyone may write (mode o+w), or that anyone
# may replace (a directory above it writable by all and not sticky), is
# refused as emp-score and emp-challenge refuse it: accepting would copy
# what anyone wrote into rows stamped with the user's name.  Nothing is
# written, the file is left as it was, status 1.
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
printf 'agent,team,level,limit\nana,A,1,25\n' >roster.csv
printf 'period,group,key,team,qa,qa_n\n2026-02,agent,ana,A,90,5\n' >scores.csv
cp roster.csv before.csv
chmod 666 roster.csv
run 1 emp-tier -r roster.csv -p policy.txt --as-of 2026-02-28 --accept \
    -o roster.csv scores.csv
check_err <<'EOF'
emp-tier: roster.csv: anyone may write this roster, and so give themselves any role: make it writable by its admins only (chmod o-w roster.csv)
emp-tier: nothing written: the scores and the roster could not all be read
EOF
check_file roster.csv before.csv
mkdir open
chmod 777 open
cp before.csv open/roster.csv
run 1 emp-tier -r open/roster.csv -p policy.txt --as-of 2026-02-28 \
    --accept scores.csv
check_out </dev/null
check_err <<'EOF'
emp-tier: open/roster.csv: anyone may replace this roster (a directory above it is writable by all and not sticky): keep it where only its admins may write
emp-tier: nothing written: the scores and the roster could not all be read
EOF
# the same roster, mode 644: accepted
chmod 644 roster.csv
run 0 emp-tier -q -r roster.csv -p policy.txt --as-of 2026-02-28 --accept \
    -o roster.csv scores.csv
test "$(wc -l <roster.csv)" -eq 3 || fail "no row accepted"
