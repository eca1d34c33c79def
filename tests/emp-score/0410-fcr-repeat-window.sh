#!/bin/sh
# emp-score: fcr is first-contact resolution from repeat contacts: a
# contact with a customer is resolved when the same customer has no
# other contact in (t, t + window]; it counts in the period, agent and
# team of the contact itself.  By hand, window 7 days, by week:
#   c1 Mon 03-02 09:00 ana, repeated by bob exactly 7 days later (03-09
#      09:00, a repeat at exactly the window counts): unresolved, in W10
#      though its repeat is in W11; bob's 03-09 contact has its next one
#      7 days and 1 ms later (03-16, ana, team T2): resolved, and so is
#      that last one
#   c2 03-03 10:00 ana and bob at the same ms: not repeats of each other,
#      nothing later: both resolved (bob's resolved flag 0 does not
#      matter: fcr is not the flag)
#   c3 03-04 09:00 and 03-05 09:00, ana: the first unresolved
#   bob's 03-04 11:00 contact has no customer: in contacts, not in fcr,
#      and the summary says so
#   W10: ana 2 of 4 = 0.5, bob 1 of 1, T1 and all 3 of 5 = 0.6 [0.2307,
#   0.8824]; W11 bob 1 of 1; W12 ana (T2): the last contact, less than
#   the window before the last (itself): in no fcr, its repeats could
#   still come (the summary counts it).
# --repeat-window 1: c1's repeats are 7 days apart (all three resolved),
# c3's exactly 1 day (still a repeat): ana W10 3 of 4, T1 4 of 5.
# --repeat-window 30: every contact is less than 30 days before the
# last, so none is in fcr; with a contact 6 weeks later, bob's 03-09
# contact is repeated on 03-16: W11 0 of 1.  Every run is also checked against fcr.py.  resolved_rate is the
# flag, as before: W10 ana 4 of 4, bob 1 of 2, T1 5 of 6.  Without a
# customer column fcr is empty with a count of 0, and the summary is
# silent about customers.
. "${0%/*}/../lib.sh"

cat >ev.csv <<'CSV'
kind,ts,agent,team,customer,resolved
contact,2026-03-02T09:00:00Z,ana,T1,c1,1
contact,2026-03-03T10:00:00Z,ana,T1,c2,1
contact,2026-03-03T10:00:00Z,bob,T1,c2,0
contact,2026-03-04T09:00:00Z,ana,T1,c3,1
contact,2026-03-04T11:00:00Z,bob,T1,,1
contact,2026-03-05T09:00:00Z,ana,T1,c3,1
contact,2026-03-09T09:00:00Z,bob,T1,c1,1
contact,2026-03-16T09:00:00.001Z,ana,T2,c1,0
CSV
pick() {	# period, group, key, contacts, fcr columns, resolved_rate
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
	    { print $c["period"] "," $c["group"] "," $c["key"] "," \
	      $c["contacts"] "," $c["fcr"] "," $c["fcr_n"] "," \
	      $c["fcr_lo"] "," $c["fcr_hi"] "," $c["resolved_rate"] "," \
	      $c["resolved_rate_n"] }' out
}
same_as_fcr_py() {	# window by
	PYTHONPATH=$TESTS_DIR/emp-score python3 -c "
import fcr; fcr.check('out', fcr.expected('ev.csv', $1, '$2'))" ||
	    fail "fcr.py disagrees with --repeat-window $1 --by $2"
}

run 0 emp-score -b week -m fcr=1 -m resolved_rate=1 ev.csv
pick >got
check_file got <<'CSV'
period,group,key,contacts,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n
2026-W10,agent,ana,4,0.5,4,0.15,0.85,1,4
2026-W10,agent,bob,2,1,1,0.2065,1,0.5,2
2026-W10,team,T1,6,0.6,5,0.2307,0.8824,0.8333,6
2026-W10,all,all,6,0.6,5,0.2307,0.8824,0.8333,6
2026-W11,agent,bob,1,1,1,0.2065,1,1,1
2026-W11,team,T1,1,1,1,0.2065,1,1,1
2026-W11,all,all,1,1,1,0.2065,1,1,1
2026-W12,agent,ana,1,,0,,,0,1
2026-W12,team,T2,1,,0,,,0,1
2026-W12,all,all,1,,0,,,0,1
CSV
check_err <<'EOF'
emp-score: 8 events read, 8 scored, 0 rejected; 0 reviews excluded by challenge; 1 contact has no customer: not in fcr; 1 contact less than the repeat window before the last: not in fcr (repeats yet to come)
EOF
same_as_fcr_py 7 week

run 0 emp-score -q -b week -m fcr=1 --repeat-window 1 ev.csv
pick | cut -d, -f1-3,5,6 | sed -n 2,4p >got
check_file got <<'CSV'
2026-W10,agent,ana,0.75,4
2026-W10,agent,bob,1,1
2026-W10,team,T1,0.8,5
CSV
same_as_fcr_py 1 week

# with 30 days every contact is less than the window before the last:
# in no fcr; a contact of another customer 6 weeks later brings the
# horizon past them, and bob's 03-09 contact is repeated on 03-16
run 0 emp-score -q -b week -m fcr=1 --repeat-window 30 ev.csv
pick | cut -d, -f1-3,5,6 | grep -c ',,0$' >got
echo 10 | check_file got
same_as_fcr_py 30 week
cp ev.csv ev7.csv
echo 'contact,2026-04-30T09:00:00Z,cy,T2,c9,1' >>ev.csv
run 0 emp-score -q -b week -m fcr=1 --repeat-window 30 ev.csv
pick | cut -d, -f1-3,5,6 | grep W11 >got
check_file got <<'CSV'
2026-W11,agent,bob,0,1
2026-W11,team,T1,0,1
2026-W11,all,all,0,1
CSV
same_as_fcr_py 30 week
mv ev7.csv ev.csv

# the default window is 7 days, by day the same contacts
run 0 emp-score -q -b day -m fcr=1 --repeat-window 7 ev.csv
cp out w7
run 0 emp-score -q -b day -m fcr=1 ev.csv
cmp -s out w7 || fail "the default window is not 7 days"
same_as_fcr_py 7 day

# no customer column at all: fcr empty with n 0, nothing in the summary
cut -d, -f1-4,6 ev.csv >nocust.csv
run 0 emp-score -g all nocust.csv
pick >got
check_file got <<'CSV'
period,group,key,contacts,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n
all,all,all,8,,0,,,,8
CSV
check_err <<'EOF'
emp-score: 8 events read, 8 scored, 0 rejected; 0 reviews excluded by challenge
EOF
