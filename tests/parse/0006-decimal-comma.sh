#!/bin/sh
# parsers: with the decimal comma asked for, 87,5 and 1.234,50 read as
# European spreadsheets mean them; percentages are QA scores.
. "${0%/*}/../lib.sh"

printf '87,5\n87,5%%\n1.234,50\n92\n' >in
run 0 parsecheck -c qa <in
check_out <<'EOF'
87,5	87.5
87,5%	87.5
1.234,50	error: qa '1.234,50' out of range 0-100
92	92
EOF
check_err </dev/null
