#!/bin/sh
# csvdump: gzip is recognised by content, on standard input too, and a
# truncated gzip stream is an error, not a short file.
. "${0%/*}/../lib.sh"

printf 'a,b\n1,2\n' | gzip -c >in.gz
run 0 csvdump - <in.gz
check_out <<'EOF'
[
 ["a","b"],
 ["1","2"]
]
EOF
check_err </dev/null
awk 'BEGIN { for (i = 0; i < 20000; i++) print i ",x" }' | gzip -c >big.gz
head -c 3000 big.gz >trunc.gz
run 1 csvdump trunc.gz
check_out </dev/null
check_err <<'EOF'
csvdump: trunc.gz: truncated gzip input
EOF
