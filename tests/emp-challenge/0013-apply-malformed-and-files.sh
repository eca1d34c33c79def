#!/bin/sh
# emp-challenge apply: a row with broken quoting is passed on as read,
# reported with file:line, and makes the status 1; a second input with
# other columns is skipped and reported; one with the same columns
# follows the first without its header; -o writes a file.
. "${0%/*}/../lib.sh"

. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds g
ch lee approve CH-1
printf 'kind,id,csat,challenge\nsurvey,S0,1,\nsurvey,"S1,1,\n' >bad.csv
printf 'kind,id,csat,challenge\nsurvey,S1,2,\n' >more.csv
printf 'kind,id,csat\nsurvey,S1,2\n' >other.csv
run 1 emp-challenge apply -o out.csv bad.csv other.csv more.csv
check_out </dev/null
check_file out.csv <<'CSV'
kind,id,csat,challenge
survey,S0,1,
survey,"S1,1,
survey,S1,2,CH-1
CSV
check_err <<'EOF2'
emp-challenge: bad.csv:3: unterminated quoted field
emp-challenge: other.csv:1: the columns differ from the first input's: file skipped
emp-challenge: 3 events read (1 malformed, passed on as read), 1 reviews marked; 1 of 1 approved challenges found
EOF2
