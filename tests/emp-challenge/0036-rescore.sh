#!/bin/sh
# emp-challenge: an agent proposes a corrected score (open --score); the
# team lead approves it as proposed or with another corrected score, or
# denies it; refusals when the proposer is not the review's agent, when
# the decider is not the team's lead, and for scores that cannot be;
# emp-score --ledger then counts the corrected scores: its output is the
# same as that of the events with the scores replaced by sed.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
run 0 emp-challenge open Q1 -e ev.csv --grounds 'graded the old script' \
    --score 85
check_out <<'EOF2'
CH-1
EOF2
check_err </dev/null
ch ana open S1 -e ev.csv --grounds 'parcel lost' --score 4
ch ana open S3 -e ev.csv --grounds 'parcel lost' --score 5
ch ana open S5 -e ev.csv --grounds 'parcel lost'
cp l.csv before.csv

# who may propose: the review's agent only
key lee
run 1 emp-challenge open S4 -e ev.csv --grounds 'courier' --score 4
check_err <<'EOF2'
emp-challenge: only ana, whose review it is, may propose a corrected score (--score); lee may open the challenge without one
EOF2
key bob
run 1 emp-challenge open S4 -e ev.csv --grounds 'courier' --score 4
check_err <<'EOF2'
emp-challenge: bob is an agent: only a lead of ana's team or an admin may challenge review 'S4'
EOF2
# what may be proposed: a score of the review's measure, higher than it
key ana
run 1 emp-challenge open S4 -e ev.csv --grounds 'courier' --score 6
check_err <<'EOF2'
emp-challenge: --score '6': not a csat score: use a whole number from 1 to 5
EOF2
run 1 emp-challenge open S4 -e ev.csv --grounds 'courier' --score 1
check_err <<'EOF2'
emp-challenge: --score '1': a corrected score is higher than the review's csat 1
EOF2
run 1 emp-challenge open Q1 -e ev.csv --grounds 'courier' --score 101 \
    --kind qa
check_err <<'EOF2'
emp-challenge: --score '101': not a qa score: use a number from 0 to 100
EOF2
run 2 emp-challenge open S4 -e ev.csv --grounds 'courier' --score 4 \
    --reassign bob
check_err_line 'emp-challenge: --score and --reassign exclude each other: a challenge proposes one or the other'
cmp -s l.csv before.csv || fail "a refused open changed the ledger"

# who may decide: the team's lead or an admin, never the agent
key kim
run 1 emp-challenge approve CH-1
check_err <<'EOF2'
emp-challenge: kim leads team 'B', not ana's team 'A': only a lead of that team or an admin may decide CH-1
EOF2
key ana
run 1 emp-challenge approve CH-1 --score 75
check_err <<'EOF2'
emp-challenge: ana may not decide CH-1: it is ana's own challenge
EOF2
key lee
run 1 emp-challenge approve CH-1 --score 40
check_err <<'EOF2'
emp-challenge: --score '40': a corrected score is higher than the review's qa 50; deny CH-1 instead
EOF2
run 1 emp-challenge approve CH-4 --score 4
check_err <<'EOF2'
emp-challenge: CH-4 proposed no corrected score: approve it without --score, or deny it
EOF2
run 2 emp-challenge deny CH-3 --score 4
check_err_line 'emp-challenge: --score does not apply to deny'
cmp -s l.csv before.csv || fail "a refused decision changed the ledger"

# approved with another score, as proposed, denied
run 0 emp-challenge approve CH-1 --score 75.5 --note 'the greeting was missed'
check_out </dev/null
check_err </dev/null
run 0 emp-challenge approve CH-2
run 0 emp-challenge deny CH-3
run 0 emp-challenge list
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,Q1,qa,ana,,approved,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,lee,graded the old script,the greeting was missed,,,,qa,50,85,75.5,
CH-2,S1,survey,ana,,approved,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,lee,parcel lost,,,,,csat,1,4,4,
CH-3,S3,survey,ana,,denied,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,lee,parcel lost,,,,,csat,1,5,,
CH-4,S5,survey,ana,,pending,2026-03-05T10:00:00Z,,,parcel lost,,,,,,,,,
EOF2
grep -c 'qa=50>85\|csat=1>4\|csat=1>5\|qa=50>75.5' l.csv >n || true
[ "$(cat n)" = 4 ] || fail "the ledger holds $(cat n) of the 4 score fields"
if python3 -c 'import cryptography' 2>/dev/null; then
	run 0 python3 "$TESTS_DIR/emp-challenge/ledger.py" check l.csv \
	    roster.csv
	check_out <<'EOF2'
ok 7
EOF2
fi

# emp-score counts the corrected scores: as if the events held them
sed 's/^\(qa,.*,Q1,,\)50$/\175.5/; s/^\(survey,.*,S1,\)1,$/\14,/' ev.csv \
    >fixed.csv
cmp -s ev.csv fixed.csv && fail "sed replaced nothing"
run 0 emp-score -m csat_rate=1 -m qa=1 fixed.csv
mv out want
run 0 emp-score -m csat_rate=1 -m qa=1 -l l.csv ev.csv
check_file out <want
check_err <<'EOF2'
emp-score: 9 events read, 9 scored, 0 rejected; 0 reviews excluded by challenge (2 of 2 approved challenges found); 2 reviews rescored and 0 reassigned by challenge
EOF2
# a review whose score changed since is not corrected, and says so
sed 's/^\(qa,.*,Q1,,\)50$/\160/' ev.csv >changed.csv
run 0 emp-score -l l.csv changed.csv
check_err <<'EOF2'
emp-score: changed.csv:8: CH-1 (l.csv:2) not applied: the review's qa is 60, not 50 as when it was challenged; it counts as it is
emp-score: 9 events read, 9 scored, 0 rejected; 0 reviews excluded by challenge (2 of 2 approved challenges found); 1 review rescored and 0 reassigned by challenge; 1 review has another score than when challenged: counted as it is
EOF2
# revoked, the review counts as it was
run 0 emp-challenge revoke CH-2 --note 'the parcel came on time'
run 0 emp-score -m csat_rate=1 -m qa=1 -l l.csv ev.csv
sed 's/^\(qa,.*,Q1,,\)50$/\175.5/' ev.csv >fixed.csv
run 0 emp-score -m csat_rate=1 -m qa=1 fixed.csv
mv out want
run 0 emp-score -m csat_rate=1 -m qa=1 -l l.csv ev.csv
check_file out <want
