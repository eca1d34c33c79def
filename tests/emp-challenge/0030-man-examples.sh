#!/bin/sh
# emp-challenge: every command line in the EXAMPLES of emp-challenge(1)
# (the "$ " lines of the literal displays of that section, read from the
# page now, so the test follows it) runs and exits 0, and no emp command
# in it fails, also inside a pipeline.  The examples run in page order in
# one directory: a later one may read what an earlier wrote.  Then the
# ledger they left is what the page says: keys made by keygen, a roster
# built from them, CH-1 opened by ana, approved by lee, revoked by lee, a
# verify line published, CH-2 opened by ana with a corrected score and
# approved by lee with another, and a version 1 ledger signed over by ada.
. "${0%/*}/../lib.sh"

# the day of the examples: the review Z-1042 is two days old
clock_at 2026-03-05T10:00:00Z
# a week of events (emp-events(5)) with ana's negative review Z-1042,
# whose reason points at the courier, her QA evaluation Q-310 (55), and
# a few others
cat >events.csv <<'EOF2'
kind,ts,agent,team,id,contact,talk_s,hold_s,acw_s,csat,qa,reason,src
contact,2026-03-02T08:00:00Z,ana,A,C-1001,,300,10,60,,,,connect.csv:2
contact,2026-03-02T08:20:00Z,ben,A,C-1002,,240,0,30,,,,connect.csv:3
contact,2026-03-03T09:10:00Z,ana,A,C-1003,,410,25,90,,,,connect.csv:4
contact,2026-03-03T11:45:00Z,ben,A,C-1004,,180,0,20,,,,connect.csv:5
survey,2026-03-02T09:00:00Z,ben,A,Z-1040,C-1002,,,,5,,,zendesk.csv:2
survey,2026-03-03T10:00:00Z,ana,A,Z-1042,C-1003,,,,1,,courier lost the parcel,zendesk.csv:3
survey,2026-03-03T12:30:00Z,ben,A,Z-1043,C-1004,,,,2,,agent was rude,zendesk.csv:4
survey,2026-03-04T08:00:00Z,ana,A,Z-1044,C-1001,,,,4,,,zendesk.csv:5
qa,2026-03-04T09:00:00Z,ana,A,Q-310,C-1003,,,,,55,,qa.csv:2
EOF2
# an old, unsigned ledger (version 1 of emp-ledger(5)): ana's challenge
# of Z-0900, approved by lee; the sums are its crc32 chain, computed as
# the page defines it
cat >old-ledger.csv <<'EOF2'
seq,ts,action,challenge,review,agent,actor,text,sum
1,2026-02-10T09:00:00Z,open,CH-1,Z-0900,ana,ana,courier lost it,cb4cbec2
2,2026-02-11T15:00:00Z,approve,CH-1,Z-0900,ana,lee,,39559f88
EOF2
umask 022

run_man_examples emp-challenge

# keygen made three secret keys, readable by their owner only, and the
# roster holds their public keys
for p in ana lee ada; do
	[ "$(stat -c %a $p.key)" = 600 ] || fail "$p.key: mode $(stat -c %a $p.key)"
	grep -q "^ed25519-secret:" $p.key || fail "$p.key is no secret key"
	grep -qx 'ed25519:[A-Za-z0-9+/]\{43\}=' $p.pub || fail "$p.pub: $(cat $p.pub)"
	grep -q ",$(cat $p.pub)\$" roster.csv || fail "$p's key is not in the roster"
done

# the ledger: CH-1 opened by ana, approved and then revoked by lee, every
# line counted
[ -f ledger.csv ] || fail "no ledger.csv"
run 0 emp-challenge -r roster.csv -l ledger.csv verify
grep -q '^ledger.csv: ok: 5 transitions, 2 challenges (0 pending), last checksum [0-9a-f]\{8\}$' out ||
    fail "verify: $(cat out)"
run 0 emp-challenge -r roster.csv -l ledger.csv list
cut -d, -f1-9 out >got
check_file got <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider
CH-1,Z-1042,survey,ana,delivery,revoked,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,lee
CH-2,Q-310,qa,ana,,approved,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,lee
EOF2
grep -q ',lee,the parcel was delivered after all,,,,,$' out || fail "not revoked by lee: $(cat out)"
grep -q ',the greeting is still missing,,,,qa,55,85,80,$' out ||
    fail "CH-2 not approved at 80: $(cat out)"
cut -d, -f2,8 ledger.csv >got
check_file got <<'EOF2'
ts,actor
2026-03-05T10:00:00Z,ana
2026-03-05T10:00:00Z,lee
2026-03-05T10:00:00Z,lee
2026-03-05T10:00:00Z,ana
2026-03-05T10:00:00Z,lee
EOF2

# apply marked Z-1042 while it was approved, and nothing else
awk -F, 'NR > 1 && $NF != "" { print $5, $NF }' marked.csv >got
echo 'Z-1042 CH-1' | check_file got

# the published line is verify's of the approved ledger (2 lines), whose
# third line still ends in that checksum
grep -q '^ledger.csv: ok: 2 transitions, 1 challenges (0 pending), last checksum ' published-sums.txt ||
    fail "published: $(cat published-sums.txt)"
sum=$(sed 's/.* //' published-sums.txt)
[ "$(sed -n '3s/.*,//p' ledger.csv)" = "$sum" ] ||
    fail "line 3 of the ledger does not end in the published $sum"

# the old ledger signed over by ada: its lines, its times and actors kept,
# signed with ada's key ("@" and her public key before the signature)
cmp -s old-ledger.csv - <<'EOF2' || fail "migrate changed old-ledger.csv"
seq,ts,action,challenge,review,agent,actor,text,sum
1,2026-02-10T09:00:00Z,open,CH-1,Z-0900,ana,ana,courier lost it,cb4cbec2
2,2026-02-11T15:00:00Z,approve,CH-1,Z-0900,ana,lee,,39559f88
EOF2
run 0 emp-challenge -r roster.csv -l signed.csv verify
grep -q '^signed.csv: ok: 2 transitions, 1 challenges (0 pending)' out ||
    fail "verify signed.csv: $(cat out)"
adapk=$(sed 's/^ed25519://' ada.pub)
cut -d, -f1-8,13 signed.csv | sed "s|,@$adapk:[A-Za-z0-9+/]*==\$|,@ada|" >got
check_file got <<'EOF2'
seq,ts,action,challenge,review,kind,agent,actor,sig
1,2026-02-10T09:00:00Z,open,CH-1,Z-0900,,ana,ana,@ada
2,2026-02-11T15:00:00Z,approve,CH-1,Z-0900,,ana,lee,@ada
EOF2
