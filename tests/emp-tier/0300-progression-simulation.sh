#!/bin/sh
# emp-tier: the progression simulation of issue 12 ("Done when").  Six agents
# of one team, hired 2026-01-01 at level 1, limit 25, are reviewed for seven
# months with every recommendation fed back into the roster, and their
# timeline must follow the progressive model (DOMAIN.md), whatever the score
# period and however often the review is run:
#   flawless (flaw-a, flaw-b): every week resolved_rate 0.90, transfer_rate 0.03,
#       csat_rate 0.95, qa 95.  The limit is at most 50 at every review with
#       tenure < 2.0; at least 200 from the first review with tenure >= 3.9
#       (monthly: the end of April) on; exactly 500 from the first review
#       with tenure >= 5.9 (the end of June) on; never "review".
#   one bad week (bad-mar: 2026-W13, 23-29 March; bad-may: 2026-W20, 11-17
#       May): as flawless, except that week: resolved_rate 0.55, transfer_rate 0.25,
#       csat_rate 0.55, qa 65.  Never "review"; at every review at most one
#       rung below the flawless agents; limit 500 at the last review (end of
#       July at the latest).
#   weak (weak-a, weak-b): every week resolved_rate 0.45, transfer_rate 0.30,
#       csat_rate 0.50, qa 60.  Never a raise or a promotion (level 1, limit
#       25 throughout); "review" at every review from the end of February
#       (monthly) or from 2026-03-01 (weekly) on.
#   everyone: never a lower level or limit than at the review before, nor
#       than the roster's.
# Tenure is emp-tier's own tenure_months.  The rungs are the (level, limit)
# pairs of `emp-tier --print-policy` in order (rung 0 = level 1, limit 25).
#
# The runs: score periods week and month x review cadence monthly (as of the
# last day of each month, January to July) and weekly (as of every Sunday,
# 2026-01-04 to 2026-07-26).  The input is made once per period from all the
# events (emp-tier ignores the periods after --as-of):
#   input=partial   emp-score --partial --by P -g agent --tz UTC events.csv
#   input=scores    emp-score --by P -g agent --tz UTC events.csv
# (SIM_INPUT=scores selects the latter.)  Before the runs, the events are
# scored by week (-m qa=1) and every agent's weekly counts and rates are
# checked against the profiles: the generator (simgen.awk) does what this
# test says it does.
#
# Each failed assertion prints one line "run date agent: expected ..., got
# ...".  The timeline (every review of every agent) is written to
# timeline.txt in the test's directory, and to stderr with SIM_VERBOSE=1.
# To read it, run the test by hand in a directory of its own:
#   mkdir /tmp/sim && cd /tmp/sim && EMP_BIN=$TOP/build PATH=$TOP/build:$PATH \
#       SIM_VERBOSE=1 sh $TOP/tests/emp-tier/0300-progression-simulation.sh
. "${0%/*}/../lib.sh"

input=${SIM_INPUT:-partial}
case $input in
partial) partial=--partial ;;
scores) partial= ;;
*) fail "SIM_INPUT: '$input' is neither partial nor scores" ;;
esac

# --- the scenario -----------------------------------------------------------

cat >profiles.txt <<'EOF'
# profile  resolved_rate   transfer_rate  csat_rate  qa  (the same every week)
flawless   0.90  0.03           0.95       95
bad        0.55  0.25           0.55       65
weak       0.45  0.30           0.50       60
EOF
cat >agents.txt <<'EOF'
# agent  profile   bad week (ISO week of 2026 with the profile "bad", 0 none)
flaw-a   flawless  0
flaw-b   flawless  0
bad-mar  flawless  13
bad-may  flawless  20
weak-a   weak      0
weak-b   weak      0
EOF
awk -v team=north -f "${0%/*}/simgen.awk" profiles.txt agents.txt >events.csv

{
	echo agent,team,hired,level,limit
	awk '!/^#/ && NF { print $1 ",north,2026-01-01,1,25" }' agents.txt
} >roster0.csv

# the review days: day 0 is 2026-01-01
awk 'BEGIN {
	split("0 31 59 90 120 151 181 212", cum, " ")
	for (m = 2; m <= 8; m++)
		print "monthly", day(cum[m] - 1)
	for (d = 3; d <= 206; d += 7)
		print "weekly", day(d)
}
function day(d,	m) {
	for (m = 1; d >= cum[m + 1] + 0; m++)
		;
	return sprintf("2026-%02d-%02d", m, d - cum[m] + 1)
}' >reviews.txt

# the ladder: "rung level limit", rung 0 first
emp-tier --print-policy >policy.txt || fail "emp-tier --print-policy failed"
awk '$1 == "level" { lv = $2 }
$1 == "limits" { for (i = 2; i <= NF; i++) print n++, lv, $i }' \
    policy.txt >ladder.txt
[ "$(sed -n 1p ladder.txt)" = "0 1 25" ] ||
    fail "policy: the first rung is not level 1, limit 25: $(sed -n 1p ladder.txt)"

# --- precondition: the events are what the profiles say ---------------------

run 0 emp-score -q --by week -g agent --tz UTC -m qa=1 events.csv
mv out weekly-check.csv
awk -F, '
# the two spec files are separated by blanks
FNR == NR || FILENAME == ARGV[2] {
	if (/^#/ || split($0, x, " ") == 0) next
	if (FNR == NR) {
		want["resolved_rate", x[1]] = x[2]; want["transfer_rate", x[1]] = x[3]
		want["csat_rate", x[1]] = x[4]; want["qa", x[1]] = x[5]
	} else {
		prof[x[1]] = x[2]; bad[x[1]] = x[3]
	}
	next
}
FNR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
function v(name) { return $col[name] }
function bad_(msg) { print "generator: " $col["period"] " " a ": " msg; nbad++ }
# the value of m must be the intended rate within the rounding of its count
# n (k of n events), or the intended mean to 4 decimals
function near(m, want_, tol) {
	if (v(m) == "" || v(m) - want_ > tol || want_ - v(m) > tol)
		bad_(m " " v(m) ", intended " want_)
}
{
	a = v("key")
	if (!(a in prof)) { bad_("an agent not in agents.txt"); next }
	weeks[a]++
	w = substr(v("period"), 7) + 0
	q = (w == bad[a]) ? "bad" : prof[a]
	if (v("contacts") != 40 || v("resolved_rate_n") != 40 || v("transfer_rate_n") != 40)
		bad_("contacts " v("contacts") " (resolved_rate_n " v("resolved_rate_n") \
		    ", transfer_rate_n " v("transfer_rate_n") "), intended 40")
	if (v("csat_rate_n") != 15)
		bad_("csat_rate_n " v("csat_rate_n") ", intended 15")
	if (v("qa_n") != 2)
		bad_("qa_n " v("qa_n") ", intended 2")
	near("resolved_rate", want["resolved_rate", q], 0.5 / 40 + 0.0001)
	near("transfer_rate", want["transfer_rate", q], 0.5 / 40 + 0.0001)
	near("csat_rate", want["csat_rate", q], 0.5 / 15 + 0.0001)
	near("qa", want["qa", q], 0.0001)
}
END {
	for (a in prof)
		if (weeks[a] != 31) {
			print "generator: " a ": " weeks[a] + 0 \
			    " weeks of scores, intended 31 (2026-W01 to W31)"
			nbad++
		}
	exit nbad > 0
}' profiles.txt agents.txt weekly-check.csv >&2 ||
    fail "the generated events do not have the intended weekly rates"

# --- the runs ---------------------------------------------------------------

# timeline.tsv: run, date, agent, class, tenure, level, limit, action,
# rec_level, rec_limit, rung (of rec_level, rec_limit), window, blocked_by
: >timeline.tsv
for period in week month; do
	emp-score -q $partial --by $period -g agent --tz UTC events.csv \
	    >input-$period.csv 2>err ||
	    fail "emp-score $partial --by $period: $(head -n 1 err)"
	for cadence in monthly weekly; do
		r=$period-scores/$cadence-review
		cp roster0.csv roster.csv
		for day in $(awk -v c=$cadence '$1 == c { print $2 }' reviews.txt)
		do
			st=0
			emp-tier -q --roster roster.csv --as-of "$day" \
			    input-$period.csv >tiers.csv 2>err || st=$?
			[ "$st" = 0 ] ||
			    fail "$r $day: emp-tier exited $st: $(head -n 1 err)"
			# the timeline rows, and the roster of the next review
			# with every recommendation accepted
			awk -F, -v run=$r -v day="$day" -v tl=timeline.tsv '
			function csv(line, f,	n, c, q, s, i) {
				n = 1; f[1] = ""; q = 0
				for (i = 1; i <= length(line); i++) {
					c = substr(line, i, 1)
					if (q) {
						if (c == "\"" && substr(line, i + 1, 1) == "\"") {
							f[n] = f[n] c; i++
						} else if (c == "\"")
							q = 0
						else
							f[n] = f[n] c
					} else if (c == "\"")
						q = 1
					else if (c == ",")
						f[++n] = ""
					else
						f[n] = f[n] c
				}
				return n
			}
			FILENAME == ARGV[1] { split($0, x, " "); rung[x[2], x[3]] = x[1]; next }
			FILENAME == ARGV[2] {
				if (FNR > 1) { order[++na] = $1; row[$1] = $0 }
				next
			}
			FILENAME == ARGV[3] {
				split($0, x, " ")
				if (x[2] == "weak") cls[x[1]] = "weak"
				else if (x[3] > 0) cls[x[1]] = "one-bad-week"
				else cls[x[1]] = "flawless"
				next
			}
			FNR == 1 {
				n = csv($0, f)
				for (i = 1; i <= n; i++) col[f[i]] = i
				split("agent tenure_months level limit rec_level rec_limit action", need, " ")
				for (i = 1; i in need; i++)
					if (!(need[i] in col)) {
						print "no column " need[i] " in the tiers output" >"/dev/stderr"
						exit 2
					}
				next
			}
			{
				csv($0, f)
				a = f[col["agent"]]
				seen[a]++
				lv = f[col["rec_level"]]; lim = f[col["rec_limit"]]
				g = ((lv, lim + 0) in rung) ? rung[lv, lim + 0] : "?"
				printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
				    run, day, a, cls[a], f[col["tenure_months"]],
				    f[col["level"]], f[col["limit"]], f[col["action"]],
				    lv, lim, g, (("window" in col) ? f[col["window"]] : ""),
				    (("blocked_by" in col) ? f[col["blocked_by"]] : "") >>tl
				new[a] = a ",north,2026-01-01," lv "," lim
			}
			END {
				print "agent,team,hired,level,limit"
				for (i = 1; i <= na; i++) {
					a = order[i]
					if (seen[a] != 1) {
						# not listed (or twice): an assertion fails on it
						printf "%s\t%s\t%s\t%s\t\t\t\tlisted %d times\t\t\t?\t\t\n",
						    run, day, a, cls[a], seen[a] >>tl
						print row[a]
					} else
						print new[a]
				}
			}' ladder.txt roster.csv agents.txt tiers.csv >roster.next ||
			    fail "$r $day: cannot read the tiers output"
			mv roster.next roster.csv
		done
	done
done

# --- the timeline, for a human ----------------------------------------------

awk -F'\t' '
$1 != run {
	if (run != "") { flush(); print "" }
	run = $1; nag = 0; date = ""; first = 1
	print "run " run "   (each cell: rec_level/rec_limit action after the review)"
}
$2 != date { flush(); date = $2; line = sprintf("%-10s %4s", date, $5) }
first { ag[++nag] = $3 }
{ line = line sprintf(" %-16s", $9 "/" $10 " " $8) }
function flush(	i) {
	if (date == "") return
	if (first) {
		printf "%-10s %4s", "date", "ten."
		for (i = 1; i <= nag; i++) printf " %-16s", ag[i]
		print ""
		first = 0
	}
	print line
}
END { flush() }' timeline.tsv >grid.txt
{
	echo "emp-tier progression simulation (input: $input)"
	echo
	cat grid.txt
	echo
	printf 'run\tdate\tagent\tclass\ttenure\tlevel\tlimit\taction\trec_level\trec_limit\trung\twindow\tblocked_by\n'
	cat timeline.tsv
} >timeline.txt
[ -z "${SIM_VERBOSE:-}" ] || cat timeline.txt >&2

# --- the assertions -----------------------------------------------------------

awk -F'\t' '
function no(what, got) {
	printf "%s %s %s (%s): expected %s, got %s\n", $1, $2, $3, $4, what, got
	nfail++
}
function got() {
	return "level " $9 ", limit " $10 ", " $8 " (tenure " $5 ")"
}
# first pass: the flawless agents rung per review, each run last review day
FNR == NR {
	if ($4 == "flawless" && (!(($1, $2) in top) || $11 > top[$1, $2]))
		top[$1, $2] = $11
	last[$1] = $2
	next
}
{
	k = $1 SUBSEP $3
	if ($8 ~ /^listed /) { no("listed once", $8); next }
	if ($5 == "") { no("a tenure_months", "none"); next }
	if ($11 == "?") { no("a rung of the policy", got()); next }
	# the roster holds what the review before recommended
	if ($9 < $6 || $10 < $7)
		no("no lower than before (level " $6 ", limit " $7 ")", got())
	if ($4 != "weak" && $8 == "review")
		no("no review", got())
	if ($4 == "flawless") {
		if ($5 < 2.0 && $10 > 50)
			no("limit <= 50 at tenure < 2", got())
		if ($5 >= 3.9) s39[k] = 1
		if ($5 >= 5.9) s59[k] = 1
		if (s59[k] && $10 != 500)
			no("limit 500 from the first review at tenure >= 5.9", got())
		else if (s39[k] && $10 < 200)
			no("limit >= 200 from the first review at tenure >= 3.9", got())
	} else if ($4 == "one-bad-week") {
		if ($11 < top[$1, $2] - 1)
			no("rung >= " top[$1, $2] - 1 " (the flawless agents " \
			    top[$1, $2] " - 1)", "rung " $11 ": " got())
		if ($2 == last[$1] && $10 != 500)
			no("limit 500 at the last review", got())
	} else if ($4 == "weak") {
		if ($8 == "raise" || $8 == "promote" || $9 != 1 || $10 != 25)
			no("level 1, limit 25, no raise or promotion", got())
		from = $1 ~ /monthly/ ? "2026-02-28" : "2026-03-01"
		if ($2 >= from && $8 != "review")
			no("review (from " from " on)", got())
	}
}
END { exit nfail > 0 }' timeline.tsv timeline.tsv >failures.txt || {
	cat failures.txt >&2
	fail "$(wc -l <failures.txt) assertions failed (input $input); the timeline is in timeline.txt"
}
