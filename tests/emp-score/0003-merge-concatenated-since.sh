#!/bin/sh
# emp-score: concatenated partials merge (repeated headers are skipped);
# partials made with another --since value are refused.
. "${0%/*}/../lib.sh"

cat >a.csv <<'EOF'
kind,ts,agent,team,talk_s
contact,2026-01-05T08:00:00Z,ana,Billing,300
contact,2026-01-06T08:00:00Z,ana,Billing,100
EOF
cat >b.csv <<'EOF'
kind,ts,agent,team,talk_s
contact,2026-01-07T08:00:00Z,ben,Billing,200
EOF
run 0 emp-score -q -g all --min-n talk_s=1 a.csv b.csv
mv out one.csv
run 0 emp-score -q -g all --partial a.csv
mv out a.part
run 0 emp-score -q -g all --partial b.csv
mv out b.part
cat a.part b.part >both.part
run 0 emp-score -g all --min-n talk_s=1 --merge both.part
check_out one.csv
check_err </dev/null
run 0 emp-score -q -g all --since 2026-01-06 --partial a.csv
mv out s6.part
run 1 emp-score -g all --since 2026-01-05 --merge s6.part
check_out </dev/null
check_err <<'EOF'
emp-score: s6.part:2: made with other options (--by all --group all --tz UTC and its own --since/--until); give the same ones
emp-score: nothing written: the partial files could not all be merged
EOF
