#!/bin/sh
# csvdump: a stray quote and an unterminated quoted field are reported
# with the line they start on; reading goes on after the stray quote.
. "${0%/*}/../lib.sh"

printf 'a,b\n1,x"y\n2,3\n"4,5\n6,7\n' >in.csv
run 1 csvdump in.csv
check_out </dev/null
check_err <<'EOF'
csvdump: in.csv:2: misplaced quote
csvdump: in.csv:4: unterminated quoted field
EOF
