#!/bin/sh
# parsers: yes/no values in any case, and score ranges: CSAT is a whole
# number 1-5, QA 0-100 with decimals.
. "${0%/*}/../lib.sh"

printf 'Y\nn\nYES\nfalse\nT\n1\n0\nmaybe\n\n' >in
run 0 parsecheck bool <in
check_out <<'EOF'
Y	1
n	0
YES	1
false	0
T	1
1	1
0	0
maybe	error: invalid yes/no value 'maybe'
	(unknown)
EOF
check_err </dev/null
printf '5\n9\n0\n3.5\n4.0\n' >in
run 0 parsecheck csat <in
check_out <<'EOF'
5	5
9	error: csat '9' out of range 1-5
0	error: csat '0' out of range 1-5
3.5	error: csat '3.5' is not a whole number
4.0	4
EOF
