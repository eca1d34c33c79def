#!/bin/sh
# gzip input: bytes after the end of the gzip data are ignored, as gzip
# ignores them, with one line that says so; the data before them is read
# whole.  Two members are one stream, with nothing said.
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent\ncontact,2026-01-05T08:00:00Z,ana\n' | gzip -1 >t.gz
cp t.gz trail.gz
printf 'garbage\n' >>trail.gz
run 0 emp-score -q -g agent t.gz
mv out want
run 0 emp-score -q -g agent trail.gz
check_out want
check_err <<'EOF2'
emp-score: trail.gz: bytes after the end of the gzip data: ignored
EOF2
printf 'contact,2026-01-06T08:00:00Z,bob\n' | gzip -1 >two.gz
cat t.gz two.gz >both.gz
{ gzip -dc t.gz; gzip -dc two.gz; } >both.csv
run 0 emp-score -q -g agent both.csv
mv out want
run 0 emp-score -q -g agent both.gz
check_out want
check_err </dev/null
