#!/bin/sh
# emp-ingest: --tsv writes the stream as TSV: tab-separated, no quoting, with
# newline, tab and backslash in a field written as \n, \t and \\.
. "${0%/*}/../lib.sh"

cat >pulse.csv <<'EOF'
Agent,Team,Week,Confidence,Satisfaction,Comment
ana,north,2026-03-02,4,5,"Line one
line two, with a comma"
ben,south,2026-03-02,2,3,notes in C:\temp
EOF
printf 'carla,north,2026-03-02,3,3,"a\ttab"\n' >>pulse.csv
run 0 emp-ingest --tsv pulse.csv
check_out <<'EOF'
kind	ts	agent	team	id	contact	customer	channel	queue	talk_s	hold_s	acw_s	avail_s	resolved	escalated	transferred	amount	decision_s	reversed	cost	csat	nps	qa	reviewer	confidence	esat	coach	focus	reason	comment	challenge	src
pulse	2026-03-02T00:00:00Z	ana	north																					4	5				Line one\nline two, with a comma		pulse.csv:2
pulse	2026-03-02T00:00:00Z	ben	south																					2	3				notes in C:\\temp		pulse.csv:4
pulse	2026-03-02T00:00:00Z	carla	north																					3	3				a\ttab		pulse.csv:5
EOF
check_err <<'EOF'
emp-ingest: 3 rows read, 3 events written, 0 rejected, 0 skipped
EOF
