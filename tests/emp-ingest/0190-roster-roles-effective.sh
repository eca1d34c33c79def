#!/bin/sh
# emp-ingest: the roster emp-challenge and emp-tier read.  A lead's or an
# admin's row (Role, trimmed, case ignored) is staff, not an agent hired:
# skipped as "staff", with or without a hire date.  A row effective after
# its hire date (a team move: a second, dated row of someone hired
# before) is skipped as "roster change"; a row effective on or before its
# hire date, or without a date, is a hire.  An unknown role or an
# effective date that cannot be read is rejected with file:line.  Key is
# not read.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'EOF2'
Agent,Team,Role,Level,Hire Date,Exit Date,Key,Effective
ana,A,agent,1,2025-01-06,,ed25519:x,
ana,B,agent,1,2025-01-06,,ed25519:x,2026-01-05
bob,A,,1,2025-02-03,2026-02-27,,2025-02-03
lee,A,lead,,,,ed25519:y,
kim,B, LEAD ,,2024-01-01,,,
ada,,Admin,,,,,
max,B,manager,,2025-01-06,,,
cy,B,agent,1,2025-03-03,,,soon
EOF2
run 0 emp-ingest roster.csv
check_out <<'EOF2'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
hire,2025-01-06T00:00:00Z,ana,A,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:2
hire,2025-02-03T00:00:00Z,bob,A,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:4
exit,2026-02-27T00:00:00Z,bob,A,,,,,,,,,,,,,,,,,,,,,,,,,,,,roster.csv:4
EOF2
check_err <<'EOF2'
emp-ingest: roster.csv:8: field 'Role': unknown role: use agent, lead or admin
emp-ingest: roster.csv:9: field 'Effective': invalid date
emp-ingest: 8 rows read, 3 events written (1 row gave two events), 2 rejected, 4 skipped (3 staff, 1 roster change)
EOF2
