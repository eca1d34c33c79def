#!/bin/sh
# emp-report: --split, --goals, --period and --width are long only (one
# meaning per short option, emp(7)): -d, -g, -p and -w are refused with
# getopt's message and the hint, status 2, nothing written; the long
# forms work.  A --split directory that cannot be made, or an agent in no
# input: status 1, the message, no output file.
. "${0%/*}/../lib.sh"

cat >scores.csv <<'CSV'
key,period,group,team,contacts,resolved_rate,resolved_rate_n,index,rank
ana,2026-W01,agent,A,10,0.5,10,40,1
all,2026-W01,all,,10,0.5,10,50,1
ana,2026-W02,agent,A,12,0.75,12,60,1
all,2026-W02,all,,12,0.75,12,50,1
CSV
cat >goals.csv <<'CSV'
agent,metric,target,due
ana,resolved_rate,0.9,
CSV
for opt in "d cards" "g goals.csv" "p 2026-W01" "w 60"; do
	letter=${opt%% *}
	run 2 emp-report -$opt -o report.txt scores.csv
	check_out </dev/null
	check_err <<ERR
emp-report: invalid option -- '$letter'
Try 'emp-report --help' for more information.
ERR
	[ ! -e report.txt ] || fail "-$letter: report.txt written"
	[ ! -e cards ] || fail "-$letter: cards made"
done

run 0 emp-report -q --width 60 --period 2026-W01 --goals goals.csv \
    --split cards -a ana scores.csv
check_err </dev/null
# (--width 60 wraps the paragraph)
head -n 4 out >head
check_file head <<'EOF'
Scorecard: ana, 2026-W01
========================
Team A. Empowerment index 40, rank 1 of 1 ranked in
2026-W01.
EOF
# (10 contacts: fewer than the 20 a verdict on resolved_rate needs)
grep -qx 'status    too early: needs 10 more contacts' out ||
    fail "--goals: no goal in the scorecard"
[ -f cards/ana.txt ] || fail "--split: no cards/ana.txt"

run 0 emp-report --split=cards2/ -o report.txt scores.csv
check_err <<'ERR'
emp-report: 1 scorecards written to cards2/
ERR
[ -f cards2/ana.txt ] && [ -s report.txt ] || fail "--split=cards2/: nothing written"

: >file
run 1 emp-report --split file/x -o report2.txt scores.csv
check_err <<'ERR'
emp-report: file/x: Not a directory
ERR
[ ! -e report2.txt ] || fail "report2.txt written"
run 1 emp-report -a bob -o report2.txt scores.csv
check_err <<'ERR'
emp-report: agent 'bob' is in neither the scores nor the tiers
ERR
[ ! -e report2.txt ] || fail "report2.txt written"
