#!/bin/sh
# emp-report: the QA plan from the tiers' qa_needed (emp-tier --plan):
# the agents who need more QA evaluations for a decision on their QA
# gate, the fewest needed first, ties by name, after the total; the order
# and total recomputed independently (sort, awk); with --team the team's
# agents only; a scorecard's line; a count that is not one rejected with
# its line; no qa_needed column, no section.
. "${0%/*}/../lib.sh"

cat >scores.csv <<'CSV'
period,group,key,team,contacts,qa,qa_n,index,rank
2026-W09,all,all,,200,80,40,50,
2026-W09,team,North,North,100,80,20,50,
2026-W09,team,South,South,100,80,20,50,
2026-W09,agent,ana,North,100,80,20,60,1
2026-W09,agent,bo,South,100,80,20,40,2
CSV
cat >tiers.csv <<'CSV'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked,window,qa_needed
ana,North,12,2,200,2,200,,hold,,,2026-W02..2026-W09,2
bo,South,12,2,200,2,200,,hold,,,2026-W02..2026-W09,0
cy,South,12,2,200,3,300,,promote,,,2026-W02..2026-W09,3
di,North,12,2,200,2,200,,review,,,2026-W02..2026-W09,2
ed,North,12,2,200,2,200,,hold,,,2026-W02..2026-W09,1
fay,South,12,2,200,2,200,,hold,,,2026-W02..2026-W09,
gus,South,12,2,200,2,200,,hold,,,2026-W02..2026-W09,-1
CSV

run 0 emp-report -f markdown scores.csv tiers.csv
check_err <<'ERR'
emp-report: tiers.csv:8: field 'qa_needed': not a count: '-1'
ERR
sed -n '/^## QA plan for this week/,$p' out >plan.md
check_file plan.md <<'OUT'
## QA plan for this week

8 QA evaluations for 4 agents, to decide their QA gates (emp-tier --plan); the agents closest to a decision first:

| agent | team | QA evaluations needed | action |
| --- | --- | ---: | --- |
| ed | North | 1 | hold |
| ana | North | 2 | hold |
| di | North | 2 | review |
| cy | South | 3 | promote |
OUT
# independently: the rows with a need above 0, by need then name
awk -F, 'NR > 1 && $13 ~ /^[0-9]+$/ && $13 > 0 { print $13 " " $1 }' \
    tiers.csv | LC_ALL=C sort -k1,1n -k2,2 >want.txt
awk -F' [|] ' '/^[|] [a-z]/ && $1 != "| agent" {
	sub(/^[|] /, "", $1); print $3 " " $1
}' \
    plan.md >got.txt
check_file got.txt want.txt
total=$(awk '{ t += $1; n++ } END { print t " QA evaluations for " n " agents" }' want.txt)
grep -q "^$total, " plan.md || fail "the total: $total"

run 0 emp-report -q --team South scores.csv tiers.csv
sed -n '/^QA plan for this week/,$p' out | sed -n 3p >south.txt
check_file south.txt <<'OUT'
3 QA evaluations for 1 agent, to decide their QA gates (emp-tier --plan); the
OUT

run 0 emp-report -q -a ana scores.csv tiers.csv
grep -q '^Your QA gate needs 2 more QA evaluations to be decided\.$' out ||
    fail "ana's line: $(cat out)"
run 0 emp-report -q -a bo scores.csv tiers.csv
grep -q '^Your QA gate needs no more QA evaluations to be decided\.$' out ||
    fail "bo's line: $(cat out)"

# every need met: the section says so
sed 's/,[0-9]*$/,0/' tiers.csv | grep -v '^gus' >met.csv
run 0 emp-report -q met.csv scores.csv
grep -q '^No agent needs more QA evaluations' out || fail "$(cat out)"

# emp-tier without --plan: no section, no line
cut -d, -f1-12 tiers.csv >plain.csv
run 0 emp-report -q -a ana plain.csv scores.csv
grep -q 'QA plan' out && fail "a QA plan without qa_needed"
run 0 emp-report -q plain.csv scores.csv
grep -q 'QA plan' out && fail "a QA plan without qa_needed"
exit 0
