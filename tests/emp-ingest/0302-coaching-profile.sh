#!/bin/sh
# emp-ingest: a coaching log (Agent, Coach, Date, Focus, Notes) is
# recognised by its header and gives coaching events: ts from a date or a
# date and time, coach, focus as a metric's name (the plain words CSAT,
# FCR, QA, AHT, NPS and a metric name in any case mapped to it), the note
# as comment, id from Session.  An unknown focus is rejected with file:line
# and the column; an empty one is unknown.
. "${0%/*}/../lib.sh"

cat >coaching.csv <<'EOF2'
Session,Agent,Coach,Date,Focus,Notes
S-1,ana,lee,2026-03-02,CSAT,"Acknowledge the delay, then fix"
S-2,ben,lee,2026-03-02T14:30:00Z,fcr,Own the follow-up
S-3,cy,max,2026-03-03,Qa,
S-4,ana,max,2026-03-04,aht,Shorter wrap-up
S-5,ben,lee,2026-03-05,nps,
S-6,cy,lee,2026-03-06,Aht_S,
S-7,ana,lee,2026-03-06,transfer_rate,
S-8,ben,lee,2026-03-07,speed,Faster
S-9,cy,lee,2026-03-08,,no focus given
S-10,ana,lee,2026-03-09,csat rate,
EOF2
run 0 emp-ingest coaching.csv
check_out <<'EOF2'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
coaching,2026-03-02T00:00:00Z,ana,,S-1,,,,,,,,,,,,,,,,,,,,,,lee,csat_rate,,"Acknowledge the delay, then fix",,coaching.csv:2
coaching,2026-03-02T14:30:00Z,ben,,S-2,,,,,,,,,,,,,,,,,,,,,,lee,fcr,,Own the follow-up,,coaching.csv:3
coaching,2026-03-03T00:00:00Z,cy,,S-3,,,,,,,,,,,,,,,,,,,,,,max,qa,,,,coaching.csv:4
coaching,2026-03-04T00:00:00Z,ana,,S-4,,,,,,,,,,,,,,,,,,,,,,max,aht_s,,Shorter wrap-up,,coaching.csv:5
coaching,2026-03-05T00:00:00Z,ben,,S-5,,,,,,,,,,,,,,,,,,,,,,lee,nps,,,,coaching.csv:6
coaching,2026-03-06T00:00:00Z,cy,,S-6,,,,,,,,,,,,,,,,,,,,,,lee,aht_s,,,,coaching.csv:7
coaching,2026-03-06T00:00:00Z,ana,,S-7,,,,,,,,,,,,,,,,,,,,,,lee,transfer_rate,,,,coaching.csv:8
coaching,2026-03-08T00:00:00Z,cy,,S-9,,,,,,,,,,,,,,,,,,,,,,lee,,,no focus given,,coaching.csv:10
EOF2
check_err <<'EOF2'
emp-ingest: coaching.csv:9: field 'Focus': unknown metric 'speed': use an emp-score metric (csat_rate, fcr, qa, aht_s, ...)
emp-ingest: coaching.csv:11: field 'Focus': unknown metric 'csat rate': use an emp-score metric (csat_rate, fcr, qa, aht_s, ...)
emp-ingest: 10 rows read, 8 events written, 2 rejected, 0 skipped
EOF2
# the same through --from coaching; a log without Focus is not one
run 0 emp-ingest -q --from coaching coaching.csv
cut -d, -f1 out | sort | uniq -c | sed 's/^ *//' >got
check_file got <<'EOF2'
8 coaching
1 kind
EOF2
printf 'Agent,Coach,Date\nana,lee,2026-03-02\n' >nofocus.csv
run 1 emp-ingest --from coaching nofocus.csv
check_err_line "emp-ingest: nofocus.csv:1: no column 'Focus' for --from coaching"
