#!/bin/sh
# emp-score -g reviewer's bootstrap when the reviewers are linked thinly:
# fourteen reviewers in a chain (reviewer k grades agents k to k+2) and,
# apart, three who grade the same eight other agents.  A replicate that draws too few of the
# linking agents splits the set, whose median reviewer then is another
# reference: such a replicate is not counted for its reviewers, and a
# reviewer whose set stays whole in fewer than half of the 999 gets no
# interval and no p-value even with 3 agents or more (the chain's; the
# three's set stays whole, they have theirs).  Every offset,
# interval and p-value recomputed independently (grader.py).
. "${0%/*}/../lib.sh"

cat >g.py <<'PY'
def evs():
    st = [5]
    def u():
        st[0] = (1664525 * st[0] + 1013904223) % 4294967296
        return st[0] / 4294967296.0
    out, n = [], 0
    for k in range(14):
        for a in (k, k + 1, k + 2):
            for _ in range(2):
                n += 1
                out.append(("r%02d" % k, "a%02d" % a, "c%04d" % n,
                            70 + a % 5 + round(8 * (u() - 0.5))))
    for k in range(3):
        for a in range(8):
            n += 1
            out.append(("s%02d" % k, "b%02d" % a, "c%04d" % n,
                        70 + a % 5 + round(8 * (u() - 0.5))))
    return out

PY
PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier:. python3 -c 'import g, grader; grader.write("ev.csv", g.evs())'
run 0 emp-score -q -g reviewer ev.csv
cp out scores.csv

PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier:. python3 - <<'PY'
import grader, g
out = grader.boot(g.evs(), "all")
rev = grader.reviewers("scores.csv")
assert sorted(rev) == sorted(out) and len(rev) == 17, sorted(rev)
grader.check(rev, out)
broken = sorted(r for r, v in out.items() if v[4] >= 3 and v[1] is None)
whole = sorted(r for r, v in out.items() if v[1] is not None)
assert broken == ["r%02d" % k for k in range(1, 13)], broken
assert whole == ["s00", "s01", "s02"], whole
PY
[ $? -eq 0 ] || fail "the bootstrap differs"
