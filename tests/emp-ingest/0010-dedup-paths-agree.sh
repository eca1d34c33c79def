#!/bin/sh
# emp-ingest: de-duplication gives the same events whether the keys are
# read first (plain files), spooled (stdin) or spooled because one input is
# gzip; duplicates across files count, quoted ids and CRLF included.
. "${0%/*}/../lib.sh"

printf '%s\r\n' \
    'ContactId,InitiationTimestamp,LastUpdateTimestamp,Agent.Username,Queue.Name' \
    '"c1",2026-03-02T08:00:00Z,2026-03-02T08:05:00Z,ana,"Billing, EU"' \
    'c2,2026-03-02T08:10:00Z,2026-03-02T08:15:00Z,ben,Sales' \
    'c1,2026-03-02T08:00:00Z,2026-03-02T08:04:00Z,ana,Billing' >a.csv
printf '%s\n' \
    'ContactId,InitiationTimestamp,LastUpdateTimestamp,Agent.Username,Queue.Name' \
    'c2,2026-03-02T08:10:00Z,2026-03-02T08:20:00Z,ben,"Sales ""VIP"""' \
    'c3,2026-03-02T08:30:00Z,,cy,Sales' >b.csv
cat >expected <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T08:00:00Z,ana,,c1,,,,"Billing, EU",,,,,,,,,,,,,,,,,,,,,,,a.csv:2
contact,2026-03-02T08:10:00Z,ben,,c2,,,,"Sales ""VIP""",,,,,,,,,,,,,,,,,,,,,,,b.csv:2
contact,2026-03-02T08:30:00Z,cy,,c3,,,,Sales,,,,,,,,,,,,,,,,,,,,,,,b.csv:3
EOF
run 0 emp-ingest a.csv b.csv
check_out expected
check_err <<'EOF'
emp-ingest: 5 rows read, 3 events written, 0 rejected, 2 skipped (2 duplicate)
EOF
gzip -c b.csv >b.csv.gz
run 0 emp-ingest a.csv b.csv.gz
sed 's/b\.csv:/b.csv.gz:/' expected >expected.gz
check_out expected.gz
