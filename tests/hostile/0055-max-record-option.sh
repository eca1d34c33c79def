#!/bin/sh
# --max-record SIZE, the option of every command: the sizes EMP_MAX_RECORD
# takes; it overrides the variable; a size out of range is a usage error,
# before anything else (even --help).
. "${0%/*}/../lib.sh"
# --max-record, the option: the same sizes, and it overrides the variable
printf 'kind,ts,agent\ncontact,2026-01-05T08:00:00Z,ana_with_a_long_name\n' >long.csv
EMP_MAX_RECORD=1M run 0 emp-score -q --max-record 30 -g agent long.csv
check_err <<'EOF2'
emp-score: long.csv:2: record longer than 30 bytes
EOF2
EMP_MAX_RECORD=30 run 0 emp-score -q --max-record 1K -g agent long.csv
check_err </dev/null
for c in emp-ingest emp-score emp-tier emp-report emp-challenge; do
	run 2 "$c" --max-record 2G --help
	check_out </dev/null
	check_err <<EOF2
$c: invalid --max-record '2G': use a number of bytes from 1 to 1073741824, or with K, M or G
Try '$c --help' for more information.
EOF2
done
