#!/bin/sh
# emp-score -g reviewer, the issue's case: three reviewers grade the same
# twelve agents (three evaluations each, seeded noise), r3 ten points
# harsher.  r3's qa_offset is near -10 with its whole interval below 0,
# r1's and r2's near 0 with 0 inside their intervals (r3's bootstrap
# p-value the smallest possible, 2/1000, the others' above 0.05); every
# offset, interval (the bootstrap over agents, the same generator) and
# p-value is recomputed independently (grader.py) to 3 decimals.  emp-report
# calls r3 harsh and the others no clear difference.  Reviewer rows carry qa and
# qa_n, no index; the other rows leave the grader columns empty.
. "${0%/*}/../lib.sh"

PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier python3 - <<'PY'
import grader
g = {r: grader.AGENTS for r in ("r1", "r2", "r3")}
grader.make("ev.csv", g)
PY
run 0 emp-score -q -g agent,all,reviewer ev.csv
cp out scores.csv
head -1 scores.csv | tr , '\n' | tail -8 >got
check_file got <<'COLS'
index_metrics
rank
qa_offset
qa_offset_lo
qa_offset_hi
qa_offset_p
qa_round
qa_round_n
COLS
grep -c ',reviewer,' scores.csv >got
check_file got <<'N'
3
N

PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier python3 - <<'PY'
import grader
grader.state[0] = 7
g = {r: grader.AGENTS for r in ("r1", "r2", "r3")}
evs = grader.make("ev2.csv", g)
off = grader.boot(evs, "all")
rows = grader.rows("scores.csv")
rev = {r["key"]: r for r in rows if r["group"] == "reviewer"}
assert sorted(rev) == ["r1", "r2", "r3"], sorted(rev)
grader.check(rev, off)
# the point estimates are the normal equations' of the whole model
for r, (o, lo, hi, k) in grader.offsets(evs).items():
    grader.close(rev[r]["qa_offset"], o, r + " qa_offset")
for r in off:
    assert rev[r]["qa_n"] == "36", rev[r]
    assert rev[r]["index"] == "" and rev[r]["rank"] == "", rev[r]
    assert rev[r]["qa_round"] == "" and rev[r]["qa_round_n"] == "0"
o3 = float(rev["r3"]["qa_offset"])
assert -11 < o3 < -9, o3
assert float(rev["r3"]["qa_offset_hi"]) < 0, rev["r3"]
assert rev["r3"]["qa_offset_p"] == "0.002", rev["r3"]
for r in ("r1", "r2"):
    assert float(rev[r]["qa_offset_p"]) > 0.05, rev[r]
    assert abs(float(rev[r]["qa_offset"])) < 1, rev[r]
    # a fair reviewer is not called lenient or harsh: 0 in the interval
    assert float(rev[r]["qa_offset_lo"]) <= 0 <= \
        float(rev[r]["qa_offset_hi"]), rev[r]
for x in rows:
    if x["group"] != "reviewer":
        assert x["qa_offset"] == x["qa_round_n"] == "", x
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
