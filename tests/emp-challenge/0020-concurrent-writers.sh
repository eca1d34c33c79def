#!/bin/sh
# emp-challenge: 20 writers at once, 50 transitions each (25 challenges
# opened by agent aN and decided by lead lN, approve and deny in turn),
# against one ledger: nothing is lost or doubled.  verify passes, seq runs
# 1..1000, and every (action, review) pair occurs exactly once.
. "${0%/*}/../lib.sh"

export EMP_LEDGER=l.csv EMP_NOW=2026-03-05T10:00:00Z
w=1
while [ $w -le 20 ]; do
	(
		j=1
		while [ $j -le 25 ]; do
			id=$(emp-challenge --as "a$w" open "R$w-$j" --grounds "g $w $j") ||
			    exit 1
			if [ $((j % 2)) -eq 0 ]; then act=approve; else act=deny; fi
			emp-challenge --as "l$w" $act "$id" --note "n $w $j" || exit 1
			j=$((j + 1))
		done
	) >"w$w.log" 2>&1 &
	w=$((w + 1))
done
wait
cat w*.log >logs
check_file logs </dev/null

run 0 emp-challenge verify
sed 's/checksum [0-9a-f]\{8\}$/checksum X/' out >verified
check_file verified <<'EOF2'
l.csv: ok: 1000 transitions, 500 challenges (0 pending), last checksum X
EOF2
check_err </dev/null

w=1
while [ $w -le 20 ]; do
	j=1
	while [ $j -le 25 ]; do
		if [ $((j % 2)) -eq 0 ]; then act=approve; else act=deny; fi
		printf 'open,R%s-%s\n%s,R%s-%s\n' $w $j $act $w $j
		j=$((j + 1))
	done
	w=$((w + 1))
done | sort >expected.pairs
tail -n +2 l.csv | cut -d, -f3,5 | sort >pairs
check_file pairs expected.pairs
tail -n +2 l.csv | cut -d, -f1 >seqs
seq 1 1000 >expected.seqs
check_file seqs expected.seqs
