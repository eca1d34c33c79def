#!/bin/sh
# emp-score -g reviewer: the harsh reviewer r3 grades only the four
# weakest agents (r1 and r2 grade all twelve).  Against the mean of all
# evaluations r3 looks over 15 points harsh; within the agents r3 graded
# its qa_offset is still near -10 with the interval below 0, r1's and
# r2's near 0; all (the bootstrap intervals and p-values too) recomputed
# independently (grader.py); emp-report calls r3 harsh, r1 and r2 no
# clear difference.
. "${0%/*}/../lib.sh"

cat >g.py <<'PY'
import grader
g = {r: grader.AGENTS for r in ("r1", "r2")}
g["r3"] = grader.AGENTS[:4]
evs = grader.make("ev.csv", g)
PY
PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier python3 g.py
run 0 emp-score -q -g all,reviewer ev.csv
cp out scores.csv

PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier python3 - <<'PY'
import grader
g = {r: grader.AGENTS for r in ("r1", "r2")}
g["r3"] = grader.AGENTS[:4]
evs = grader.make("ev2.csv", g)
off = grader.boot(evs, "all")
rows = grader.rows("scores.csv")
rev = {r["key"]: r for r in rows if r["group"] == "reviewer"}
al = [r for r in rows if r["group"] == "all"][0]
naive = float(rev["r3"]["qa"]) - float(al["qa"])
assert naive < -15, naive
grader.check(rev, off)
assert off["r3"][4] == 4
o3 = float(rev["r3"]["qa_offset"])
assert -11 < o3 < -9, o3
assert float(rev["r3"]["qa_offset_hi"]) < 0, rev["r3"]
for r in ("r1", "r2"):
    assert abs(float(rev[r]["qa_offset"])) < 1, rev[r]
PY
[ $? -eq 0 ] || fail "offsets differ"

# emp-report's verdicts (Holm over the three p-values and the intervals)
run 0 emp-report -q scores.csv
sed -n '/^reviewer  QA n/,$p' out | awk 'NR > 2 {
	v = $0; sub(/^[^ ]+ +[0-9]+ +[^(]*\([^)]*\) +/, "", v)
	sub(/ +[^ ]+$/, "", v); print $1, v
}' >got
check_file got <<'V'
r1 no clear difference
r2 no clear difference
r3 harsh
V
