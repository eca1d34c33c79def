#!/bin/sh
# fcr tells customers apart whatever their ids' lengths: ids of 4 to 7
# bytes whose first bytes differ as their lengths do ("2333" and
# "23333", "c5663" and "c56663") took one 64-bit hash when fcr_hash() was
# the first word of hash_bytes128() (the length goes into the same word
# as the last bytes), and one customer's contact judged the other's a
# repeat.  Then 30,000 numeric ids, each called once on one day (2333 and
# 23333 among them): every contact is resolved, as no customer
# calls twice.
. "${0%/*}/../lib.sh"

cat >ev.csv <<'EOF2'
kind,ts,agent,team,customer,resolved
contact,2026-03-02T09:00:00Z,a1,T1,2333,1
contact,2026-03-02T10:00:00Z,a1,T1,23333,1
contact,2026-03-02T11:00:00Z,a1,T1,c5663,1
contact,2026-03-02T12:00:00Z,a1,T1,c56663,1
contact,2026-03-20T10:00:00Z,a1,T1,9,1
EOF2
run 0 emp-score -q -g all -m fcr=1 -o - ev.csv
cut -d, -f16,17 out >got
check_file got <<'EOF2'
fcr,fcr_n
1,4
EOF2

awk 'BEGIN {
	print "kind,ts,agent,team,customer,resolved"
	for (i = 1; i <= 30000; i++)
		printf "contact,2026-03-02T%02d:%02d:%02dZ,a1,T1,%d,1\n",
		    int(i / 3600), int(i / 60) % 60, i % 60, i
	print "contact,2026-03-20T10:00:00Z,a1,T1,99999999,1"
}' >many.csv
run 0 emp-score -q -g all -m fcr=1 -o - many.csv
cut -d, -f16,17 out >got
check_file got <<'EOF2'
fcr,fcr_n
1,30000
EOF2
