#!/bin/sh
# emp-score --qa-adjust: the harsh reviewer r3 grades only the four
# weakest agents.  Unadjusted, their qa is dragged down by r3's scores;
# adjusted, every evaluation counts less its reviewer's offset, and the
# qa of each agent, the team and all is the mean of those, recomputed
# independently (grader.py); a01..a04 move up, by about 10/3 (one in
# three of their evaluations is r3's).  The offsets are the same as
# without --qa-adjust.
. "${0%/*}/../lib.sh"

cat >g.py <<'PY'
import grader
g = {r: grader.AGENTS for r in ("r1", "r2")}
g["r3"] = grader.AGENTS[:4]
evs = grader.make("ev.csv", g)
PY
PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier python3 g.py
run 0 emp-score -q -g agent,team,all,reviewer ev.csv
cp out raw.csv
run 0 emp-score -q --qa-adjust -g agent,team,all,reviewer ev.csv
cp out adj.csv
run 0 emp-score -q --qa-adjust ev.csv
cp out adj3.csv

PYTHONPATH=$TESTS_DIR/emp-score:$TESTS_DIR/emp-tier python3 - <<'PY'
import grader, statistics
g = {r: grader.AGENTS for r in ("r1", "r2")}
g["r3"] = grader.AGENTS[:4]
evs = grader.make("ev2.csv", g)
off = grader.offsets(evs)
want = grader.adjusted(evs, off)
raw = {r["key"]: r for r in grader.rows("raw.csv")}
adj = {r["key"]: r for r in grader.rows("adj.csv")}
adj3 = {r["key"]: r for r in grader.rows("adj3.csv")}
want["T"] = want["all"]
for k, w in want.items():
    grader.close(adj[k]["qa"], w, k + " adjusted qa")
    grader.close(adj3[k]["qa"], w, k + " adjusted qa, -g default")
    plain = statistics.mean(s for r, a, c, s in evs if k in (a, "all", "T"))
    grader.close(raw[k]["qa"], plain, k + " qa")
for a in grader.AGENTS[:4]:
    up = float(adj[a]["qa"]) - float(raw[a]["qa"])
    assert 2.5 < up < 4, (a, up)
for r in ("r1", "r2", "r3"):
    assert raw[r]["qa_offset"] == adj[r]["qa_offset"], r
    assert raw[r]["qa"] == adj[r]["qa"], r
assert "qa_offset" not in adj3["all"]
PY
[ $? -eq 0 ] || fail "adjusted qa differs"
