#!/bin/sh
# csvdump: a field that starts with a quote followed by = + - @ tab, CR or
# a second quote comes back without that first quote (emp's writers put it
# there so that a spreadsheet shows text, not a formula: emp(7),
# Spreadsheet safety); only one quote goes, and only there: a quote
# before anything else, a lone quote and a quote inside a field are
# kept.  The same in CSV, quoted or not, and in TSV (after its escapes).
. "${0%/*}/../lib.sh"

cr=$(printf '\r')
printf '%s\n' "h,'=1+2,'+a,'-2+3,'@SUM(1),''=x,'',''''" \
    "'a,',x'=y,'5,'-5,\"'=q,\"\"r\"\"\",\"'$cr=cr\",'" >in.csv
run 0 csvdump in.csv
check_out <<'EOF'
[
 ["h","=1+2","+a","-2+3","@SUM(1)","'=x","'","'''"],
 ["'a","'","x'=y","'5","-5","=q,\"r\"","\r=cr","'"]
]
EOF
check_err </dev/null

printf "a\t'\\\\tb\t'=c\t'\\\\rd\t''\t'x\n" >in.tsv
run 0 csvdump in.tsv
check_out <<'EOF'
[
 ["a","\tb","=c","\rd","'","'x"]
]
EOF
check_err </dev/null
