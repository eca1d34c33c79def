#!/bin/sh
# emp-ingest: a pulse week written as an ISO week (2026-W02, or 2026-w02)
# is dated on that week's Monday at 00:00 in the zone of --tz, else UTC
# (2026-W01 begins on 2025-12-29; 2026 and 2020 have a week 53); a week
# that does not exist (2025-W53, 2026-W00) and a malformed one (2026-W2)
# are rejected; a date in the same column is read as before.  Each ts is
# recomputed by nps.py (Python's date.fromisocalendar and zoneinfo).
. "${0%/*}/../lib.sh"
nps() { python3 "$TESTS_DIR/emp-ingest/nps.py" "$@"; }

cat >weeks.csv <<'EOF'
Response ID,Week,Agent,Team,Confidence,Satisfaction
P1,2026-W02,ana,A,4,5
P2,2026-W01,ana,A,3,4
P3,2026-W53,ben,A,2,3
P4,2020-W53,ben,A,5,5
P5,2026-w10,cy,B,4,4
P6,2026-W11,cy,B,4,4
EOF
cat >bad.csv <<'EOF'
Response ID,Week,Agent,Team,Confidence,Satisfaction
Q1,2025-W53,ana,A,4,5
Q2,2026-W00,ana,A,4,5
Q3,2026-W2,ana,A,4,5
Q4,2026-03-02,ana,A,4,5
EOF
run 0 emp-ingest weeks.csv
nps pick out kind,ts,agent,id,confidence,src >got
check_file got <<'EOF'
kind,ts,agent,id,confidence,src
pulse,2026-01-05T00:00:00Z,ana,P1,4,weeks.csv:2
pulse,2025-12-29T00:00:00Z,ana,P2,3,weeks.csv:3
pulse,2026-12-28T00:00:00Z,ben,P3,2,weeks.csv:4
pulse,2020-12-28T00:00:00Z,ben,P4,5,weeks.csv:5
pulse,2026-03-02T00:00:00Z,cy,P5,4,weeks.csv:6
pulse,2026-03-09T00:00:00Z,cy,P6,4,weeks.csv:7
EOF
nps pulse weeks.csv >w
nps pick out ts,src >got
check_file got w
check_err <<'EOF'
emp-ingest: 6 rows read, 6 events written, 0 rejected, 0 skipped
EOF
# in a zone: the Monday's midnight there (New York's clocks change on
# 2026-03-08: W10 is -05:00, W11 -04:00)
run 0 emp-ingest -q --tz America/New_York weeks.csv
nps pulse weeks.csv America/New_York >w
nps pick out ts,src >got
check_file got w
check_file got <<'EOF'
ts,src
2026-01-05T05:00:00Z,weeks.csv:2
2025-12-29T05:00:00Z,weeks.csv:3
2026-12-28T05:00:00Z,weeks.csv:4
2020-12-28T05:00:00Z,weeks.csv:5
2026-03-02T05:00:00Z,weeks.csv:6
2026-03-09T04:00:00Z,weeks.csv:7
EOF
run 0 emp-ingest bad.csv
nps pick out ts,id >got
check_file got <<'EOF'
ts,id
2026-03-02T00:00:00Z,Q4
EOF
check_err <<'EOF'
emp-ingest: bad.csv:2: field 'Week': no such ISO week '2025-W53'
emp-ingest: bad.csv:3: field 'Week': no such ISO week '2026-W00'
emp-ingest: bad.csv:4: field 'Week': invalid timestamp '2026-W2'
emp-ingest: 4 rows read, 1 events written, 3 rejected, 0 skipped
EOF
