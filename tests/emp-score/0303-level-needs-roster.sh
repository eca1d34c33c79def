#!/bin/sh
# emp-score -g level needs the roster that gives the levels: without
# --roster (and EMP_ROSTER unset or empty) a usage error, status 2, nothing
# written; EMP_ROSTER names it as --roster does; --merge needs none.  A
# roster that cannot be used (anyone may write it) ends the run, status 1,
# nothing written.
. "${0%/*}/../lib.sh"

unset EMP_ROSTER
printf 'agent,level\nana,2\n' >roster.csv
chmod 644 roster.csv
printf 'kind,ts,agent\ncontact,2026-02-02T10:00:00Z,ana\n' >ev.csv

run 2 emp-score -g agent,level ev.csv
check_out </dev/null
check_err <<'ERR'
emp-score: -g level needs the roster that gives the levels: --roster FILE or EMP_ROSTER
Try 'emp-score --help' for more information.
ERR
EMP_ROSTER= run 2 emp-score -g level -o out.csv ev.csv
test ! -e out.csv || fail "out.csv written"

EMP_ROSTER=roster.csv run 0 emp-score -q -g level ev.csv
cut -d, -f1-5 out >got
check_file got <<'CSV'
period,group,key,team,contacts
all,level,2,,1
CSV

run 2 emp-score -g agent,levels --roster roster.csv ev.csv
check_err_line "emp-score: invalid groups 'agent,levels': use agent, team, all, level and reviewer, comma-separated"

chmod 666 roster.csv
run 1 emp-score -g level --roster roster.csv ev.csv
check_out </dev/null
check_err <<'ERR'
emp-score: roster.csv: anyone may write this roster, and so give themselves any role: make it writable by its admins only (chmod o-w roster.csv)
emp-score: nothing written: the roster cannot be used
ERR
