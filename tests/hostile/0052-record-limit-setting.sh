#!/bin/sh
# EMP_MAX_RECORD: bytes, or K, M or G (KiB, MiB, GiB), from 1 to 1 GiB; any
# other value is a usage error (status 2) before any input is read.
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent\ncontact,2026-03-02T09:00:00Z,ana\n' >in.csv

for v in 0 -1 1x 12Q 2G 1025M 1073741825 99999999999999999999999 ' 5' K; do
	EMP_MAX_RECORD=$v run 2 emp-score in.csv
	check_out </dev/null
	check_err <<EOF2
emp-score: invalid EMP_MAX_RECORD '$v': use a number of bytes from 1 to 1073741824, or with K, M or G
Try 'emp-score --help' for more information.
EOF2
done
# every command checks it, before it reads
EMP_MAX_RECORD=x run 2 emp-tier -r /nonexistent /nonexistent
check_err_line "emp-tier: invalid EMP_MAX_RECORD 'x': use a number of bytes from 1 to 1073741824, or with K, M or G"
EMP_MAX_RECORD=x run 2 emp-ingest /nonexistent
check_err_line "emp-ingest: invalid EMP_MAX_RECORD 'x': use a number of bytes from 1 to 1073741824, or with K, M or G"

# the header is 13 bytes, the row 32
for v in 1G 1024M 1K 32 1073741824; do
	EMP_MAX_RECORD=$v run 0 emp-score -q in.csv
	check_err </dev/null
done
EMP_MAX_RECORD=31 run 0 emp-score -q in.csv
check_err <<'EOF2'
emp-score: in.csv:2: record longer than 31 bytes
EOF2
EMP_MAX_RECORD=12 run 1 emp-score -q in.csv
check_err <<'EOF2'
emp-score: in.csv:1: header: record longer than 12 bytes
EOF2
