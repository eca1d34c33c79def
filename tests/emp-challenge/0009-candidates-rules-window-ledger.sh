#!/bin/sh
# emp-challenge candidates: --rules FILE (keyword,grounds) replaces the
# built-in keywords, first matching rule first; --window DAYS keeps only
# reviews that can still be challenged; with a ledger, reviews with a
# pending or decided challenge are left out (a withdrawn one may be
# challenged again).
. "${0%/*}/../lib.sh"

people
key ana
clock_at 2026-03-20T10:00:00Z
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat,reason
survey,2026-03-19T09:00:00Z,ana,S1,1,hail storm delayed the van
survey,2026-03-19T09:00:00Z,ana,S2,1,late delivery
survey,2026-03-01T09:00:00Z,ana,S3,1,van broke down
survey,2026-03-19T09:00:00Z,ana,S4,1,van broke down
survey,2026-03-19T09:00:00Z,ana,S5,1,van broke down
CSV
cat >rules.csv <<'CSV'
keyword,grounds
Hail,weather: outside anyone's control
van,"the van, not the agent"
CSV
run 0 emp-challenge candidates --rules rules.csv ev.csv
check_out <<'CSV'
review,ts,agent,kind,csat,nps,qa,reason,comment,keyword,cause,grounds
S1,2026-03-19T09:00:00Z,ana,survey,1,,,hail storm delayed the van,,hail,hail,weather: outside anyone's control
S3,2026-03-01T09:00:00Z,ana,survey,1,,,van broke down,,van,van,"the van, not the agent"
S4,2026-03-19T09:00:00Z,ana,survey,1,,,van broke down,,van,van,"the van, not the agent"
S5,2026-03-19T09:00:00Z,ana,survey,1,,,van broke down,,van,van,"the van, not the agent"
CSV
check_err </dev/null

emp-challenge -l l.csv open S4 -e ev.csv --grounds van >/dev/null
emp-challenge -l l.csv open S5 -e ev.csv --grounds van >/dev/null
emp-challenge -l l.csv withdraw CH-2
run 0 emp-challenge -l l.csv candidates --rules rules.csv --window 14 ev.csv
check_out <<'CSV'
review,ts,agent,kind,csat,nps,qa,reason,comment,keyword,cause,grounds
S1,2026-03-19T09:00:00Z,ana,survey,1,,,hail storm delayed the van,,hail,hail,weather: outside anyone's control
S5,2026-03-19T09:00:00Z,ana,survey,1,,,van broke down,,van,van,"the van, not the agent"
CSV

printf 'word,why\nvan,x\n' >bad-rules.csv
run 1 emp-challenge candidates --rules bad-rules.csv ev.csv
check_out </dev/null
check_err <<'EOF2'
emp-challenge: bad-rules.csv: not a rules file: it needs a header with the columns keyword and grounds
EOF2
printf 'keyword,grounds\nvan,\n' >empty-grounds.csv
run 1 emp-challenge candidates --rules empty-grounds.csv ev.csv
check_err <<'EOF2'
emp-challenge: empty-grounds.csv:2: a rule needs a keyword and grounds
EOF2
