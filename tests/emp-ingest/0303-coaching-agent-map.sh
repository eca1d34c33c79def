#!/bin/sh
# emp-ingest: the agent map applies to a coaching log's agent (and team)
# and to its coach, who is named as agents are; a coach the map does not
# know is kept as written.  A session without an agent or a date is
# rejected.
. "${0%/*}/../lib.sh"

cat >agents.csv <<'EOF2'
alias,agent,team
ana@acme.com,ana,north
7001,ben,south
lee.k@acme.com,lee,
EOF2
cat >coaching.csv <<'EOF2'
ID,Agent,Team,Coach,Date,Focus,Note
1,ana@acme.com,,LEE.K@acme.com,2026-03-02,CSAT,first
2,7001,west,lee.k@acme.com,2026-03-03,FCR,second
3,cy,east,Max Ray,2026-03-04,QA,third
4,,east,Max Ray,2026-03-04,QA,no agent
5,cy,east,Max Ray,,QA,no date
EOF2
run 0 emp-ingest --agent-map agents.csv coaching.csv
# kind,ts,agent,team,id,coach,focus,comment,src
cut -d, -f1-5,27,28,30,32 out >got
check_file got <<'EOF2'
kind,ts,agent,team,id,coach,focus,comment,src
coaching,2026-03-02T00:00:00Z,ana,north,1,lee,csat_rate,first,coaching.csv:2
coaching,2026-03-03T00:00:00Z,ben,south,2,lee,fcr,second,coaching.csv:3
coaching,2026-03-04T00:00:00Z,cy,east,3,Max Ray,qa,third,coaching.csv:4
EOF2
check_err <<'EOF2'
emp-ingest: coaching.csv:5: field 'Agent': missing agent
emp-ingest: coaching.csv:6: field 'Date': missing timestamp
emp-ingest: 5 rows read, 3 events written, 2 rejected, 0 skipped
EOF2
