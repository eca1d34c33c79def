#!/bin/sh
# emp-challenge: every command line in the EXAMPLES of emp-challenge(1)
# (the "$ " lines of the literal displays of that section, read from the
# page now, so the test follows it) runs and exits 0, and no emp command
# in it fails, also inside a pipeline.  The examples run in page order in
# one directory: a later one may read what an earlier wrote.
. "${0%/*}/../lib.sh"

# the day of the examples: the review Z-1042 is two days old
export EMP_NOW=2026-03-05T10:00:00Z
# a week of events (emp-events(5)) with ana's negative review Z-1042,
# whose reason points at the courier, and a few others
cat >events.csv <<'EOF2'
kind,ts,agent,team,id,contact,talk_s,hold_s,acw_s,csat,reason,src
contact,2026-03-02T08:00:00Z,ana,A,C-1001,,300,10,60,,,connect.csv:2
contact,2026-03-02T08:20:00Z,ben,A,C-1002,,240,0,30,,,connect.csv:3
contact,2026-03-03T09:10:00Z,ana,A,C-1003,,410,25,90,,,connect.csv:4
contact,2026-03-03T11:45:00Z,ben,A,C-1004,,180,0,20,,,connect.csv:5
survey,2026-03-02T09:00:00Z,ben,A,Z-1040,C-1002,,,,5,,zendesk.csv:2
survey,2026-03-03T10:00:00Z,ana,A,Z-1042,C-1003,,,,1,courier lost the parcel,zendesk.csv:3
survey,2026-03-03T12:30:00Z,ben,A,Z-1043,C-1004,,,,2,agent was rude,zendesk.csv:4
survey,2026-03-04T08:00:00Z,ana,A,Z-1044,C-1001,,,,4,,zendesk.csv:5
EOF2

run_man_examples emp-challenge

# the examples did what the page says they do
[ -f ledger.csv ] || fail "no ledger.csv"
emp-challenge -l ledger.csv list >list.csv
grep -q '^CH-1,Z-1042,ana,approved,' list.csv ||
    fail "CH-1 is not ana's approved challenge of Z-1042: $(cat list.csv)"
grep -q '^period,' scores.csv || fail "scores.csv is not scores"
