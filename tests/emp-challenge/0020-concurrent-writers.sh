#!/bin/sh
# emp-challenge: 20 agents and 4 leads, their keys made here by keygen
# and the roster built from the printed public keys (teams T1 to T4 of 5
# agents, lead lN of TN): 20 opens at once, then 20 decisions at once
# (each lead decides the 5 challenges of their team, approve and deny in
# turn), against one ledger: nothing is lost or doubled.  verify passes,
# seq runs 1..40, every challenge is opened once by its agent and
# decided once by its lead.
. "${0%/*}/../lib.sh"

clock_at 2026-03-05T10:00:00Z
export EMP_LEDGER=l.csv EMP_ROSTER=roster.csv
mkdir -m 700 k
echo 'agent,team,role,key' >roster.csv
echo 'kind,ts,agent,id,csat' >ev.csv
t=1
while [ $t -le 4 ]; do
	EMP_KEY=k/l$t.key emp-challenge keygen >pk
	echo "l$t,T$t,lead,$(cat pk)" >>roster.csv
	t=$((t + 1))
done
a=1
while [ $a -le 20 ]; do
	EMP_KEY=k/a$a.key emp-challenge keygen >pk
	echo "a$a,T$(((a - 1) / 5 + 1)),agent,$(cat pk)" >>roster.csv
	echo "survey,2026-03-04T09:00:00Z,a$a,R$a,1" >>ev.csv
	a=$((a + 1))
done

a=1
while [ $a -le 20 ]; do
	EMP_KEY=k/a$a.key emp-challenge open "R$a" -e ev.csv \
	    --grounds "g $a" >"id$a" 2>"open$a.log" &
	a=$((a + 1))
done
wait
cat open*.log >logs
check_file logs </dev/null
# each lead decides their team's 5 challenges, the 20 all at once
a=1
while [ $a -le 20 ]; do
	if [ $((a % 2)) -eq 0 ]; then act=approve; else act=deny; fi
	EMP_KEY=k/l$(((a - 1) / 5 + 1)).key emp-challenge $act "$(cat "id$a")" \
	    --note "n $a" >"dec$a.log" 2>&1 &
	a=$((a + 1))
done
wait
cat dec*.log >logs
check_file logs </dev/null

run 0 emp-challenge verify
sed 's/checksum [0-9a-f]\{8\}$/checksum X/' out >verified
check_file verified <<'EOF2'
l.csv: ok: 40 transitions, 20 challenges (0 pending), last checksum X
EOF2
check_err </dev/null

a=1
while [ $a -le 20 ]; do
	if [ $((a % 2)) -eq 0 ]; then act=approve; else act=deny; fi
	printf 'open,%s,R%s,a%s,a%s\n' "$(cat "id$a")" $a $a $a
	printf '%s,%s,R%s,a%s,l%s\n' $act "$(cat "id$a")" $a $a \
	    $(((a - 1) / 5 + 1))
	a=$((a + 1))
done | sort >expected.rows
tail -n +2 l.csv | cut -d, -f3,4,5,7,8 | sort >rows
check_file rows expected.rows
tail -n +2 l.csv | cut -d, -f1 >seqs
seq 1 40 >expected.seqs
check_file seqs expected.seqs
sort -u id* >ids
[ "$(wc -l <ids)" -eq 20 ] || fail "challenge ids not distinct: $(cat ids)"
