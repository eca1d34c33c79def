#!/bin/sh
# -g reviewer and --qa-adjust need every evaluation at once: with
# --partial or --merge a usage error, status 2, nothing written.
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent,qa,reviewer\nqa,2026-03-02T09:00:00Z,ana,80,r1\n' >ev.csv
run 0 emp-score -q --partial -o p.csv ev.csv

run 2 emp-score -g agent,reviewer --partial -o x.csv ev.csv
check_err <<'ERR'
emp-score: -g reviewer with --partial: a reviewer's offset needs all the evaluations at once
Try 'emp-score --help' for more information.
ERR
test ! -e x.csv || fail "x.csv written"
run 2 emp-score -g reviewer --merge p.csv
check_out </dev/null
check_err_line "emp-score: -g reviewer with --merge: a reviewer's offset needs all the evaluations at once"
run 2 emp-score --qa-adjust --partial ev.csv
check_out </dev/null
check_err_line "emp-score: --qa-adjust with --partial: the offsets need all the evaluations at once"
run 2 emp-score --qa-adjust --merge p.csv
check_err_line "emp-score: --qa-adjust with --merge: the offsets need all the evaluations at once"
run 2 emp-score -g reviewers ev.csv
check_err_line "emp-score: invalid groups 'reviewers': use agent, team, all, level and reviewer, comma-separated"
