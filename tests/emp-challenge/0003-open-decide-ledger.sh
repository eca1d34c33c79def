#!/bin/sh
# emp-challenge: open prints the new challenge's id; every transition is
# one ledger line with seq, the time (EMP_NOW), the action, the challenge,
# the review, the agent, the actor, the grounds or note (quoted as CSV
# needs) and the chained checksum.  The sums were computed independently:
#   python3: prev = b"00000000"; sum = "%08x" % zlib.crc32(prev + line
#   up to and including its last comma); prev = sum
. "${0%/*}/../lib.sh"

export EMP_NOW=2026-03-05T10:00:00Z
run 0 emp-challenge -l l.csv --as ana open S1 --grounds 'courier lost it'
check_out <<'EOF2'
CH-1
EOF2
check_err </dev/null
run 0 emp-challenge -l l.csv --as ben open Q1 --grounds 'outage, "system" down'
check_out <<'EOF2'
CH-2
EOF2
EMP_NOW=2026-03-06T10:00:00Z run 0 emp-challenge -l l.csv --as lee approve CH-2
check_out </dev/null
check_err </dev/null
EMP_NOW=2026-03-07T10:00:00Z run 0 emp-challenge -l l.csv --as ana withdraw CH-1 --note 'found my mistake'
check_out </dev/null
check_file l.csv <<'EOF2'
seq,ts,action,challenge,review,agent,actor,text,sum
1,2026-03-05T10:00:00Z,open,CH-1,S1,ana,ana,courier lost it,c9352ad0
2,2026-03-05T10:00:00Z,open,CH-2,Q1,ben,ben,"outage, ""system"" down",e5523120
3,2026-03-06T10:00:00Z,approve,CH-2,Q1,ben,lee,,b353ef68
4,2026-03-07T10:00:00Z,withdraw,CH-1,S1,ana,ana,found my mistake,e370bb71
EOF2
run 0 emp-challenge -l l.csv verify
check_out <<'EOF2'
l.csv: ok: 4 transitions, 2 challenges (0 pending), last checksum e370bb71
EOF2
check_err </dev/null
