#!/bin/sh
# emp-challenge: a writer killed mid-write (simulated here by cutting the
# last line short, as a SIGKILL between two write() calls or a crash
# before the data reached the disk would) leaves a torn last line.  It was
# never confirmed: readers warn and ignore it (list, apply), and the next
# writer cuts it under the lock and appends; verify then accepts the
# ledger.  'repair' cuts it too (reporting line and bytes).  Damage that
# is not a torn last line is refused and the file left alone.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds 'late delivery'
ch bob open B1 -e ev.csv --grounds 'courier lost it'
cp l.csv whole.csv
ch lee approve CH-1
size=$(wc -c <l.csv)
head -c $((size - 9)) l.csv >torn.csv
cp torn.csv l.csv

run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 2 transitions, 2 challenges (2 pending), last checksum 914d01e1
EOF2
check_err <<'EOF2'
emp-challenge: l.csv:4: a last line without its line end was never confirmed: not counted (the next writer cuts it)
EOF2
run 0 emp-challenge list
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,survey,ana,,pending,2026-03-05T10:00:00Z,,,late delivery,,,,,,,,,
CH-2,B1,survey,bob,,pending,2026-03-05T10:00:00Z,,,courier lost it,,,,,,,,,
EOF2
check_err <<'EOF2'
emp-challenge: l.csv:4: a last line without its line end was never confirmed: not counted (the next writer cuts it)
EOF2
run 0 emp-challenge apply -q ev.csv
grep -c ',CH-1$' out >marked || :
check_file marked <<'EOF2'
0
EOF2
check_err <<'EOF2'
emp-challenge: l.csv:4: a last line without its line end was never confirmed: not counted (the next writer cuts it)
EOF2
check_file l.csv torn.csv

# the next writer cuts it and appends its own line
key lee
run 0 emp-challenge approve CH-2
check_err <<'EOF2'
emp-challenge: l.csv:4: cut a last line without its line end (147 bytes): it was never confirmed
EOF2
head -c "$(wc -c <whole.csv)" l.csv >head.csv
check_file head.csv whole.csv
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 3 transitions, 2 challenges (1 pending), last checksum 71889ec7
EOF2
check_err </dev/null

# repair cuts a torn line as well
size=$(wc -c <l.csv)
head -c $((size - 9)) l.csv >torn2.csv
cp torn2.csv l.csv
run 0 emp-challenge repair
check_out <<'EOF2'
l.csv: ok: 2 transitions, 2 challenges, last checksum 914d01e1 (repaired)
EOF2
check_err <<'EOF2'
emp-challenge: l.csv:4: cut a torn last line of 147 bytes
EOF2
check_file l.csv whole.csv
run 0 emp-challenge repair
check_out <<'EOF2'
l.csv: ok: 2 transitions, 2 challenges, last checksum 914d01e1 (nothing to repair)
EOF2
check_err </dev/null

# a torn first write: part of the header alone; repair empties the file
printf 'seq,ts,act' >l.csv
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
run 1 emp-challenge approve CH-2
check_err_line "emp-challenge: l.csv:2: checksum mismatch: the line was changed, or a line before it removed"
check_file l.csv changed.csv

# damage without a torn line: repair changes nothing and says why
sed 's/late delivery/late deliveries/' whole.csv >l.csv
cp l.csv changed.csv
run 1 emp-challenge repair
check_err_line "emp-challenge: l.csv:2: checksum mismatch: the line was changed, or a line before it removed"
check_file l.csv changed.csv
