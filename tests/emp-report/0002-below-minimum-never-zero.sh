#!/bin/sh
# emp-report: a metric below its minimum sample (empty value, count above
# 0) shows as "n<min (count)", one without data as "—", never as 0; a team
# name with an embedded newline is escaped and breaks no line; the columns
# come in any order; the change has its direction (lower decision time is
# better).
. "${0%/*}/../lib.sh"

cat >scores.csv <<'EOF2'
key,period,group,team,contacts,resolved_rate,resolved_rate_n,csat_rate,csat_rate_n,decision_s,decision_s_n,index,rank
ana,2026-W01,agent,"Night
shift",10,0.5,10,,2,80,5,40,1
all,2026-W01,all,,10,0.5,10,,2,80,5,50,1
ana,2026-W02,agent,"Night
shift",12,0.75,12,0.9,10,60,5,60,1
all,2026-W02,all,,12,0.75,12,0.9,10,60,5,50,1
EOF2
run 0 emp-report --width 100 -a ana scores.csv
check_err </dev/null
check_out <<'OUT'
Scorecard: ana, 2026-W02
========================
Team Night\x0ashift. Empowerment index 60, rank 1 of 1 ranked in 2026-W02.

Metrics against the team
------------------------
metric                            value      team median  vs median  previous   change
--------------------------------  ---------  -----------  ---------  ---------  ------
empowerment index                        60           60  at median         40     +20
resolved without escalation               —            —  —                  —       —
decision time (s) (lower better)     60 (5)           60  at median     80 (5)     -20
agent confidence (1-5)                    —            —  —                  —       —
CSAT (share of 4-5)                0.9 (10)          0.9  at median  n<min (2)       —
NPS                                       —            —  —                  —       —
resolved (disposition)            0.75 (12)         0.75  at median   0.5 (10)   +0.25
QA (0-100)                                —            —  —                  —       —
handle time (s) (lower better)            —            —  —                  —       —
transfer rate (lower better)              —            —  —                  —       —
contacts                                 12           12  at median         10      +2

Trend
-----
metric                       trend  first  latest  low  high
---------------------------  -----  -----  ------  ---  ----
empowerment index            ▁█        40      60   40    60
resolved without escalation  ··         —       —    —     —
decision time (s)            █▁        80      60   60    80
agent confidence (1-5)       ··         —       —    —     —
CSAT (share of 4-5)          ·▄       0.9     0.9  0.9   0.9
NPS                          ··         —       —    —     —
resolved (disposition)       ▁█       0.5    0.75  0.5  0.75
QA (0-100)                   ··         —       —    —     —
handle time (s)              ··         —       —    —     —
transfer rate                ··         —       —    —     —
(2026-W01 to 2026-W02; · no value)

Goals
-----
No goals set (goals are the agent's own: --goals FILE).

Challenges
----------
No ledger given (--ledger FILE).

Tier standing
-------------
No tier recommendation given.
OUT
