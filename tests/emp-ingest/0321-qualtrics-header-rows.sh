#!/bin/sh
# emp-ingest: Qualtrics' extra header rows are recognised, not counted by
# place: an export without the ImportId row ("with labels only": times in
# UTC with a warning, or in --tz), one with the column names alone (its first data row,
# right after the header, is read), and --tz winning over the ImportId
# row's zone.  Two exports of different zones in one run each keep their
# own.  Every ts is recomputed by nps.py (Python's zoneinfo).
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/emp-ingest/qualtrics.sh"
nps() { python3 "$TESTS_DIR/emp-ingest/nps.py" "$@"; }

{ qualtrics_names; qualtrics_texts; qualtrics_rows; } >labels.csv
{ qualtrics_names; qualtrics_rows; } >bare.csv
{ qualtrics_header; qualtrics_rows; } >denver.csv
{ qualtrics_header Europe/Berlin; qualtrics_rows; } >berlin.csv

run 0 emp-ingest labels.csv
nps pick out ts,id,src >got
check_file got <<'EOF2'
ts,id,src
2026-03-02T09:15:30Z,R_1a2B3c4D5e6F7g8,labels.csv:3
2026-03-02T17:01:11Z,R_2b3C4d5E6f7G8h9,labels.csv:4
2026-03-08T01:30:00Z,R_4d5E6f7G8h9I0j1,labels.csv:6
2026-03-08T03:30:00Z,R_5e6F7g8H9i0J1k2,labels.csv:7
2026-11-01T01:30:00Z,R_0j1K2l3M4n5O6p7,labels.csv:12
2026-11-02T10:00:31Z,R_Aa1Bb2Cc3Dd4Ee5,labels.csv:13
EOF2
nps qualtrics labels.csv >w
nps pick out kind,ts,agent,team,id,contact,customer,nps,comment,src >got
check_file got w
check_err <<'EOF2'
emp-ingest: labels.csv: no ImportId row names the survey's time zone: times read as UTC; give it with --tz
emp-ingest: labels.csv:8: field 'Q1': nps '11' out of range 0-10
emp-ingest: labels.csv:9: field 'Q1_NPS_GROUP': NPS group '1' (Detractor) contradicts field 'Q1': 9 is a promoter (9-10)
emp-ingest: 11 rows read, 6 events written, 2 rejected, 3 skipped (1 no agent, 2 non-response)
EOF2

# the names alone: the first row after them is data
run 0 emp-ingest -q --tz America/New_York bare.csv
nps pick out ts,id,src >got
check_file got <<'EOF2'
ts,id,src
2026-03-02T14:15:30Z,R_1a2B3c4D5e6F7g8,bare.csv:2
2026-03-02T22:01:11Z,R_2b3C4d5E6f7G8h9,bare.csv:3
2026-03-08T06:30:00Z,R_4d5E6f7G8h9I0j1,bare.csv:5
2026-03-08T07:30:00Z,R_5e6F7g8H9i0J1k2,bare.csv:6
2026-11-01T05:30:00Z,R_0j1K2l3M4n5O6p7,bare.csv:11
2026-11-02T15:00:31Z,R_Aa1Bb2Cc3Dd4Ee5,bare.csv:12
EOF2
nps qualtrics bare.csv America/New_York >w
nps pick out kind,ts,agent,team,id,contact,customer,nps,comment,src >got
check_file got w

# --tz wins over the ImportId row
run 0 emp-ingest -q --tz Asia/Tokyo denver.csv
nps qualtrics denver.csv Asia/Tokyo >w
nps pick out kind,ts,agent,team,id,contact,customer,nps,comment,src >got
check_file got w
sed -n 2p got | grep -q '^survey,2026-03-02T00:15:30Z,' ||
    fail "09:15:30 in Tokyo is not 00:15:30 UTC"

# two zones in one run, each file its own
run 0 emp-ingest -q denver.csv berlin.csv
{ nps qualtrics denver.csv; nps qualtrics berlin.csv | sed 1d; } >w
nps pick out kind,ts,agent,team,id,contact,customer,nps,comment,src >got
check_file got w
nps pick out ts,src >got
grep -E 'csv:(4|14)$' got >got2
check_file got2 <<'EOF2'
2026-03-02T16:15:30Z,denver.csv:4
2026-11-02T17:00:31Z,denver.csv:14
2026-03-02T08:15:30Z,berlin.csv:4
2026-11-02T09:00:31Z,berlin.csv:14
EOF2
