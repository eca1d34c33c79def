#!/bin/sh
# emp-score -g reviewer when the reviewers are linked only in a long chain
# (reviewer k grades agents k and k+1, forty reviewers): the model's
# fitting must run to its end, not stop after a fixed number of rounds
# (1000 rounds left offsets 0.6 points off here).  Every offset and
# interval recomputed independently by grader.py's normal equations.
. "${0%/*}/../lib.sh"

cat >g.py <<'PY'
def evs():
    st = [11]
    def u():
        st[0] = (1664525 * st[0] + 1013904223) % 4294967296
        return st[0] / 4294967296.0
    out, n = [], 0
    for k in range(40):
        for a in (k, k + 1):
            for _ in range(2):
                n += 1
                s = 60 + a % 7 + k % 5 + round(8 * (u() - 0.5))
                out.append(("r%02d" % k, "a%02d" % a, "c%04d" % n, s))
    return out

PY
PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier:. python3 -c 'import g, grader; grader.write("ev.csv", g.evs())'
run 0 emp-score -q -g reviewer ev.csv
cp out scores.csv

PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier:. python3 - <<'PY'
import grader, g
off = grader.offsets(g.evs())
rev = grader.reviewers("scores.csv")
assert len(rev) == 40 and len(off) == 40, (len(rev), len(off))
for r, (o, lo, hi, k) in off.items():
    grader.close(rev[r]["qa_offset"], o, r + " qa_offset")
    assert k <= 2 and rev[r]["qa_offset_lo"] == "", rev[r]
PY
[ $? -eq 0 ] || fail "offsets differ"
