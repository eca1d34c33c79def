#!/bin/sh
# emp-tier: bad rows of the roster and of the scores are reported with
# file:line and counted, and --strict makes them exit 1; the table of the
# rest is still written.  The roster is ';'-delimited with the roster
# profile's names (Start Date, Current Limit, "$25.00").  Rejected: ben's
# level 7 (the policy has 2), ana's second row, cy's date, the period
# 2026-13, ana's second 2026-01 row: 5.  A metric of the policy missing
# from the scores (resolved_rate) is named once and its gates are unknown.  eve is
# in the scores only.  dee has no hire date: tenure empty.  The next
# rung, (1,50), needs no tenure (no tenure token) and the gates qa
# (passes) and resolved_rate (no column: unknown, and the token says so,
# not "needs 3 more contacts"): hold, blocked by resolved_rate.  The window is the one month.
# The period 'all' has no dates to put in a window: rejected, and with
# no other row there is no review day.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'EOF'
level 1 One
	limits 25 50
	sample 3
	min qa 70
	max resolved_rate 1
level 2 Two
	limits 50
EOF
cat >roster.csv <<'EOF'
Agent;Team;Start Date;Level;Current Limit
ana;A;2025-01-06;1;$25.00
ben;A;2025-01-06;7;25
ana;B;2025-01-06;1;25
cy;A;2025-13-01;1;25
dee;A;;1;
EOF
cat >scores.csv <<'EOF'
period,group,key,team,qa,qa_n
2026-01,agent,ana,A,90,5
2026-13,agent,ana,A,90,5
2026-01,agent,ana,A,91,5
2026-01,agent,dee,A,91,5
2026-01,agent,eve,A,91,5
EOF
run 1 emp-tier -r roster.csv -p policy.txt --strict scores.csv
check_out <<'EOF'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,12.8,1,25,1,25,25,hold,qa 90>=70 (n=5); resolved_rate ? (no column in the scores),resolved_rate ? (no column in the scores),2026-01
dee,A,,1,25,1,25,25,hold,qa 91>=70 (n=5); resolved_rate ? (no column in the scores),resolved_rate ? (no column in the scores),2026-01
EOF
check_err <<'EOF'
emp-tier: roster.csv:3: field 'level': invalid level '7': the policy has levels 1 to 2
emp-tier: roster.csv:4: agent 'ana' is in the roster already (line 2): this row is ignored
emp-tier: roster.csv:5: field 'hired': invalid date '2025-13-01'
emp-tier: scores.csv: no column 'resolved_rate': its gates are unknown
emp-tier: scores.csv:3: field 'period': invalid period '2026-13'
emp-tier: scores.csv:4: agent 'ana' has a row for 2026-01 already: this one is ignored
emp-tier: agent 'eve' is in the scores but not in the roster: not listed
emp-tier: 2 agents: 0 promote, 0 raise, 2 hold, 0 review; 1 in the scores but not the roster, 0 in the roster without scores, 0 left; 5 rows rejected; window 2026-01
EOF

printf 'period,group,key,qa,qa_n,resolved_rate\nall,agent,ana,90,4,\n' >all.csv
run 1 emp-tier -r roster.csv -p policy.txt -q all.csv
check_out </dev/null
check_err <<'EOF'
emp-tier: roster.csv:3: field 'level': invalid level '7': the policy has levels 1 to 2
emp-tier: roster.csv:4: agent 'ana' is in the roster already (line 2): this row is ignored
emp-tier: roster.csv:5: field 'hired': invalid date '2025-13-01'
emp-tier: all.csv:2: field 'period': no dates in period 'all': evidence windows need periods of days, weeks, months or quarters, one kind per input
emp-tier: nothing written: the scores and the roster could not all be read
EOF
