#!/bin/sh
# emp-report: the exposure stream (emp-exposure(5)), told apart by its
# header: "Authority and exposure" exactly, in text and Markdown, without
# the alt_ columns and with them (emp-tier --compare: "under the compared
# policy"): the all and team rows as sentences (minutes saved =
# avoided_s / 60), the agents whose recommended limit is above their
# current one in a table (bo, at his limit, is not), a rate below 10
# outcomes and an expected cost left empty said so; --team keeps the
# center's row, the team's and its agents.
. "${0%/*}/../lib.sh"

cat >scores.csv <<'CSV'
period,group,key,team,contacts,resolved_rate,resolved_rate_n,index,rank
2026-W09,all,all,,200,0.7,150,50,
2026-W09,team,North,North,100,0.7,75,50,
2026-W09,team,South,South,100,0.7,75,50,
2026-W09,agent,ana,North,100,0.7,75,60,1
2026-W09,agent,bo,South,100,0.7,75,40,2
CSV
cat >exposure.csv <<'CSV'
group,key,team,window,level,limit,rec_limit,decisions,amount,within,within_amount,escalated,escalated_amount,approval_s,avoided,avoided_s,new_decisions,new_amount,outcomes,mistakes,mistake_rate,mistake_lo,mistake_hi,mistake_cost,expected_cost,expected_cost_hi
all,all,,2026-W02..2026-W09,,,,400,52000.5,300,20000,80,30000,48000,30,9000,45,9000,380,12,0.0316,0.0182,0.0545,1500,177.63,306.56
team,North,North,2026-W02..2026-W09,,,,200,26000,150,10000,40,15000,24000,30,9000,45,9000,190,6,0.0316,0.0146,0.0672,600,63.16,134.4
team,South,South,2026-W02..2026-W09,,,,200,26000.5,150,10000,40,15000,24000,0,0,0,0,0,0,,,,0,,
agent,ana,North,2026-W02..2026-W09,2,200,500,100,13000,80,5000,20,8000,12000,30,9000,45,9000,8,1,,0.0224,0.4709,100,,
agent,bo,South,2026-W02..2026-W09,2,200,200,100,13000,80,5000,20,8000,12000,0,0,0,0,0,0,,,,0,,
CSV
# the same with --compare's columns
awk -F, -v OFS=, 'NR == 1 { print $0, "alt_rec_limit,alt_avoided,alt_avoided_s,alt_new_decisions,alt_new_amount,alt_expected_cost,alt_expected_cost_hi"; next }
	$1 == "all" || $2 == "North" { print $0, ",32,9600,50,10000,197.36,340.62"; next }
	$2 == "ana" { print $0, "1000,32,9600,50,10000,,"; next }
	{ print $0, $7 ",0,0,0,0,," }' exposure.csv >exposure-alt.csv

run 0 emp-report -q scores.csv exposure.csv
sed -n '/^Authority and exposure/,$p' out >x.txt
check_file x.txt <<'OUT'
Authority and exposure
----------------------
What the recommended limits would change over the evidence window
2026-W02..2026-W09: the escalations that would no longer need an approval, the
approval time saved, the decisions newly within the agent's authority, and the
expected cost of the mistakes in that band, from the mistake rate of the
decisions whose outcome is known (emp-exposure(5)).
All agents: 400 decisions, 80 escalated; the recommended limits would avoid 30
escalations (150 approval minutes saved) and bring 45 decisions, 9000 in amount,
newly within authority. Mistake rate 0.0316 (0.0182 to 0.0545) over 380 outcomes
(12 mistakes); expected cost of mistakes in the new band: 177.63 (306.56 at the
upper end of the mistake rate's 95% interval).
Team North: 200 decisions, 40 escalated; the recommended limits would avoid 30
escalations (150 approval minutes saved) and bring 45 decisions, 9000 in amount,
newly within authority. Mistake rate 0.0316 (0.0146 to 0.0672) over 190 outcomes
(6 mistakes); expected cost of mistakes in the new band: 63.16 (134.4 at the
upper end of the mistake rate's 95% interval).
Team South: 200 decisions, 40 escalated; the recommended limits would avoid 0
escalations (0 approval minutes saved) and bring 0 decisions, 0 in amount, newly
within authority. No decision's outcome known: no mistake rate; expected cost of
mistakes in the new band: not estimated.
The agents whose recommended limit is above their current one:
agent                ana
team                 North
limit                200
recommended          500
escalations avoided  30
minutes saved        150
newly within         45 (9000)
mistake rate (95%)   too few outcomes (8, fewer than 10; 0.0224 to 0.4709)
expected cost        not estimated
OUT
run 0 emp-report -q -f markdown scores.csv exposure-alt.csv
sed -n '/^## Authority and exposure/,$p' out >x.md
check_file x.md <<'OUT'
## Authority and exposure

What the recommended limits would change over the evidence window 2026-W02..2026-W09: the escalations that would no longer need an approval, the approval time saved, the decisions newly within the agent's authority, and the expected cost of the mistakes in that band, from the mistake rate of the decisions whose outcome is known (emp-exposure(5)).

All agents: 400 decisions, 80 escalated; the recommended limits would avoid 30 escalations (150 approval minutes saved) and bring 45 decisions, 9000 in amount, newly within authority.  Mistake rate 0.0316 (0.0182 to 0.0545) over 380 outcomes (12 mistakes); expected cost of mistakes in the new band: 177.63 (306.56 at the upper end of the mistake rate's 95% interval).  Under the compared policy: 32 escalations avoided (160 minutes saved), 50 decisions, 10000 in amount, newly within authority; expected cost 197.36 (340.62 at the upper end of the mistake rate's 95% interval).

Team North: 200 decisions, 40 escalated; the recommended limits would avoid 30 escalations (150 approval minutes saved) and bring 45 decisions, 9000 in amount, newly within authority.  Mistake rate 0.0316 (0.0146 to 0.0672) over 190 outcomes (6 mistakes); expected cost of mistakes in the new band: 63.16 (134.4 at the upper end of the mistake rate's 95% interval).  Under the compared policy: 32 escalations avoided (160 minutes saved), 50 decisions, 10000 in amount, newly within authority; expected cost 197.36 (340.62 at the upper end of the mistake rate's 95% interval).

Team South: 200 decisions, 40 escalated; the recommended limits would avoid 0 escalations (0 approval minutes saved) and bring 0 decisions, 0 in amount, newly within authority.  No decision's outcome known: no mistake rate; expected cost of mistakes in the new band: not estimated.  Under the compared policy: 0 escalations avoided (0 minutes saved), 0 decisions, 0 in amount, newly within authority; expected cost not estimated.

The agents whose recommended limit is above their current one:

| agent | team | limit | recommended | escalations avoided | minutes saved | newly within | mistake rate (95%) | expected cost | compared: limit | compared: avoided | compared: newly within | compared: expected cost |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ana | North | 200 | 500 | 30 | 150 | 45 (9000) | too few outcomes (8, fewer than 10; 0.0224 to 0.4709) | not estimated | 1000 | 32 | 50 (10000) | not estimated |

compared: under the compared policy (emp-tier --compare).
OUT
run 0 emp-report -q --team South scores.csv exposure-alt.csv
sed -n '/^Authority and exposure/,$p' out >south.txt
check_file south.txt <<'OUT'
Authority and exposure
----------------------
What the recommended limits would change over the evidence window
2026-W02..2026-W09: the escalations that would no longer need an approval, the
approval time saved, the decisions newly within the agent's authority, and the
expected cost of the mistakes in that band, from the mistake rate of the
decisions whose outcome is known (emp-exposure(5)).
All agents: 400 decisions, 80 escalated; the recommended limits would avoid 30
escalations (150 approval minutes saved) and bring 45 decisions, 9000 in amount,
newly within authority. Mistake rate 0.0316 (0.0182 to 0.0545) over 380 outcomes
(12 mistakes); expected cost of mistakes in the new band: 177.63 (306.56 at the
upper end of the mistake rate's 95% interval). Under the compared policy: 32
escalations avoided (160 minutes saved), 50 decisions, 10000 in amount, newly
within authority; expected cost 197.36 (340.62 at the upper end of the mistake
rate's 95% interval).
Team South: 200 decisions, 40 escalated; the recommended limits would avoid 0
escalations (0 approval minutes saved) and bring 0 decisions, 0 in amount, newly
within authority. No decision's outcome known: no mistake rate; expected cost of
mistakes in the new band: not estimated. Under the compared policy: 0
escalations avoided (0 minutes saved), 0 decisions, 0 in amount, newly within
authority; expected cost not estimated.
No agent's recommended limit is above the current one.
OUT
# the minutes, recomputed
[ "$(awk -F, '$1 == "all" { print $16 / 60 }' exposure.csv)" = 150 ] || fail "awk minutes"
grep -q '^All agents: .*(150 approval minutes saved)' x.md || fail "all: minutes"

# no mistake among 20 outcomes: a rate of 0, and no cost of a mistake to
# go by: the expected cost is not estimated, and says why
head -n 1 exposure.csv >zero.csv
echo 'all,all,,2026-W02..2026-W09,,,,20,2000,20,2000,0,0,0,0,0,5,500,20,0,0,0,0.1611,0,,' >>zero.csv
run 0 emp-report -q --width 200 scores.csv zero.csv
grep -c 'in the new band: not estimated (no mistake among the outcomes known, so no cost of one to go by)' out >n
check_file n <<'OUT'
1
OUT
