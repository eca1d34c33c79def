#!/bin/sh
# emp-tier checks what its options name before it reads any scores: a
# roster that cannot be read, or an --explain agent the roster does not
# know, ends the run without opening the scores (here a FIFO nobody
# writes to: opening it would wait for ever).
. "${0%/*}/../lib.sh"

mkfifo scores.csv
cat >roster.csv <<'EOF2'
agent,team,level,limit
ana,north,2,100
EOF2

run 1 timeout 20 emp-tier -r missing.csv scores.csv
check_out </dev/null
check_err <<'EOF2'
emp-tier: missing.csv: No such file or directory
emp-tier: nothing written: the scores and the roster could not all be read
EOF2

run 1 timeout 20 emp-tier -r roster.csv --explain zed scores.csv
check_out </dev/null
check_err <<'EOF2'
emp-tier: agent 'zed' is not in the roster roster.csv
EOF2

run 2 timeout 20 emp-tier -r roster.csv --as-of 2026-02-30 scores.csv
check_err_line "emp-tier: invalid date '2026-02-30': use YYYY-MM-DD"
printf 'window\n' >policy.txt
run 2 timeout 20 emp-tier -r roster.csv -p policy.txt scores.csv
check_out </dev/null
