#!/bin/sh
# emp-ingest: a reviewer's name that is not UTF-8 (Windows-1252 "Jose"
# with an e-acute as the byte E9) is rejected with file:line and the fix,
# as an agent's is: kept, it would be a second reviewer beside the UTF-8
# name.  The same from an event stream.
. "${0%/*}/../lib.sh"

{
	printf 'Evaluation ID,Agent,Evaluator,Date,Score\n'
	printf 'Q1,ana,Jos\303\251,2026-03-02,90\n'
	printf 'Q2,ana,Jos\351,2026-03-02,80\n'
} >qa.csv
run 0 emp-ingest qa.csv
cut -d, -f5,24 out >got
printf 'id,reviewer\nQ1,Jos\303\251\n' >want
check_file got want
check_err <<'EOF2'
emp-ingest: qa.csv:3: field 'Evaluator': not UTF-8 (a Windows-1252 or Latin-1 export? convert it first: iconv -f WINDOWS-1252 -t UTF-8)
emp-ingest: 2 rows read, 1 events written, 1 rejected, 0 skipped
EOF2

{
	printf 'kind,ts,agent,qa,reviewer,src\n'
	printf 'qa,2026-03-02T00:00:00Z,ana,90,Jos\351,x:2\n'
} >ev.csv
run 0 emp-ingest ev.csv
check_err <<'EOF2'
emp-ingest: ev.csv:2: field 'reviewer': not UTF-8 (a Windows-1252 or Latin-1 export? convert it first: iconv -f WINDOWS-1252 -t UTF-8)
emp-ingest: 1 rows read, 0 events written, 1 rejected, 0 skipped
EOF2
