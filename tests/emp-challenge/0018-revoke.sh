#!/bin/sh
# emp-challenge revoke: a lead of the agent's team or an admin withdraws an
# approval, with a note (mandatory: a usage error without it); only an
# approved challenge can be revoked, and revoked is final.  Refused
# (status 1, the ledger unchanged): the agent, another agent, the lead
# of another team, a pending or denied challenge, a revoked one.  After
# the revoke, apply no longer marks the review and list shows who revoked
# it, when and why.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds 'courier'
ch ana open S2 -e ev.csv --grounds 'courier'
ch ana open S3 -e ev.csv --grounds 'courier'
ch lee approve CH-1
ch lee deny CH-3
cp l.csv before.csv

key lee
run 2 emp-challenge revoke CH-1
check_out </dev/null
check_err <<'EOF2'
emp-challenge: revoke needs --note: say why the approval is withdrawn
Try 'emp-challenge --help' for more information.
EOF2
for who in ana bob kim; do
	key $who
	run 1 emp-challenge revoke CH-1 --note 'no'
	check_out </dev/null
	cat err >>refusals
done
key lee
run 1 emp-challenge revoke CH-2 --note 'no'
cat err >>refusals
run 1 emp-challenge revoke CH-3 --note 'no'
cat err >>refusals
check_file refusals <<'EOF2'
emp-challenge: ana may not revoke CH-1: it is ana's own challenge
emp-challenge: bob is an agent: only a lead of ana's team or an admin may revoke CH-1
emp-challenge: kim leads team 'B', not ana's team 'A': only a lead of that team or an admin may revoke CH-1
emp-challenge: CH-2 is pending: only an approved challenge can be revoked
emp-challenge: CH-3 is denied: only an approved challenge can be revoked
EOF2
check_file l.csv before.csv

run 0 emp-challenge apply -q ev.csv
grep ',S1,' out >marked
check_file marked <<'EOF2'
survey,2026-03-04T09:00:00Z,ana,A,S1,1,,CH-1
EOF2
clock_at 2026-03-06T10:00:00Z
run 0 emp-challenge revoke CH-1 --note 'the parcel was delivered'
check_out </dev/null
check_err </dev/null
run 0 emp-challenge apply -q ev.csv
grep ',S1,' out >marked
check_file marked <<'EOF2'
survey,2026-03-04T09:00:00Z,ana,A,S1,1,,
EOF2
run 0 emp-challenge list --status revoked
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,survey,ana,,revoked,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,lee,courier,,2026-03-06T10:00:00Z,lee,the parcel was delivered,,,,,
EOF2
key ada
run 1 emp-challenge revoke CH-1 --note 'again'
check_err <<'EOF2'
emp-challenge: CH-1 is revoked: only an approved challenge can be revoked
EOF2
run 1 emp-challenge approve CH-1
check_err <<'EOF2'
emp-challenge: CH-1 was already revoked by lee: a decision is final
EOF2
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 6 transitions, 3 challenges (1 pending), last checksum d698aea7
EOF2
