#!/bin/sh
# csvdump: CRLF line ends, a quoted CRLF inside a field and a blank last
# line come back exactly; the LF of each CRLF is not an extra record.
. "${0%/*}/../lib.sh"

printf 'a,b\r\n1,"x\r\ny"\r\n2,3\r\n' >in.csv
run 0 csvdump in.csv
check_out <<'EOF'
[
 ["a","b"],
 ["1","x\r\ny"],
 ["2","3"]
]
EOF
check_err </dev/null
