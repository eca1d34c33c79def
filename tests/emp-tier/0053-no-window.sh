#!/bin/sh
# emp-tier --exposure: without an evidence window (no whole period ends on
# or before the review day) nothing can be counted: the header alone, a
# warning that says so, and the summary counts the decisions as outside;
# the file is still read (its bad row reported).  Status 0.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POL'
window 14
level 1 One
	limits 100 200
	sample 3
	min qa 80
POL
cat >roster.csv <<'CSV'
agent,team,hired,level,limit
ana,North,2024-01-08,1,100
CSV
cat >scores.csv <<'CSV'
period,group,key,team,qa,qa_n
2026-W10,agent,ana,North,95,5
CSV
cat >events.csv <<'CSV'
kind,ts,agent,amount,escalated,decision_s,reversed,cost
decision,2026-03-02T10:00:00Z,ana,150,1,120,0,
decision,2026-03-03T10:00:00Z,ana,bad,0,,0,
CSV
run 0 emp-tier -r roster.csv -p policy.txt --as-of 2026-03-05 \
    --exposure events.csv scores.csv
check_out <<'CSV'
group,key,team,window,level,limit,rec_limit,decisions,amount,within,within_amount,escalated,escalated_amount,approval_s,avoided,avoided_s,new_decisions,new_amount,outcomes,mistakes,mistake_rate,mistake_lo,mistake_hi,mistake_cost,expected_cost,expected_cost_hi
CSV
check_err <<'ERR'
emp-tier: no whole period on or before the review day, 2026-03-05: no evidence, every agent holds (--as-of, --include-partial)
emp-tier: --exposure events.csv: no evidence window: no rows written
emp-tier: events.csv:3: field 'amount': invalid number 'bad'
emp-tier: 0 decisions of 1 agent: no evidence window, no rows; 1 decisions outside the window, 0 of agents not listed; 1 rows rejected; window none (no whole period)
ERR
