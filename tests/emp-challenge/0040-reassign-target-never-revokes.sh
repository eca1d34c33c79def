#!/bin/sh
# emp-challenge: a review reassigned to a lead (ana's review, proposed for
# lee, approved by the admin) is never taken back by that lead: lee may
# not decide it (0037) and may not revoke its approval either, which
# would give the review back to ana; another decider still may.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds 'lee took the call' --reassign lee
ch ada approve CH-1
cp l.csv before.csv
key lee
run 1 emp-challenge revoke CH-1 --note 'it was hers after all'
check_err <<'EOF2'
emp-challenge: lee may not revoke CH-1: it gave lee the review
EOF2
cmp -s l.csv before.csv || fail "a refused revocation changed the ledger"
key ada
run 0 emp-challenge revoke CH-1 --note 'it was hers after all'
run 0 emp-challenge list
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,survey,ana,,revoked,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,ada,lee took the call,,2026-03-05T10:00:00Z,ada,it was hers after all,,,,,lee
EOF2
check_err </dev/null
