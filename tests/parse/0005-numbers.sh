#!/bin/sh
# parsers: thousands separators in groups of three, currency signs,
# unknown markers; exponents, hex, nan, inf and a decimal comma (unless
# asked for) are rejected; -0 is 0.
. "${0%/*}/../lib.sh"

cat >in <<'EOF'
1,234.50
$12.00
$1,234.50
12 €
£7
 42 
-0
0.000069444446
N/A
n/a
-
null
1e999
nan
inf
0x10
87,5
1,5
12,34,567
1.234,50
87.5%
-$5
EOF
run 0 parsecheck money <in
check_out <<'EOF'
1,234.50	1234.5
$12.00	12
$1,234.50	1234.5
12 €	12
£7	7
 42 	42
-0	0
0.000069444446	0.000069444446
N/A	(unknown)
n/a	(unknown)
-	(unknown)
null	(unknown)
1e999	error: invalid number '1e999'
nan	error: invalid number 'nan'
inf	error: invalid number 'inf'
0x10	error: invalid number '0x10'
87,5	error: invalid number '87,5'
1,5	error: invalid number '1,5'
12,34,567	error: invalid number '12,34,567'
1.234,50	error: invalid number '1.234,50'
87.5%	error: invalid number '87.5%'
-$5	error: negative amount '-$5'
EOF
check_err </dev/null
