#!/bin/sh
# emp-score -g level -T ZONE: a roster's effective date is the local day of
# the scores' zone, as the periods are: in America/New_York, ana's level 2
# from 2026-02-02 holds from 05:00Z; her contact at 03:00Z (22:00 on 1
# February there) is still level 1, in the day 2026-02-01.  In UTC the same
# contact is level 2, on 2026-02-02.  An effective time with an offset is
# that instant in any zone.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,level,effective
ana,1,
ana,2,2026-02-02
bob,1,
bob,3,2026-02-02T04:00:00Z
CSV
cat >ev.csv <<'CSV'
kind,ts,agent
contact,2026-02-02T03:00:00Z,ana
contact,2026-02-02T06:00:00Z,ana
contact,2026-02-02T03:30:00Z,bob
contact,2026-02-02T04:30:00Z,bob
CSV
run 0 emp-score -q -b day -T America/New_York -g level --roster roster.csv \
    ev.csv
cut -d, -f1-5 out >got
check_file got <<'CSV'
period,group,key,team,contacts
2026-02-01,level,1,,2
2026-02-01,level,3,,1
2026-02-02,level,2,,1
CSV
run 0 emp-score -q -b day -g level --roster roster.csv ev.csv
cut -d, -f1-5 out >got
check_file got <<'CSV'
period,group,key,team,contacts
2026-02-02,level,1,,1
2026-02-02,level,2,,2
2026-02-02,level,3,,1
CSV
