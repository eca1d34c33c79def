#!/bin/sh
# emp-ingest --from events: a stream written by hand without src is read, src
# made from file:line; without --from it is not recognised (src tells emp's
# own stream apart), and a stream lacking kind is refused by name.
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent,id,csat\nsurvey,2026-03-01T10:00:00Z,ana,Z-1,1\n' >x.csv
run 0 emp-ingest --from events x.csv
check_out <<'CSV'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
survey,2026-03-01T10:00:00Z,ana,,Z-1,,,,,,,,,,,,,,,,1,,,,,,,,,,,x.csv:2
CSV
check_err <<'EOF'
emp-ingest: 1 rows read, 1 events written, 0 rejected, 0 skipped
EOF
run 1 emp-ingest x.csv
check_err_line "emp-ingest: x.csv:1: cannot tell the export format from the header; use --from or --map"
printf 'ts,agent\n2026-03-01T10:00:00Z,ana\n' >y.csv
run 1 emp-ingest --from events y.csv
check_err_line "emp-ingest: y.csv:1: no column 'kind' for --from events"
