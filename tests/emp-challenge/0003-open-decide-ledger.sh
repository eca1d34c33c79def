#!/bin/sh
# emp-challenge: open prints the new challenge's id; every transition is
# one ledger line with seq, the time (the system clock: here the test
# clock), the action, the challenge, the review, its kind, the agent, the
# actor, the cause, the grounds or note (quoted as CSV needs), the
# actor's signature and the chained checksum.  With fixed keys and clock
# the ledger is reproducible byte for byte.  Sums and signatures are
# checked independently by ledger.py (python3 and its cryptography
# package; skipped without them).
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
run 0 emp-challenge open S1 -e ev.csv --grounds 'courier lost it'
check_out <<'EOF2'
CH-1
EOF2
check_err </dev/null
key bob
run 0 emp-challenge open B1 -e ev.csv --grounds 'outage, "system" down' \
    --cause outage
check_out <<'EOF2'
CH-2
EOF2
clock_at 2026-03-06T10:00:00Z
key lee
run 0 emp-challenge approve CH-2
check_out </dev/null
check_err </dev/null
clock_at 2026-03-07T10:00:00Z
key ana
run 0 emp-challenge withdraw CH-1 --note 'found my mistake'
check_out </dev/null
check_file l.csv <<'EOF2'
seq,ts,action,challenge,review,kind,agent,actor,cause,text,sig,sum
1,2026-03-05T10:00:00Z,open,CH-1,S1,survey,ana,ana,,courier lost it,fitLWs8JIHDgvIBKdRX3deYmIFZ4NkbQIyNrsTcb9n31FQhf/Oyx7M1Of2oOJrdNy1MEDFd+KhAU30o5nX5+AQ==,4812f02a
2,2026-03-05T10:00:00Z,open,CH-2,B1,survey,bob,bob,outage,"outage, ""system"" down",mLqyNJasHGn+ZBv8Ja2LoFylPj5fAtTnaU9ojvJBiYxF0eDdzAILzkBg9sHd9YiquB0z21p4bzXJalg0H3KlCw==,0e3408bc
3,2026-03-06T10:00:00Z,approve,CH-2,B1,survey,bob,lee,,,dYoroGmG4PnxBk3wDRA427KsZSJYElqSl+n/nweCmpTjQLlPJUJijAvFQFt95w0waH8FvOhWnv+npgcgnM6HCA==,13b6b010
4,2026-03-07T10:00:00Z,withdraw,CH-1,S1,survey,ana,ana,,found my mistake,L3LutCKsJdvmHI2vWwjQs5WfZERHiSIbAXDdYoCKmIUly01YegCpWoAh6M0qhonqPL7X6ZRW3HhViFYc2hRYCw==,07741200
EOF2
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 4 transitions, 2 challenges (0 pending), last checksum 07741200
EOF2
check_err </dev/null
