#!/bin/sh
# emp-ingest: an event stream's coaching rows: kind coaching is a kind,
# coach is text as agent is, focus is checked against the metric names
# (written in lowercase), a bad focus rejected under the stream's column
# name 'focus'.  What emp-ingest writes reads back unchanged.
. "${0%/*}/../lib.sh"

cat >ev.csv <<'EOF2'
kind,ts,agent,coach,focus,comment,src
coaching,2026-03-02T09:00:00Z,ana,lee,CSAT_RATE,ok,x:1
coaching,2026-03-02T10:00:00Z,ana, lee ,decision_escalated,,x:2
coaching,2026-03-02T11:00:00Z,ana,lee,index,,x:3
coaching,2026-03-02T12:00:00Z,ana,lee,csat_rate_lo,,x:4
coaching,2026-03-02T13:00:00Z,ana,lee, qa ,,x:5
EOF2
run 0 emp-ingest ev.csv
cut -d, -f1-3,27,28,30,32 out >got
check_file got <<'EOF2'
kind,ts,agent,coach,focus,comment,src
coaching,2026-03-02T09:00:00Z,ana,lee,csat_rate,ok,x:1
coaching,2026-03-02T10:00:00Z,ana,lee,decision_escalated,,x:2
coaching,2026-03-02T13:00:00Z,ana,lee,qa,,x:5
EOF2
check_err <<'EOF2'
emp-ingest: ev.csv:4: field 'focus': unknown metric 'index': use an emp-score metric (csat_rate, fcr, qa, aht_s, ...)
emp-ingest: ev.csv:5: field 'focus': unknown metric 'csat_rate_lo': use an emp-score metric (csat_rate, fcr, qa, aht_s, ...)
emp-ingest: 5 rows read, 3 events written, 2 rejected, 0 skipped
EOF2
mv out once.csv
run 0 emp-ingest -q once.csv
check_out once.csv
