#!/bin/sh
# emp-challenge: --help prints the usage on stdout and exits 0; --version
# prints the name and version.
. "${0%/*}/../lib.sh"

run 0 emp-challenge --help
check_err </dev/null
head -n 2 out >first
check_file first <<'EOF2'
usage: emp-challenge [-l ledger] [-r roster] [--key file] [--as name] [--wait seconds]
           command [arg]
EOF2
grep -q -- '--qa-below N        a QA score below N is negative (default 70)' out ||
    fail "--help does not give the --qa-below default"
run 0 emp-challenge --version
check_out <<'EOF2'
emp-challenge 0.1.0
EOF2
check_err </dev/null
