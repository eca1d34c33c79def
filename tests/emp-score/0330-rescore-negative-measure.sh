#!/bin/sh
# emp-score --ledger: a corrected score counts only on the review's
# negative measure, the one emp-challenge open --score corrects (its csat
# when 2 or less, else its nps when 6 or less, else its qa).  ana signs
# her own opens with her key, outside emp-challenge, and lee approves
# them: one corrects the nps 3 of a survey whose csat is 1, one the qa 40
# of an evaluation whose csat is 2; neither applies (each raised another
# score than the one challenged, and emp-score counted it).  The survey
# whose nps is its negative score is corrected.
. "${0%/*}/../lib.sh"
. "${0%/*}/../emp-challenge/common.sh"

python3 -c 'import cryptography' 2>/dev/null ||
    { echo "skipped: no python3 cryptography"; exit 0; }
forge() {
	python3 "$TESTS_DIR/emp-challenge/forge.py" l.csv "keys/$1.key" "$2"
}

ch_setup
{
	echo 'kind,ts,agent,team,id,csat,nps,qa'
	echo 'survey,2026-03-04T09:00:00Z,ana,A,S1,1,3,'
	echo 'survey,2026-03-04T09:00:00Z,ana,A,S2,4,3,'
	echo 'qa,2026-03-04T09:00:00Z,ana,A,Q1,2,,40'
} >ev.csv
echo 'seq,ts,action,challenge,review,kind,agent,actor,cause,text,score,reassign,sig,sum' \
    >l.csv
T=2026-03-05T10:00:00Z
forge ana "$T,open,CH-1,S1,survey,ana,ana,,g,nps=3>9,"
forge ana "$T,open,CH-2,S2,survey,ana,ana,,g,nps=3>9,"
forge ana "$T,open,CH-3,Q1,qa,ana,ana,,g,qa=40>90,"
forge lee "$T,approve,CH-1,S1,survey,ana,lee,,ok,,"
forge lee "$T,approve,CH-2,S2,survey,ana,lee,,ok,,"
forge lee "$T,approve,CH-3,Q1,qa,ana,lee,,ok,,"
run 0 emp-challenge verify
sed 's/^\(survey,.*,S2,4,\)3,/\19,/' ev.csv >fixed.csv
cmp -s ev.csv fixed.csv && fail "sed replaced nothing"
run 0 emp-score -q -m csat_rate=1 -m nps=1 -m qa=1 fixed.csv
mv out want
run 0 emp-score -m csat_rate=1 -m nps=1 -m qa=1 -l l.csv ev.csv
check_file out <want
check_err <<'EOF2'
emp-score: ev.csv:2: CH-1 (l.csv:2) not applied: it corrects the review's nps, but the review's negative score is its csat; it counts as it is
emp-score: ev.csv:4: CH-3 (l.csv:4) not applied: it corrects the review's qa, but the review's negative score is its csat; it counts as it is
emp-score: 3 events read, 3 scored, 0 rejected; 0 reviews excluded by challenge (3 of 3 approved challenges found); 1 review rescored and 0 reassigned by challenge; 2 reviews have another score than when challenged: counted as they are
EOF2
