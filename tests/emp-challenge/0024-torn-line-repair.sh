#!/bin/sh
# emp-challenge: a writer killed mid-write (simulated here by cutting the
# last line short, as a SIGKILL between two write() calls or a crash
# before the data reached the disk would) leaves a torn last line: every
# command refuses the ledger, 'repair' cuts the torn line (reporting line
# and bytes), after which verify accepts it and writers go on.  Damage that
# is not a torn last line is refused and the file left alone.
. "${0%/*}/../lib.sh"

export EMP_LEDGER=l.csv EMP_NOW=2026-03-05T10:00:00Z
emp-challenge --as ana open S1 --grounds 'late delivery' >/dev/null
emp-challenge --as ben open S2 --grounds 'courier lost it' >/dev/null
cp l.csv whole.csv
emp-challenge --as lee approve CH-1 >/dev/null
size=$(wc -c <l.csv)
head -c $((size - 9)) l.csv >torn.csv
cp torn.csv l.csv

run 1 emp-challenge verify
check_err <<'EOF2'
emp-challenge: l.csv:4: truncated: the last line has no line end (the ledger is whole up to byte 188; 'repair' cuts it)
EOF2
run 1 emp-challenge --as lee approve CH-2
check_err_line "emp-challenge: l.csv:4: truncated: the last line has no line end (the ledger is whole up to byte 188; 'repair' cuts it)"
check_file l.csv torn.csv

run 0 emp-challenge repair
check_out <<'EOF2'
l.csv: ok: 2 transitions, 2 challenges, last checksum df88a290 (repaired)
EOF2
check_err <<'EOF2'
emp-challenge: l.csv:4: cut a torn last line of 48 bytes
EOF2
check_file l.csv whole.csv
run 0 emp-challenge verify
run 0 emp-challenge repair
check_out <<'EOF2'
l.csv: ok: 2 transitions, 2 challenges, last checksum df88a290 (nothing to repair)
EOF2
check_err </dev/null
run 0 emp-challenge --as lee approve CH-1
run 0 emp-challenge verify

# a torn first write: part of the header alone; repair empties the file
printf 'seq,ts,act' >l.csv
run 1 emp-challenge verify
run 0 emp-challenge repair
check_err <<'EOF2'
emp-challenge: l.csv:1: cut a torn last line of 10 bytes
EOF2
[ ! -s l.csv ] || fail "a torn header was not cut"

# a changed line before the torn one: refused, the file left as it was
sed 's/late delivery/late deliveries/' torn.csv >l.csv
cp l.csv changed.csv
run 1 emp-challenge repair
check_err <<'EOF2'
emp-challenge: l.csv:2: checksum mismatch: the line was changed, or a line before it removed
emp-challenge: l.csv: not repaired: only a torn last line can be repaired
EOF2
check_file l.csv changed.csv

# damage without a torn line: repair changes nothing and says why
sed 's/late delivery/late deliveries/' whole.csv >l.csv
cp l.csv changed.csv
run 1 emp-challenge repair
check_err_line "emp-challenge: l.csv:2: checksum mismatch: the line was changed, or a line before it removed"
check_file l.csv changed.csv
