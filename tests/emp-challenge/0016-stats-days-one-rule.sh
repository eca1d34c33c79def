#!/bin/sh
# Median days to decision follow one number rule in emp-challenge list
# --stats and in emp-report's challenge section: a challenge decided 3
# hours after it was opened took 3/24 = 0.125 days, which rounds half away
# from zero to 0.13 in both (list --stats once printed 0.12); 0.875 -> 0.88,
# 1/3 -> 0.33 and a whole day -> 1.
. "${0%/*}/../lib.sh"

people
echo 'dee,A,agent,1,' >>roster.csv
export EMP_LEDGER=l.csv
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat
survey,2026-03-01T00:00:00Z,ana,A1,1
survey,2026-03-01T00:00:00Z,bob,B1,1
survey,2026-03-01T00:00:00Z,cy,C1,1
survey,2026-03-01T00:00:00Z,dee,D1,1
CSV
# in the order of the clock (a ledger's times only go forward); dee has
# no key: lee opens for dee
at() { clock_at "$1"; key "$2"; shift 2; emp-challenge "$@" >/dev/null; }
at 2026-03-02T00:00:00Z bob open B1 -e ev.csv --grounds g
at 2026-03-02T00:00:00Z cy open C1 -e ev.csv --grounds g
at 2026-03-02T00:00:00Z lee open D1 -e ev.csv --grounds g
at 2026-03-02T08:00:00Z kim deny CH-2
at 2026-03-02T09:00:00Z ana open A1 -e ev.csv --grounds g
at 2026-03-02T12:00:00Z lee approve CH-4
at 2026-03-02T21:00:00Z lee deny CH-1
at 2026-03-03T00:00:00Z ada deny CH-3

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
agent,opened,withdrawn,approved,denied,revoked,pending,approval_rate,median_days
ana,1,0,1,0,0,0,1,0.13
bob,1,0,0,1,0,0,0,0.88
cy,1,0,0,1,0,0,0,0.33
dee,1,0,0,1,0,0,0,1
CSV

cat >scores.csv <<'CSV'
key,period,group,team,contacts,index,rank
ana,2026-W10,agent,red,10,50,1
all,2026-W10,all,,10,50,1
CSV
run 0 emp-report --ledger l.csv scores.csv
awk '/^Challenges$/ { on = 1 } on && /^(ana|bob|cy|dee) / { print $1, $NF }' \
    out >days.txt
check_file days.txt <<'EOF2'
ana 0.13
bob 0.88
cy 0.33
dee 1
EOF2
