#!/bin/sh
# emp-tier: --help on stdout with status 0, --version, and usage errors
# (no roster, a bad date, an unknown option) with status 2 and the hint.
. "${0%/*}/../lib.sh"

run 0 emp-tier --help
[ "$(head -n 1 out)" = "usage: emp-tier [-qstz] -r roster [--as-of date] [--include-partial]" ] ||
    fail "--help: first line is '$(head -n 1 out)'"
check_err </dev/null

run 0 emp-tier --version
check_out <<'OUT'
emp-tier 0.1.0
OUT

run 2 emp-tier scores.csv
check_err <<'ERR'
emp-tier: no roster: give --roster FILE
Try 'emp-tier --help' for more information.
ERR

run 2 emp-tier -r roster.csv --as-of 2026-02-30
check_err <<'ERR'
emp-tier: invalid date '2026-02-30': use YYYY-MM-DD
Try 'emp-tier --help' for more information.
ERR

run 2 emp-tier --bogus
check_out </dev/null
check_err <<'ERR'
emp-tier: unrecognized option '--bogus'
Try 'emp-tier --help' for more information.
ERR
