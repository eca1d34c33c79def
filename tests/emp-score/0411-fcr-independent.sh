#!/bin/sh
# emp-score's fcr against an independent computation (fcr.py: every
# contact compared with every other of its customer, no chains, no
# eviction) on seeded streams of 400 contacts over 40 days: 12
# customers, four agents in two teams (some rows without a team), a
# tenth without a customer, every ninth at the same ms as the one before,
# every eleventh repeated by its customer exactly one window later, 30
# moved up to 23 hours back (judged exactly) and 3 moved 2-3 days back
# (late: not in fcr, counted).  --repeat-window 1, 7 and 30, by all, day
# and week, three seeds: every row's fcr and fcr_n, and the summary's
# counts of contacts without a customer and out of time order.
. "${0%/*}/../lib.sh"

PYTHONPATH=$TESTS_DIR/emp-score python3 - <<'PY' || fail "see above"
import sys
import fcr

bad = 0
for seed in (1, 2, 3):
    for w in (1, 7, 30):
        fcr.gen("ev.csv", seed, 400, customers=12, days=40, disorder=30,
                late=3, exact=w)
        _, none, late = fcr.judge("ev.csv", w)
        if late == 0 or none == 0:
            sys.exit("seed %d: a weak stream (late %d, none %d)" %
                     (seed, late, none))
        for by in ("all", "day", "week"):
            p, ok = fcr.score_check("seed %d window %d by %s" % (seed, w, by),
                                    "ev.csv", w, by)
            if not ok:
                bad += 1
            last = p.stderr.strip().split("\n")[-1]
            want = ("; %d %s no customer: not in fcr; %d %s more than "
                    "a day out of time order: not in fcr" %
                    (none, "contact has" if none == 1 else "contacts have",
                     late, "contact" if late == 1 else "contacts"))
            nb = fcr.beyond("ev.csv", w)
            if nb:
                want += ("; %d %s less than the repeat window before the "
                         "last: not in fcr (repeats yet to come)" %
                         (nb, "contact" if nb == 1 else "contacts"))
            if not last.endswith(want):
                print("summary: %s, expected ...%s" % (last, want))
                bad += 1
sys.exit(1 if bad else 0)
PY
