#!/bin/sh
# emp-score -g level: an event is in no level row when its agent's roster
# rows give no level at its time: before the agent's first dated row, or
# while the row in force has an empty level (a lead); the summary says how
# many, once, in the singular for one.  The other groups still count them.
#   dee: only a row effective 2026-03-01: her 02-27 contact has no level,
#        her 03-01 one is level 3
#   lee: a lead with no level (no date): none
#   ann: level 1 until 03-01, then the lead row without a level: her
#        03-02 contact has none
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,team,role,level,effective
dee,A,agent,3,2026-03-01
lee,A,lead,,
ann,A,agent,1,
ann,A,lead,,2026-03-01T00:00:00Z
CSV
cat >ev.csv <<'CSV'
kind,ts,agent,resolved
contact,2026-02-27T10:00:00Z,dee,1
contact,2026-03-01T10:00:00Z,dee,1
contact,2026-02-27T10:00:00Z,lee,0
contact,2026-02-27T10:00:00Z,ann,0
contact,2026-03-02T10:00:00Z,ann,1
CSV
run 0 emp-score -g all,level --roster roster.csv ev.csv
cut -d, -f1-5 out >got
check_file got <<'CSV'
period,group,key,team,contacts
all,all,all,,5
all,level,1,,1
all,level,3,,1
CSV
check_err <<'ERR'
emp-score: 5 events read, 5 scored, 0 rejected; 0 reviews excluded by challenge; 3 events of agents the roster gives no level at their time
ERR

# one such event: the singular
head -3 ev.csv >one.csv
run 0 emp-score -g level --roster roster.csv one.csv
check_err <<'ERR'
emp-score: 2 events read, 2 scored, 0 rejected; 0 reviews excluded by challenge; 1 event of an agent the roster gives no level at its time
ERR
# every event with a level: no such part
sed -n '1p;3p' ev.csv >all.csv
run 0 emp-score -g level --roster roster.csv all.csv
check_err <<'ERR'
emp-score: 1 events read, 1 scored, 0 rejected; 0 reviews excluded by challenge
ERR
