#!/bin/sh
# emp-score -g agent,level --partial on two halves of the events, merged
# with --merge and no roster (the partial files hold their level rows),
# writes what one pass writes, byte for byte; the meta row names the
# groups "agent;level".  A partial made with -g agent,level does not merge
# under -g agent (other options: nothing written, status 1).
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,level,effective
ana,1,
ana,2,2026-02-02
bob,1,
CSV
cat >ev.csv <<'CSV'
kind,ts,agent,team,resolved,csat
contact,2026-01-30T10:00:00Z,ana,A,1,
contact,2026-02-01T10:00:00Z,bob,B,0,
survey,2026-02-01T11:00:00Z,cy,B,,4
contact,2026-02-02T10:00:00Z,ana,A,0,
survey,2026-02-03T09:00:00Z,ana,A,,5
contact,2026-02-03T10:00:00Z,bob,B,1,
CSV
head -5 ev.csv >a.csv
sed -n '1p;6,$p' ev.csv >b.csv
run 0 emp-score -q -b week -g agent,level --roster roster.csv ev.csv
mv out one.csv
run 0 emp-score -q -b week -g agent,level --roster roster.csv --partial a.csv
mv out a.part
run 0 emp-score -q -b week -g agent,level --roster roster.csv --partial b.csv
mv out b.part
grep '^meta,' a.part | cut -d, -f1-4 >got
check_file got <<'CSV'
meta,week,agent;level,UTC
CSV
# the level rows of the parts: week 5 (ana and bob at 1), week 6 (ana at
# 2 in both: 02-02 in a, 02-03 in b; bob at 1 in b)
grep '^sum,[^,]*,level,' a.part b.part | cut -d, -f1-5 >got
check_file got <<'CSV'
a.part:sum,2026-W05,level,1,
a.part:sum,2026-W06,level,2,
b.part:sum,2026-W06,level,1,
b.part:sum,2026-W06,level,2,
CSV
run 0 emp-score -b week -g agent,level --merge a.part b.part
check_file out one.csv
check_err </dev/null

run 1 emp-score -b week -g agent --merge a.part
check_err <<'ERR'
emp-score: a.part:2: made with other options (--by week --group agent,level --tz UTC); give the same ones
emp-score: nothing written: the partial files could not all be merged
ERR
