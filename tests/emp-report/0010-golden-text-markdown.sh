#!/bin/sh
# emp-report: the team report and one agent's scorecard for the sample call
# center (make demo's pipeline at gen-sample's default size: sample.sh; the
# tiers judged over the evidence window) are pinned, as text at 80 and 132
# columns and as Markdown.  Regenerate with tests/emp-report/golden/regen
# after a deliberate change, and read the diff.
. "${0%/*}/../lib.sh"
. "${0%/*}/sample.sh"
g=${0%/*}/golden

run 0 emp-report -q --goals goals.csv --ledger ledger.csv weekly.csv tiers.csv
check_out "$g/team.txt"
check_err </dev/null
run 0 emp-report -q --width 132 --goals goals.csv --ledger ledger.csv tiers.csv weekly.csv
check_out "$g/team-132.txt"
run 0 emp-report -q -f markdown --goals goals.csv --ledger ledger.csv weekly.csv tiers.csv
check_out "$g/team.md"
run 0 emp-report -q -a wei.zhang --goals goals.csv --ledger ledger.csv weekly.csv tiers.csv
check_out "$g/wei.zhang.txt"
run 0 emp-report -q -f markdown -a wei.zhang --goals goals.csv --ledger ledger.csv weekly.csv tiers.csv
check_out "$g/wei.zhang.md"
