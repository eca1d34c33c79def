#!/bin/sh
# parsers: durations as seconds, clock times (h:mm:ss and m:ss), unit
# suffixes; negative, exponent and malformed values are rejected and a
# value too large to hold exactly is "out of range".
. "${0%/*}/../lib.sh"

cat >in <<'EOF'
332
332.5
00:05:32
5:32
1:02:03.25
1h2m3s
250ms
1.5h
1,234
0:60
-5
1e9
12:xx
2m1h
99999999999999999999
N/A

EOF
run 0 parsecheck duration <in
check_out <<'EOF'
332	332
332.5	332.5
00:05:32	332
5:32	332
1:02:03.25	3723.25
1h2m3s	3723
250ms	0.25
1.5h	5400
1,234	1234
0:60	error: invalid duration '0:60'
-5	error: invalid duration '-5'
1e9	error: invalid duration '1e9'
12:xx	error: invalid duration '12:xx'
2m1h	error: invalid duration '2m1h'
99999999999999999999	error: duration out of range '99999999999999999999'
N/A	(unknown)
	(unknown)
EOF
check_err </dev/null
