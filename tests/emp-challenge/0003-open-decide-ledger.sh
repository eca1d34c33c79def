#!/bin/sh
# emp-challenge: open prints the new challenge's id; every transition is
# one ledger line with seq, the time (the system clock: here the test
# clock), the action, the challenge, the review, its kind, the agent, the
# actor, the cause, the grounds or note (quoted as CSV needs), the
# actor's signature and the chained checksum.  With fixed keys and clock
# the ledger is reproducible byte for byte.  Sums and signatures are
# checked independently by ledger.py (python3 and its cryptography
# package; skipped without them).
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
run 0 emp-challenge open S1 -e ev.csv --grounds 'courier lost it'
check_out <<'EOF2'
CH-1
EOF2
check_err </dev/null
key bob
run 0 emp-challenge open B1 -e ev.csv --grounds 'outage, "system" down' \
    --cause outage
check_out <<'EOF2'
CH-2
EOF2
clock_at 2026-03-06T10:00:00Z
key lee
run 0 emp-challenge approve CH-2
check_out </dev/null
check_err </dev/null
clock_at 2026-03-07T10:00:00Z
key ana
run 0 emp-challenge withdraw CH-1 --note 'found my mistake'
check_out </dev/null
check_file l.csv <<'EOF2'
seq,ts,action,challenge,review,kind,agent,actor,cause,text,score,reassign,sig,sum
1,2026-03-05T10:00:00Z,open,CH-1,S1,survey,ana,ana,,courier lost it,,,VKZNg9NzfDkMDxoIaoU1wkpmtp9g3ut1NSCLGQX+drLTcipHhPmBkumfDhCVj7Z1f6PTTf5JrGnTHuWWJmiLBQ==,c7a450be
2,2026-03-05T10:00:00Z,open,CH-2,B1,survey,bob,bob,outage,"outage, ""system"" down",,,PnGWIE5ovpLD8KLkENhWLDdQPnszQT7kcNjxMutL+TevonRs+y+gUCrMiEVCMMkWkslZ7csA3ut9LsUClg2gAg==,11931cbb
3,2026-03-06T10:00:00Z,approve,CH-2,B1,survey,bob,lee,,,,,fl8OYz8mZmmSnt9/owMauHmlOdF/zlPebPmfNR/uNL4evPYdXbfyuL4CY2/bp7s05q5lJIv0oPoIindUsFjKDw==,117e7744
4,2026-03-07T10:00:00Z,withdraw,CH-1,S1,survey,ana,ana,,found my mistake,,,bQG6WjCJCfXFG+D1eBuR+8dmggzYAw5h1rOqcz+klOs4r68WVcH0uR93/CkuLM/x+IqOqRm/62lVq3DENi7rAg==,20bf3c6f
EOF2
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 4 transitions, 2 challenges (0 pending), last checksum 20bf3c6f
EOF2
check_err </dev/null

# an independent reader agrees on every sum and signature, and a changed
# byte in a signed field fails it
if python3 -c 'import cryptography' 2>/dev/null; then
	run 0 python3 "$TESTS_DIR/emp-challenge/ledger.py" check l.csv roster.csv
	check_out <<'EOF2'
ok 4
EOF2
	sed '3s/outage,"outage/outage,"Outage/' l.csv >forged.csv
	python3 "$TESTS_DIR/emp-challenge/ledger.py" rechain forged.csv
	run 1 python3 "$TESTS_DIR/emp-challenge/ledger.py" check forged.csv \
	    roster.csv
	check_out <<'EOF2'
forged.csv:3: bad signature
EOF2
else
	echo "skipped: the independent check (no python3 cryptography)"
fi

# the ledger's path on standard output is shown as the terminal rule says
# (emp(7)): an escape in a file name does not reach the terminal raw
cp l.csv "$(printf 'l\033[31m.csv')"
run 0 emp-challenge -l "$(printf 'l\033[31m.csv')" verify
check_out <<'EOF2'
l\x1b[31m.csv: ok: 4 transitions, 2 challenges (0 pending), last checksum 20bf3c6f
EOF2
