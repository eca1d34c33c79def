#!/bin/sh
# emp-ingest: a row whose fields are all empty or blank (a spreadsheet's
# ";;;" row) is read and skipped as empty, so the count adds up; with
# another number of fields than the header it is rejected; an empty line
# is no row.
. "${0%/*}/../lib.sh"

printf 'CALL ID,TIMESTAMP,AGENT,TALK TIME\n1,2026-01-05 09:00,ana,5:00\n , ,\t, \n,,\n"",,,\n\n2,2026-01-05 09:10,ben,1:00\n' >f.csv
run 0 emp-ingest --from five9 f.csv
check_out <<'CSV'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-01-05T09:00:00Z,ana,,1,,,voice,,300,,,,,,,,,,,,,,,,,,,,,,f.csv:2
contact,2026-01-05T09:10:00Z,ben,,2,,,voice,,60,,,,,,,,,,,,,,,,,,,,,,f.csv:7
CSV
check_err <<'EOF'
emp-ingest: f.csv: Five9 times carry no zone: read as UTC; give the account's zone with --tz
emp-ingest: f.csv:4: expected 4 fields, found 3
emp-ingest: 5 rows read, 2 events written, 1 rejected, 2 skipped (2 empty)
EOF
