#!/bin/sh
# emp-report: a scorecard's feedback from an event stream: the agent's
# customer comments (kind survey with a comment) and QA notes (kind qa
# with a comment) of the stream's last 28 days (its last date and the 27
# before: 2026-02-01 in, 2026-01-31 out), newest first (by ts, then the
# later in the stream), at most 10 of each, recomputed independently
# (awk, sort); a non-empty challenge marks a review "(challenged)"; other
# agents' rows left out, " ANA " is ana; text escaped as every text (a
# control character as \x1b, Markdown's specials); no event stream, no
# section.
. "${0%/*}/../lib.sh"

cat >scores.csv <<'CSV'
period,group,key,team,contacts,qa,qa_n,index,rank
2026-W09,all,all,,200,80,40,50,
2026-W09,team,North,North,200,80,40,50,
2026-W09,agent,ana,North,100,80,20,60,1
2026-W09,agent,bo,North,100,80,20,40,2
CSV
{
	echo 'kind,ts,agent,csat,qa,reviewer,comment,challenge'
	echo 'hire,2024-05-06T00:00:00Z,ana,,,,,'
	echo 'survey,2026-01-31T23:59:59Z,ana,1,,,the day before the window,'
	echo 'survey,2026-02-01T00:00:00Z,ana,2,,,the window'"'"'s first day,'
	# twelve more in the window, two at the same time
	for d in 03 05 07 09 11 13 15 17 19 21 23; do
		echo "survey,2026-02-${d}T10:00:00Z,ana,4,,,comment of $d,"
	done
	echo 'survey,2026-02-23T10:00:00Z, ANA ,5,,,same time later in the stream,'
	echo 'survey,2026-02-25T10:00:00Z,ana,3,,,,'
	echo 'survey,2026-02-26T10:00:00Z,bo,1,,,bo'"'"'s comment,'
	echo 'qa,2026-02-20T10:00:00Z,ana,,60,Rita,Missed the greeting,CH-1'
	echo 'qa,2026-02-24T10:00:00Z,ana,,90,,"Good | *warm* close",'
	printf 'qa,2026-02-10T10:00:00Z,ana,,75,Sam,"<b>bold</b> %s[31mred",\n' \
	    "$(printf '\033')"
	echo 'qa,2026-01-20T10:00:00Z,ana,,50,Sam,too old,'
	echo 'contact,2026-02-28T09:00:00Z,bo,,,,,'
	echo 'exit,2026-03-31T00:00:00Z,zed,,,,,'
} >events.csv

run 0 emp-report -q -a ana -f markdown scores.csv events.csv
sed -n '/^## Feedback/,/^## Coaching/p' out | sed '$d' >fb.md
check_file fb.md <<'OUT'
## Feedback

Customer comments, 2026-02-01 to 2026-02-28, newest first (the latest 10):

| date | CSAT | comment |
| --- | ---: | --- |
| 2026-02-23 | 5 | same time later in the stream |
| 2026-02-23 | 4 | comment of 23 |
| 2026-02-21 | 4 | comment of 21 |
| 2026-02-19 | 4 | comment of 19 |
| 2026-02-17 | 4 | comment of 17 |
| 2026-02-15 | 4 | comment of 15 |
| 2026-02-13 | 4 | comment of 13 |
| 2026-02-11 | 4 | comment of 11 |
| 2026-02-09 | 4 | comment of 09 |
| 2026-02-07 | 4 | comment of 07 |

QA notes, 2026-02-01 to 2026-02-28, newest first:

| date | reviewer | QA | note |
| --- | --- | ---: | --- |
| 2026-02-24 | — | 90 | Good \| \*warm\* close |
| 2026-02-20 | Rita | 60 | Missed the greeting (challenged) |
| 2026-02-10 | Sam | 75 | \<b\>bold\</b\> \\x1b\[31mred |

OUT
# independently: ana's surveys with a comment of the stream's last 28
# days, by time, then line, newest first, 10 of them
last=$(awk -F, 'NR > 1 && $1 != "hire" && $1 != "exit" &&
    substr($2, 1, 10) > m { m = substr($2, 1, 10) } END { print m }' events.csv)
from=$(python3 -c 'import datetime, sys
print(datetime.date.fromisoformat(sys.argv[1]) - datetime.timedelta(27))' "$last")
[ "$from" = 2026-02-01 ] || fail "the window: $from"

awk -F, -v from="$from" '$1 == "survey" && $7 != "" {
	a = tolower($3); gsub(/^ +| +$/, "", a)
	if (a == "ana" && substr($2, 1, 10) >= from)
		print $2 "\t" NR "\t" substr($2, 1, 10) " " $7
}' events.csv | sort -t '	' -k1,1r -k2,2nr | head -n 10 | cut -f3 >want.txt
awk -F' [|] ' '/^[|] 2026/ && NF == 3 {
	sub(/^[|] /, "", $1); sub(/ [|]$/, "", $3); print $1 " " $3
}' fb.md >got.txt
check_file got.txt want.txt

# the text format; bo's own
run 0 emp-report -q -a bo scores.csv events.csv
sed -n '/^Feedback/,/^Coaching/p' out | sed '$d' >bo.txt
check_file bo.txt <<'OUT'
Feedback
--------
Customer comments, 2026-02-01 to 2026-02-28, newest first:
date        CSAT  comment
----------  ----  ------------
2026-02-26     1  bo's comment
No QA notes from 2026-02-01 to 2026-02-28.

OUT
LC_ALL=C grep -q "$(printf '\033')" out && fail "an escape character written"

run 0 emp-report -q -a ana scores.csv
grep -q '^Feedback' out && fail "a Feedback section without events"
exit 0
