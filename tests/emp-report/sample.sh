# tests/emp-report/sample.sh: sourced (after lib.sh) by the tests that
# need the sample call center run through the pipeline as make demo runs
# it, but at gen-sample's default size (2500 contacts, not the demo's
# 20000: small weekly samples, and quick): writes weekly.csv (weekly scores
# of the events without the reviews of approved challenges, emp-score
# --ledger, with lowered minimums so that the small sample has values to
# show), evidence.csv (the agents' weekly partial sums, emp-score
# --partial, also --ledger), tiers.csv (emp-tier on that
# evidence under the built-in policy, reviewed on the last day of the
# latest week), goals.csv, roster.csv and ledger.csv into the test's
# directory, and exports EMP_ROSTER=roster.csv.
#
# The ledger is signed for real: the fixed test keys of tests/keys (people)
# are given to the sample's people who act (lena.schmidt, dana.levy and
# wei.zhang take ana's, bob's and cy's, ivan.petrov kim's, the Loyalty lead
# lead.loyalty lee's, the admin ops.admin ada's) and roster.csv is
# gen-sample's (its dated rows too: the Loyalty agents' promotion) with
# role and key columns and those two staff rows; every
# transition is written at a fixed time (clock_at), so the ledger is the
# same bytes on every run.  The challenges: lena's (delivery) approved by
# her lead; dana's (fulfilment) approved by the admin, then revoked; wei's
# (policy) denied by the admin (Tech has no lead); julia.nowak's
# (fulfilment), opened by her lead for her, so approved by the admin;
# ivan's (fulfilment) pending.
people
mv roster.csv people.csv
"$EMP_BIN/gen-sample" . >/dev/null
"$EMP_BIN/emp-ingest" -q --decimal-comma qa.csv >qa-events.csv 2>/dev/null
"$EMP_BIN/emp-ingest" -q --agent-map agent-map.csv --tz America/New_York \
    amazon-connect.csv genesys.csv zendesk.csv five9.csv talkdesk.csv \
    qualtrics.csv pulse.csv roster.csv decisions.csv qa-events.csv \
    >events.csv 2>/dev/null
for m in lena.schmidt:ana dana.levy:bob wei.zhang:cy ivan.petrov:kim \
    lead.loyalty:lee ops.admin:ada; do
	cp -p "keys/${m#*:}.key" "keys/${m%:*}.key"
done
awk -F, -v OFS=, '
NR == FNR { if (FNR > 1) pk[$1] = $NF; next }
FNR == 1 {
	who["lena.schmidt"] = "ana"; who["dana.levy"] = "bob"
	who["wei.zhang"] = "cy"; who["ivan.petrov"] = "kim"
	print $0, "Role", "Key"
	next
}
{ print $0, "agent", ($1 in who) ? pk[who[$1]] : "" }
END {
	print "lead.loyalty,Loyalty,,,,,,lead," pk["lee"]
	print "ops.admin,,,,,,,admin," pk["ada"]
}' people.csv roster.csv >roster.new
mv roster.new roster.csv
ch() {	# ch TIME WHO ARGS...: one transition, by WHO's key, at TIME
	clock_at "$1"
	key "$2"
	shift 2
	emp-challenge -l ledger.csv "$@" >/dev/null 2>ch.err ||
	    { cat ch.err >&2; fail "emp-challenge $*"; }
	[ ! -s ch.err ] || { cat ch.err >&2; fail "emp-challenge $*: warned"; }
}
ch 2026-01-07T09:00:00Z lena.schmidt open 8100005 -e events.csv \
    --grounds "the courier left it at the wrong address"
ch 2026-01-08T10:00:00Z dana.levy open 8100023 -e events.csv \
    --grounds "fulfilment shipped the wrong item"
ch 2026-01-08T11:00:00Z wei.zhang open 8100026 -e events.csv \
    --grounds "refund policy, not the agent"
ch 2026-01-09T16:00:00Z lead.loyalty approve CH-1 --note "carrier error confirmed"
ch 2026-01-12T16:00:00Z ops.admin approve CH-2 --note "warehouse mix-up"
ch 2026-01-12T16:30:00Z ops.admin deny CH-3 \
    --note "the agent could have offered store credit"
ch 2026-01-17T09:00:00Z lead.loyalty open 8100127 -e events.csv \
    --grounds "wrong item sent by fulfilment"
ch 2026-01-17T09:30:00Z ivan.petrov open 8100128 -e events.csv \
    --grounds "wrong item shipped"
ch 2026-01-19T12:00:00Z ops.admin approve CH-4 --note "same warehouse batch"
ch 2026-01-20T10:00:00Z ops.admin revoke CH-2 \
    --note "the order entry, not the warehouse, had the wrong size"
unset EMP_KEY
rm -f ch.err
"$EMP_BIN/emp-score" -q --by week --tz America/New_York -m resolved_rate=5 \
    -m no_escalation=5 -m transfer_rate=5 -m csat_rate=3 -m csat=3 -m qa=1 \
    -m confidence=1 -m decision_escalated=1 --ledger ledger.csv \
    --roster roster.csv events.csv >weekly.csv
"$EMP_BIN/emp-score" -q --partial --by week -g agent --tz America/New_York \
    --ledger ledger.csv --roster roster.csv events.csv >evidence.csv
"$EMP_BIN/emp-tier" -q --roster roster.csv evidence.csv >tiers.csv
cat >goals.csv <<'GOALS'
agent,metric,target,due
wei.zhang,csat_rate,0.9,2026-03-31
wei.zhang,decision_s,60,2026-02-28
lena.schmidt,resolved_rate,0.75,2026-03-31
tara.walsh,qa,85,2026-03-15
zoe.martin,confidence,4.5,
GOALS
