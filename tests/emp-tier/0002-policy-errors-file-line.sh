#!/bin/sh
# emp-tier: a bad policy is an error naming file:line, with status 2 and
# nothing on stdout; an unknown metric is one.  A level without limits is
# named at its own line.  The window and the tenures of the rungs: their
# ranges and the ladder never going down, each error at its line.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,team,hired,level,limit
ana,A,2025-01-06,1,25
CSV
cat >scores.csv <<'CSV'
period,group,key,team,qa,qa_n
2026-01,agent,ana,A,90,5
CSV

# bad_policy NAME TEXT MESSAGE: the policy TEXT (printf's format) in file
# NAME is refused: status 2, nothing on stdout, MESSAGE alone on stderr.
bad_policy() {
	printf "$2" >"$1"
	run 2 emp-tier -r roster.csv -p "$1" scores.csv
	check_out </dev/null
	printf '%s\n' "$3" | check_err
}

bad_policy p1 '# mine\nreview 3\n\nlevel 1 One\n\tlimits 25\n\tmin qa_score 80\n' \
    "emp-tier: p1:6: unknown metric 'qa_score'"

bad_policy p2 'level 1 One\n\tlimits 25 20\n' \
    "emp-tier: p2:2: limit '20' not above the one before: limits go up"

bad_policy p3 '# x\nlevel 2 Two\n' \
    "emp-tier: p3:2: level '2' out of order: levels are numbered 1, 2, ... in turn"

bad_policy p4 'level 1 One\n\tlimits 25\n\tmin qa 80%%\n' \
    "emp-tier: p4:3: invalid value '80%': use a plain number (rates are fractions from 0 to 1)"

bad_policy p5 'level 1 One\n\tmin qa 8\nlevel 2 Two\n\tlimits 50\n' \
    "emp-tier: p5:1: level 1 (One) has no 'limits'"

bad_policy p6 'high-value 2\nlevel 1 One\n\tlimits 25\n\tfrobnicate 1\n' \
    "emp-tier: p6:4: unknown setting 'frobnicate'"

bad_policy p7 'level 1 One\n\tlimits 25\n\tmax transfer_rate 0.1 n=x\n' \
    "emp-tier: p7:3: invalid sample 'n=x': use n=N"

run 2 emp-tier -r roster.csv -p missing.txt scores.csv
check_err <<'ERR'
emp-tier: missing.txt: No such file or directory
ERR

# The evidence window: a whole number of days from 1 to 3660, at its line
# (3660 itself is accepted: the table is written).
for w in 0 3661 x 1.5; do
	printf '# w\nwindow %s\nlevel 1 One\n\tlimits 25\n' "$w" >pw
	run 2 emp-tier -r roster.csv -p pw scores.csv
	check_out </dev/null
	check_err <<'ERR'
emp-tier: pw:2: 'window' needs a number of days from 1 to 3660
ERR
done
printf 'window 3660\nlevel 1 One\n\tlimits 25\n' >pw
run 0 emp-tier -q -r roster.csv -p pw scores.csv
check_err </dev/null

# tenures: one per limit, named at the tenures line
bad_policy t1 'level 1 One\n\tlimits 25 50\n\tsample 2\n\ttenures 0 1 2\n' \
    "emp-tier: t1:4: level 1: 3 tenures for 2 limits: one for each"
# not with 'tenure' too (either order), named at the tenures line
bad_policy t2 'level 1 One\n\ttenures 0 1\n\tlimits 25 50\n\ttenure 1\n' \
    "emp-tier: t2:2: level 1 has both 'tenure' and 'tenures': 'tenures' alone gives each limit its own"
# going down within a level, and months with more than one decimal
bad_policy t3 'level 1 One\n\tlimits 25 50\n\ttenures 1 0.5\n' \
    "emp-tier: t3:3: tenure '0.5' below the one before: tenures go up with the limits"
bad_policy t4 'level 1 One\n\tlimits 25 50\n\ttenures 0 1.25\n' \
    "emp-tier: t4:3: invalid tenure '1.25': use months, such as 3 or 1.5"
# going down across levels: level 1's last rung needs 3, level 2's first
# 2.5; named at level 2's tenures line, or its tenure line, or (with
# neither: tenure 0) its level line
bad_policy t5 'level 1 One\n\tlimits 25 50\n\ttenures 0 3\nlevel 2 Two\n\tlimits 50 100\n\ttenures 2.5 4\n' \
    "emp-tier: t5:6: level 2's tenure is below the previous level's: tenures go up along the ladder"
bad_policy t6 'level 1 One\n\tlimits 25 50\n\ttenures 0 3\nlevel 2 Two\n\tlimits 50 100\n\tsample 3\n\ttenure 2\n' \
    "emp-tier: t6:7: level 2's tenure is below the previous level's: tenures go up along the ladder"
bad_policy t7 'level 1 One\n\tlimits 25 50\n\ttenure 1\n\nlevel 2 Two\n\tlimits 50 100\n' \
    "emp-tier: t7:5: level 2's tenure is below the previous level's: tenures go up along the ladder"
# equal across levels is fine: the ladder does not go down
printf 'level 1 One\n\tlimits 25 50\n\ttenures 0 3\nlevel 2 Two\n\tlimits 50 100\n\ttenures 3 4\n' >t8
run 0 emp-tier -q -r roster.csv -p t8 scores.csv
check_err </dev/null
