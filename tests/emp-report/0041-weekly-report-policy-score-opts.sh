#!/bin/sh
# scripts/weekly-report takes the centre's own rules: EMP_POLICY is the
# tier policy emp-tier uses, EMP_SCORE_OPTS are more emp-score options for
# the weekly and the monthly scores.  Checked against emp-tier and
# emp-score run by hand on the files the job publishes; a policy that does
# not load fails the job loudly and publishes nothing.
. "${0%/*}/../lib.sh"
wr=$TESTS_DIR/../scripts/weekly-report

mkdir ex
(cd ex && "$EMP_BIN/gen-sample" . >/dev/null && rm -f qa.csv)
# a policy of the centre's own: high-value customers get 3 times the limit
emp-tier --print-policy | sed 's/^high-value 2$/high-value 3/' >policy.conf
grep -q '^high-value 3$' policy.conf || fail "policy.conf was not made"

EMP_TODAY=2026-03-04 EMP_POLICY=policy.conf \
    EMP_SCORE_OPTS='--min-n qa=1 --weights csat_rate=1,qa=1' \
    run 0 "$wr" ex pub
check_err </dev/null
w=pub/2026-W09
[ -f "$w/report.html" ] || fail "nothing published"

# the tiers are those of the policy given ...
run 0 emp-tier -q --roster ex/roster.csv --policy policy.conf \
    --as-of 2026-03-01 "$w/monthly.csv"
check_file "$w/tiers.csv" out
# ... which are not those of the built-in one
run 0 emp-tier -q --roster ex/roster.csv --as-of 2026-03-01 "$w/monthly.csv"
! cmp -s out "$w/tiers.csv" || fail "EMP_POLICY made no difference"

# the scores are made with the options given, weekly and monthly
run 0 emp-score -q --min-n qa=1 --weights csat_rate=1,qa=1 --by week \
    --tz UTC --until 2026-03-02 "$w/applied.csv"
check_file "$w/scores.csv" out
run 0 emp-score -q --min-n qa=1 --weights csat_rate=1,qa=1 --by month \
    -g agent --tz UTC --until 2026-03-02 "$w/applied.csv"
check_file "$w/monthly.csv" out
run 0 emp-score -q --by week --tz UTC --until 2026-03-02 "$w/applied.csv"
! cmp -s out "$w/scores.csv" || fail "EMP_SCORE_OPTS made no difference"

# a policy that does not load: emp-tier's message and status (2, as for
# any bad option of its), nothing published
printf 'level 1 One\n\tlimits x\n' >bad.conf
EMP_TODAY=2026-03-04 EMP_POLICY=bad.conf run 2 "$wr" ex pub2
grep -q '^emp-tier: bad.conf:2: ' err || fail "no emp-tier message: $(cat err)"
[ "$(tail -n 1 err)" = "weekly-report: failed (exit 2); nothing published" ] ||
    fail "last line: $(tail -n 1 err)"
[ ! -d pub2/2026-W09 ] || fail "published after a failure"
