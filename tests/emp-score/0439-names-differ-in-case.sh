#!/bin/sh
# emp-score: agents (and teams) whose names differ only in ASCII case are
# scored apart, as written, and each such pair is said on standard error
# (one person split in two has half the evidence in each row); names that
# are the same in every period are no pair, and more than five pairs end
# with a count. A --partial run says nothing: its merge does.
. "${0%/*}/../lib.sh"

{
	echo 'kind,ts,agent,team,talk_s'
	for d in 02 09; do
		echo "contact,2026-03-${d}T10:00:00Z,Ana.Silva,Tier 1,100"
		echo "contact,2026-03-${d}T11:00:00Z,ana.silva,tier 1,200"
		echo "contact,2026-03-${d}T12:00:00Z,ANA.SILVA,Tier 1,300"
		echo "contact,2026-03-${d}T13:00:00Z,ben,Tier 1,400"
	done
} >ev.csv
run 0 emp-score --by week -g agent,team ev.csv
awk -F, 'NR > 1 { print $1 "," $2 "," $3 "," $5 }' out >rows
# the same rows in each of the two weeks
for w in W10 W11; do
	cat <<CSV
2026-$w,agent,ANA.SILVA,1
2026-$w,agent,Ana.Silva,1
2026-$w,agent,ana.silva,1
2026-$w,agent,ben,1
2026-$w,team,Tier 1,3
2026-$w,team,tier 1,1
CSV
done >expected
check_file rows expected
check_err <<'EOF2'
emp-score: agents 'ANA.SILVA' and 'Ana.Silva' differ only in case: scored apart; give them one name (emp-ingest --agent-map)
emp-score: agents 'Ana.Silva' and 'ana.silva' differ only in case: scored apart; give them one name (emp-ingest --agent-map)
emp-score: teams 'Tier 1' and 'tier 1' differ only in case: scored apart; give them one name
emp-score: 8 events read, 8 scored, 0 rejected; 0 reviews excluded by challenge
EOF2

# seven pairs: five said, then the count
{
	echo 'kind,ts,agent'
	for a in a b c d e f g; do
		echo "contact,2026-03-02T10:00:00Z,$a"
		echo "contact,2026-03-02T10:00:00Z,$(echo "$a" | tr a-z A-Z)"
	done
} >many.csv
run 0 emp-score -q -g agent many.csv
check_err <<'EOF2'
emp-score: agents 'A' and 'a' differ only in case: scored apart; give them one name (emp-ingest --agent-map)
emp-score: agents 'B' and 'b' differ only in case: scored apart; give them one name (emp-ingest --agent-map)
emp-score: agents 'C' and 'c' differ only in case: scored apart; give them one name (emp-ingest --agent-map)
emp-score: agents 'D' and 'd' differ only in case: scored apart; give them one name (emp-ingest --agent-map)
emp-score: agents 'E' and 'e' differ only in case: scored apart; give them one name (emp-ingest --agent-map)
emp-score: and 2 more pairs of agents that differ only in case
EOF2

# a partial says nothing; the merge of the partials does
run 0 emp-score -q --partial -g agent many.csv
check_err </dev/null
cp out part.csv
run 0 emp-score -q --merge -g agent part.csv
grep -c 'differ only in case' err >n
check_file n <<'EOF2'
6
EOF2
