#!/bin/sh
# emp-score -g level: a contact's fcr counts in the level its agent held
# at the contact's time (the roster's), like its other measures; split in
# two, --partial and --merge give the same bytes as one pass, the level
# rows of the waiting contacts included.  By hand, window 7 days:
#   c1 01-30 ana (level 1) repeated 02-03 by bob: L1 unresolved
#   c2 02-01 bob (level 1), nothing later: L1 resolved
#   c1 02-03 bob (level 1) and c3 02-04 ana (level 2 since 02-02): resolved
#   L1 2 of 3, L2 1 of 1, all 3 of 4; the shards cut after 02-01, so that c1's
#   repeat crosses the cut.  cy's contact on 02-20 (no level), the last,
#   takes the horizon past them and is in no fcr.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,level,effective
ana,1,
ana,2,2026-02-02
bob,1,
CSV
cat >ev.csv <<'CSV'
kind,ts,agent,team,customer
contact,2026-01-30T10:00:00Z,ana,A,c1
contact,2026-02-01T10:00:00Z,bob,B,c2
contact,2026-02-03T10:00:00Z,bob,B,c1
contact,2026-02-04T10:00:00Z,ana,A,c3
contact,2026-02-20T10:00:00Z,cy,C,c9
CSV
head -3 ev.csv >a.csv
sed -n '1p;4,$p' ev.csv >b.csv
o="-q -g level,all -m fcr=1 --roster roster.csv"
# shellcheck disable=SC2086
run 0 emp-score $o ev.csv
cp out one.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { print $c["group"] "," $c["key"] "," $c["fcr"] "," $c["fcr_n"] }' out >got
check_file got <<'CSV'
group,key,fcr,fcr_n
all,all,0.75,4
level,1,0.6667,3
level,2,1,1
CSV
# shellcheck disable=SC2086
run 0 emp-score $o --partial a.csv
cp out a.part
grep -c '^fcr,all,level,1,c1,' a.part >got || true
check_file got <<'EOF'
1
EOF
# shellcheck disable=SC2086
run 0 emp-score $o --partial b.csv
cp out b.part
run 0 emp-score -q -g level,all -m fcr=1 --merge a.part b.part
check_file out one.csv
