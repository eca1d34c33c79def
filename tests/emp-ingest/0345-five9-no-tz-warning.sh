#!/bin/sh
# emp-ingest: Five9 times carry no zone: read without --tz (-T), each Five9
# file gives one warning naming it, however many rows it has, even under
# -q (which drops only the summary); the times are read as UTC.  With
# --tz, or for an export whose times carry their offset, no warning.
. "${0%/*}/../lib.sh"

cat >a.csv <<'EOF'
CALL ID,TIMESTAMP,AGENT,TALK TIME
1,"Mon, 02 Mar 2026 08:00:00",ana,00:01:00
2,"Mon, 02 Mar 2026 08:05:00",ana,00:01:00
3,"Mon, 02 Mar 2026 08:10:00",ben,00:01:00
EOF
cp a.csv b.csv
cat >zd.csv <<'EOF'
id,assignee_id,requester_id,ticket_id,score,created_at
501,7001,9001,88231,good,2026-03-02T15:20:11Z
EOF
run 0 emp-ingest a.csv zd.csv b.csv
check_err <<'EOF'
emp-ingest: a.csv: Five9 times carry no zone: read as UTC; give the account's zone with --tz
emp-ingest: b.csv: Five9 times carry no zone: read as UTC; give the account's zone with --tz
emp-ingest: 7 rows read, 7 events written, 0 rejected, 0 skipped
EOF
[ "$(cut -d, -f2 out | sed -n 2p)" = 2026-03-02T08:00:00Z ] ||
    fail "not read as UTC"
run 0 emp-ingest -q a.csv
check_err <<'EOF'
emp-ingest: a.csv: Five9 times carry no zone: read as UTC; give the account's zone with --tz
EOF
run 0 emp-ingest -T Europe/Paris a.csv zd.csv
check_err <<'EOF'
emp-ingest: 4 rows read, 4 events written, 0 rejected, 0 skipped
EOF
[ "$(cut -d, -f2 out | sed -n 2p)" = 2026-03-02T07:00:00Z ] ||
    fail "not read in the zone given"
# from standard input, the name is stdin
run 0 emp-ingest -q - <a.csv
check_err <<'EOF'
emp-ingest: stdin: Five9 times carry no zone: read as UTC; give the account's zone with --tz
EOF
