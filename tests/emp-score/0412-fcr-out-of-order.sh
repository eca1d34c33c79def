#!/bin/sh
# emp-score: fcr reads a stream in time order within a day.  A contact up
# to a day earlier than the latest before it is judged exactly (c1's
# 03-04 23:00 row after its 03-05 08:00 one: the earlier is repeated by
# the later, 9 hours after it); one more than a day earlier (c2's 03-01
# row, after 03-05 08:00) is late: not in fcr's count nor anyone's
# repeat (c2's 03-03 contact stays resolved), the first one reported
# with its file and line, all counted in the summary (c3's 03-02 row is
# late too); the event is scored otherwise (contacts 6).  fcr: c2 03-03
# resolved, c1 03-04 23:00 not, c1 03-05 resolved: 2 of 3 (c9's contact
# on 03-20, the last, takes the horizon past them and is in no fcr).
. "${0%/*}/../lib.sh"

cat >ev.csv <<'CSV'
kind,ts,agent,customer
contact,2026-03-03T09:00:00Z,ana,c2
contact,2026-03-05T08:00:00Z,ana,c1
contact,2026-03-04T23:00:00Z,ana,c1
contact,2026-03-01T09:00:00Z,ana,c2
contact,2026-03-02T09:00:00Z,ana,c3
contact,2026-03-20T09:00:00Z,ana,c9
CSV
run 0 emp-score -g all -m fcr=1 ev.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { print $c["contacts"] "," $c["fcr"] "," $c["fcr_n"] }' out >got
check_file got <<'CSV'
contacts,fcr,fcr_n
6,0.6667,3
CSV
check_err <<'EOF'
emp-score: ev.csv:5: field 'ts': a contact more than a day before an earlier row's: not in fcr (the stream must be in time order within a day; counted in the summary)
emp-score: 6 events read, 6 scored, 0 rejected; 0 reviews excluded by challenge; 2 contacts more than a day out of time order: not in fcr; 1 contact less than the repeat window before the last: not in fcr (repeats yet to come)
EOF
PYTHONPATH=$TESTS_DIR/emp-score python3 -c "
import fcr; fcr.check('out', fcr.expected('ev.csv', 7, 'all', ('all',)))" ||
    fail "fcr.py disagrees"
