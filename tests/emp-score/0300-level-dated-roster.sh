#!/bin/sh
# emp-score -g level: each event counts at the level of its agent's
# roster row in force at the event's ts (the latest row effective at or
# before it), names compared as the roster compares them (trimmed, ASCII
# case ignored); an agent the roster does not know is in no level row, and
# the summary counts those events.
#
# Roster: ana level 1 (no date: always), level 2 from 2026-02-02 (midnight
# UTC); bob level 1 always; cy not in it.
# Events, by month, with the level each gets:
#   2026-01  ana  contact resolved 1          L1
#            bob  contact resolved 0          L1
#            cy   survey csat 4               none
#   2026-02  ana  contact resolved 0  02-01T23:59:59Z   L1 (before the day)
#            ANA  contact resolved 1  02-02T00:00:00Z   L2 (the day's start;
#                                                 " ANA " is ana)
#            ana  survey csat 5                L2
#            bob  contact resolved 1           L1
#            bob  survey csat 3                L1
#            cy   contact resolved 1           none
# By hand (-m resolved_rate=1 -m csat=1 so that one event gives a value):
#   2026-01 L1: contacts 2, resolved_rate 1 of 2 = 0.5, no survey: csat empty, n 0
#   2026-02 L1: contacts 2 (ana 02-01, bob), resolved_rate 1 of 2 = 0.5; csat 3 of 1
#   2026-02 L2: contacts 1, resolved_rate 1 of 1 = 1; csat 5 of 1
#   no level: cy's 2 events of 9 scored
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,team,level,limit,effective
ana,A,1,100,
Ana,A,2,250,2026-02-02
bob,B,1,,
CSV
cat >ev.csv <<'CSV'
kind,ts,agent,team,resolved,csat
contact,2026-01-20T10:00:00Z,ana,A,1,
contact,2026-01-20T11:00:00Z,bob,B,0,
survey,2026-01-20T12:00:00Z,cy,B,,4
contact,2026-02-01T23:59:59Z,ana,A,0,
contact,2026-02-02T00:00:00Z, ANA ,A,1,
survey,2026-02-10T09:00:00Z,ana,A,,5
contact,2026-02-10T10:00:00Z,bob,B,1,
survey,2026-02-10T11:00:00Z,bob,B,,3
contact,2026-02-10T12:00:00Z,cy,B,1,
CSV
run 0 emp-score -b month -g level -m resolved_rate=1 -m csat=1 --roster roster.csv \
    ev.csv
# the columns that carry these events, picked by name
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { print $c["period"] "," $c["group"] "," $c["key"] "," $c["team"] "," \
      $c["contacts"] "," $c["resolved_rate"] "," $c["resolved_rate_n"] "," $c["csat"] "," \
      $c["csat_n"] "," $c["surveys"] }' out >got
check_file got <<'CSV'
period,group,key,team,contacts,resolved_rate,resolved_rate_n,csat,csat_n,surveys
2026-01,level,1,,2,0.5,2,,0,0
2026-02,level,1,,2,0.5,2,3,1,1
2026-02,level,2,,1,1,1,5,1,1
CSV
check_err <<'EOF'
emp-score: 9 events read, 9 scored, 0 rejected; 0 reviews excluded by challenge; 2 events of agents the roster gives no level at their time
EOF
