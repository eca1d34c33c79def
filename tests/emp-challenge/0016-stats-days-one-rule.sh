#!/bin/sh
# Median days to decision follow one number rule in emp-challenge list
# --stats and in emp-report's challenge section: a challenge decided 3
# hours after it was opened took 3/24 = 0.125 days, which rounds half away
# from zero to 0.13 in both (list --stats once printed 0.12); 0.875 -> 0.88,
# 1/3 -> 0.33 and a whole day -> 1.
. "${0%/*}/../lib.sh"

export EMP_LEDGER=l.csv
at() { EMP_NOW=$1; export EMP_NOW; shift; emp-challenge "$@" >/dev/null; }
at 2026-03-02T09:00:00Z --as ana open A1 --grounds g
at 2026-03-02T12:00:00Z --as lee approve CH-1
at 2026-03-02T00:00:00Z --as ben open B1 --grounds g
at 2026-03-02T21:00:00Z --as lee deny CH-2
at 2026-03-02T00:00:00Z --as cid open C1 --grounds g
at 2026-03-02T08:00:00Z --as lee deny CH-3
at 2026-03-02T00:00:00Z --as dee open D1 --grounds g
at 2026-03-03T00:00:00Z --as lee deny CH-4
unset EMP_NOW

# the independent computation: hours / 24, half away from zero at 2 places
for h in 3 21 8 24; do
	awk -v h="$h" 'BEGIN { d = h / 24; r = int(d * 100 + 0.5) / 100;
	    s = sprintf("%.2f", r); sub(/0+$/, "", s); sub(/\.$/, "", s);
	    print s }'
done >want.txt
check_file want.txt <<'EOF2'
0.13
0.88
0.33
1
EOF2

run 0 emp-challenge list --stats
check_err </dev/null
check_out <<'CSV'
agent,opened,withdrawn,approved,denied,pending,median_days
ana,1,0,1,0,0,0.13
ben,1,0,0,1,0,0.88
cid,1,0,0,1,0,0.33
dee,1,0,0,1,0,1
CSV

cat >scores.csv <<'CSV'
key,period,group,team,contacts,index,rank
ana,2026-W10,agent,red,10,50,1
all,2026-W10,all,,10,50,1
CSV
run 0 emp-report --ledger l.csv scores.csv
awk '/^Challenges$/ { on = 1 } on && /^(ana|ben|cid|dee) / { print $1, $NF }' \
    out >days.txt
check_file days.txt <<'EOF2'
ana 0.13
ben 0.88
cid 0.33
dee 1
EOF2
