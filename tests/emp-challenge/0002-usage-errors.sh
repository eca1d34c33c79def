#!/bin/sh
# emp-challenge: a missing or unknown command, an option that does not
# apply to the command, a bad number, a missing ledger or a missing
# argument is a usage error: status 2, a message and the --help hint, and
# nothing on stdout.
. "${0%/*}/../lib.sh"

people

run 2 emp-challenge
check_out </dev/null
check_err <<'EOF2'
emp-challenge: no command: use candidates, open, withdraw, approve, deny, revoke, list, apply, verify, repair, keygen or migrate
Try 'emp-challenge --help' for more information.
EOF2
run 2 emp-challenge reopen CH-1
check_err_line "emp-challenge: unknown command 'reopen': use candidates, open, withdraw, approve, deny, revoke, list, apply, verify, repair, keygen or migrate"
run 2 emp-challenge -l l.csv list --grounds x
check_err_line "emp-challenge: --grounds does not apply to list"
run 2 emp-challenge -l l.csv approve CH-1 --stats
check_err_line "emp-challenge: --stats does not apply to approve"
run 2 emp-challenge -l l.csv --wait soon list
check_err_line "emp-challenge: invalid --wait 'soon': use a whole number from 0 to 86400"
run 2 emp-challenge -l l.csv open R1 -e ev.csv --grounds x --window -1
check_err_line "emp-challenge: invalid --window '-1': use a whole number from 0 to 36500"
run 2 emp-challenge -l l.csv list --status open
check_err_line "emp-challenge: invalid status 'open': use pending, withdrawn, approved, denied or revoked, comma-separated"
run 2 emp-challenge candidates --qa-below 70%
check_err_line "emp-challenge: invalid --qa-below '70%': use a score from 0 to 100"
run 2 emp-challenge list
check_out </dev/null
check_err <<'EOF2'
emp-challenge: no ledger: use -l FILE or set EMP_LEDGER
Try 'emp-challenge --help' for more information.
EOF2
run 2 emp-challenge -l l.csv approve
check_err_line "emp-challenge: approve takes one argument: the challenge"
run 2 emp-challenge -l l.csv open R1 R2 -e ev.csv --grounds x
check_err_line "emp-challenge: open takes one argument: the review"
run 2 emp-challenge -l l.csv verify extra
check_err_line "emp-challenge: verify takes no arguments"
run 2 emp-challenge -l l.csv --as ana open R1 -e ev.csv --grounds "two
lines"
check_err_line "emp-challenge: --grounds may not hold a line break"
run 2 emp-challenge -l l.csv --as ' ' open R1 -e ev.csv --grounds x
check_err_line "emp-challenge: --as may not be empty"
run 2 emp-challenge -l l.csv list --text --tsv
check_err_line "emp-challenge: --text and --tsv exclude each other"
run 2 emp-challenge -l l.csv open R1 --grounds x
check_err_line "emp-challenge: open needs -e EVENTS: the review is looked up there (its kind, agent, time and value)"
run 2 emp-challenge -l l.csv revoke CH-1
check_err_line "emp-challenge: revoke needs --note: say why the approval is withdrawn"
run 2 emp-challenge -l l.csv migrate
check_err_line "emp-challenge: migrate takes one argument: the version 1 or 2 ledger to sign over"
run 2 emp-challenge keygen extra
check_err_line "emp-challenge: keygen takes no arguments"
[ ! -e l.csv ] || fail "a usage error created the ledger"
