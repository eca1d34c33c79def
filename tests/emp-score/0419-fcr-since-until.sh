#!/bin/sh
# emp-score: contacts outside --since/--until are in no row but are
# still repeats of the contacts inside.  By hand: c1 on 03-01 is repeated
# on 03-03, after --until 2026-03-02: unresolved; c2 has no other
# contact: resolved; c3's 02-27 contact, before --since, is in no row,
# and its 03-01 contact has no later one: resolved.  2 of 3 (c9's
# contact on 03-20, outside too, is the last contact: it takes the
# horizon, a window before it, past them).  Without the window the five
# before the horizon are judged: c1's and c3's first unresolved, 3 of 5.
# The summary's counts are of the contacts scored only.  Then seeded
# streams (fcr.py's) with --since and --until inside them, by day and
# week, windows 1 and 7, against fcr.py's independent computation.
. "${0%/*}/../lib.sh"

cat >ev.csv <<'CSV'
kind,ts,agent,customer
contact,2026-02-27T10:00:00Z,a,c3
contact,2026-03-01T10:00:00Z,a,c1
contact,2026-03-01T11:00:00Z,a,c2
contact,2026-03-01T12:00:00Z,a,c3
contact,2026-03-03T10:00:00Z,a,c1
contact,2026-03-03T11:00:00Z,a,
contact,2026-03-20T10:00:00Z,a,c9
CSV
run 0 emp-score -g all -m fcr=1 --since 2026-03-01 --until 2026-03-02 ev.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { print $c["contacts"] "," $c["fcr"] "," $c["fcr_n"] }' out >got
check_file got <<'CSV'
contacts,fcr,fcr_n
3,0.6667,3
CSV
check_err <<'EOF2'
emp-score: 7 events read, 3 scored, 0 rejected, 4 outside --since/--until; 0 reviews excluded by challenge
EOF2
run 0 emp-score -q -g all -m fcr=1 ev.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { print $c["contacts"] "," $c["fcr"] "," $c["fcr_n"] }' out >got
check_file got <<'CSV'
contacts,fcr,fcr_n
7,0.6,5
CSV

PYTHONPATH=$TESTS_DIR/emp-score python3 - <<'PY' || fail "see above"
import sys
import fcr

bad = 0
since, until = "2026-03-05", "2026-03-09"
s_ms = fcr.ms_of(since + "T00:00:00Z")
u_ms = fcr.ms_of("2026-03-10T00:00:00Z")	# --until's day included
for seed in (4, 5):
    for w in (1, 7):
        fcr.gen("ev2.csv", seed, 400, customers=12, days=12, exact=w)
        for by in ("day", "week"):
            if not fcr.score_check("seed %d window %d by %s" % (seed, w, by),
                                   "ev2.csv", w, by, ("-q", "--since", since,
                                                      "--until", until),
                                   since=s_ms, until=u_ms)[1]:
                bad += 1
sys.exit(1 if bad else 0)
PY
