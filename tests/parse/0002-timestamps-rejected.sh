#!/bin/sh
# parsers: what is not exactly a time is rejected, never guessed: a wrong
# weekday, 30 February, one-digit parts, compact dates, 24:00, bad zones,
# and a time inside the spring-forward gap.  The fall-back hour takes the
# earlier (EDT) instant.
. "${0%/*}/../lib.sh"

cat >in <<'EOF'
Tue, 02 Mar 2026 08:00:56
2026-02-30
2026-3-2
20260302
2026-03-02T8:00:00Z
2026-03-02T24:00:00Z
2026-03-02T08:00:00+013
2026-03-02T08:00:00+25:00
13/02/2026
03/02/26
03/02/2026 13:00 PM
garbage
2026-03-08 02:30:00
2026-11-01 01:30:00
EOF
run 0 parsecheck -T America/New_York time <in
check_out <<'EOF'
Tue, 02 Mar 2026 08:00:56	error: invalid timestamp 'Tue, 02 Mar 2026 08:00:56'
2026-02-30	error: invalid timestamp '2026-02-30'
2026-3-2	error: invalid timestamp '2026-3-2'
20260302	error: invalid timestamp '20260302'
2026-03-02T8:00:00Z	error: invalid timestamp '2026-03-02T8:00:00Z'
2026-03-02T24:00:00Z	error: invalid timestamp '2026-03-02T24:00:00Z'
2026-03-02T08:00:00+013	error: invalid timestamp '2026-03-02T08:00:00+013'
2026-03-02T08:00:00+25:00	error: invalid timestamp '2026-03-02T08:00:00+25:00'
13/02/2026	error: invalid timestamp '13/02/2026'
03/02/26	error: invalid timestamp '03/02/26'
03/02/2026 13:00 PM	error: invalid timestamp '03/02/2026 13:00 PM'
garbage	error: invalid timestamp 'garbage'
2026-03-08 02:30:00	error: local time '2026-03-08 02:30:00' does not exist (daylight saving gap)
2026-11-01 01:30:00	2026-11-01T05:30:00Z
EOF
check_err </dev/null
