#!/bin/sh
# emp-score -g reviewer on a model that is slow to settle: two teams of
# five reviewers, each grading its own thirty agents, linked by one agent
# that a reviewer of each team graded (the second team's scores 5 points
# higher).  The fit (conjugate gradients) must reach the direct solution
# in the full model and in every replicate of the bootstrap: every
# offset, interval and p-value recomputed independently (grader.py);
# conjugate gradients settle in a few rounds where alternating means
# took a second for the 999 replicates.
. "${0%/*}/../lib.sh"

cat >g.py <<'PY'
def evs():
    st = [3]
    def u():
        st[0] = (1664525 * st[0] + 1013904223) % 4294967296
        return st[0] / 4294967296.0
    out, n = [], 0
    for t in range(2):
        for r in range(5):
            for a in range(30):
                for _ in range(3):
                    n += 1
                    out.append(("t%dr%d" % (t, r), "t%da%02d" % (t, a),
                                "c%d" % n,
                                70 + 5 * t + a % 7 + round(16 * (u() - 0.5))))
    for t in range(2):
        for _ in range(3):
            n += 1
            out.append(("t%dr0" % t, "shared", "c%d" % n,
                        70 + round(16 * (u() - 0.5))))
    return out

PY
PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier:. python3 -c 'import g, grader; grader.write("ev.csv", g.evs())'
run 0 emp-score -q -g reviewer ev.csv
cp out scores.csv

PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier:. python3 - <<'PY'
import grader, g
out = grader.boot(g.evs(), "all")
rev = grader.reviewers("scores.csv")
assert sorted(rev) == sorted(out) and len(rev) == 10, sorted(rev)
grader.check(rev, out)
for r in rev:
    assert rev[r]["qa_offset_lo"] != "", rev[r]
PY
[ $? -eq 0 ] || fail "the bootstrap differs"
