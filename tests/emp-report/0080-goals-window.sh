#!/bin/sh
# emp-report: a goal is judged over its own window (issue 12, point 5):
# the agent's weekly rows from the day it was set to its due date, pooled
# (rates: successes / trials, a rate left empty below the minimum
# recovered from its Wilson bounds; means: sum / count, a mean left empty
# lost and said so; the index: the mean of the weeks' values), against a
# baseline (stated, or as many weeks before set), never past the report's
# week.  Every status appears once at least: met, not met and overdue
# after the due date, met, on track, behind and too early before it.  The
# pooled values, progress and on-track shares are computed here with awk
# from the counts the scores are made of.
. "${0%/*}/../lib.sh"

# The number rule for the values here (none is a tie): d decimals,
# trailing zeros dropped.
num() {
	awk -v x="$1" -v d="$2" 'BEGIN { s = sprintf("%." d "f", x)
		if (s ~ /\./) { sub(/0+$/, "", s); sub(/\.$/, "", s) }
		print s }'
}

# The scores, from one line per agent and week: agent week resolved_rate_k resolved_rate_n
# aht aht_n qa_sum qa_n index ("-": none).  A value is written only at
# emp-score's default minimum (resolved_rate 20, aht_s 10, qa 3); resolved_rate's Wilson
# bounds whenever resolved_rate_n > 0, computed here.
cat >spec <<'SPEC'
ana 2026-W02 13 20 - - - - -
ana 2026-W03 6 8 - - - - -
ana 2026-W04 12 20 - - - - -
ana 2026-W05 0 20 - - - - -
bob 2026-W02 14 20 - - - - -
bob 2026-W03 14 20 - - - - -
cy 2026-W02 4 5 - - - - -
cy 2026-W03 2 3 - - - - -
dee 2026-W03 10 20 - - - - -
dee 2026-W04 10 20 - - - - -
dee 2026-W05 5 10 - - - - -
dee 2026-W06 15 20 - - - - -
dee 2026-W07 15 20 - - - - -
dee 2026-W08 16 20 - - - - -
eve 2026-W06 12 20 - - - - -
fay 2026-W07 3 4 - - - - -
fay 2026-W08 2 4 - - - - -
gus 2026-W01 - - - - 210 3 -
gus 2026-W02 - - - - 270 3 -
gus 2026-W03 - - - - 170 2 -
gus 2026-W04 - - - - 320 4 -
gus 2026-W05 - - - - 95 1 -
hal 2026-W07 - - - - - - 55
hal 2026-W08 - - - - - - 70
ivy 2026-W02 8 20 - - - - -
ivy 2026-W07 12 20 - - - - -
ivy 2026-W08 13 20 - - - - -
jo 2026-W03 - - 280 12 - - -
jo 2026-W04 - - 500 20 - - -
SPEC
awk '
function num(x, d,   s) {
	s = sprintf("%." d "f", x)
	if (s ~ /\./) { sub(/0+$/, "", s); sub(/\.$/, "", s) }
	return s
}
function wilson(k, n,   z, p, dd, c, h) {
	z = 1.959963984540054; p = k / n
	dd = 1 + z * z / n; c = (p + z * z / (2 * n)) / dd
	h = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / dd
	LO = num(c - h, 4); HI = num(c + h, 4)
}
BEGIN {
	print "period,group,key,team,contacts,aht_s,aht_s_n,resolved_rate,resolved_rate_n," \
	    "resolved_rate_lo,resolved_rate_hi,qa,qa_n,index,rank"
	for (w = 1; w <= 8; w++)
		printf "2026-W%02d,all,all,,100,,,,,,,,,,\n", w
}
{
	f = fn = lo = hi = a = an = q = qn = ""
	if ($3 != "-") {
		fn = $4
		if ($4 >= 20)
			f = num($3 / $4, 4)
		wilson($3, $4); lo = LO; hi = HI
	}
	if ($5 != "-") { an = $6; if ($6 >= 10) a = num($5, 3) }
	if ($7 != "-") { qn = $8; if ($8 >= 3) q = num($7 / $8, 3) }
	printf "%s,agent,%s,T,10,%s,%s,%s,%s,%s,%s,%s,%s,%s,\n", $2, $1,
	    a, an, f, fn, lo, hi, q, qn, $9 == "-" ? "" : $9
}' spec >scores.csv
# the bounds of the rows below the minimum, as emp-score writes them
grep -qx '2026-W03,agent,ana,T,10,,,,8,0.4093,0.9285,,,,' scores.csv ||
    fail "wilson 6/8: $(grep W03,agent,ana scores.csv)"
grep -qx '2026-W08,agent,fay,T,10,,,,4,0.15,0.85,,,,' scores.csv ||
    fail "wilson 2/4: $(grep W08,agent,fay scores.csv)"

# Weeks: W01 starts 2025-12-29, W02 2026-01-05, ... W08 2026-02-16; the
# report's week is W08 (to 2026-02-22).  The last three rows are refused.
cat >goals.csv <<'CSV'
agent,metric,target,due,set,baseline
ana,resolved_rate,0.6,2026-01-25,2026-01-05,
bob,resolved_rate,0.8,2026-01-25,2026-01-05,
cy,resolved_rate,0.7,2026-01-25,2026-01-05,
dee,resolved_rate,0.8,2026-03-01,2026-02-02,
eve,resolved_rate,0.8,2026-03-31,,
fay,resolved_rate,0.7,2026-03-31,2026-02-09,
gus,qa,88,2026-02-28,2026-01-05,
hal,index,60,,,
ivy,resolved_rate,0.7,2026-02-28,2026-02-09,2026-W02
jo,aht_s,300,2026-01-18,2026-01-12,
kim,resolved_rate,0.7,2026-02-28,2026-03-01,
kim,resolved_rate,0.7,,2026-13-01,
kim,resolved_rate,0.7,,,2026-W54
CSV

# Independently: pooled rates (successes / trials over the window's
# weeks), progress (value / target, floored), and whether the move from
# the baseline covers the share of the window's days elapsed (the report's
# week ends before 2026-02-23; days from the civil date, Hinnant's
# days_from_civil).
rate() { num "$(awk -v k="$1" -v n="$2" 'BEGIN { print k / n }')" 4; }
pct() { awk -v x="$1" -v t="$2" 'BEGIN { p = x / t; if (p > 1) p = 1
	printf "%d%%\n", int(p * 100 + 1e-9) }'; }
track() {	# value baseline target set due -> on track | behind
	awk -v v="$1" -v b="$2" -v t="$3" -v s="$4" -v d="$5" '
	function day(x,   a, y, m, era, yoe, doy) {
		split(x, a, "-"); y = a[1] - (a[2] <= 2); m = a[2] + 0
		era = int(y / 400); yoe = y - era * 400
		doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + a[3] - 1
		doy += yoe * 365 + int(yoe / 4) - int(yoe / 100)
		return era * 146097 + doy - 719468 }
	BEGIN { el = (day("2026-02-23") - day(s)) / (day(d) + 1 - day(s))
		print ((v - b) / (t - b) >= el ? "on track" : "behind") }'
}
[ "$(track 0.5 0 1 1970-01-01 1970-01-01)" = behind ] &&
    [ "$(track 0.5 0 1 2026-02-02 2026-03-15)" = "on track" ] &&
    [ "$(track 0.5 0 1 2026-02-02 2026-03-14)" = behind ] ||
    fail "awk: days"	# 2026-02-02 + 21 days = 2026-02-23, half of 42
ana=$(rate $((13 + 6 + 12)) $((20 + 8 + 20)))		# W02-W04
bob=$(rate $((14 + 14)) 40)
dee_b=$(rate $((10 + 10 + 5)) 50)			# W03-W05
dee=$(rate $((15 + 15 + 16)) 60)			# W06-W08
ivy_b=$(rate 8 20)					# W02, stated
ivy=$(rate $((12 + 13)) 40)				# W07-W08
gus=$(num "$(awk 'BEGIN { print (270 + 320) / (3 + 4) }')" 3)
hal=$(num "$(awk 'BEGIN { print (55 + 70) / 2 }')" 1)
[ "$ana $bob $dee_b $dee $ivy_b $ivy $gus $hal" = \
    "0.6458 0.7 0.5 0.7667 0.4 0.625 84.286 62.5" ] ||
    fail "awk: $ana $bob $dee_b $dee $ivy_b $ivy $gus $hal"
dee_st=$(track "$dee" "$dee_b" 0.8 2026-02-02 2026-03-01)
ivy_st=$(track "$ivy" "$ivy_b" 0.7 2026-02-09 2026-02-28)
gus_st=$(track "$gus" 70 88 2026-01-05 2026-02-28)
[ "$dee_st/$ivy_st/$gus_st" = "on track/on track/behind" ] ||
    fail "awk: $dee_st/$ivy_st/$gus_st"

run 0 emp-report -q --width 200 --goals goals.csv scores.csv
check_err <<'ERR'
emp-report: goals.csv:12: field 'set': 2026-03-01 is after the due date 2026-02-28
emp-report: goals.csv:13: field 'set': not a date (YYYY-MM-DD): '2026-13-01'
emp-report: goals.csv:14: field 'baseline': not a period: '2026-W54'
ERR
sed -n '/^Goals$/,/^Challenges$/p' out >goals.out
check_file goals.out <<EOF
Goals
-----
Each goal is judged on the agent's scores pooled over its window, from the day it was set to its due date, against a baseline from before it; samples in brackets. A status needs the metric's minimum
sample.
agent  metric                target  window                    baseline  value             progress  status
-----  --------------------  ------  ------------------------  --------  ----------------  --------  ---------------------------------
ana    resolved_rate         >= 0.6  2026-01-05 to 2026-01-25         —       $ana (48)      $(pct "$ana" 0.6)  met
bob    resolved_rate         >= 0.8  2026-01-05 to 2026-01-25         —          $bob (40)       $(pct "$bob" 0.8)  not met
cy     resolved_rate         >= 0.7  2026-01-05 to 2026-01-25         —         n<min (8)         —  overdue: 8 of 20 contacts
dee    resolved_rate         >= 0.8  2026-02-02 to 2026-03-01  $dee_b (50)       $dee (60)       $(pct "$dee" 0.8)  $dee_st
eve    resolved_rate         >= 0.8  2025-12-29 to 2026-03-31         —          $(rate 12 20) (20)       $(pct 0.6 0.8)  behind
fay    resolved_rate         >= 0.7  2026-02-09 to 2026-03-31         —         n<min (8)         —  too early: needs $((20 - 8)) more contacts
gus    qa                     >= 88  2026-01-05 to 2026-02-28    70 (3)        $gus (7)       $(pct "$gus" 88)  $gus_st
hal    index                  >= 60  2025-12-29 to 2026-02-22         —  $hal (2 periods)      $(pct "$hal" 60)  met
ivy    resolved_rate         >= 0.7  2026-02-09 to 2026-02-28  $ivy_b (20)        $ivy (40)       $(pct "$ivy" 0.7)  $ivy_st
jo     aht_s (lower better)  <= 300  2026-01-12 to 2026-01-18         —          280 (12)      100%  met
gus, qa: $((2 + 1)) QA evaluations in 2 weeks below the minimum sample are not counted.

Challenges
EOF

# Strict: the refused rows make the status 1; the report is written.
run 1 emp-report -q -s --width 200 --goals goals.csv scores.csv
grep -q '^jo     aht_s (lower better)  <= 300  ' out || fail "strict: no report"

# A goals file of the old columns (no set, no baseline) is still read:
# the window from the first week with contacts; no baseline.
printf 'agent,metric,target,due\nana,resolved_rate,0.6,2026-01-25\n' >old.csv
run 0 emp-report -q --width 200 --goals old.csv scores.csv
check_err </dev/null
grep -qx "ana    resolved_rate  >= 0.6  2025-12-29 to 2026-01-25         —  $ana (48)      100%  met" out ||
    fail "old goals: $(grep '^ana ' out)"

# Never past the report's week: at 2026-W07, hal's index is W07's alone
# (55 < 60, no due date: behind), ana's resolved_rate (0 of 20 in W05) is left out
# of a window that ended in W04 either way, and dee's window is W06-W07
# against W04-W05.
run 0 emp-report -q --width 200 --period 2026-W07 --goals goals.csv \
    scores.csv
dee7=$(rate 30 40)
dee7_b=$(rate 15 30)
dee7_st=$(awk -v v="$dee7" -v b="$dee7_b" 'BEGIN {
	print ((v - b) / (0.8 - b) >= 14 / 28 ? "on track" : "behind") }')
grep -qx "hal    index  *>= 60  2025-12-29 to 2026-02-15  *—  55 (1 period)  *$(pct 55 60)  behind" out ||
    fail "W07 hal: $(grep '^hal ' out)"
grep -qx "dee    resolved_rate         >= 0.8  2026-02-02 to 2026-03-01  $dee7_b (30)  *$dee7 (40)  *$(pct "$dee7" 0.8)  $dee7_st" out ||
    fail "W07 dee: $(grep '^dee ' out)"
