#!/bin/sh
# emp-challenge --rules FILE: keywords may be stems ("van*") and phrases
# ("hail storm"), in the file's order; a rule of cause none hides its
# clause, one of cause agent vetoes the review; open takes the cause of
# the rule that matches (none for a vetoed review).  A keyword with a
# '*' inside a word, with punctuation that ends a clause, or with no
# word refuses the whole file, with its line.
. "${0%/*}/../lib.sh"

people
key ana
clock_at 2026-03-20T10:00:00Z
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat,comment
survey,2026-03-19T09:00:00Z,ana,R1,1,hail storm delayed the vans
survey,2026-03-19T09:00:00Z,ana,R2,1,"hail. storm, all day"
survey,2026-03-19T09:00:00Z,ana,R3,1,Vanessa at the desk was RUDE
survey,2026-03-19T09:00:00Z,ana,R4,1,"the van was fine, the Hail  Storm was not"
survey,2026-03-19T09:00:00Z,ana,R5,1,caravan park flooded
CSV
cat >rules.csv <<'CSV'
keyword,grounds,cause
Van*,"the van, not the agent",fleet
hail storm,weather: outside anyone's control,weather
was fine,it went well,none
rude,the customer blames someone,agent
CSV
run 0 emp-challenge candidates --rules rules.csv ev.csv
check_out <<'CSV'
review,ts,agent,kind,csat,nps,qa,reason,comment,keyword,cause,grounds
R1,2026-03-19T09:00:00Z,ana,survey,1,,,,hail storm delayed the vans,van*,fleet,"the van, not the agent"
R4,2026-03-19T09:00:00Z,ana,survey,1,,,,"the van was fine, the Hail  Storm was not",hail storm,weather,weather: outside anyone's control
CSV
check_err </dev/null

emp-challenge -l l.csv open R1 -e ev.csv --rules rules.csv --grounds vans >/dev/null
emp-challenge -l l.csv open R3 -e ev.csv --rules rules.csv --grounds desk >/dev/null
run 0 emp-challenge -l l.csv list
cut -d, -f2,5 out >got
check_file got <<'CSV'
review,cause
R1,fleet
R3,
CSV

for kw in 'arr*iv' '*' 'late, again' '--' 'a **'; do
	printf 'keyword,grounds\nvan,x\n"%s",y\n' "$kw" >bad.csv
	run 1 emp-challenge candidates --rules bad.csv ev.csv
	check_out </dev/null
	case $kw in
	'late, again') why="punctuation (. , ; : ! ?) splits it: write words and spaces" ;;
	--) why="it holds no word" ;;
	*) why="a '*' may only end a word" ;;
	esac
	check_err <<EOF2
emp-challenge: bad.csv:3: field 'keyword': '$kw': $why
EOF2
done
