#!/bin/sh
# csvdump: a broken record after a field with two quoted newlines is
# reported at its own line (6), not at its record number.
. "${0%/*}/../lib.sh"

printf 'a,b\n1,"x\ny\nz"\n2,3\n4,"bad"x\n5,6\n' >in.csv
run 1 csvdump in.csv
check_out </dev/null
check_err <<'EOF'
csvdump: in.csv:6: misplaced quote
EOF
