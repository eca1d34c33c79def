#!/bin/sh
# emp-score -g reviewer with graders who share no agents: r1, r2 and the
# harsh r3 grade a01-a06, r4 and r5 (fair) grade a07-a12.  The model fixes
# offsets only within a set of reviewers linked through shared agents, so
# each set is measured from its own median reviewer: r3 near -10 with the
# interval below 0, r1 and r2 near 0 with 0 inside (one median over all
# five called the fair r1 and r2 lenient and r3 only -7).  Offsets
# recomputed independently (grader.py) on each set alone, the bootstrap
# intervals and p-values on both.
. "${0%/*}/../lib.sh"

cat >g.py <<'PY'
import grader
A = grader.AGENTS
G = {"r1": A[:6], "r2": A[:6], "r3": A[:6], "r4": A[6:], "r5": A[6:]}
PY
PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier:. python3 - <<'PY'
import grader
from g import G
grader.make("ev.csv", G)
PY
run 0 emp-score -q -g reviewer ev.csv
cp out scores.csv

PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier:. python3 - <<'PY'
import grader
from g import G
grader.state[0] = 7
evs = grader.make("ev2.csv", G)
off = {}
for s in (("r1", "r2", "r3"), ("r4", "r5")):
    off.update(grader.offsets([e for e in evs if e[0] in s]))
rev = grader.reviewers("scores.csv")
assert sorted(rev) == ["r1", "r2", "r3", "r4", "r5"], sorted(rev)
for r, (o, lo, hi, k) in off.items():
    grader.close(rev[r]["qa_offset"], o, r + " qa_offset")
# the bootstrap draws from all twelve agents: a replicate's sets are
# those its agents link, each measured from its own median
grader.check(rev, grader.boot(evs, "all"))
o3 = float(rev["r3"]["qa_offset"])
assert -11 < o3 < -9, o3
assert float(rev["r3"]["qa_offset_hi"]) < 0, rev["r3"]
for r in ("r1", "r2", "r4", "r5"):
    assert float(rev[r]["qa_offset_lo"]) <= 0 <= \
        float(rev[r]["qa_offset_hi"]), rev[r]
PY
[ $? -eq 0 ] || fail "offsets differ"
