#!/bin/sh
# emp-challenge apply: an approved challenge marks exactly one review,
# the one it names (id and kind, of its agent): ana's survey S1 and QA
# evaluation S1 share the id (open needs --kind), only the challenged
# survey is marked.  A
# review whose stream no longer makes it challengeable (Z-2 is now
# positive, Z-3 now bob's) is reported once, with the stream's line and
# the challenge's ledger line, and not applied; the weekly job goes on
# (status 0); --strict makes it fail (status 1).
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat,qa,challenge
survey,2026-03-02T09:00:00Z,ana,S1,1,,
qa,2026-03-02T09:00:00Z,ana,S1,,40,
survey,2026-03-02T09:00:00Z,ana,Z-2,1,,
survey,2026-03-02T09:00:00Z,ana,Z-3,2,,
CSV
# S1 names two reviews: --kind says which
run 1 emp-challenge open S1 -e ev.csv --grounds 'courier'
check_out </dev/null
check_err <<'EOF2'
emp-challenge: ev.csv:3: review 'S1' is ambiguous: a survey (line 2) and a qa have this id: name one with --kind
EOF2
ch ana open S1 -e ev.csv --kind survey --grounds 'courier'
ch ana open Z-2 -e ev.csv --grounds 'courier'
ch ana open Z-3 -e ev.csv --grounds 'courier'
for c in CH-1 CH-2 CH-3; do ch lee approve "$c"; done
# the stream as it is now: Z-2 rated again, Z-3 moved to bob, both twice
cat >now.csv <<'CSV'
kind,ts,agent,id,csat,qa,challenge
survey,2026-03-02T09:00:00Z,ana,S1,1,,
qa,2026-03-02T09:00:00Z,ana,S1,,40,
survey,2026-03-02T09:00:00Z,ana,Z-2,5,,
survey,2026-03-02T09:00:00Z,bob,Z-3,1,,
survey,2026-03-02T09:00:00Z,ana,Z-2,5,,
CSV
run 0 emp-challenge apply now.csv
check_out <<'EOF2'
kind,ts,agent,id,csat,qa,challenge
survey,2026-03-02T09:00:00Z,ana,S1,1,,CH-1
qa,2026-03-02T09:00:00Z,ana,S1,,40,
survey,2026-03-02T09:00:00Z,ana,Z-2,5,,
survey,2026-03-02T09:00:00Z,bob,Z-3,1,,
survey,2026-03-02T09:00:00Z,ana,Z-2,5,,
EOF2
check_err <<'EOF2'
emp-challenge: now.csv:4: CH-2 (l.csv:3) not applied: the review is not negative
emp-challenge: now.csv:5: CH-3 (l.csv:4) not applied: the review is bob's, not ana's
emp-challenge: 5 events read, 1 reviews marked; 1 of 3 approved challenges found; 2 could not apply (reported above; --strict fails on them)
EOF2
run 1 emp-challenge apply --strict now.csv
check_out <<'EOF2'
kind,ts,agent,id,csat,qa,challenge
survey,2026-03-02T09:00:00Z,ana,S1,1,,CH-1
qa,2026-03-02T09:00:00Z,ana,S1,,40,
survey,2026-03-02T09:00:00Z,ana,Z-2,5,,
survey,2026-03-02T09:00:00Z,bob,Z-3,1,,
survey,2026-03-02T09:00:00Z,ana,Z-2,5,,
EOF2
check_err <<'EOF2'
emp-challenge: now.csv:4: CH-2 (l.csv:3) not applied: the review is not negative
emp-challenge: now.csv:5: CH-3 (l.csv:4) not applied: the review is bob's, not ana's
emp-challenge: 5 events read, 1 reviews marked; 1 of 3 approved challenges found; 2 could not apply (reported above)
EOF2
