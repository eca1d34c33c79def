#!/bin/sh
# emp-report: labels only what the data can tell (issue 12, point 4).
# A CSAT share of 0.80 -> 0.76 on 200 surveys each is "no clear change",
# 0.80 -> 0.50 is "worse": the pooled two-proportion z statistic is
# recomputed here with awk and must agree with the label.  A rank is out
# of the ranked agents; a scorecard's team median is the agent's own
# team's; the gates of the HTML scorecard are coloured by what they say
# (failed bad, passed good, unknown neutral).
. "${0%/*}/../lib.sh"

# The Wilson intervals of the scores, as emp-score writes them.
wilson() {
	awk -v p="$1" -v n="$2" 'BEGIN { z = 1.959963984540054
		d = 1 + z * z / n; c = (p + z * z / (2 * n)) / d
		h = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
		printf "%.4f,%.4f\n", c - h, c + h }'
}
[ "$(wilson 0.8 200)" = 0.7391,0.8495 ] || fail "wilson 0.8"

# The label the rule gives, from the two shares and counts.
zlabel() {
	awk -v x="$1" -v nx="$2" -v y="$3" -v ny="$4" 'BEGIN {
		p = (x * nx + y * ny) / (nx + ny)
		z = (x - y) / sqrt(p * (1 - p) * (1 / nx + 1 / ny))
		l = "no clear change"
		if (z > 1.959964) l = "better"
		if (z < -1.959964) l = "worse"
		printf "z=%.3f %s\n", z, l }'
}

for now in 0.76:0.6963:0.8139 0.5:0.4314:0.5686; do
	IFS=: read -r x lo hi <<NOW
$now
NOW
	[ "$(wilson "$x" 200)" = "$lo,$hi" ] || fail "wilson $x"
	cat >scores.csv <<CSV
period,group,key,team,contacts,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,index,rank
2026-W01,all,all,,400,0.8,200,0.7391,0.8495,50,1
2026-W02,all,all,,400,$x,200,$lo,$hi,50,1
CSV
	run 0 emp-report -q -f markdown scores.csv
	got=$(grep '^| CSAT (share of 4-5) | [0-9.]* (200) |' out |
	    awk -F' [|] ' '{ print $5 }' | sed 's/ |$//')
	want=$(zlabel "$x" 200 0.8 200)
	case $x in
	0.76)	[ "$want" = "z=-0.966 no clear change" ] || fail "awk: $want" ;;
	0.5)	[ "$want" = "z=-6.290 worse" ] || fail "awk: $want" ;;
	esac
	[ "$got" = "${want#* }" ] || fail "0.8 -> $x: '$got', z says '$want'"
done

# Ranks among the ranked; team medians; a mean on one answer is not
# "worse" than a median of 4 (confidence: 1-5, so se = 2/sqrt(1)).
cat >scores.csv <<'CSV'
period,group,key,team,contacts,resolved_rate,resolved_rate_n,confidence,confidence_n,index,rank
2026-W01,agent,ana,A,20,0.9,20,2,1,80,1
2026-W01,agent,bo,A,20,0.5,20,4,1,40,3
2026-W01,agent,cy,A,2,,2,4,1,,
2026-W01,agent,dee,B,20,0.1,20,4,1,60,2
2026-W01,agent,eve,B,2,,2,,,,
2026-W01,all,all,,64,0.5,60,3.5,4,50,1
CSV
run 0 emp-report -q -a ana scores.csv
grep -q '^Team A. Empowerment index 80, rank 1 of 3 ranked in 2026-W01.$' out ||
    fail "rank: $(sed -n 3p out)"
# team A: resolved_rate 0.9 and 0.5 -> 0.7 (the centre's would be 0.5), index 80
# and 40 -> 60, contacts 20, 20, 2 -> 20, confidence 2, 4, 4 -> 4
grep -q '^empowerment index  *80  *60  above ' out || fail "index: $(cat out)"
grep -q '^resolved (disposition)  *0.9 (20)  *0.7  not clear ' out ||
    fail "resolved_rate: $(cat out)"
grep -q '^agent confidence (1-5)  *2 (1)  *4  not clear ' out ||
    fail "confidence: $(cat out)"
grep -q '^contacts  *20  *20  at median ' out || fail "contacts: $(cat out)"
run 0 emp-report -q -a dee scores.csv
grep -q '^resolved (disposition)  *0.1 (20)  *0.1  at median ' out ||
    fail "team B: $(cat out)"
run 0 emp-report -q scores.csv
grep -q '^3 of 5 agents ranked in 2026-W01' out || fail "team: $(cat out)"

# Clear is clear: resolved_rate 0.95 on 100 against a team median of 0.5 (se =
# 1/(2 sqrt(100)) = 0.05) is better; QA 70 on 50 against a median of 80
# (se = 50/sqrt(50) = 7.07, z = -1.41) is not clear.
cat >scores.csv <<'CSV'
period,group,key,team,contacts,resolved_rate,resolved_rate_n,qa,qa_n,index,rank
2026-W01,agent,fx,C,100,0.9,100,60,50,50,1
2026-W01,agent,gy,C,100,0.5,100,60,50,50,1
2026-W01,all,all,,200,0.7,200,60,100,50,1
2026-W02,agent,fx,C,100,0.95,100,90,50,70,1
2026-W02,agent,gy,C,100,0.5,100,70,50,30,2
2026-W02,agent,hz,C,100,0.5,100,,,30,2
2026-W02,all,all,,300,0.65,300,80,100,50,1
CSV
run 0 emp-report -q --width 100 -a fx scores.csv
grep -q '^resolved (disposition)  *0.95 (100)  *0.5  better ' out ||
    fail "fx resolved_rate: $(cat out)"
run 0 emp-report -q --width 100 -a gy scores.csv
grep -q '^resolved (disposition)  *0.5 (100)  *0.5  at median ' out ||
    fail "gy resolved_rate: $(cat out)"
grep -q '^QA (0-100)  *70 (50)  *80  not clear ' out || fail "gy qa: $(cat out)"
cat >scores.csv <<'CSV'
period,group,key,team,contacts,confidence,confidence_n,csat_rate,csat_rate_n,index,rank
2026-W01,all,all,,200,2,16,0.5,10,50,1
2026-W02,all,all,,300,4,16,0.9,10,50,1
CSV
run 0 emp-report -q -f markdown scores.csv
# confidence: se = 2 sqrt(2/16) = 0.707, z = 2.83; csat 0.5 -> 0.9 on
# 10 each: p = 0.7, se = 0.205, z = 1.95 (just short of 1.96)
grep -q '^| agent confidence (1-5) | 4 (16) | 2 (16) | +2 | better |$' out ||
    fail "confidence: $(cat out)"
grep -q '^| CSAT (share of 4-5) | 0.9 (10) | 0.5 (10) | +0.4 | no clear change |$' out ||
    fail "csat 10: $(cat out)"

# Gates: failed ones bad, passed ones good, unknown and notes neutral, in
# both tables, with the word in a column of its own.
cat >tiers.csv <<'CSV'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by
ana,A,12,2,50,2,50,100,hold,qa 84>=80 (n=7); resolved_rate 0.25<0.7 (n=20); transfer_rate 0.4286>0.15 (n=28); transfer_rate 0.1<=0.15 (n=20); csat_rate ? (n=0<3); qa 90 (n=2<3); periods 0<2; shortfall 1<3,resolved_rate 0.25<0.7 (n=20)
CSV
run 0 emp-report -q -f html -a ana scores.csv tiers.csv
grep '<td[^>]*>[^<]*</td><td[^>]*>\(passed\|failed\|unknown\|note\)</td>' out >gates
check_file gates <<'OUT'
<tr><td class="bad">resolved_rate 0.25&lt;0.7 (n=20)</td><td class="bad">failed</td></tr>
<tr><td class="good">qa 84&gt;=80 (n=7)</td><td class="good">passed</td></tr>
<tr><td class="bad">resolved_rate 0.25&lt;0.7 (n=20)</td><td class="bad">failed</td></tr>
<tr><td class="bad">transfer_rate 0.4286&gt;0.15 (n=28)</td><td class="bad">failed</td></tr>
<tr><td class="good">transfer_rate 0.1&lt;=0.15 (n=20)</td><td class="good">passed</td></tr>
<tr><td>csat_rate ? (n=0&lt;3)</td><td>unknown</td></tr>
<tr><td>qa 90 (n=2&lt;3)</td><td>unknown</td></tr>
<tr><td class="bad">periods 0&lt;2</td><td class="bad">failed</td></tr>
<tr><td>shortfall 1&lt;3</td><td>note</td></tr>
OUT
