#!/bin/sh
# emp-report: the challenges of the team report by agent, by cause and by
# decider (issue 13's dispute analytics), counted by hand from the ledger
# written below, signed by the test people (ana, bob: agents of A; cy: of
# B; lee: lead of A; ada: admin):
#   CH-1 ana delivery  approved by ada (1 day), revoked by ada
#   CH-2 ana delivery  approved by ada (1 day), revoked by lee
#   CH-3 bob policy    denied by ada (1 day)
#   CH-4 bob policy    approved by ada (2 days)
#   CH-5 cy  delivery  approved by ada (2 days)
#   CH-6 ana policy    approved by lee (2 days)
#   CH-7 bob delivery  denied by lee (4 days)
#   CH-8 ana (no cause) pending
#   CH-9 bob policy    withdrawn
# The approval rate, (approved + revoked) / decided, is shown only from 5
# decided on: ada's 4/5 = 0.8 and the totals' 5/7 = 0.71; lee's 2, each
# cause's 4 or 3, and with --team A ada's 4 (cy's CH-5 is B's) show "—".
# Medians: ada 1, 1, 1, 2, 2 -> 1; lee 2, 4 -> 3; delivery 1, 1, 2, 4 ->
# 1.5 (team A: 1, 1, 4 -> 1); policy 1, 2, 2 -> 2.  The agent's scorecard
# lists the revoked challenges as revoked, with the revocation's note.
# A ledger line that does not count (its signer is not in the roster) is
# said in the report and fails -s; the ledger needs a roster.
. "${0%/*}/../lib.sh"

people
{
	echo 'kind,ts,agent,team,id,csat,comment'
	i=0
	for a in ana ana bob bob cy ana bob ana bob; do
		i=$((i + 1))
		t=A
		[ "$a" != cy ] || t=B
		echo "survey,2026-03-01T1$i:00:00Z,$a,$t,R$i,1,rude"
		echo "survey,2026-03-01T1$i:30:00Z,$a,$t,P$i,5,great"
	done
} >ex.csv
emp-ingest -q --from events ex.csv >events.csv
emp-score -q --by week events.csv >scores.csv
op() {	# op WHO REVIEW [--cause C]: WHO opens a challenge of REVIEW
	key "$1"
	shift
	emp-challenge -l ledger.csv open "$@" -e events.csv \
	    --grounds "not the agent" >/dev/null || fail "open $*"
}
tx() {	# tx WHO ARGS...: WHO's transition
	key "$1"
	shift
	emp-challenge -l ledger.csv "$@" >/dev/null || fail "$*"
}
clock_at 2026-03-02T09:00:00Z
op ana R1 --cause delivery
op ana R2 --cause delivery
op bob R3 --cause policy
op bob R4 --cause policy
op cy R5 --cause delivery
op ana R6 --cause policy
op bob R7 --cause delivery
op ana R8
op bob R9 --cause policy
clock_at 2026-03-03T09:00:00Z
tx ada approve CH-1
tx ada approve CH-2
tx ada deny CH-3
clock_at 2026-03-04T09:00:00Z
tx ada approve CH-4
tx ada approve CH-5
tx lee approve CH-6
clock_at 2026-03-06T09:00:00Z
tx lee deny CH-7 --note "the agent promised a date"
tx bob withdraw CH-9
clock_at 2026-03-07T09:00:00Z
tx ada revoke CH-1 --note "wrong review"
tx lee revoke CH-2 --note "the courier was not late"
unset EMP_KEY

run 0 emp-report -q -l ledger.csv scores.csv
sed -n '/^Challenges$/,/^$/p' out >got
check_file got <<'EOF'
Challenges
----------
Challenges by agent, by cause and by decider. Approved counts those still
approved, revoked those approved and then revoked (their reviews count again);
median days: from opening to decision.
agent  opened  approved  denied  revoked  pending  withdrawn  median days
-----  ------  --------  ------  -------  -------  ---------  -----------
ana         4         1       0        2        1          0            1
bob         4         1       2        0        0          1            2
cy          1         1       0        0        0          0            2
all         9         3       2        2        1          1
cause     opened  approved  denied  revoked  pending  rate  median days
--------  ------  --------  ------  -------  -------  ----  -----------
(none)         1         0       0        0        1     —            —
delivery       4         1       1        2        0     —          1.5
policy         4         2       1        0        0     —            2
all            9         3       2        2        1  0.71
decider  decided  approved  denied  revoked  rate  median days
-------  -------  --------  ------  -------  ----  -----------
ada            5         2       1        2   0.8            1
lee            2         1       1        0     —            3
all            7         3       2        2  0.71
Rate: the approval rate, the share of the decided challenges that were approved,
(approved + revoked) / (approved + revoked + denied), shown from 5 decided on:
on fewer, each decision is a quarter of it or more, so it is not shown (—).

EOF
check_err </dev/null

# the same numbers as emp-challenge list --stats
emp-challenge -l ledger.csv list --stats --by decider >stats.csv
check_file stats.csv <<'EOF'
decider,opened,withdrawn,approved,denied,revoked,pending,approval_rate,median_days
ada,5,0,2,1,2,0,0.8,1
lee,2,0,1,1,0,0,0.5,3
EOF

# team A: cy's CH-5 left out, so ada has 4 decided: no rate
run 0 emp-report -q -l ledger.csv --team A scores.csv
sed -n '/^decider/,/^all/p' out >got
check_file got <<'EOF'
decider  decided  approved  denied  revoked  rate  median days
-------  -------  --------  ------  -------  ----  -----------
ada            4         1       1        2     —            1
lee            2         1       1        0     —            3
all            6         2       2        2  0.67
EOF

# Markdown and HTML say the same
run 0 emp-report -q -f markdown -l ledger.csv scores.csv
grep -F -e '| ada |' -e '| delivery |' -e '| (none) |' out >got
check_file got <<'EOF'
| (none) | 1 | 0 | 0 | 0 | 1 | — | — |
| delivery | 4 | 1 | 1 | 2 | 0 | — | 1.5 |
| ada | 5 | 2 | 1 | 2 | 0.8 | 1 |
EOF
run 0 emp-report -q -f html -l ledger.csv scores.csv
grep -c '<th>decider</th>' out >got || true
check_file got <<'EOF'
1
EOF

# the agent's scorecard: the revoked ones as revoked, with the note
run 0 emp-report -q -l ledger.csv -a ana --width 130 scores.csv
sed -n '/^Challenges$/,/^$/p' out >got
check_file got <<'EOF'
Challenges
----------
4 opened: 1 approved, 0 denied, 2 revoked (their reviews count again), 1 pending, 0 withdrawn; median days to decision 1.
challenge  review  status    opened      decided     grounds        note
---------  ------  --------  ----------  ----------  -------------  --------------------------------------------
CH-1       R1      revoked   2026-03-02  2026-03-03  not the agent  revoked 2026-03-07: wrong review
CH-2       R2      revoked   2026-03-02  2026-03-03  not the agent  revoked 2026-03-07: the courier was not late
CH-6       R6      approved  2026-03-02  2026-03-04  not the agent
CH-8       R8      pending   2026-03-02  —           not the agent

EOF

# a roster without the admin: ada's lines do not count, and the report
# says so; -s fails
grep -v '^ada,' roster.csv >no-ada.csv
run 1 emp-report -s -l ledger.csv --roster no-ada.csv scores.csv
sed -n '/^Challenges$/,/^agent/p' out >got
check_file got <<'EOF'
Challenges
----------
7 lines of the ledger are not counted: a signature that does not verify against
the roster, or a broken rule (emp-challenge verify names them).
Challenges by agent, by cause and by decider. Approved counts those still
approved, revoked those approved and then revoked (their reviews count again);
median days: from opening to decision.
agent  opened  approved  denied  revoked  pending  withdrawn  median days
EOF
check_err_line "emp-report: ledger.csv:11: not counted: 'ada' is not in the roster no-ada.csv"
[ "$(wc -l <err)" = 7 ] || fail "expected 7 lines not counted: $(cat err)"

# the ledger needs a roster, which must be one
unset EMP_ROSTER
run 2 emp-report -q -l ledger.csv scores.csv
check_err <<'EOF'
emp-report: --ledger needs a roster to verify it: --roster FILE or EMP_ROSTER
Try 'emp-report --help' for more information.
EOF
run 1 emp-report -q -l ledger.csv --roster nowhere.csv scores.csv
check_err <<'EOF'
emp-report: nowhere.csv: No such file or directory
emp-report: nothing written: the inputs could not all be read
EOF
check_out </dev/null
chmod o+w roster.csv
run 1 emp-report -q -l ledger.csv --roster roster.csv scores.csv
check_err <<'EOF'
emp-report: roster.csv: anyone may write this roster, and so give themselves any role: make it writable by its admins only (chmod o-w roster.csv)
emp-report: nothing written: the inputs could not all be read
EOF
# a roster without a ledger is not read
run 0 emp-report -q --roster nowhere.csv scores.csv
