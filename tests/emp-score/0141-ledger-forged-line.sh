#!/bin/sh
# emp-score --ledger reads only a verified ledger.  A deny rewritten into
# an approve, its crc chain recomputed (python3's zlib.crc32), changes no
# score: the line's signature does not verify, so it is not counted
# (reported, and in the summary); --strict fails on it.  A ledger that
# cannot be used writes nothing; --ledger needs a roster; $EMP_LEDGER is
# not read: only a ledger named on the command line excludes.
. "${0%/*}/../lib.sh"

people
cat >ev.csv <<'CSV'
kind,ts,agent,team,id,csat
survey,2026-03-02T09:00:00Z,ana,A,S1,5
survey,2026-03-02T09:01:00Z,ana,A,S2,4
survey,2026-03-02T09:02:00Z,ana,A,S9,2
CSV
clock_at 2026-03-05T10:00:00Z
key ana
emp-challenge -l l.csv open S9 -e ev.csv --grounds 'courier lost it' >/dev/null
clock_at 2026-03-06T10:00:00Z
key lee
emp-challenge -l l.csv deny CH-1

opts='-g agent -w csat_rate=1 -m csat=1 -m csat_rate=1'
# shellcheck disable=SC2086
run 0 emp-score $opts ev.csv
mv out plain.out
check_err <<'EOF2'
emp-score: 3 events read, 3 scored, 0 rejected; 0 reviews excluded by challenge
EOF2
# shellcheck disable=SC2086
run 0 emp-score $opts -l l.csv ev.csv
check_out plain.out
check_err <<'EOF2'
emp-score: 3 events read, 3 scored, 0 rejected; 0 reviews excluded by challenge (0 of 0 approved challenges found)
EOF2

if command -v python3 >/dev/null 2>&1; then
	# line 3 (the deny): action approve, every sum from there recomputed
	python3 - l.csv forged.csv <<'PY'
import sys, zlib
lines = open(sys.argv[1], "rb").read().split(b"\n")[:-1]
lines[2] = lines[2].replace(b",deny,", b",approve,")
prev = b"00000000"
out = [lines[0]]
for ln in lines[1:]:
    body = ln[:ln.rindex(b",") + 1]
    prev = b"%08x" % zlib.crc32(prev + body)
    out.append(body + prev)
open(sys.argv[2], "wb").write(b"\n".join(out) + b"\n")
PY
	sed -n 3p forged.csv | cut -d, -f3,4 >action.txt
	check_file action.txt <<'EOF2'
approve,CH-1
EOF2
	# the checksums hold: only the signature tells
	# shellcheck disable=SC2086
	run 0 emp-score $opts -l forged.csv ev.csv
	check_out plain.out
	check_err <<'EOF2'
emp-score: forged.csv:3: not counted: the signature is not lee's: the line was changed, or not written by lee
emp-score: 3 events read, 3 scored, 0 rejected; 0 reviews excluded by challenge (0 of 0 approved challenges found); 1 ledger line not counted
EOF2
	# shellcheck disable=SC2086
	run 1 emp-score -s $opts -l forged.csv ev.csv
	check_out plain.out
fi

# a ledger that cannot be used: nothing written
# shellcheck disable=SC2086
run 1 emp-score $opts -l none.csv ev.csv
check_out </dev/null
check_err <<'EOF2'
emp-score: none.csv: No such file or directory
emp-score: nothing written: the ledger cannot be used
EOF2
chmod o+w roster.csv
# shellcheck disable=SC2086
run 1 emp-score $opts -l l.csv ev.csv
check_out </dev/null
check_err <<'EOF2'
emp-score: roster.csv: anyone may write this roster, and so give themselves any role: make it writable by its admins only (chmod o-w roster.csv)
emp-score: nothing written: the ledger cannot be used
EOF2
chmod o-w roster.csv

# --ledger needs a roster; a roster alone is not used
unset EMP_ROSTER
# shellcheck disable=SC2086
run 2 emp-score $opts -l l.csv ev.csv
check_out </dev/null
check_err <<'EOF2'
emp-score: --ledger needs a roster to verify it: --roster FILE or EMP_ROSTER
Try 'emp-score --help' for more information.
EOF2
# shellcheck disable=SC2086
run 0 emp-score $opts --roster roster.csv --ledger l.csv ev.csv
check_out plain.out
# shellcheck disable=SC2086
run 0 emp-score $opts --roster nonesuch.csv ev.csv
check_out plain.out

# $EMP_LEDGER is not read: an approved challenge there takes nothing out
EMP_ROSTER=roster.csv
export EMP_ROSTER
key ana
emp-challenge -l l2.csv open S9 -e ev.csv --grounds 'courier lost it' >/dev/null
key lee
emp-challenge -l l2.csv approve CH-1
# shellcheck disable=SC2086
EMP_LEDGER=l2.csv run 0 emp-score $opts ev.csv
check_out plain.out
# named, it does
# shellcheck disable=SC2086
run 0 emp-score -q $opts -l l2.csv ev.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
    { print $c["csat_rate"], $c["excluded"] }' out >got.txt
check_file got.txt <<'EOF2'
1 1
EOF2
