#!/bin/sh
# emp-ingest: a QA sheet's evaluator column, under any of its names
# (Evaluator, Reviewer, Graded By, Scored By, QA Analyst, Grader; case
# and spacing as other header names), is the event's reviewer; such a
# column alone, with no evaluation id, makes the sheet a QA sheet.
. "${0%/*}/../lib.sh"

n=0
for name in Evaluator REVIEWER 'graded by' 'Scored_By' 'QA Analyst' grader; do
	n=$((n + 1))
	printf 'Agent,%s,Date,Score\nana,rev %s,2026-03-0%s,8%s\n' \
	    "$name" "$n" "$n" "$n" >"qa$n.csv"
done
# no evaluator column: the reviewer is empty
printf 'Evaluation ID,Agent,Date,Score\nQ7,ana,2026-03-07,70\n' >qa7.csv
run 0 emp-ingest qa1.csv qa2.csv qa3.csv qa4.csv qa5.csv qa6.csv qa7.csv
# kind,ts,agent,qa,reviewer,src
cut -d, -f1-3,23,24,32 out >got
check_file got <<'EOF2'
kind,ts,agent,qa,reviewer,src
qa,2026-03-01T00:00:00Z,ana,81,rev 1,qa1.csv:2
qa,2026-03-02T00:00:00Z,ana,82,rev 2,qa2.csv:2
qa,2026-03-03T00:00:00Z,ana,83,rev 3,qa3.csv:2
qa,2026-03-04T00:00:00Z,ana,84,rev 4,qa4.csv:2
qa,2026-03-05T00:00:00Z,ana,85,rev 5,qa5.csv:2
qa,2026-03-06T00:00:00Z,ana,86,rev 6,qa6.csv:2
qa,2026-03-07T00:00:00Z,ana,70,,qa7.csv:2
EOF2
check_err <<'EOF2'
emp-ingest: 7 rows read, 7 events written, 0 rejected, 0 skipped
EOF2
