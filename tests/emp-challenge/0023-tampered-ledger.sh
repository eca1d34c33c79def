#!/bin/sh
# emp-challenge: a ledger cut mid-line, with one byte changed, with a line
# removed, or with a hand-made line whose checksum was recomputed but that
# breaks a rule, is reported by verify with its line number, and apply
# refuses to use it (status 1, nothing on stdout).
. "${0%/*}/../lib.sh"

cat >good.csv <<'CSV'
seq,ts,action,challenge,review,agent,actor,text,sum
1,2026-03-05T10:00:00Z,open,CH-1,S1,ana,ana,courier lost it,c9352ad0
2,2026-03-05T10:00:00Z,open,CH-2,Q1,ben,ben,"outage, ""system"" down",e5523120
3,2026-03-06T10:00:00Z,approve,CH-2,Q1,ben,lee,,b353ef68
4,2026-03-07T10:00:00Z,withdraw,CH-1,S1,ana,ana,found my mistake,e370bb71
CSV
printf 'kind,ts,agent,id,csat\nsurvey,2026-03-04T10:00:00Z,ben,Q1,1\n' >ev.csv
run 0 emp-challenge -l good.csv verify
check_out <<'EOF2'
good.csv: ok: 4 transitions, 2 challenges (0 pending), last checksum e370bb71
EOF2

# cut in the middle of the last line: whole up to byte 257
#   (header 52 + lines of 69, 79 and 57 bytes + 11 bytes of line 5)
head -c 268 good.csv >cut.csv
run 1 emp-challenge -l cut.csv verify
check_out </dev/null
check_err <<'EOF2'
emp-challenge: cut.csv:5: truncated: the last line has no line end (the ledger is whole up to byte 257; 'repair' cuts it)
EOF2
run 1 emp-challenge -l cut.csv apply ev.csv
check_out </dev/null
check_err <<'EOF2'
emp-challenge: cut.csv:5: truncated: the last line has no line end (the ledger is whole up to byte 257; 'repair' cuts it)
emp-challenge: nothing applied: the ledger cannot be used
EOF2

# one byte changed in line 2 ("courier" -> "courieR")
sed '2s/courier/courieR/' good.csv >flipped.csv
run 1 emp-challenge -l flipped.csv verify
check_err <<'EOF2'
emp-challenge: flipped.csv:2: checksum mismatch: the line was changed, or a line before it removed
EOF2
run 1 emp-challenge -l flipped.csv apply ev.csv
check_out </dev/null
check_err_line "emp-challenge: flipped.csv:2: checksum mismatch: the line was changed, or a line before it removed"

# one byte changed in the sum of line 4 (e370bb71 -> e370bb72)
sed '5s/e370bb71/e370bb72/' good.csv >sum.csv
run 1 emp-challenge -l sum.csv verify
check_err <<'EOF2'
emp-challenge: sum.csv:5: checksum mismatch: the line was changed, or a line before it removed
EOF2

# line 3 (seq 2) removed
sed '3d' good.csv >deleted.csv
run 1 emp-challenge -l deleted.csv verify
check_err <<'EOF2'
emp-challenge: deleted.csv:3: seq 3 where 2 was expected: a line before it was removed
EOF2
run 1 emp-challenge -l deleted.csv apply ev.csv
check_out </dev/null
check_err_line "emp-challenge: deleted.csv:3: seq 3 where 2 was expected: a line before it was removed"

# line 3 removed and the seqs renumbered by hand: the chain breaks
sed -e '3d' -e '4s/^3,/2,/' -e '5s/^4,/3,/' good.csv >renumbered.csv
run 1 emp-challenge -l renumbered.csv verify
check_err <<'EOF2'
emp-challenge: renumbered.csv:3: checksum mismatch: the line was changed, or a line before it removed
EOF2

# a forged line with a correct checksum: ana approves her own challenge
#   (sum: python3 zlib.crc32(b"e370bb71" + line up to its last comma))
cp good.csv forged.csv
cat >>forged.csv <<'CSV'
5,2026-03-08T10:00:00Z,open,CH-3,S7,ana,ana,courier,d75a8796
6,2026-03-08T10:00:00Z,approve,CH-3,S7,ana,ana,,ae977895
CSV
run 1 emp-challenge -l forged.csv verify
check_err <<'EOF2'
emp-challenge: forged.csv:7: approve CH-3 by ana: ana may not decide CH-3: it is ana's own challenge
EOF2
run 1 emp-challenge -l forged.csv apply ev.csv
check_out </dev/null

# not a ledger at all
printf 'a,b\n1,2\n' >other.csv
run 1 emp-challenge -l other.csv verify
check_err <<'EOF2'
emp-challenge: other.csv:1: not a challenge ledger: the first line must be 'seq,ts,action,challenge,review,agent,actor,text,sum'
EOF2
# a writer refuses to append to a damaged ledger too
cp flipped.csv before.csv
run 1 emp-challenge -l flipped.csv --as ana open S8 --grounds courier
check_err_line "emp-challenge: flipped.csv:2: checksum mismatch: the line was changed, or a line before it removed"
check_file flipped.csv before.csv
