#!/bin/sh
# A NUL byte in any field refuses the row, named by its header's column
# (as the other commands do): a name "ana<NUL>x" used to be scored as a
# second row keyed "ana", cut short at the NUL in the output.  ana's one
# good contact is her only row; the summary counts the two refused.  The
# same with --header (the names from the list) and in a TSV.
. "${0%/*}/../lib.sh"

# try FILE FIRST-BAD-LINE AGENT-COLUMN [OPTION...]
try() {
	f=$1 l=$2 col=$3
	shift 3
	run 0 emp-score -g agent -m talk_s=1 --metrics contacts,talk_s,csat \
	    "$@" "$f"
	check_out <<'EOF2'
period,group,key,team,contacts,talk_s,talk_s_n,csat,csat_n
all,agent,ana,T,1,100,1,,0
EOF2
	check_err <<EOF2
emp-score: $f:$l: field '$col': NUL byte
emp-score: $f:$((l + 1)): field 'team': NUL byte
emp-score: 3 events read, 1 scored, 2 rejected; 0 reviews excluded by challenge
EOF2
}
printf 'kind,ts,agent,team,talk_s,csat\ncontact,2026-01-05T08:00:00Z,ana,T,100,\ncontact,2026-01-05T08:00:00Z,ana\000x,T,900,\nsurvey,2026-01-05T08:00:00Z,ana,T\000y,,5\n' >nul.csv
try nul.csv 3 agent
tail -n +2 nul.csv >body.csv
try body.csv 2 Agent --header kind,ts,Agent,team,talk_s,csat
tr , '\t' <nul.csv >nul.tsv
try nul.tsv 3 agent
