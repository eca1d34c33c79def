#!/bin/sh
# emp-ingest: cases from a review: a blank line before the header, 'N/A'
# in a text column (no agent), a ts written canonically whatever its form,
# a mapped column the profile knows keeps its unit, rows of empty fields
# are blank lines, an exit date out of range is rejected.
. "${0%/*}/../lib.sh"

printf '\r\n\r\nAgent;Confidence;Date\r\nana;4;2026-01-12\r\n;;\r\n' >lead.csv
run 0 emp-ingest -q lead.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
pulse,2026-01-12T00:00:00Z,ana,,,,,,,,,,,,,,,,,,,,,,4,,,,,,,lead.csv:4
EOF
printf 'conversationId,conversationStart,userName,tTalk,queueName\ng1,2021-07-14T16:17:13Z,#N/A,1000,N/A\ng2,2021-07-14 16:17:13Z,ana,438123,Q\n' >g.csv
run 0 emp-ingest --map talk_s=tTalk g.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2021-07-14T16:17:13Z,ana,,g2,,,,Q,438.123,,,,,,,,,,,,,,,,,,,,,,g.csv:3
EOF
check_err <<'EOF'
emp-ingest: 2 rows read, 1 events written, 0 rejected, 1 skipped (1 no agent)
EOF
printf 'Agent,Team,Hire Date,Exit Date\na,T,2020-01-01,9999-12-31T23:00:00-05:00\nb,T,1965-01-01,1969-06-30\n' >roster.csv
run 0 emp-ingest roster.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
hire,1965-01-01T00:00:00Z,b,T,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:3
exit,1969-06-30T00:00:00Z,b,T,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:3
EOF
check_err <<'EOF'
emp-ingest: roster.csv:2: field 'Exit Date': invalid timestamp '9999-12-31T23:00:00-05:00'
emp-ingest: 2 rows read, 2 events written (1 row gave two events), 1 rejected, 0 skipped
EOF
