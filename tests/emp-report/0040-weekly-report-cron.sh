#!/bin/sh
# scripts/weekly-report: on the sample exports it publishes last week's
# report and scorecards; with a missing exports directory or a broken
# ledger it fails loudly (message on stderr, status 1) and publishes nothing.
. "${0%/*}/../lib.sh"
wr=$TESTS_DIR/../scripts/weekly-report

mkdir ex
(cd ex && "$EMP_BIN/gen-sample" . >/dev/null && rm -f qa.csv)
EMP_TODAY=2026-03-04 run 0 "$wr" ex pub
# the sample's bad rows are named on stderr; stdout says where it went
check_out <<'OUT'
weekly-report: 2026-W09: pub/2026-W09/report.html, report.txt, scorecards/ (2025-12-08 on in the trend)
OUT
head -n 1 pub/2026-W09/report.txt >first.txt
check_file first.txt <<'OUT'
Team report: 2026-W09
OUT
[ -f pub/2026-W09/scorecards/wei.zhang.html ] || fail "no scorecards"

run 1 "$wr" nowhere pub2
check_err <<'ERR'
weekly-report: nowhere: no such directory
weekly-report: failed (exit 1); nothing published
ERR

echo 'not a ledger' >bad-ledger.csv
EMP_TODAY=2026-03-04 EMP_LEDGER=bad-ledger.csv run 1 "$wr" ex pub3
[ "$(tail -n 1 err)" = "weekly-report: failed (exit 1); nothing published" ] ||
    fail "last line: $(tail -n 1 err)"
[ ! -d pub3/2026-W09 ] || fail "published after a failure"
