#!/bin/sh
# emp-score -g level with a roster without an effective column (one row
# an agent, in force always), its level column spelled "Current Level":
# every event of an agent counts at its row's level.  A row whose level is
# not a positive whole number, or whose limit is not an amount, is
# reported with its line and field, and that value taken as none: the
# agent has no level (the row itself, its role and keys, still holds);
# gus's bad limit leaves his level 1.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
Agent,Team,Current Level,Current Limit
ana,A,2,250
bob,A,1,100
eve,B,x,100
fay,B,0,
gus,B,1,-5
hal,B,10,
CSV
cat >ev.csv <<'CSV'
kind,ts,agent,resolved
contact,2026-01-10T10:00:00Z,ana,1
contact,2026-03-10T10:00:00Z,ana,0
contact,2026-03-10T10:00:00Z,bob,1
contact,2026-03-10T10:00:00Z,eve,1
contact,2026-03-10T10:00:00Z,fay,1
contact,2026-03-10T10:00:00Z,gus,1
contact,2026-03-10T10:00:00Z,hal,1
CSV
run 0 emp-score -g level --roster roster.csv ev.csv
# level 10 after 2: the levels in the order of their numbers
cut -d, -f1-5 out >got
check_file got <<'CSV'
period,group,key,team,contacts
all,level,1,,2
all,level,2,,2
all,level,10,,1
CSV
check_err <<'ERR'
emp-score: roster.csv:4: field 'level': invalid level 'x': use a whole number from 1: taken as none
emp-score: roster.csv:5: field 'level': invalid level '0': use a whole number from 1: taken as none
emp-score: roster.csv:6: field 'limit': invalid amount '-5': taken as none
emp-score: 7 events read, 7 scored, 0 rejected; 0 reviews excluded by challenge; 2 events of agents the roster gives no level at their time
ERR
