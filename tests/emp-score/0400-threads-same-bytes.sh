#!/bin/sh
# emp-score reads on every core (EMP_THREADS): a generated stream of
# 30000 rows (15 batches of records) with rejected rows (more than the
# 100 reported), blank lines, rows outside the window, hires, exits,
# coaching, QA evaluations with reviewers, challenge column values, and a
# ledger whose approved challenges take out, rescore, repeat and meet
# another agent's row in later batches.  With 1, 2 and 4 threads the
# scores (-g agent,team,all,reviewer,level by day), the partial sums (by
# New York day) and the --qa-adjust scores, and every message in its
# order, are the same bytes.  The summary's counts and the per-agent
# contacts agree with awk, and the messages' line numbers only grow
# (input order).
. "${0%/*}/../lib.sh"

people
awk 'BEGIN {
	OFS = ","
	print "kind,ts,agent,team,id,contact,talk_s,hold_s,acw_s,resolved," \
	    "transferred,csat,nps,qa,reviewer,challenge"
	s = 12345
	for (i = 1; i <= 30000; i++) {
		s = (s * 1103515245 + 12345) % 2147483648
		r = int(s / 65536)
		a = r % 23; ag = a < 20 ? sprintf("a%02d", a) : \
		    a == 20 ? "ana" : a == 21 ? "bob" : "cy"
		tm = "T" (a % 4)
		d = 2 + int(i / 5000); h = 8 + int((i % 5000) / 600)
		mi = int((i % 600) / 10); sec = (i % 10) * 6
		ts = sprintf("2026-03-%02dT%02d:%02d:%02dZ", d, h, mi, sec)
		k = r % 17
		id = "E" i
		if (i % 1009 == 0) {		# a bad value
			print "survey", ts, ag, tm, id, "", "", "", "", "", "",
			    "", 11, "", "", ""
			continue
		}
		if (i % 73 == 0)		# a rejected row: no agent
			ag = ""
		if (i % 2003 == 0) {
			print ""		# a blank line
			print ",,,,,,,,,,,,,,,"
		}
		ch = i % 1500 == 0 ? "CH-X" : ""
		if (k < 9)
			print "contact", ts, ag, tm, id, "", 60 + r % 500,
			    r % 3 ? 0 : r % 90, 10 + r % 50, r % 5 ? 1 : 0,
			    r % 7 ? 0 : 1, "", "", "", "", ch
		else if (k < 12)
			print "survey", ts, ag, tm, id, "", "", "", "", "", "",
			    1 + r % 5, r % 11, "", "", ch
		else if (k < 15)
			print "qa", ts, ag, tm, id, "C" int(i / 3), "", "", "",
			    "", "", "", "", 50 + r % 50, "r" (1 + r % 3), ch
		else if (k == 15)
			print r % 2 ? "hire" : "exit", ts, ag, tm, id, "", "",
			    "", "", "", "", "", "", "", "", ""
		else
			print "coaching", ts, ag, tm, id, "", "", "", "", "",
			    "", "", "", "", "", ""
	}
	# reviews of ana challenged below, and their repeats and another
	# agent'"'"'s row of the same id, in the last batch
	print "survey,2026-03-08T09:00:00Z,ana,T0,S1,,,,,,,1,,,,"
	print "survey,2026-03-08T09:01:00Z,ana,T0,S2,,,,,,,2,,,,"
	print "qa,2026-03-08T09:02:00Z,ana,T0,Q1,C1,,,,,,,,40,r1,"
	print "survey,2026-03-08T09:03:00Z,ana,T0,S1,,,,,,,1,,,,"
	print "survey,2026-03-08T09:04:00Z,bob,T1,S2,,,,,,,2,,,,"
}' >ev.csv
# the challenges' reviews first in a batch of their own as well
{ head -n 1 ev.csv; grep -E ',(S1|S2|Q1),' ev.csv; } >head.csv
{ head -n 1 ev.csv; sed -n '2,2049p' ev.csv; grep -E ',(S1|S2|Q1),' ev.csv;
    sed '1,2049d' ev.csv; } >ev2.csv
clock_at 2026-03-10T10:00:00Z
key ana
emp-challenge -l l.csv open S1 -e head.csv --grounds 'wrong call' >/dev/null
emp-challenge -l l.csv open S2 -e head.csv --grounds 'lost' >/dev/null
emp-challenge -l l.csv open Q1 -e head.csv --grounds 'old form' \
    --score 85 >/dev/null
clock_at 2026-03-11T10:00:00Z
key lee
emp-challenge -l l.csv approve CH-1 2>/dev/null
emp-challenge -l l.csv approve CH-2 2>/dev/null
emp-challenge -l l.csv approve CH-3 2>/dev/null

# scores, partial sums and adjusted QA, each with 1, 2 and 4 threads
n=0
for args in \
    '-g agent,team,all,reviewer,level --by day -l l.csv ev.csv ev2.csv' \
    '--partial --by day -T America/New_York -l l.csv ev.csv' \
    '--qa-adjust -g agent,reviewer --since 2026-03-03 --until 2026-03-06
    ev.csv'; do
	n=$((n + 1))
	for t in 1 2 4; do
		# shellcheck disable=SC2086
		EMP_THREADS=$t run 0 emp-score $args
		mv out "out$n.$t"
		mv err "err$n.$t"
	done
	for t in 2 4; do
		cmp "out$n.1" "out$n.$t" || fail "$args: stdout, $t threads"
		cmp "err$n.1" "err$n.$t" || fail "$args: stderr, $t threads"
	done
done

# the counts, independently: every line but the header and blank ones is
# read; rejected: a bad nps or no agent; the messages in input order
awk -F, 'NR > 1 && $0 !~ /^,*$/ { n++; bad += $13 == 11 || $3 == "" }
    END { printf "%d events read, %d rejected\n", n, bad }' ev.csv >want
sed -n '$s/^emp-score: \([0-9]* events read\), [0-9]* scored, /\1, /p' err3.1 |
    sed 's/\( [0-9]* rejected\)[;,].*/\1/' >got
check_file got want
grep -c "^emp-score: ev.csv:[0-9]*: field '\(nps\|agent\)'" err3.1 >got
check_file got <<'EOF2'
100
EOF2
grep -c '^emp-score: further rejected events are not shown$' err3.1 >got
check_file got <<'EOF2'
1
EOF2
sed -n 's/^emp-score: ev.csv:\([0-9]*\): .*/\1/p' err3.1 >lines
sort -n -c lines || fail "messages out of input order"
for f in ev ev2; do
	sed -n "s/^emp-score: $f.csv:\([0-9]*\): .*/\1/p" err1.1 >lines
	sort -n -c lines || fail "$f.csv: messages out of input order"
done
sed -n 's/^emp-score: \(ev2*.csv\):[0-9]*: .*/\1/p' err1.1 | uniq >got
check_file got <<'EOF2'
ev.csv
ev2.csv
EOF2
# the ledger's messages: in ev.csv the repeat of S1 and bob's S2 (its
# last lines), in ev2.csv (S1, S2, Q1, S1 and bob's S2 from its line 2050)
# the first repeat of S2 and of Q1; each reported once per challenge
grep 'CH-' err1.1 >got
check_file got <<'EOF2'
emp-score: ev.csv:6005: field 'challenge': 'CH-X' takes nothing out: no approved challenge in l.csv takes this review out; it counts
emp-score: ev.csv:30033: CH-1 (l.csv:2) took its review out already: a challenge takes out one review; this one counts
emp-score: ev.csv:30034: CH-2 (l.csv:3) not applied: the review is bob's, not ana's; it counts
emp-score: ev2.csv:2051: CH-2 (l.csv:3) took its review out already: a challenge takes out one review; this one counts
emp-score: ev2.csv:2052: CH-3 (l.csv:4) took its review out already: a challenge takes out one review; this one counts
EOF2
# contacts per agent and day, as awk counts them, are the scores'
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
    $c["group"] == "agent" && $c["contacts"] > 0 {
	print $c["period"], $c["key"], $c["contacts"] }' out1.1 | sort >got
awk -F, 'NR > 1 && $1 == "contact" && $3 != "" && $13 != 11 {
	n[substr($2, 1, 10) " " $3] += 2 }
    END { for (k in n) print k, n[k] }' ev.csv | sort >want
check_file got want
