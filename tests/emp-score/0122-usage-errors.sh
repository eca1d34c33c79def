#!/bin/sh
# emp-score: a bad --by, --group, --min-n, --weights, --tz or date is a usage
# error naming the value, with exit status 2 and nothing on stdout.
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent\ncontact,2026-03-02T09:00:00Z,ana\n' >in.csv
run 2 emp-score --by year in.csv
check_out </dev/null
check_err <<'EOF'
emp-score: invalid period 'year': use day, week, month, quarter or all
Try 'emp-score --help' for more information.
EOF
run 2 emp-score --group agents in.csv
check_out </dev/null
check_err_line "emp-score: invalid groups 'agents': use agent, team, all, level and reviewer, comma-separated"
run 2 emp-score --group '' in.csv
check_err_line "emp-score: invalid groups '': use agent, team, all, level and reviewer, comma-separated"
run 2 emp-score --min-n csat in.csv
check_out </dev/null
check_err_line "emp-score: invalid --min-n 'csat': use METRIC=N with a mean, a rate or turnover"
run 2 emp-score --min-n nosuch=3 in.csv
check_err_line "emp-score: invalid --min-n 'nosuch=3': use METRIC=N with a mean, a rate or turnover"
run 2 emp-score --min-n csat=2.5 in.csv
check_err_line "emp-score: invalid --min-n 'csat=2.5': use METRIC=N with a mean, a rate or turnover"
run 2 emp-score --min-n csat=-1 in.csv
check_err_line "emp-score: invalid --min-n 'csat=-1': use METRIC=N with a mean, a rate or turnover"
run 2 emp-score --weights qa in.csv
check_out </dev/null
check_err_line "emp-score: invalid weight 'qa': use METRIC=W with a mean or a rate"
run 2 emp-score --weights qa=1,fcr=x in.csv
check_err_line "emp-score: invalid weight 'fcr=x': use METRIC=W with a mean or a rate"
run 2 emp-score --weights qa=-1 in.csv
check_err_line "emp-score: invalid weight 'qa=-1': use METRIC=W with a mean or a rate"
run 2 emp-score --weights nosuch=1 in.csv
check_err_line "emp-score: invalid weight 'nosuch=1': use METRIC=W with a mean or a rate"
run 2 emp-score --tz Mars/Olympus_Mons in.csv
check_out </dev/null
check_err <<'EOF'
emp-score: unknown time zone 'Mars/Olympus_Mons'
Try 'emp-score --help' for more information.
EOF
run 2 emp-score --since 2026-13-01 in.csv
check_err_line "emp-score: invalid date '2026-13-01'"
run 2 emp-score --until tomorrow in.csv
check_err_line "emp-score: invalid date 'tomorrow'"
run 2 emp-score --since 2026-01-05 --until 2026-01-04 in.csv
check_err_line "emp-score: --until 2026-01-04 is not after --since 2026-01-05"
check_out </dev/null
run 2 emp-score --weights contacts=1 in.csv
check_err_line "emp-score: invalid weight 'contacts=1': use METRIC=W with a mean or a rate"
