#!/bin/sh
# emp-tier: every recommendation can be checked against the scores by hand.
# On the sample call center (monthly scores of its events, reviewed on
# 2026-02-28 under the built-in policy), this awk program recomputes from
# the printed policy, the roster and the scores every agent's tenure,
# action, recommended level and limit, reasons and blocked_by, following
# the rules of emp-tier(1), and the two tables must agree byte for byte.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" . >/dev/null
"$EMP_BIN/emp-ingest" -q --decimal-comma qa.csv >qa-events.csv 2>/dev/null
"$EMP_BIN/emp-ingest" -q --agent-map agent-map.csv --tz America/New_York \
    amazon-connect.csv genesys.csv zendesk.csv five9.csv talkdesk.csv \
    pulse.csv roster.csv decisions.csv qa-events.csv >events.csv 2>/dev/null
"$EMP_BIN/emp-score" -q --by month -g agent --tz America/New_York \
    -m qa=1 -m fcr=1 -m no_escalation=1 -m transfer_rate=1 -m csat_rate=1 \
    -m confidence=1 -m decision_escalated=1 events.csv >scores.csv
"$EMP_BIN/emp-tier" --print-policy >policy.txt

run 0 emp-tier -q -r roster.csv --as-of 2026-02-28 scores.csv
[ "$(wc -l <out)" -gt 40 ] || fail "too few agents"
grep -q ',promote,\|,raise,' out || fail "no agent rises: a weak test"
grep -q ',hold,' out || fail "no agent holds: a weak test"

awk -F, -v asof=2026-02-28 -v policy=policy.txt -v roster=roster.csv \
    -f "${0%/*}/recompute.awk" policy.txt roster.csv scores.csv >expected.csv

check_out expected.csv
