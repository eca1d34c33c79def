#!/bin/sh
# emp-ingest: a Delighted CSV export (Response ID, Email, Name, Score,
# Comment, Created At, Updated At, Tags, Notes, then the person properties)
# is recognised by its header; each response is a survey event with Score
# as nps, Comment, the agent and team person properties (Agent or
# "Properties: Agent"; --map agent= another) and Created At with its
# offset ("2026-03-02 09:15:30 -0500") or in ISO 8601.  A score of 11, one
# that is not a number and an empty one are rejected; a response without
# an agent is skipped.  Every event is recomputed by nps.py (Python's
# datetime).
. "${0%/*}/../lib.sh"
nps() { python3 "$TESTS_DIR/emp-ingest/nps.py" "$@"; }

cat >delighted.csv <<'EOF2'
Response ID,Email,Name,Score,Comment,Created At,Updated At,Tags,Notes,Agent,Team
101,ann@example.com,Ann Lee,10,"Fast, kind",2026-03-02 09:15:30 -0500,2026-03-02 09:20:00 -0500,vip,,ana,Tier 1
102,bo@example.com,Bo Park,6,,2026-03-02T18:00:00Z,2026-03-02T18:00:00Z,,,ben,Tier 1
103,cy@example.com,Cy Diaz,11,Best ever,2026-03-03 10:00:00 -0500,2026-03-03 10:00:00 -0500,,,ben,Tier 1
104,di@example.com,Di Wu,,,2026-03-03 11:00:00 -0500,2026-03-03 11:00:00 -0500,,,ana,Tier 1
105,ed@example.com,Ed Ng,8,,2026-03-08 23:59:59 +0100,2026-03-08 23:59:59 +0100,,,,Tier 2
106,fa@example.com,Fa Ito,7,Okay,2026-03-09T01:00:00+05:30,2026-03-09T01:00:00+05:30,,,cy,Tier 2
107,gu@example.com,Gu Li,0,Never again,2026-03-10 09:15:30 +0000,2026-03-10 09:15:30 +0000,churn,called back,cy,Tier 2
108,ha@example.com,Ha Vo,ten,,2026-03-10 10:00:00 +0000,2026-03-10 10:00:00 +0000,,,cy,Tier 2
EOF2
run 0 emp-ingest delighted.csv
nps pick out kind,ts,agent,team,id,contact,customer,nps,comment,src >got
check_file got <<'EOF2'
kind,ts,agent,team,id,contact,customer,nps,comment,src
survey,2026-03-02T14:15:30Z,ana,Tier 1,101,,ann@example.com,10,"Fast, kind",delighted.csv:2
survey,2026-03-02T18:00:00Z,ben,Tier 1,102,,bo@example.com,6,,delighted.csv:3
survey,2026-03-08T19:30:00Z,cy,Tier 2,106,,fa@example.com,7,Okay,delighted.csv:7
survey,2026-03-10T09:15:30Z,cy,Tier 2,107,,gu@example.com,0,Never again,delighted.csv:8
EOF2
nps delighted delighted.csv >w
check_file got w
check_err <<'EOF2'
emp-ingest: delighted.csv:4: field 'Score': nps '11' out of range 0-10
emp-ingest: delighted.csv:5: field 'Score': missing score
emp-ingest: delighted.csv:9: field 'Score': invalid number 'ten'
emp-ingest: 8 rows read, 4 events written, 3 rejected, 1 skipped (1 no agent)
EOF2
check_accounting

# the person property as "Properties: Agent", and another through --map
sed '1s/,Agent,Team$/,Properties: Agent,Properties: Team/' delighted.csv \
    >props.csv
run 0 emp-ingest -q props.csv
nps delighted props.csv >w
nps pick out kind,ts,agent,team,id,contact,customer,nps,comment,src >got
check_file got w
sed '1s/,Agent,Team$/,Owner,Team/' delighted.csv >owner.csv
run 1 emp-ingest owner.csv
check_err_line "emp-ingest: owner.csv:1: delighted export without a agent column"
run 0 emp-ingest -q --map agent=Owner owner.csv
nps pick out agent,id >got
check_file got <<'EOF2'
agent,id
ana,101
ben,102
cy,106
cy,107
EOF2
