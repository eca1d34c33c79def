#!/bin/sh
# emp-report --team: one team's report.  The headline values are the
# team's row's (not the all row's: every value differs), only its agents
# are listed (in the agents table, the goals and the tier recommendations);
# an unknown team is a usage error with nothing written; --team with
# --agent is a usage error.
. "${0%/*}/../lib.sh"

cat >scores.csv <<'EOF2'
period,group,key,team,contacts,resolved_rate,resolved_rate_n,decision_s,decision_s_n,index,rank
2026-W01,agent,a1,A,10,0.5,10,80,5,40,2
2026-W01,agent,a2,A,20,0.6,20,70,5,50,1
2026-W01,agent,b1,B,30,0.9,30,50,5,30,3
2026-W01,team,A,A,30,0.5667,30,75,10,45,
2026-W01,team,B,B,30,0.9,30,50,5,30,
2026-W01,all,all,,60,0.7333,60,66.6667,15,40,
2026-W02,agent,a1,A,12,0.75,12,60,5,60,1
2026-W02,agent,a2,A,8,0.5,8,,2,45,2
2026-W02,agent,b1,B,40,0.8,40,55,5,35,3
2026-W02,team,A,A,20,0.65,20,60,7,52.5,
2026-W02,team,B,B,40,0.8,40,55,5,35,
2026-W02,all,all,,60,0.75,60,57.5,12,41.7,
EOF2
cat >tiers.csv <<'EOF2'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
a1,A,12,2,100,3,200,400,promote,resolved_rate 0.75,,2026-W02
a2,A,12,2,100,2,100,200,hold,,,2026-W02
b1,B,12,2,100,1,50,100,review,resolved_rate 0.8,qa,2026-W02
EOF2
cat >goals.csv <<'EOF2'
agent,metric,target,due
a1,resolved_rate,0.7,2026-01-31
b1,resolved_rate,0.95,2026-01-31
EOF2

run 0 emp-report -q --width 100 --team A --goals goals.csv scores.csv tiers.csv
check_err </dev/null
check_out <<'OUT'
Team A, week 2026-W02
=====================
2 agents of team A in 2026-W02, compared with 2026-W01; the indicators and the trend are the team's,
over 2 periods, 2026-W01 to 2026-W02. Counts are in brackets; n<min: too small a sample to tell; —:
no data.

Leading indicators
------------------
metric                            value   previous  change  direction
--------------------------------  ------  --------  ------  ---------------
resolved without escalation            —         —       —  —
decision time (s) (lower better)  60 (7)   75 (10)     -15  no clear change
agent confidence (1-5)                 —         —       —  —

Lagging indicators
------------------
metric                    value      previous     change   direction
------------------------  ---------  -----------  -------  ---------------
CSAT (share of 4-5)               —            —        —  —
NPS                               —            —        —  —
resolved (disposition)    0.65 (20)  0.5667 (30)  +0.0833  no clear change
first-contact resolution          —            —        —  —
turnover                          —            —        —  —

Trend
-----
metric                       trend  first   latest  low     high
---------------------------  -----  ------  ------  ------  ----
resolved without escalation  ··          —       —       —     —
decision time (s)            █▁         75      60      60    75
agent confidence (1-5)       ··          —       —       —     —
CSAT (share of 4-5)          ··          —       —       —     —
NPS                          ··          —       —       —     —
resolved (disposition)       ▁█     0.5667    0.65  0.5667  0.65
first-contact resolution     ··          —       —       —     —
turnover                     ··          —       —       —     —
contacts                     █▁         30      20      20    30
(2026-W01 to 2026-W02; · no value)

Agents
------
2 of 2 agents ranked in 2026-W02; the others have too few metrics with enough data to rank.
agent  team  index  rank  change  resolved_rate  csat_rate  no_escalation  qa  confidence  tier act…
-----  ----  -----  ----  ------  -------------  ---------  -------------  --  ----------  ---------
a1     A        60     1     +20      0.75 (12)          —              —   —           —  promote
a2     A        45     2      -5        0.5 (8)          —              —   —           —  hold

Goals
-----
Each goal is judged on the agent's scores pooled over its window, from the day it was set to its due
date, against a baseline from before it; samples in brackets. A status needs the metric's minimum
sample.
agent  metric         target  window                    baseline  value        progress  status
-----  -------------  ------  ------------------------  --------  -----------  --------  ------
a1     resolved_rate  >= 0.7  2025-12-29 to 2026-01-31         —  0.6364 (22)       90%  behind

Challenges
----------
No ledger given (--ledger FILE).

Tier recommendations
--------------------
2 agents: 1 promote, 0 raise, 1 hold, 0 review. Those who move or need a review:
agent  team  level  limit  recommended         action   blocked by
-----  ----  -----  -----  ------------------  -------  ----------
a1     A         2    100  level 3, limit 200  promote
OUT

# the default report is still the whole center's: the all row, both teams
run 0 emp-report -q --width 100 scores.csv tiers.csv
grep -q '^3 agents in 2 teams in 2026-W02' out || fail "default: not the center's"
grep -q '^resolved (disposition)    0.75 (60)' out || fail "default: not the all row"

# an unknown team: a usage error, nothing written
run 2 emp-report -q -o report.txt --team C scores.csv
check_out </dev/null
check_err <<'ERR'
emp-report: no team 'C' in the scores
ERR
[ ! -e report.txt ] || fail "unknown team: report.txt written"

# --team with --agent: a usage error
run 2 emp-report -q --team A -a a1 scores.csv
check_out </dev/null
check_err <<'ERR'
emp-report: --team and --agent: give one (a team's report or an agent's scorecard)
Try 'emp-report --help' for more information.
ERR
