#!/bin/sh
# emp-challenge: with --events the challenge belongs to the review's agent
# even when someone else (a lead) opens it; neither the agent nor the
# opener may then decide it, and only the opener may withdraw it.
. "${0%/*}/../lib.sh"

export EMP_NOW=2026-03-05T10:00:00Z
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat
survey,2026-03-04T09:00:00Z,ana,S1,1
CSV
emp-challenge -l l.csv --as lee open S1 --events ev.csv --grounds 'courier' >/dev/null
run 1 emp-challenge -l l.csv --as lee approve CH-1
check_out </dev/null
check_err <<'EOF2'
emp-challenge: lee may not decide CH-1: lee opened it
EOF2
run 1 emp-challenge -l l.csv --as ana approve CH-1
check_err <<'EOF2'
emp-challenge: ana may not decide CH-1: it is ana's own challenge
EOF2
run 1 emp-challenge -l l.csv --as ana withdraw CH-1
check_err <<'EOF2'
emp-challenge: only lee, who opened CH-1, may withdraw it
EOF2
run 0 emp-challenge -l l.csv --as kim approve CH-1
check_err </dev/null
run 0 emp-challenge -l l.csv list
check_out <<'EOF2'
challenge,review,agent,status,opened,decided,decider,grounds,note
CH-1,S1,ana,approved,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,kim,courier,
EOF2
