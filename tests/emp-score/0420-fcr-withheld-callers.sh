#!/bin/sh
# emp-score: a customer value that names no one (a withheld number as
# phone systems write it: anonymous, Unknown, RESTRICTED, private,
# withheld, unavailable, blocked, sip:anonymous@anonymous.invalid, a
# number of zeros, n/a) is not a customer: those contacts are not
# repeats of each other and are not in fcr, as contacts without a
# customer; a real number and a value that only contains such a word
# are customers.  By hand: 11 withheld contacts and the two calls of
# +15550001 one hour apart (the first unresolved) and anonymous.fan@x
# once: fcr 2 of 3 (a contact on 03-20, the last, takes the horizon past
# them and is in no fcr).  emp-ingest writes such a caller as an empty
# customer, before any hashing.
. "${0%/*}/../lib.sh"

cat >ev.csv <<'CSV'
kind,ts,agent,customer
contact,2026-03-02T09:00:00Z,a,anonymous
contact,2026-03-02T09:10:00Z,a,Anonymous
contact,2026-03-02T09:20:00Z,a,Unknown
contact,2026-03-02T09:30:00Z,a,RESTRICTED
contact,2026-03-02T09:40:00Z,a,private
contact,2026-03-02T09:50:00Z,a, withheld
contact,2026-03-02T10:00:00Z,a,unavailable
contact,2026-03-02T10:10:00Z,a,blocked
contact,2026-03-02T10:20:00Z,a,sip:anonymous@anonymous.invalid
contact,2026-03-02T10:30:00Z,a,+0000000000
contact,2026-03-02T10:40:00Z,a,n/a
contact,2026-03-02T11:00:00Z,a,+15550001
contact,2026-03-02T12:00:00Z,a,+15550001
contact,2026-03-02T12:30:00Z,a,anonymous.fan@x
contact,2026-03-20T09:00:00Z,a,+15559999
CSV
run 0 emp-score -g all -m fcr=1 ev.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { print $c["contacts"] "," $c["fcr"] "," $c["fcr_n"] }' out >got
check_file got <<'CSV'
contacts,fcr,fcr_n
15,0.6667,3
CSV
check_err <<'EOF2'
emp-score: 15 events read, 15 scored, 0 rejected; 0 reviews excluded by challenge; 11 contacts have no customer: not in fcr; 1 contact less than the repeat window before the last: not in fcr (repeats yet to come)
EOF2

# emp-ingest: a withheld caller is an empty customer, hashed or not
cat >connect.csv <<'CSV'
ContactId,Agent.Username,InitiationTimestamp,Channel,CustomerEndpoint.Address
c1,ana,2026-03-02T09:00:00Z,VOICE,anonymous
c2,ana,2026-03-02T09:10:00Z,VOICE,+15550001
c3,ana,2026-03-02T09:20:00Z,VOICE,0000
CSV
run 0 emp-ingest -q connect.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { print $c["id"] "," $c["customer"] }' out >got
check_file got <<'CSV'
id,customer
c1,
c2,+15550001
c3,
CSV
