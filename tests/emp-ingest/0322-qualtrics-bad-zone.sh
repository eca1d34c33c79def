#!/bin/sh
# emp-ingest: a Qualtrics ImportId row whose timeZone is not a zone name
# refuses the file (its times cannot be read) with file:line and the time
# column, status 1 and nothing but the header written; the other inputs
# are read.  --tz reads it in the zone given.  An export without an
# X_NPS_GROUP column has no NPS question: refused, unless --map nps= names
# it (then no group is checked).
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/emp-ingest/qualtrics.sh"
nps() { python3 "$TESTS_DIR/emp-ingest/nps.py" "$@"; }

{ qualtrics_header Mars/Olympus_Mons; qualtrics_rows; } >mars.csv
{ qualtrics_header; qualtrics_rows; } >denver.csv
run 1 emp-ingest mars.csv
check_out <<'EOF2'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
EOF2
check_err <<'EOF2'
emp-ingest: mars.csv:3: field 'RecordedDate': unknown time zone 'Mars/Olympus_Mons' in the ImportId row (--tz ZONE reads the times in another)
emp-ingest: 0 rows read, 0 events written, 0 rejected, 0 skipped
EOF2
run 1 emp-ingest mars.csv denver.csv
nps pick out ts,src >got
check_file got <<'EOF2'
ts,src
2026-03-02T16:15:30Z,denver.csv:4
2026-03-03T00:01:11Z,denver.csv:5
2026-03-08T08:30:00Z,denver.csv:7
2026-03-08T09:30:00Z,denver.csv:8
2026-11-01T07:30:00Z,denver.csv:13
2026-11-02T17:00:31Z,denver.csv:14
EOF2
check_err_line "emp-ingest: mars.csv:3: field 'RecordedDate': unknown time zone 'Mars/Olympus_Mons' in the ImportId row (--tz ZONE reads the times in another)"
run 0 emp-ingest -q --tz America/Denver mars.csv
nps pick out ts,src >got
sed 's/denver/mars/' <<'EOF2' | check_file got
ts,src
2026-03-02T16:15:30Z,denver.csv:4
2026-03-03T00:01:11Z,denver.csv:5
2026-03-08T08:30:00Z,denver.csv:7
2026-03-08T09:30:00Z,denver.csv:8
2026-11-01T07:30:00Z,denver.csv:13
2026-11-02T17:00:31Z,denver.csv:14
EOF2

# no NPS question
sed '1s/Q1_NPS_GROUP/Q1_GROUP/' denver.csv >nogroup.csv
run 1 emp-ingest nogroup.csv
check_err_line "emp-ingest: nogroup.csv:1: qualtrics export without an NPS question (a column X and its X_NPS_GROUP); --map nps=COLUMN names one"
run 0 emp-ingest --map nps=Q1 nogroup.csv
nps pick out id,nps >got
check_file got <<'EOF2'
id,nps
R_1a2B3c4D5e6F7g8,9
R_2b3C4d5E6f7G8h9,3
R_4d5E6f7G8h9I0j1,10
R_5e6F7g8H9i0J1k2,7
R_7g8H9i0J1k2L3m4,9
R_0j1K2l3M4n5O6p7,8
R_Aa1Bb2Cc3Dd4Ee5,6
EOF2
check_err <<'EOF2'
emp-ingest: nogroup.csv:9: field 'Q1': nps '11' out of range 0-10
emp-ingest: 11 rows read, 7 events written, 1 rejected, 3 skipped (1 no agent, 2 non-response)
EOF2
