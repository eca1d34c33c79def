#!/bin/sh
# emp-challenge: every rule's refusal is one clear message, status 1,
# nothing on stdout, and the ledger unchanged:
#   grounds are mandatory (missing or blank); one open challenge per
#   review; a decided review is not challenged again (a withdrawn one may
#   be); the decider is not the challenging agent, nor the opener; only
#   the opener withdraws, only while pending; a decision is final; an
#   unknown challenge.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds 'late delivery'
ch ana open S2 -e ev.csv --grounds 'price'
ch ana open S3 -e ev.csv --grounds 'outage'
ch lee deny CH-2
ch ana withdraw CH-3
key ana
cp l.csv before.csv

run 1 emp-challenge open S4 -e ev.csv
check_out </dev/null
check_err <<'EOF2'
emp-challenge: grounds are mandatory: say why the review was not the agent's fault (--grounds)
EOF2
run 1 emp-challenge open S4 -e ev.csv --grounds '  '
check_err <<'EOF2'
emp-challenge: grounds are mandatory: say why the review was not the agent's fault (--grounds)
EOF2
run 1 emp-challenge open S1 -e ev.csv --grounds 'again'
check_out </dev/null
check_err <<'EOF2'
emp-challenge: review 'S1' already has an open challenge, CH-1
EOF2
run 1 emp-challenge open S2 -e ev.csv --grounds 'again'
check_err <<'EOF2'
emp-challenge: review 'S2' was decided in CH-2 (denied): a decision is final
EOF2
run 1 emp-challenge approve CH-1
check_err <<'EOF2'
emp-challenge: ana may not decide CH-1: it is ana's own challenge
EOF2
run 1 emp-challenge deny CH-1 --note 'mine'
check_err <<'EOF2'
emp-challenge: ana may not decide CH-1: it is ana's own challenge
EOF2
key bob
run 1 emp-challenge withdraw CH-1
check_err <<'EOF2'
emp-challenge: only ana, who opened CH-1, may withdraw it
EOF2
key ana
run 1 emp-challenge withdraw CH-2
check_err <<'EOF2'
emp-challenge: CH-2 is denied: only a pending challenge can be withdrawn
EOF2
key lee
run 1 emp-challenge approve CH-2
check_err <<'EOF2'
emp-challenge: CH-2 was already denied by lee: a decision is final
EOF2
key ada
run 1 emp-challenge deny CH-2
check_err <<'EOF2'
emp-challenge: CH-2 was already denied by lee: a decision is final
EOF2
key lee
run 1 emp-challenge approve CH-3
check_err <<'EOF2'
emp-challenge: CH-3 was withdrawn by ana: there is nothing to decide
EOF2
run 1 emp-challenge approve CH-9
check_err <<'EOF2'
emp-challenge: no challenge 'CH-9'
EOF2
check_file l.csv before.csv
# a withdrawn challenge's review may be challenged again
key ana
run 0 emp-challenge open S3 -e ev.csv --grounds 'outage, with the incident number'
check_out <<'EOF2'
CH-4
EOF2
check_err </dev/null
