#!/bin/sh
# emp-score: partials made with other options, or files that are not
# partials, are refused and nothing is written (exit 1).
. "${0%/*}/../lib.sh"

cat >ev.csv <<'EOF'
kind,ts,agent,team,talk_s
contact,2026-01-05T08:00:00Z,ana,Billing,300
EOF
run 0 emp-score -q --by week --partial ev.csv
mv out week.part
run 1 emp-score --by month --merge week.part
check_out </dev/null
check_err <<'EOF'
emp-score: week.part:2: made with other options (--by week --group agent,team,all --tz UTC); give the same ones
emp-score: nothing written: the partial files could not all be merged
EOF
run 1 emp-score --merge ev.csv
check_out </dev/null
check_err <<'EOF'
emp-score: ev.csv:1: not a partial file of this version of emp-score (made with --partial)
emp-score: nothing written: the partial files could not all be merged
EOF
run 2 emp-score --partial --merge ev.csv
check_err_line "emp-score: --partial and --merge exclude each other"
