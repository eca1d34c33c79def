#!/bin/sh
# emp-ingest: bad option values are usage errors naming the value, with
# exit status 2 and nothing on stdout.
. "${0%/*}/../lib.sh"

run 2 emp-ingest --from nosuch
check_out </dev/null
check_err <<'EOF'
emp-ingest: unknown profile 'nosuch'
Try 'emp-ingest --help' for more information.
EOF
run 2 emp-ingest --tz Mars/Olympus_Mons
check_err_line "emp-ingest: unknown time zone 'Mars/Olympus_Mons'"
run 2 emp-ingest --map nosuch=X
check_err_line "emp-ingest: --map: 'nosuch' is not an event column that can be mapped"
run 2 emp-ingest --map agent
check_err_line "emp-ingest: --map: expected COLUMN=SOURCE, got 'agent'"
run 2 emp-ingest --units weeks
check_err_line "emp-ingest: invalid unit 'weeks': use s, ms, min or h"
run 2 emp-ingest --delimiter '|'
check_err_line "emp-ingest: invalid delimiter '|': use ',', ';' or 'tab'"
run 2 emp-ingest --kind call --map agent=A
check_err_line "emp-ingest: unknown event kind 'call'"
