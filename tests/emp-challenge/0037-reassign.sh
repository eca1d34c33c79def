#!/bin/sh
# emp-challenge: an agent proposes that a review count for the colleague
# who should have had it (open --reassign); refusals when the proposer is
# not the review's agent, for a person of another team or not in the
# roster, when the decider is not the team's lead, and when the decider
# would get the review; emp-score --ledger then counts the review for
# the colleague: its output is that of the events with the agent
# replaced by sed.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
run 0 emp-challenge open S2 -e ev.csv --grounds 'bob took the call' \
    --reassign Bob
check_out <<'EOF2'
CH-1
EOF2
cp l.csv before.csv
key lee
run 1 emp-challenge open S3 -e ev.csv --grounds 'bob took it' \
    --reassign bob
check_err <<'EOF2'
emp-challenge: only ana, whose review it is, may propose another agent for it (--reassign); lee may open the challenge without one
EOF2
key ana
run 1 emp-challenge open S3 -e ev.csv --grounds 'cy took it' --reassign cy
check_err <<'EOF2'
emp-challenge: cy is in team 'B', ana in team 'A': a review is reassigned within its agent's team
EOF2
run 1 emp-challenge open S3 -e ev.csv --grounds 'me' --reassign ' ANA'
check_err <<'EOF2'
emp-challenge: the review is ana's already: --reassign names the agent who should have had it
EOF2
run 1 emp-challenge open S3 -e ev.csv --grounds 'x' --reassign zed
check_err <<'EOF2'
emp-challenge: --reassign 'zed': not in the roster roster.csv: a review is reassigned to a person of it
EOF2
run 2 emp-challenge approve CH-1 --reassign bob
check_err_line 'emp-challenge: --reassign does not apply to approve'
key kim
run 1 emp-challenge approve CH-1
check_err <<'EOF2'
emp-challenge: kim leads team 'B', not ana's team 'A': only a lead of that team or an admin may decide CH-1
EOF2
key bob
run 1 emp-challenge approve CH-1
check_err <<'EOF2'
emp-challenge: bob may not decide CH-1: it would give bob the review
EOF2
cmp -s l.csv before.csv || fail "a refusal changed the ledger"

# the lead may not give a review to themself
key ana
run 0 emp-challenge open S4 -e ev.csv --grounds 'lee took it' --reassign lee
key lee
run 1 emp-challenge approve CH-2
check_err <<'EOF2'
emp-challenge: lee may not decide CH-2: it would give lee the review
EOF2
key ada
run 0 emp-challenge deny CH-2 --note 'the recording says ana'
key lee
run 0 emp-challenge approve CH-1
check_err </dev/null
run 0 emp-challenge list -a ana --status approved,denied
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S2,survey,ana,,approved,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,lee,bob took the call,,,,,,,,,bob
CH-2,S4,survey,ana,,denied,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,ada,lee took it,the recording says ana,,,,,,,,lee
EOF2
if python3 -c 'import cryptography' 2>/dev/null; then
	run 0 python3 "$TESTS_DIR/emp-challenge/ledger.py" check l.csv \
	    roster.csv
	check_out <<'EOF2'
ok 4
EOF2
fi

# emp-score counts S2 for bob: as if the events said so
sed 's/^\(survey,[^,]*,\)ana\(,A,S2,\)/\1bob\2/' ev.csv >fixed.csv
cmp -s ev.csv fixed.csv && fail "sed replaced nothing"
run 0 emp-score -m csat_rate=1 fixed.csv
mv out want
run 0 emp-score -m csat_rate=1 -l l.csv ev.csv
check_file out <want
check_err <<'EOF2'
emp-score: 9 events read, 9 scored, 0 rejected; 0 reviews excluded by challenge (1 of 1 approved challenge found); 0 reviews rescored and 1 reassigned by challenge
EOF2
n=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    $2 == "agent" { print $3 "=" $c["surveys"] }' out | tr '\n' ' ')
[ "$n" = "ana=5 bob=2 cy=1 " ] || fail "surveys per agent: $n"
