#!/bin/sh
# A gzip file whose check value is wrong (its bytes all inflated, the
# error found after them): every record of those bytes is read, then the
# error said, exit 1, whether the reader was inside a line longer than its
# buffer when the error came or not, in chunks or whole.  The inflate call
# that finds the error also gives the last bytes, which the reader used to
# drop when it was waiting for them to end a line (here the long line
# and the 100 records after it).
. "${0%/*}/../lib.sh"

awk 'BEGIN {
	print "a,b"
	for (i = 1; i <= 100; i++)
		print i ",x"
	s = "L"
	while (length(s) < 70000)
		s = s s
	print s ",1"
	for (i = 1; i <= 100; i++)
		print "y" i ",z"
}' >in.csv
gzip -c in.csv >in.gz
# the CRC-32 of the trailer, its first byte flipped
python3 -c '
import sys
d = bytearray(open("in.gz", "rb").read())
d[-8] ^= 0xff
open("bad.gz", "wb").write(d)'
cmp -s in.gz bad.gz && fail "bad.gz is not corrupt"
csvdump -r in.csv >want || fail "in.csv"
[ "$(wc -l <want)" -eq 202 ] || fail "want: $(wc -l <want) records"
for c in '' '-c 100000000' '-c 999'; do
	# shellcheck disable=SC2086
	run 1 csvdump -r $c bad.gz
	check_out want
	check_err <<'EOF2'
csvdump: bad.gz: corrupt gzip input
EOF2
done
