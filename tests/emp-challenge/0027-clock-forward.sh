#!/bin/sh
# emp-challenge: the recorded time is the system clock, and a ledger's
# times only go forward.  EMP_NOW is not read (a warning says so; the
# line gets the clock's time).  A writer whose clock reads before the
# ledger's last line refuses (status 1, the ledger unchanged): no
# decision can be dated before its opening, no line before its
# predecessor, whoever sets the clock back.  The same second is fine.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
clock_at 2026-03-06T10:00:00Z
EMP_NOW=2026-03-01T00:00:00Z run 0 emp-challenge open S1 -e ev.csv --grounds g
check_out <<'EOF2'
CH-1
EOF2
check_err <<'EOF2'
emp-challenge: EMP_NOW is not read: a ledger records the system clock
EOF2
tail -n 1 l.csv | cut -d, -f2,3 >last
check_file last <<'EOF2'
2026-03-06T10:00:00Z,open
EOF2
cp l.csv before.csv

# the lead's clock is a day behind: the decision would precede the opening
clock_at 2026-03-05T10:00:00Z
key lee
run 1 emp-challenge approve CH-1
check_out </dev/null
check_err <<'EOF2'
emp-challenge: l.csv:2: dated 2026-03-06T10:00:00Z, after this machine's clock (2026-03-05T10:00:00Z): ana's clock was wrong or set
emp-challenge: l.csv: this machine's clock reads 2026-03-05T10:00:00Z, before the ledger's last line (2026-03-06T10:00:00Z): a ledger's times only go forward; check the clock
EOF2
check_file l.csv before.csv
# one second behind, another agent's open: refused as well
clock_at 2026-03-06T09:59:59Z
key bob
run 1 emp-challenge open B1 -e ev.csv --grounds g
check_err <<'EOF2'
emp-challenge: l.csv: this machine's clock reads 2026-03-06T09:59:59Z, before the ledger's last line (2026-03-06T10:00:00Z): a ledger's times only go forward; check the clock
EOF2
check_file l.csv before.csv
# readers do not mind the clock
run 0 emp-challenge verify
check_err </dev/null
# the same second, and later, are fine
clock_at 2026-03-06T10:00:00Z
run 0 emp-challenge open B1 -e ev.csv --grounds g
clock_at 2026-03-07T10:00:00Z
key lee
run 0 emp-challenge approve CH-1
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 3 transitions, 2 challenges (1 pending), last checksum e1b488c0
EOF2
