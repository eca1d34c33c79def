#!/bin/sh
# emp-challenge: the challenge belongs to the review's agent even when
# someone else (their lead) opens it; neither the agent nor the opener
# may then decide it, and only the opener may withdraw it; an admin may
# decide it.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
ch lee open S1 -e ev.csv --grounds 'courier'
key lee
run 1 emp-challenge approve CH-1
check_out </dev/null
check_err <<'EOF2'
emp-challenge: lee may not decide CH-1: lee opened it
EOF2
key ana
run 1 emp-challenge approve CH-1
check_err <<'EOF2'
emp-challenge: ana may not decide CH-1: it is ana's own challenge
EOF2
run 1 emp-challenge withdraw CH-1
check_err <<'EOF2'
emp-challenge: only lee, who opened CH-1, may withdraw it
EOF2
key ada
run 0 emp-challenge approve CH-1
check_err </dev/null
run 0 emp-challenge list
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,survey,ana,,approved,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,ada,courier,,,,,,,,,
EOF2
