#!/bin/sh
# emp-tier --exposure: a decision row that cannot be read is reported once
# with file:line and the field, counted as rejected (the summary, and
# --strict fails the run), whoever's it is (dee is not in the roster);
# the rest is counted: two good rows of ana (one within 100, one
# escalated in the new band 100-200, avoided, 60 s).  Rows of other kinds
# are not read (the contact's amount 'x').  After 100 messages one line
# says that further ones are not shown.
. "${0%/*}/../lib.sh"
. "${0%/*}/exposure.sh"

exposure_setup
cat >events.csv <<'EOF'
kind,ts,agent,team,escalated,amount,decision_s,reversed,cost
decision,2026-03-02T10:00:00Z,ana,North,0,50,,0,
decision,2026-03-02T10:00:00Z,ana,North,0,12.x,,0,
decision,2026-03-02T10:00:00Z,ana,North,0,-5,,0,
decision,2026-02-30T10:00:00Z,ana,North,0,50,,0,
decision,2026-03-02T10:00:00Z,ana,North,0,50,,maybe,
decision,2026-03-02T10:00:00Z,ana,North,0,50,,1,1e3
decision,2026-03-02T10:00:00Z,ana,North,1,150,12:xx,0,
decision,2026-03-02T10:00:00Z,ana,North,0,50
decision,,ana,North,0,50,,0,
decision,2026-03-02T10:00:00Z, ,North,0,50,,0,
decision,2026-03-02T10:00:00Z,dee,North,0,50%,,0,
decision,2026-03-02T10:00:00Z,ana,North,0,1000000000000.01,,0,
contact,2026-03-02T10:00:00Z,ana,North,0,x,,0,
decision,2026-03-03T10:00:00Z,ana,North,yes,150,60,no,
EOF
run 0 emp-tier -r roster.csv -p policy.txt --exposure events.csv scores.csv
check_out <<'EOF'
group,key,team,window,level,limit,rec_limit,decisions,amount,within,within_amount,escalated,escalated_amount,approval_s,avoided,avoided_s,new_decisions,new_amount,outcomes,mistakes,mistake_rate,mistake_lo,mistake_hi,mistake_cost,expected_cost,expected_cost_hi
all,all,,2026-W09..2026-W10,,,,2,200,1,50,1,150,60,1,60,1,150,2,0,,0,0.6576,0,,
team,North,North,2026-W09..2026-W10,,,,2,200,1,50,1,150,60,1,60,1,150,2,0,,0,0.6576,0,,
team,South,South,2026-W09..2026-W10,,,,0,0,0,0,0,0,0,0,0,0,0,0,0,,,,0,,
agent,ana,North,2026-W09..2026-W10,1,100,200,2,200,1,50,1,150,60,1,60,1,150,2,0,,0,0.6576,0,,
agent,bo,North,2026-W09..2026-W10,1,100,100,0,0,0,0,0,0,0,0,0,0,0,0,0,,,,0,,
agent,cy,South,2026-W09..2026-W10,2,400,400,0,0,0,0,0,0,0,0,0,0,0,0,0,,,,0,,
EOF
check_err <<'EOF'
emp-tier: events.csv:3: field 'amount': invalid number '12.x'
emp-tier: events.csv:4: field 'amount': negative amount '-5'
emp-tier: events.csv:5: field 'ts': invalid timestamp '2026-02-30T10:00:00Z'
emp-tier: events.csv:6: field 'reversed': invalid yes/no value 'maybe'
emp-tier: events.csv:7: field 'cost': invalid number '1e3'
emp-tier: events.csv:8: field 'decision_s': invalid duration '12:xx'
emp-tier: events.csv:9: expected 9 fields, found 6
emp-tier: events.csv:10: field 'ts': missing timestamp
emp-tier: events.csv:11: field 'agent': missing agent
emp-tier: events.csv:12: field 'amount': invalid number '50%'
emp-tier: events.csv:13: field 'amount': amount '1000000000000.01' out of range 0-1000000000000
emp-tier: 2 decisions of 3 agents: 1 escalations the recommended limits avoid (60 s), 1 decisions (150) newly within authority; 0 decisions outside the window, 0 of agents not listed; 11 rows rejected; window 2026-W09..2026-W10
EOF
run 1 emp-tier -s -q -r roster.csv -p policy.txt --exposure events.csv \
    scores.csv
check_err <<'EOF'
emp-tier: events.csv:3: field 'amount': invalid number '12.x'
emp-tier: events.csv:4: field 'amount': negative amount '-5'
emp-tier: events.csv:5: field 'ts': invalid timestamp '2026-02-30T10:00:00Z'
emp-tier: events.csv:6: field 'reversed': invalid yes/no value 'maybe'
emp-tier: events.csv:7: field 'cost': invalid number '1e3'
emp-tier: events.csv:8: field 'decision_s': invalid duration '12:xx'
emp-tier: events.csv:9: expected 9 fields, found 6
emp-tier: events.csv:10: field 'ts': missing timestamp
emp-tier: events.csv:11: field 'agent': missing agent
emp-tier: events.csv:12: field 'amount': invalid number '50%'
emp-tier: events.csv:13: field 'amount': amount '1000000000000.01' out of range 0-1000000000000
EOF

# 150 bad amounts: 100 messages, then one line
awk 'BEGIN { print "kind,ts,agent,amount"
	for (i = 1; i <= 150; i++) print "decision,2026-03-02T10:00:00Z,ana,x" i
	print "decision,2026-03-02T10:00:00Z,ana,20" }' >many.csv
run 0 emp-tier -r roster.csv -p policy.txt --exposure many.csv scores.csv
awk 'BEGIN { for (i = 1; i <= 100; i++) printf "emp-tier: many.csv:%d: " \
	"field '\''amount'\'': invalid number '\''x%d'\''\n", i + 1, i
	print "emp-tier: further rejected events are not shown"
	print "emp-tier: 1 decision of 3 agents: 0 escalations the " \
	    "recommended limits avoid (0 s), 0 decisions (0) newly within " \
	    "authority; 0 decisions outside the window, 0 of agents not " \
	    "listed; 150 rows rejected; window 2026-W09..2026-W10" }' >experr
check_err experr
