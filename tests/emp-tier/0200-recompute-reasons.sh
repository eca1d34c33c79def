#!/bin/sh
# emp-tier: every recommendation can be checked against the evidence by
# hand.  On the sample call center (gen-sample --rows 20000, ingested as
# scripts/demo does, and summed by week: emp-score --partial --by week -g
# agent), recompute.awk pools the sums of the evidence window itself,
# judges each gate of the built-in policy (parsed from --print-policy)
# with its own Wilson and normal intervals, walks the ladder of rungs and
# writes every agent's tenure, action, rec_level, rec_limit, reasons and
# blocked_by, token by token; the two tables must agree byte for byte.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" --rows 20000 . >/dev/null
"$EMP_BIN/emp-ingest" -q --decimal-comma qa.csv >qa-events.csv 2>/dev/null
"$EMP_BIN/emp-ingest" -q --agent-map agent-map.csv --tz America/New_York \
    amazon-connect.csv genesys.csv zendesk.csv five9.csv talkdesk.csv \
    pulse.csv roster.csv decisions.csv qa-events.csv >events.csv 2>/dev/null
"$EMP_BIN/emp-score" -q --partial --by week -g agent --tz America/New_York \
    events.csv >partial.csv
"$EMP_BIN/emp-tier" --print-policy >policy.txt

run 0 emp-tier -r roster.csv partial.csv
[ "$(wc -l <out)" -gt 40 ] || fail "too few agents"
for act in promote raise hold review; do
	grep -q ",$act," out || fail "no agent gets $act: a weak test"
done
grep -q ': not clear)' out || fail "no gate short but not clear: a weak test"

awk -F, -v today="$(date +%Y-%m-%d)" -v policy=policy.txt -v roster=roster.csv \
    -f "${0%/*}/recompute.awk" policy.txt roster.csv partial.csv >expected.csv
check_out expected.csv

# Four days earlier, on a Wednesday: the last week is not whole and the
# window is the four weeks before it; the newest hires (2 to 3 weeks in by
# the last week) are then below the half month of level 1's (1,50) rung.
run 0 emp-tier -q -r roster.csv --as-of 2026-03-04 partial.csv
grep -q ',tenure 0\.[0-4]<0\.5,' out || fail "no agent blocked by tenure: a weak test"
awk -F, -v today="$(date +%Y-%m-%d)" -v asof_day=2026-03-04 -v policy=policy.txt \
    -v roster=roster.csv -f "${0%/*}/recompute.awk" policy.txt roster.csv \
    partial.csv >expected.csv
check_out expected.csv
