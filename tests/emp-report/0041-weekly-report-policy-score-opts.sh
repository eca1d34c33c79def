#!/bin/sh
# scripts/weekly-report takes the centre's own rules: EMP_POLICY is the
# tier policy emp-tier uses, EMP_SCORE_OPTS are more emp-score options for
# the weekly scores.  emp-tier judges the exact evidence: the weekly sums
# of the events (emp-score --partial), reviewed on the Sunday that ends
# the report's week, so its window is the policy's whole weeks up to that
# week.  Checked against emp-tier and emp-score run by hand on the files
# the job publishes; a policy that does not load fails the job loudly and
# publishes nothing.
. "${0%/*}/../lib.sh"
wr=$TESTS_DIR/../scripts/weekly-report

# the exports, with the QA sheet (decimal comma) as events: the QA gates
# have evaluations to judge; without the coaching log, which the weekly
# report does not use
mkdir ex
(cd ex && "$EMP_BIN/gen-sample" . >/dev/null &&
    "$EMP_BIN/emp-ingest" -q --decimal-comma qa.csv >qa-events.csv &&
    rm -f qa.csv coaching.csv) || fail "the exports were not made"
# a policy of the centre's own: high-value customers get 3 times the
# limit, and the evidence window is 14 days
emp-tier --print-policy | sed -e 's/^high-value 2$/high-value 3/' \
    -e 's/^window 28$/window 14/' >policy.conf
grep -q '^high-value 3$' policy.conf || fail "policy.conf: no high-value 3"
grep -q '^window 14$' policy.conf || fail "policy.conf: no window 14"

# today is Wednesday 2026-03-04: the report's week is 2026-W09, Monday
# 2026-02-23 to Sunday 2026-03-01, the review day
EMP_TODAY=2026-03-04 EMP_POLICY=policy.conf \
    EMP_SCORE_OPTS='--min-n qa=5 --weights csat_rate=1,qa=1' \
    run 0 "$wr" ex pub
check_err </dev/null
w=pub/2026-W09
[ -f "$w/report.html" ] || fail "nothing published"

# the evidence is the weekly sums of the events up to the end of the
# week, which --min-n and --weights do not change (a week's 1 or 2 QA
# evaluations, below --min-n qa=5 in the scores, count in full) ...
run 0 emp-score -q --partial --by week --tz UTC --until 2026-03-02 \
    "$w/applied.csv"
check_file "$w/evidence.csv" out
# ... and the weekly scores are those of the options given
run 0 emp-score -q --min-n qa=5 --weights csat_rate=1,qa=1 --by week \
    --tz UTC --until 2026-03-02 "$w/applied.csv"
check_file "$w/scores.csv" out
run 0 emp-score -q --by week --tz UTC --until 2026-03-02 "$w/applied.csv"
! cmp -s out "$w/scores.csv" || fail "EMP_SCORE_OPTS made no difference"

# the tiers are those of the policy given, on the evidence, reviewed on
# the last day of the report's week ...
run 0 emp-tier -q --roster ex/roster.csv --policy policy.conf \
    --as-of 2026-03-01 "$w/evidence.csv"
check_file "$w/tiers.csv" out
# ... high-value limits 3 times the limit, and a window of the whole weeks
# in the 14 days that end with the report's week: 2026-W08 and 2026-W09
# (the columns before reasons hold no comma; window is the last)
awk -F, 'NR == 1 { if ($7 != "rec_limit" || $8 != "rec_limit_high_value" ||
    $NF != "window") { print "header: " $0; bad = 1 }; next }
$8 != 3 * $7 || $NF != "2026-W08..2026-W09" { print; bad = 1 }
END { exit bad }' "$w/tiers.csv" || fail "high-value or window not the policy's"
[ "$(wc -l <"$w/tiers.csv")" -gt 40 ] || fail "too few tiers"
# ... which are not those of the built-in one: 28 days, 2026-W06..2026-W09
run 0 emp-tier -q --roster ex/roster.csv --as-of 2026-03-01 "$w/evidence.csv"
! cmp -s out "$w/tiers.csv" || fail "EMP_POLICY made no difference"
awk -F, 'NR > 1 && $NF != "2026-W06..2026-W09" { bad = 1 } END { exit bad }' \
    out || fail "the built-in window is not the last 4 weeks"

# a policy that does not load: emp-tier's message and status (2, as for
# any bad option of its), nothing published
printf 'level 1 One\n\tlimits x\n' >bad.conf
EMP_TODAY=2026-03-04 EMP_POLICY=bad.conf run 2 "$wr" ex pub2
grep -q '^emp-tier: bad.conf:2: ' err || fail "no emp-tier message: $(cat err)"
[ "$(tail -n 1 err)" = "weekly-report: failed (exit 2); nothing published" ] ||
    fail "last line: $(tail -n 1 err)"
[ ! -d pub2/2026-W09 ] || fail "published after a failure"
