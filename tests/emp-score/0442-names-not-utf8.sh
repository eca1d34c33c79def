#!/bin/sh
# emp-score refuses an agent or team name that is not UTF-8 whatever its
# length and wherever the bad byte lies (the check rides on the names'
# hashes, which read them in words: each length from 1 to 40, a stray
# 0xff at each position), and takes every well-formed one: a two-byte
# character at each position, a three- and a four-byte one.  Independent
# count: awk makes the rows and knows which are bad.
. "${0%/*}/../lib.sh"

awk 'BEGIN {
	print "kind,ts,agent,team,talk_s" >"ev.csv"
	line = 1
	for (n = 1; n <= 40; n++)
		for (p = 1; p <= n; p++) {
			s = ""
			for (i = 1; i <= n; i++)
				s = s (i == p ? "\377" : "a")
			good = ""
			for (i = 1; i <= n; i++)
				good = good (i == p ? "\303\251" : "b")
			# a bad agent, a bad team, a good agent and team
			print "contact,2026-01-05T08:00:00Z," s ",T,1" >"ev.csv"
			printf "ev.csv:%d: field '\''agent'\'': not UTF-8\n", ++line >"want"
			print "contact,2026-01-05T08:00:00Z,x,T" s ",1" >"ev.csv"
			printf "ev.csv:%d: field '\''team'\'': not UTF-8\n", ++line >"want"
			print "contact,2026-01-05T08:00:00Z," good "," good ",1" >"ev.csv"
			++line; ngood++
		}
	print "contact,2026-01-05T08:00:00Z,\342\202\254\360\237\230\200,T,1" >"ev.csv"
	print ngood + 1 >"ngood"
}'
run 0 emp-score --by all -g agent -m talk_s=1 ev.csv
# the first 100 messages (then a note) name their line and field; the
# rest is the common reason; the summary counts every bad row
sed -n 's/^emp-score: \(ev\.csv:[0-9]*: field .[a-z]*.: not UTF-8\) (.*/\1/p' err >got
head -n 100 want >want100
check_file got want100
bad=$(wc -l <want)
good=$(cat ngood)
tail -n 2 err >got
check_file got <<EOF2
emp-score: further rejected events are not shown
emp-score: $((bad + good)) events read, $good scored, $bad rejected; 0 reviews excluded by challenge
EOF2
# the good agents, one row each (x's rows all have a bad team)
[ "$(($(wc -l <out) - 1))" -eq "$good" ] ||
	fail "expected $good agent rows, got $(($(wc -l <out) - 1))"
