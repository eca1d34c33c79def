#!/bin/sh
# emp-report: the impact stream (emp-impact(5)), told apart by its header:
# "Impact of empowerment" in text and Markdown, exactly: the before/after
# table of the all rows, then one sentence per all and team row (agent
# rows are not shown).  An interval that holds 0 is "no clear change";
# better or worse only on an interval wholly on one side of 0, by the
# metric's direction (the labels are recomputed with awk from the stream);
# a row without an estimate says its note.  Authority rows of a metric
# outside the empowerment index (talk_s) are not shown.  A row of several
# days of change names them instead of windows.  Without the stream, no
# section.
. "${0%/*}/../lib.sh"

cat >scores.csv <<'CSV'
period,group,key,team,contacts,csat_rate,csat_rate_n,resolved_rate,resolved_rate_n,index,rank
2026-W09,all,all,,200,0.8,100,0.7,150,50,
2026-W09,team,North,North,100,0.8,50,0.7,75,50,
2026-W09,team,South,South,100,0.8,50,0.7,75,50,
2026-W09,agent,ana,North,100,0.8,50,0.7,75,60,1
2026-W09,agent,bo,South,100,0.8,50,0.7,75,40,2
CSV
cat >impact.csv <<'CSV'
change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note
authority,all,all,,resolved_rate,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,12,10,800,820,0.7,0.71,0.7,0.7,0.01,-0.02,0.04,
authority,all,all,,csat_rate,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,12,10,400,410,0.78,0.9,0.79,0.81,0.1,0.07,0.13,
authority,all,all,,aht_s,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,12,10,800,820,300,290,301,303,-12,-20,-4,
authority,all,all,,talk_s,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,12,10,800,820,240.12345,230.5,241,242,-10.87655,-18,-3.75,
authority,team,North,North,csat_rate,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,3,3,100,100,0.78,0.9,0.79,0.81,,,,"3 control agents, fewer than 5"
authority,team,South,South,qa,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,4,1,40,40,90,85,88,88,-5,-9.1,-0.9,one control agent: a prediction interval
authority,agent,ana,North,csat_rate,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,1,10,30,30,0.7,0.9,0.79,0.81,0.18,-0.1,0.46,
coaching,all,all,,qa,2026-01-10..2026-02-20,2026-W01..2026-W05,2026-W06..2026-W09,1,9,40,40,80,85,81,81.5,4.5,1.2,7.8,
CSV

run 0 emp-report -q scores.csv impact.csv
sed -n '/^Impact of empowerment/,$p' out >impact.txt
check_file impact.txt <<'OUT'
Impact of empowerment
---------------------
How the agents' metrics moved after a change of their authority (level or limit)
or a coaching session, against the agents without one over the same periods (a
difference in differences, emp-impact(5)): the effect with its 95% interval. An
interval that holds 0 is no clear change. Authority changes are shown on the
metrics of the empowerment index, coaching on each session's focus; the impact
stream has the others.
Authority changes:
metric                  before  after  control before  control after
----------------------  ------  -----  --------------  -------------
resolved (disposition)     0.7   0.71             0.7            0.7
CSAT (share of 4-5)       0.78    0.9            0.79           0.81
handle time (s)            300    290             301            303
All agents, resolved (disposition): no clear change (+0.01, -0.02 to 0.04): 12
changes against 10 unchanged agents, 2026-W06..2026-W09 against
2026-W02..2026-W05.
All agents, CSAT (share of 4-5): +0.1 (0.07 to 0.13), better: 12 changes against
10 unchanged agents, 2026-W06..2026-W09 against 2026-W02..2026-W05.
All agents, handle time (s): -12 (-20 to -4), better: 12 changes against 10
unchanged agents, 2026-W06..2026-W09 against 2026-W02..2026-W05.
Team North, CSAT (share of 4-5): no estimate: 3 control agents, fewer than 5
(the changed agents: 0.78 before, 0.9 after).
Team South, QA (0-100): -5 (-9.1 to -0.9), worse: 4 changes against 1 unchanged
agent, 2026-W06..2026-W09 against 2026-W02..2026-W05 (one control agent: a
prediction interval).
Coaching sessions:
metric      before  after  control before  control after
----------  ------  -----  --------------  -------------
QA (0-100)      80     85              81           81.5
All agents, QA (0-100): +4.5 (1.2 to 7.8), better: 1 session against 9 uncoached
agents, sessions from 2026-01-10 to 2026-02-20, each over the periods before and
after its own day.
OUT
run 0 emp-report -q -f markdown scores.csv impact.csv
sed -n '/^## Impact of empowerment/,$p' out >impact.md
check_file impact.md <<'OUT'
## Impact of empowerment

How the agents' metrics moved after a change of their authority (level or limit) or a coaching session, against the agents without one over the same periods (a difference in differences, emp-impact(5)): the effect with its 95% interval.  An interval that holds 0 is no clear change.  Authority changes are shown on the metrics of the empowerment index, coaching on each session's focus; the impact stream has the others.

Authority changes:

| metric | before | after | control before | control after |
| --- | ---: | ---: | ---: | ---: |
| resolved (disposition) | 0.7 | 0.71 | 0.7 | 0.7 |
| CSAT (share of 4-5) | 0.78 | 0.9 | 0.79 | 0.81 |
| handle time (s) | 300 | 290 | 301 | 303 |

All agents, resolved (disposition): no clear change (+0.01, -0.02 to 0.04): 12 changes against 10 unchanged agents, 2026-W06..2026-W09 against 2026-W02..2026-W05.

All agents, CSAT (share of 4-5): +0.1 (0.07 to 0.13), better: 12 changes against 10 unchanged agents, 2026-W06..2026-W09 against 2026-W02..2026-W05.

All agents, handle time (s): -12 (-20 to -4), better: 12 changes against 10 unchanged agents, 2026-W06..2026-W09 against 2026-W02..2026-W05.

Team North, CSAT (share of 4-5): no estimate: 3 control agents, fewer than 5 (the changed agents: 0.78 before, 0.9 after).

Team South, QA (0-100): -5 (-9.1 to -0.9), worse: 4 changes against 1 unchanged agent, 2026-W06..2026-W09 against 2026-W02..2026-W05 (one control agent: a prediction interval).

Coaching sessions:

| metric | before | after | control before | control after |
| --- | ---: | ---: | ---: | ---: |
| QA (0-100) | 80 | 85 | 81 | 81.5 |

All agents, QA (0-100): +4.5 (1.2 to 7.8), better: 1 session against 9 uncoached agents, sessions from 2026-01-10 to 2026-02-20, each over the periods before and after its own day.
OUT

# every label, from the stream alone: lo <= 0 <= hi is no clear change;
# else the sign, turned for the metrics where lower is better
awk -F, 'NR > 1 && $2 != "agent" && $17 != "" && $5 != "talk_s" {
	lower = $5 == "aht_s" || $5 == "transfer_rate" || $5 == "decision_s"
	if ($18 <= 0 && $19 >= 0) l = "no clear change"
	else l = (($17 > 0) != lower) ? "better" : "worse"
	print $2, $3, $5, l }' impact.csv >want
[ "$(wc -l <want)" -eq 5 ] || fail "awk: $(cat want)"
while read -r g k m l; do
	case $m in
	resolved_rate) name="resolved (disposition)" ;;
	csat_rate) name="CSAT (share of 4-5)" ;;
	aht_s) name="handle time (s)" ;;
	qa) name="QA (0-100)" ;;
	esac
	case $g in all) who="All agents" ;; *) who="Team $k" ;; esac
	# a Markdown paragraph is one line
	line=$(grep -F "$who, $name: " impact.md) || fail "$g $k $m: no sentence"
	case $l in
	"no clear change") want="$who, $name: no clear change (" ;;
	*) want="), $l: " ;;
	esac
	printf '%s\n' "$line" | grep -qF -- "$want" || fail "$g $k $m: not '$l': $line"
done <want
grep -c 'better\|worse' impact.md | grep -qx 4 || fail "better or worse: not in 4 paragraphs"

# agent rows are not in the section; no stream, no section
grep -q 'ana' impact.txt && fail "an agent row shown"
run 0 emp-report -q scores.csv
grep -q 'Impact' out && fail "an impact section without the stream"

# talk_s is in the stream and not in the section
! grep -q talk impact.txt impact.md || fail "talk_s shown"

# 30 estimates shown: the section says how many may look clear by chance
# (1 in 20 of 30: about 2)
awk 'BEGIN { print "change,group,key,team,metric,changed,before_window,after_window,treated,controls,n_before,n_after,before,after,control_before,control_after,effect,effect_lo,effect_hi,note"
	for (i = 1; i <= 30; i++) printf "authority,team,T%02d,T%02d,resolved_rate,2026-02-02,2026-W02..2026-W05,2026-W06..2026-W09,3,10,100,100,0.7,0.71,0.7,0.7,0.01,-0.02,0.04,\n", i, i
}' >many.csv
run 0 emp-report -q scores.csv many.csv
grep -c 'no clear change (+0.01' out >n
check_file n <<'OUT'
30
OUT
tr '\n' ' ' <out | grep -q 'of the 30 estimates below, about 2 may look clear by chance alone' ||
    fail "no word on chance with 30 estimates"
# 9: no such word
head -n 10 many.csv >nine.csv
run 0 emp-report -q scores.csv nine.csv
! grep -q 'by chance' out || fail "a word on chance with 9 estimates"
exit 0
