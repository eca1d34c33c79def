#!/bin/sh
# emp-report: --help on stdout with status 0, --version, and usage errors
# (a bad format, width or period count, an unknown option) with status 2.
. "${0%/*}/../lib.sh"

run 0 emp-report --help
[ "$(head -n 1 out)" = "usage: emp-report [-qs] [-a agent] [-f format] [-l ledger] [-n periods]" ] ||
    fail "--help: first line is '$(head -n 1 out)'"
check_err </dev/null

run 0 emp-report --version
check_out <<'OUT'
emp-report 0.1.0
OUT

run 2 emp-report -f pdf scores.csv
check_err <<'ERR'
emp-report: invalid format 'pdf': use text, markdown or html
Try 'emp-report --help' for more information.
ERR

run 2 emp-report --width 10 scores.csv
check_err <<'ERR'
emp-report: invalid width '10': at least 20
Try 'emp-report --help' for more information.
ERR

run 2 emp-report --periods 0 scores.csv
check_err_line "emp-report: invalid number of periods '0'"

run 2 emp-report --bogus
check_out </dev/null
check_err <<'ERR'
emp-report: unrecognized option '--bogus'
Try 'emp-report --help' for more information.
ERR
