#!/bin/sh
# emp-ingest: a Qualtrics CSV export in its own layout (three header rows:
# names, question texts, ImportId objects with the survey's timeZone) is
# recognised by its header; the two extra rows are skipped by their
# content and not counted.  Each finished response is a survey event:
# ResponseId, RecordedDate read in the ImportId row's zone (America/Denver,
# both DST changes: the autumn's repeated 01:30 is the first), the NPS
# question found by its Q1_NPS_GROUP column, the agent, team and ticket
# from embedded data.  A score of 11 and a group that contradicts the score
# are rejected naming the fields; unfinished and unanswered responses are
# skipped as non-responses.  Every event is recomputed by nps.py (Python's
# csv, json and zoneinfo).
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/emp-ingest/qualtrics.sh"

{ qualtrics_header; qualtrics_rows; } >qualtrics.csv
run 0 emp-ingest qualtrics.csv
nps() { python3 "$TESTS_DIR/emp-ingest/nps.py" "$@"; }
nps pick out kind,ts,agent,team,id,contact,customer,nps,comment,src >got
check_file got <<'EOF2'
kind,ts,agent,team,id,contact,customer,nps,comment,src
survey,2026-03-02T16:15:30Z,ana,Denver,R_1a2B3c4D5e6F7g8,48213,,9,,qualtrics.csv:4
survey,2026-03-03T00:01:11Z,ben,Denver,R_2b3C4d5E6f7G8h9,48214,,3,,qualtrics.csv:5
survey,2026-03-08T08:30:00Z,cy,Boulder,R_4d5E6f7G8h9I0j1,48216,,10,,qualtrics.csv:7
survey,2026-03-08T09:30:00Z,ana,Denver,R_5e6F7g8H9i0J1k2,48217,,7,,qualtrics.csv:8
survey,2026-11-01T07:30:00Z,cy,Boulder,R_0j1K2l3M4n5O6p7,48222,,8,,qualtrics.csv:13
survey,2026-11-02T17:00:31Z,ana,Denver,R_Aa1Bb2Cc3Dd4Ee5,48223,,6,,qualtrics.csv:14
EOF2
nps qualtrics qualtrics.csv >want
check_file got want
check_err <<'EOF2'
emp-ingest: qualtrics.csv:9: field 'Q1': nps '11' out of range 0-10
emp-ingest: qualtrics.csv:10: field 'Q1_NPS_GROUP': NPS group '1' (Detractor) contradicts field 'Q1': 9 is a promoter (9-10)
emp-ingest: 11 rows read, 6 events written, 2 rejected, 3 skipped (1 no agent, 2 non-response)
EOF2
check_accounting
# every other column of the events is empty
nps pick out channel,queue,talk_s,csat,qa,confidence,esat,reason,comment |
    grep -v '^,*$' >got
check_file got <<'EOF2'
channel,queue,talk_s,csat,qa,confidence,esat,reason,comment
EOF2

# the same through --from, with the text question as the comment
run 0 emp-ingest -q --from qualtrics --map comment=Q2 qualtrics.csv
nps pick out id,nps,comment >got
check_file got <<'EOF2'
id,nps,comment
R_1a2B3c4D5e6F7g8,9,"Quick, friendly"
R_2b3C4d5E6f7G8h9,3,Waited too long
R_4d5E6f7G8h9I0j1,10,
R_5e6F7g8H9i0J1k2,7,Fine
R_0j1K2l3M4n5O6p7,8,
R_Aa1Bb2Cc3Dd4Ee5,6,Slow
EOF2
