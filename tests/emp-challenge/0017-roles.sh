#!/bin/sh
# emp-challenge: only the agent's team lead or an admin decides, and who
# acts is the key's owner.  Refused, status 1, nothing on stdout and the
# ledger byte for byte as it was: the agent approving their own
# challenge; the agent with --as lee; the agent with EMP_USER=lee; the
# lead of another team (kim, of B, on ana's challenge: ana is in A); the
# opener (lee opened bob's challenge).  The agent's own lead (lee)
# approves; an admin (ada) decides any team's.  Names are compared as
# emp-ingest normalises them: --as ' LEE ' by lee's key is lee, and a
# roster row "Ana " (or "ANA") is the events' agent "ana".
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds 'courier'
ch lee open B1 -e ev.csv --grounds 'courier'
ch cy open C1 -e ev.csv --grounds 'courier'
ch ana open S2 -e ev.csv --grounds 'courier'
cp l.csv before.csv

key ana
run 1 emp-challenge approve CH-1
check_out </dev/null
check_err <<'EOF2'
emp-challenge: ana may not decide CH-1: it is ana's own challenge
EOF2
check_file l.csv before.csv
run 1 emp-challenge --as lee approve CH-1
check_out </dev/null
check_err <<EOF2
emp-challenge: you are ana (the key $PWD/keys/ana.key is ana's in the roster), not lee: nobody acts under another's name
EOF2
check_file l.csv before.csv
EMP_USER=lee run 1 emp-challenge approve CH-1
check_out </dev/null
check_err <<EOF2
emp-challenge: you are ana (the key $PWD/keys/ana.key is ana's in the roster), not lee: nobody acts under another's name
EOF2
check_file l.csv before.csv
key kim
run 1 emp-challenge approve CH-1
check_out </dev/null
check_err <<'EOF2'
emp-challenge: kim leads team 'B', not ana's team 'A': only a lead of that team or an admin may decide CH-1
EOF2
check_file l.csv before.csv
key lee
run 1 emp-challenge deny CH-2
check_out </dev/null
check_err <<'EOF2'
emp-challenge: lee may not decide CH-2: lee opened it
EOF2
check_file l.csv before.csv
# another agent of the team is no decider either
key bob
run 1 emp-challenge approve CH-1
check_out </dev/null
check_err <<'EOF2'
emp-challenge: bob is an agent: only a lead of ana's team or an admin may decide CH-1
EOF2
check_file l.csv before.csv

# the agent's lead, by name with spaces and capitals; an admin on team
# A and on team B
key lee
run 0 emp-challenge --as ' LEE ' approve CH-1
check_out </dev/null
check_err </dev/null
key ada
run 0 emp-challenge approve CH-2
check_err </dev/null
EMP_USER=ADA run 0 emp-challenge deny CH-3
check_err </dev/null
tail -n 3 l.csv | cut -d, -f3,4,7,8 >decided
check_file decided <<'EOF2'
approve,CH-1,ana,lee
approve,CH-2,bob,ada
deny,CH-3,cy,ada
EOF2

# a roster row "Ana " is the events' "ana" (and the ledger's): she is in
# lee's team, the ledger's lines by and about her still count
sed -e 's/^ana,A,/Ana ,A,/' roster.csv >r2.csv
key lee
run 0 emp-challenge -r r2.csv approve CH-4
check_err </dev/null
tail -n 1 l.csv | cut -d, -f3,4,7,8 >decided
check_file decided <<'EOF2'
approve,CH-4,ana,lee
EOF2
run 0 emp-challenge -r r2.csv verify
check_err </dev/null
sed -e 's/^ana,A,/ANA	,A,/' roster.csv >r3.csv
run 0 emp-challenge -r r3.csv verify
check_err </dev/null
