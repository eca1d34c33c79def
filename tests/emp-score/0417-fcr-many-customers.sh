#!/bin/sh
# fcr's table under load, against the independent computation (fcr.py):
# 1800 contacts of 700 customers over 60 days (the index table grows
# from 256 slots many times, its probe chains cross, records are judged
# and dropped by the sweeps and reused as a customer's cluster ends, the
# last record moving into each hole), --repeat-window 1 and 7; then 1200
# contacts of 3 customers over 150 days (chains longer than 49 days: kept
# on the heap, and back), --repeat-window 7 and 30.  Every stream has
# contacts at the same ms (on the heap), 40 moved up to 23 hours back
# and 3 late.  Every row's fcr and fcr_n by all and week.
. "${0%/*}/../lib.sh"

PYTHONPATH=$TESTS_DIR/emp-score python3 - <<'PY' || fail "see above"
import sys
import fcr

bad = 0
for seed, n, cust, days, windows in ((4, 1800, 700, 60, (1, 7)),
                                     (5, 1200, 3, 150, (7, 30))):
    for w in windows:
        fcr.gen("ev.csv", seed, n, customers=cust, days=days, disorder=40,
                late=3, exact=w)
        got, none, late = fcr.judge("ev.csv", w)
        res = sum(1 for _, _, r in got if r)
        # the 3 customers' chains never end: every contact before the
        # horizon is repeated (the last ones are beyond it)
        if late == 0 or res == len(got) or (cust > 3 and res == 0):
            sys.exit("seed %d: a weak stream (late %d, resolved %d of %d)"
                     % (seed, late, res, len(got)))
        for by in ("all", "week"):
            if not fcr.score_check("seed %d window %d by %s" % (seed, w, by),
                                   "ev.csv", w, by)[1]:
                bad += 1
sys.exit(1 if bad else 0)
PY
