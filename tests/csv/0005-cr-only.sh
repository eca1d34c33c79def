#!/bin/sh
# csvdump: old Mac CR-only line ends are line ends too.
. "${0%/*}/../lib.sh"

printf 'a,b\r1,2\r3,4' >in.csv
run 0 csvdump in.csv
check_out <<'EOF'
[
 ["a","b"],
 ["1","2"],
 ["3","4"]
]
EOF
check_err </dev/null
