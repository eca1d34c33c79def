#!/bin/sh
# emp-tier: a bad policy is an error naming file:line, with status 2 and
# nothing on stdout; an unknown metric is one.  A level without limits is
# named at its own line.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,team,hired,level,limit
ana,A,2025-01-06,1,25
CSV
cat >scores.csv <<'CSV'
period,group,key,team,qa,qa_n
2026-01,agent,ana,A,90,5
CSV

printf '# mine\nreview 3\n\nlevel 1 One\n\tlimits 25\n\tmin qa_score 80\n' >p1
run 2 emp-tier -r roster.csv -p p1 scores.csv
check_out </dev/null
check_err <<'ERR'
emp-tier: p1:6: unknown metric 'qa_score'
ERR

printf 'level 1 One\n\tlimits 25 20\n' >p2
run 2 emp-tier -r roster.csv -p p2 scores.csv
check_err <<'ERR'
emp-tier: p2:2: limit '20' not above the one before: limits go up
ERR

printf '# x\nlevel 2 Two\n' >p3
run 2 emp-tier -r roster.csv -p p3 scores.csv
check_err <<'ERR'
emp-tier: p3:2: level '2' out of order: levels are numbered 1, 2, ... in turn
ERR

printf 'level 1 One\n\tlimits 25\n\tmin qa 80%%\n' >p4
run 2 emp-tier -r roster.csv -p p4 scores.csv
check_err <<'ERR'
emp-tier: p4:3: invalid value '80%': use a plain number (rates are fractions from 0 to 1)
ERR

printf 'level 1 One\n\tmin qa 8\nlevel 2 Two\n\tlimits 50\n' >p5
run 2 emp-tier -r roster.csv -p p5 scores.csv
check_err <<'ERR'
emp-tier: p5:1: level 1 (One) has no 'limits'
ERR

printf 'high-value 2\nlevel 1 One\n\tlimits 25\n\tfrobnicate 1\n' >p6
run 2 emp-tier -r roster.csv -p p6 scores.csv
check_err <<'ERR'
emp-tier: p6:4: unknown setting 'frobnicate'
ERR

printf 'level 1 One\n\tlimits 25\n\tmax transfer_rate 0.1 n=x\n' >p7
run 2 emp-tier -r roster.csv -p p7 scores.csv
check_err <<'ERR'
emp-tier: p7:3: invalid sample 'n=x': use n=N
ERR

run 2 emp-tier -r roster.csv -p missing.txt scores.csv
check_err <<'ERR'
emp-tier: missing.txt: No such file or directory
ERR
