#!/bin/sh
# parsers: plain numbers take the unit (milliseconds for Genesys, --units
# for mapped columns); clock forms stay hours:minutes:seconds.
. "${0%/*}/../lib.sh"

printf '332\n183450\n00:01:00\n' >in
run 0 parsecheck -u ms duration <in
check_out <<'EOF'
332	0.332
183450	183.45
00:01:00	60
EOF
check_err </dev/null
