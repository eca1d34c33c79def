#!/bin/sh
# emp-challenge apply: the challenge column of each review (a row with
# csat, nps or qa) whose challenge was approved gets the challenge's id;
# pending, denied and withdrawn challenges change nothing; a contact
# with the same id as a review is not a review; every other byte passes
# through.  The summary counts events, marked reviews and the approved
# challenges whose review was seen.
. "${0%/*}/../lib.sh"

. "${0%/*}/common.sh"

# opened on ch_setup's events; S5 (approved) is not in the stream
ch_setup
for r in S1 S2 S3 S4 S5; do ch ana open $r -e ev.csv --grounds g; done
ch lee approve CH-1
ch lee deny CH-2
ch ana withdraw CH-3
ch lee approve CH-5
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat,nps,qa,comment,challenge,src
survey,2026-03-02T09:00:00Z,ana,S1,1,,,"late, very ""late""",,z.csv:2
contact,2026-03-02T09:00:00Z,ana,S1,,,,,,c.csv:2
survey,2026-03-02T09:00:00Z,ana,S2,1,,,,,z.csv:3
survey,2026-03-02T09:00:00Z,ana,S3,1,,,,,z.csv:4
survey,2026-03-02T09:00:00Z,ana,S4,2,,,,,z.csv:5
qa,2026-03-02T09:00:00Z,ana,Q1,,,50,,,q.csv:2
CSV
run 0 emp-challenge apply ev.csv
check_out <<'CSV'
kind,ts,agent,id,csat,nps,qa,comment,challenge,src
survey,2026-03-02T09:00:00Z,ana,S1,1,,,"late, very ""late""",CH-1,z.csv:2
contact,2026-03-02T09:00:00Z,ana,S1,,,,,,c.csv:2
survey,2026-03-02T09:00:00Z,ana,S2,1,,,,,z.csv:3
survey,2026-03-02T09:00:00Z,ana,S3,1,,,,,z.csv:4
survey,2026-03-02T09:00:00Z,ana,S4,2,,,,,z.csv:5
qa,2026-03-02T09:00:00Z,ana,Q1,,,50,,,q.csv:2
CSV
check_err <<'EOF2'
emp-challenge: 6 events read, 1 reviews marked; 1 of 2 approved challenges found
EOF2

# TSV in, TSV out; a stream without a challenge column gets one; -q
printf 'kind\tid\tcsat\nsurvey\tS1\t1\nsurvey\tS2\t1\n' >ev.tsv
run 0 emp-challenge apply -q <ev.tsv
printf 'kind\tid\tcsat\tchallenge\nsurvey\tS1\t1\tCH-1\nsurvey\tS2\t1\t\n' >expected.tsv
check_out expected.tsv
check_err </dev/null

# a stream without an id column is refused
printf 'kind,csat\nsurvey,1\n' >noid.csv
run 1 emp-challenge apply noid.csv
check_out </dev/null
check_err <<'EOF2'
emp-challenge: noid.csv:1: not an event stream: it needs the column id
emp-challenge: 0 events read, 0 reviews marked; 0 of 2 approved challenges found
EOF2
