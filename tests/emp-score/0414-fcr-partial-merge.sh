#!/bin/sh
# emp-score --partial writes fcr's edges (emp-scores(5)): the repeat row
# (the window in ms, the first and last contact with a customer), the
# chains within a window of the first contact (c1 on 03-01, c2 on
# 03-06: judged in the file, kept for the parts before it) and the
# chains still open at its end (c1 on 03-20), with one fcr row for each
# row of a contact still waiting (b 0: less than the window before a's
# last contact, its own horizon, so not counted in its sums).  b.csv
# goes on where a.csv stops: its c1 contact on 03-22 repeats a's 03-20
# one, which --merge counts unresolved (the horizon of all is 03-24
# 18:00): 3 of 4 resolved (ana 1 of 2, bob 2 of 2; ana's 03-31 contact,
# the last, in no fcr), as in one pass.
# Then the refusals: parts whose ranges of contacts interleave (named,
# nothing written), a part made with another --repeat-window; a partial
# of the older format (no fcr_y, fcr_n, no fcr rows) merges with a
# warning, its contacts in no fcr, every other column as before; and the
# partials concatenated and sorted in one stream, as Hadoop Streaming's
# reducer reads them, merge as well.
. "${0%/*}/../lib.sh"

cat >a.csv <<'CSV'
kind,ts,agent,team,customer,resolved
contact,2026-03-01T09:00:00Z,ana,T1,c1,1
contact,2026-03-06T09:00:00Z,bob,T1,c2,1
contact,2026-03-20T09:00:00Z,ana,T1,c1,1
CSV
cat >b.csv <<'CSV'
kind,ts,agent,team,customer,resolved
contact,2026-03-22T09:00:00Z,bob,T1,c1,0
contact,2026-03-31T18:00:00Z,ana,T2,c2,1
CSV
{ cat a.csv; tail -n +2 b.csv; } >ab.csv
g="-g agent,all -m fcr=1"
# shellcheck disable=SC2086
run 0 emp-score -q $g ab.csv
cp out one.csv
# shellcheck disable=SC2086
run 0 emp-score -q $g --partial a.csv
cp out a.part
grep -v '^sum,\|^meta,\|^span,' a.part | cut -d, -f1-7 >got
check_file got <<'CSV'
type,period,group,key,team,a,b
repeat,,,604800000,,1772355600000,1773997200000
cluster,,,c1,,1772355600000,1772355600000
cluster,,,c1,,1773997200000,1773997200000
fcr,all,agent,ana,c1,1773997200000,0
fcr,all,all,all,c1,1773997200000,0
cluster,,,c2,,1772787600000,1772787600000
CSV
# shellcheck disable=SC2086
run 0 emp-score -q $g --partial b.csv
cp out b.part
# shellcheck disable=SC2086
run 0 emp-score $g --merge b.part a.part
check_file out one.csv
check_err </dev/null
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { print $c["key"] "," $c["fcr"] "," $c["fcr_n"] }' out >got
check_file got <<'CSV'
key,fcr,fcr_n
ana,0.5,2
bob,1,2
all,0.75,4
CSV

# interleaved: a.csv's contacts run from 03-01 to 03-20, c.csv's from
# 03-02 to 03-31
cat >c.csv <<'CSV'
kind,ts,agent,team,customer,resolved
contact,2026-03-02T08:00:00Z,cy,T2,c9,1
contact,2026-03-31T18:00:00Z,cy,T2,c9,1
CSV
# shellcheck disable=SC2086
run 0 emp-score -q $g --partial c.csv
cp out c.part
# shellcheck disable=SC2086
run 1 emp-score $g --merge a.part c.part
check_out </dev/null
check_err <<'EOF'
emp-score: a.part and c.part: their customers' contacts interleave in time (2026-03-01T09:00:00Z to 2026-03-20T09:00:00Z, 2026-03-02T08:00:00Z to 2026-03-31T18:00:00Z): fcr merges exactly only shards of a time-ordered stream, each ending at or before the next begins
emp-score: nothing written: the partial files could not all be merged
EOF
# a part without customers is not in the check
cut -d, -f1-4,6 c.csv >d.csv
# shellcheck disable=SC2086
run 0 emp-score -q $g --partial d.csv
cp out d.part
# shellcheck disable=SC2086
run 0 emp-score -q $g --merge a.part d.part

# another window
# shellcheck disable=SC2086
run 0 emp-score -q $g --partial --repeat-window 30 b.csv
cp out b30.part
# shellcheck disable=SC2086
run 1 emp-score $g --merge a.part b30.part
check_out </dev/null
check_err <<'EOF'
emp-score: b30.part:4: made with another --repeat-window (2592000000 ms); give the same one
emp-score: nothing written: the partial files could not all be merged
EOF

# the format before fcr: 45 columns, no repeat, cluster or fcr rows
for p in a b; do
	grep -v '^repeat,\|^cluster,\|^fcr,' $p.part |
	    awk -F, -v OFS=, '{ NF -= 2; print }' >old-$p.part
done
# shellcheck disable=SC2086
run 0 emp-score $g --merge old-a.part old-b.part
check_err <<'EOF'
emp-score: old-a.part: a partial file without fcr (an older emp-score): its contacts are in no fcr; make it again for fcr
EOF
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    { $c["fcr"] = $c["fcr_n"] = $c["fcr_lo"] = $c["fcr_hi"] = "x"
      print }' one.csv >want
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    NR > 1 && ($c["fcr"] != "" || $c["fcr_n"] != 0) { print "fcr kept" }
    { $c["fcr"] = $c["fcr_n"] = $c["fcr_lo"] = $c["fcr_hi"] = "x"
      print }' out >got
check_file got want

# Hadoop Streaming's reducer: the partials in one stream, sorted, one
# header first
sort -r a.part b.part | awk -F, '$1 != "type" || n++ == 0' >ab.part
# shellcheck disable=SC2086
run 0 emp-score $g --merge ab.part
check_file out one.csv
