#!/bin/sh
# csvdump: a UTF-8 BOM before a quoted header is dropped and ';' is
# detected as the delimiter, so "1,5" stays one field.
. "${0%/*}/../lib.sh"

printf '\357\273\277"a";"b"\n1,5;2\n' >in.csv
run 0 csvdump in.csv
check_out <<'EOF'
[
 ["a","b"],
 ["1,5","2"]
]
EOF
check_err </dev/null
