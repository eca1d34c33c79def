#!/bin/sh
# csvdump: tab-delimited input is TSV: no quoting (a leading quote is
# data), \t \n \r \\ escapes, a blank line is one empty field.
. "${0%/*}/../lib.sh"

printf 'a\tb\nx\\ty\t"q\n\nc\\\\d\te\\nf\n' >in.tsv
run 0 csvdump in.tsv
check_out <<'EOF'
[
 ["a","b"],
 ["x\ty","\"q"],
 [""],
 ["c\\d","e\nf"]
]
EOF
check_err </dev/null
