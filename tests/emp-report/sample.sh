# tests/emp-report/sample.sh: sourced by the tests that need the sample
# call center run through the pipeline as make demo runs it, but at
# gen-sample's default size (2500 contacts, not the demo's 20000: small
# weekly samples, and quick): writes weekly.csv (weekly scores of the
# events after the approved challenges, with lowered minimums so that the
# small sample has values to show), evidence.csv (the agents' weekly
# partial sums, emp-score --partial), tiers.csv (emp-tier on that evidence
# under the built-in policy, reviewed on the last day of the latest week),
# goals.csv and ledger.csv into the test's directory.
"$EMP_BIN/gen-sample" . >/dev/null
"$EMP_BIN/emp-ingest" -q --decimal-comma qa.csv >qa-events.csv 2>/dev/null
"$EMP_BIN/emp-ingest" -q --agent-map agent-map.csv --tz America/New_York \
    amazon-connect.csv genesys.csv zendesk.csv five9.csv talkdesk.csv \
    pulse.csv roster.csv decisions.csv qa-events.csv >events.csv 2>/dev/null
ch() {
	t=$1 who=$2
	shift 2
	EMP_NOW=$t "$EMP_BIN/emp-challenge" -l ledger.csv --as "$who" "$@" \
	    >/dev/null || fail "emp-challenge $*"
}
ch 2026-01-07T09:00:00Z lena.schmidt open 8100005 --window 90 --grounds "the courier left it at the wrong address"
ch 2026-01-08T10:00:00Z dana.levy open 8100023 --window 90 --grounds "fulfilment shipped the wrong item"
ch 2026-01-08T11:00:00Z wei.zhang open 8100026 --window 90 --grounds "refund policy, not the agent"
ch 2026-01-17T09:00:00Z julia.nowak open 8100127 --window 90 --grounds "wrong item sent by fulfilment"
ch 2026-01-17T09:30:00Z ivan.petrov open 8100128 --window 90 --grounds "wrong item shipped"
ch 2026-01-09T16:00:00Z maria.lead approve CH-1 --note "carrier error confirmed"
ch 2026-01-12T16:00:00Z maria.lead approve CH-2 --note "warehouse mix-up"
ch 2026-01-12T16:30:00Z maria.lead deny CH-3 --note "the agent could have offered store credit"
ch 2026-01-19T12:00:00Z maria.lead approve CH-4 --note "same warehouse batch"
"$EMP_BIN/emp-challenge" -q -l ledger.csv apply events.csv >applied.csv
"$EMP_BIN/emp-score" -q --by week --tz America/New_York -m fcr=5 \
    -m no_escalation=5 -m transfer_rate=5 -m csat_rate=3 -m csat=3 -m qa=1 \
    -m confidence=1 -m decision_escalated=1 applied.csv >weekly.csv
"$EMP_BIN/emp-score" -q --partial --by week -g agent --tz America/New_York \
    events.csv >evidence.csv
"$EMP_BIN/emp-tier" -q --roster roster.csv evidence.csv >tiers.csv
cat >goals.csv <<'GOALS'
agent,metric,target,due
wei.zhang,csat_rate,0.9,2026-03-31
wei.zhang,decision_s,60,2026-02-28
lena.schmidt,fcr,0.75,2026-03-31
tara.walsh,qa,85,2026-03-15
zoe.martin,confidence,4.5,
GOALS
