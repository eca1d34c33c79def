#!/bin/sh
# emp-score --repeat-window takes a whole number of days from 1 to 366;
# anything else is a usage error (exit 2) and nothing is written.
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent,customer\ncontact,2026-03-02T09:00:00Z,ana,c1\n' >ev.csv
for w in 0 367 1.5 7d -1 ''; do
	run 2 emp-score --repeat-window "$w" ev.csv
	check_out </dev/null
	check_err_line "emp-score: invalid --repeat-window '$w': use a whole number of days from 1 to 366"
done
run 0 emp-score -q -g all --repeat-window 366 ev.csv
run 0 emp-score -q -g all --repeat-window 1 ev.csv
