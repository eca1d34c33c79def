#!/bin/sh
# emp-tier --exposure: the exposure stream of three agents in two teams
# (emp-exposure(5)), exactly, and every number of every row recomputed
# independently by awk from the tiers stream and the events.
# Policy: window 14 days; level 1 limits 100 200 (qa 80), level 2 limits
# 200 400 (qa 90).  Weekly scores W08..W10: the review day is 2026-03-08,
# the window W09..W10 = 2026-02-23..2026-03-08 (UTC days 20507..20520).
#   ana  North L1 100, qa 85: raised to 200 (level 2 wants qa 90)
#   bo   North L1 100, qa of 2 < 3: hold (100)
#   cy   South L2 400, the top: hold (400)
#   dee  in the events only: ignored, counted in the summary
# ana's decisions: at both ends of the window (02-23T00:00Z, 03-08T23:59Z,
# and 03-09T01:00+02:00, which is 03-08 in UTC: in), one day outside at
# each end (out); within 100 (100 itself within), the new band 100-200
# (200 itself in; two escalated: avoided, 600 + 300 s; one not), above
# 200 escalated (approval, not avoided), one without an amount (counted,
# no band), one reversed unknown, one mistake without a cost, the name
# written "  ANA ".  13 outcomes, 3 mistakes: 0.2308; costs known for 2
# of them (80.35 + 40): expected = 3 x 3/13 x 120.35/2 = 41.66.
# bo: 3 outcomes: no rate, the Wilson bounds still; no expected cost.
# A contact row is skipped.
. "${0%/*}/../lib.sh"
. "${0%/*}/exposure.sh"

exposure_setup
cat >events.csv <<'EOF'
kind,ts,agent,team,id,escalated,amount,decision_s,reversed,cost,src
decision,2026-02-22T23:59:59Z,ana,North,O1,1,150,600,1,99,d
decision,2026-02-23T00:00:00Z,ana,North,D1,0,50,,0,,d
decision,2026-02-24T10:00:00Z,ana,North,D2,0,100,,0,,d
decision,2026-02-25T09:00:00Z,bo,North,B1,1,150,1200,0,,d
decision,2026-02-25T10:00:00Z,ana,North,D3,1,150.50,600,0,,d
decision,2026-02-26T10:00:00Z,ana,North,D4,1,200,300,1,80.35,d
decision,2026-02-27T10:00:00Z,ana,North,D5,0,180,,0,,d
decision,2026-03-01T09:00:00Z,bo,North,B2,0,99.99,,1,15.5,d
decision,2026-03-02T09:00:00Z,cy,South,C1,0,400,,0,,d
decision,2026-03-02T09:00:00Z,dee,South,E1,1,150,100,0,,d
decision,2026-03-02T10:00:00Z,ana,North,D6,1,250,900,0,,d
decision,2026-03-03T09:00:00Z,bo,North,B3,0,100.01,,0,,d
decision,2026-03-03T09:00:00Z,dee,South,E2,0,50,,0,,d
decision,2026-03-03T10:00:00Z,ana,North,D7,0,,,0,,d
contact,2026-03-04T09:00:00Z,cy,South,K1,,,,,,d
decision,2026-03-04T09:00:00Z,cy,South,C2,1,1000,3600,1,1000,d
decision,2026-03-04T10:00:00Z,ana,North,D8,0,75.25,,1,40,d
decision,2026-03-05T09:00:00Z,cy,South,C3,0,12.34,,,,d
decision,2026-03-05T10:00:00Z,ana,North,D9,0,20,,0,,d
decision,2026-03-06T10:00:00Z,  ANA ,North,D10,0,60,,0,,d
decision,2026-03-06T11:00:00Z,ana,North,D14,0,10,,0,,d
decision,2026-03-07T10:00:00Z,ana,North,D11,0,90,,,,d
decision,2026-03-08T23:59:59Z,ana,North,D12,0,30,,0,,d
decision,2026-03-09T00:00:00Z,ana,North,O2,1,150,600,0,,d
decision,2026-03-09T01:00:00+02:00,ana,North,D13,0,40,,1,,d
EOF

# the recommendation raises ana alone
emp-tier -q -r roster.csv -p policy.txt scores.csv >tiers.csv
awk -F, 'NR > 1 && $9 != "hold" { print $1, $5, $7, $9 }' tiers.csv >moves
check_file moves <<'EOF'
ana 100 200 raise
EOF

run 0 emp-tier -r roster.csv -p policy.txt --exposure events.csv scores.csv
check_out <<'EOF'
group,key,team,window,level,limit,rec_limit,decisions,amount,within,within_amount,escalated,escalated_amount,approval_s,avoided,avoided_s,new_decisions,new_amount,outcomes,mistakes,mistake_rate,mistake_lo,mistake_hi,mistake_cost,expected_cost,expected_cost_hi
all,all,,2026-W09..2026-W10,,,,20,3018.09,12,987.58,5,1750.5,6600,2,900,3,530.5,18,5,0.2778,0.125,0.5087,1135.85,236.64,433.38
team,North,North,2026-W09..2026-W10,,,,17,1605.75,10,575.24,4,750.5,3000,2,900,3,530.5,16,4,0.25,0.1018,0.495,135.85,33.96,67.24
team,South,South,2026-W09..2026-W10,,,,3,1412.34,2,412.34,1,1000,3600,0,0,0,0,2,1,,0.0945,0.9055,1000,,
agent,ana,North,2026-W09..2026-W10,1,100,200,14,1255.75,9,475.25,3,600.5,1800,2,900,3,530.5,13,3,0.2308,0.0818,0.5026,120.35,41.66,90.73
agent,bo,North,2026-W09..2026-W10,1,100,100,3,350,1,99.99,1,150,1200,0,0,0,0,3,1,,0.0615,0.7923,15.5,,
agent,cy,South,2026-W09..2026-W10,2,400,400,3,1412.34,2,412.34,1,1000,3600,0,0,0,0,2,1,,0.0945,0.9055,1000,,
EOF
check_err <<'EOF'
emp-tier: 20 decisions of 3 agents: 2 escalations the recommended limits avoid (900 s), 3 decisions (530.5) newly within authority; 2 decisions outside the window, 2 of agents not listed; 0 rows rejected; window 2026-W09..2026-W10
EOF

# every row again, by awk
cat >recompute.awk <<'EOF'
# recompute the exposure stream from tiers.csv and events.csv (FS=,)
function days(y, m, d) {	# days since 1970-01-01 (civil)
	if (m <= 2) { y--; m += 12 }
	return 365 * y + int(y / 4) - int(y / 100) + int(y / 400) + \
	    int((153 * (m - 3) + 2) / 5) + d - 719469
}
function utcday(ts,   y, mo, d, h, mi, off, sg) {
	y = substr(ts, 1, 4) + 0; mo = substr(ts, 6, 2) + 0
	d = substr(ts, 9, 2) + 0; h = substr(ts, 12, 2) + 0
	mi = substr(ts, 15, 2) + 0; off = 0
	if (length(ts) > 20) {	# +hh:mm
		sg = substr(ts, 20, 1) == "-" ? -1 : 1
		off = sg * (substr(ts, 21, 2) * 60 + substr(ts, 24, 2))
	}
	return int((days(y, mo, d) * 1440 + h * 60 + mi - off) / 1440)
}
function cents(s) { return s == "" ? -1 : sprintf("%.0f", s * 100) + 0 }
function trim0(s) { if (s ~ /\./) { sub(/0+$/, "", s); sub(/\.$/, "", s) } return s }
function money(c) { return trim0(sprintf("%d.%02d", int(c / 100), c % 100)) }
function norm(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return tolower(s) }
function add(k, f, v) { S[k, f] += v }
function row(g, k, t, lv, li, rl,   o, m, lo, hi, z, p, den, mid, half, c, n, d) {
	o = S[k, "out"]; m = S[k, "mis"]
	line = g "," k "," t ",2026-W09..2026-W10," lv "," li "," rl "," \
	    S[k, "dec"] + 0 "," money(S[k, "amt"]) "," S[k, "win"] + 0 "," \
	    money(S[k, "wamt"]) "," S[k, "esc"] + 0 "," money(S[k, "eamt"]) \
	    "," S[k, "aps"] + 0 "," S[k, "avo"] + 0 "," S[k, "avs"] + 0 "," \
	    S[k, "new"] + 0 "," money(S[k, "namt"]) "," o + 0 "," m + 0 ","
	hi = ""
	if (o >= 10) line = line trim0(sprintf("%.4f", m / o))
	line = line ","
	if (o > 0) {
		z = 1.959963984540054; p = m / o
		den = 1 + z * z / o; mid = (p + z * z / (2 * o)) / den
		half = z * sqrt(p * (1 - p) / o + z * z / (4 * o * o)) / den
		lo = mid - half < 0 ? 0 : mid - half
		hi = mid + half > 1 ? 1 : mid + half
		line = line trim0(sprintf("%.4f", lo)) "," trim0(sprintf("%.4f", hi))
	} else line = line ","
	line = line "," money(S[k, "cost"]) ","
	if (o >= 10 && S[k, "cst"] > 0) {
		n = S[k, "new"] * m * S[k, "cost"]; d = o * S[k, "cst"]
		c = int((2 * n + d) / (2 * d))
		line = line money(c) "," trim0(sprintf("%.2f", \
		    S[k, "new"] * hi * S[k, "cost"] / 100 / S[k, "cst"]))
	} else line = line ","
	print line
}
FNR == 1 { for (i = 1; i <= NF; i++) col[FILENAME, $i] = i; next }
FILENAME ~ /tiers/ {
	a = $col[FILENAME, "agent"]; who[norm(a)] = a; na[++nag] = a
	team[a] = $col[FILENAME, "team"]; lvl[a] = $col[FILENAME, "level"]
	lim[a] = $col[FILENAME, "limit"]; rec[a] = $col[FILENAME, "rec_limit"]
	next
}
$col[FILENAME, "kind"] != "decision" { next }
{
	a = who[norm($col[FILENAME, "agent"])]
	if (a == "") next
	d = utcday($col[FILENAME, "ts"])
	if (d < FROM || d > TO) next
	amt = cents($col[FILENAME, "amount"]); esc = $col[FILENAME, "escalated"] == 1
	ds = $col[FILENAME, "decision_s"] + 0; rv = $col[FILENAME, "reversed"]
	cost = cents($col[FILENAME, "cost"])
	L = cents(lim[a]); R = cents(rec[a])
	split(a SUBSEP team[a] SUBSEP "all", ks, SUBSEP)
	for (j = 1; j <= 3; j++) {
		k = ks[j]; if (k == "") continue
		add(k, "dec", 1)
		if (amt >= 0) { add(k, "amt", amt); if (amt <= L) { add(k, "win", 1); add(k, "wamt", amt) } }
		if (esc) { add(k, "esc", 1); if (amt >= 0) add(k, "eamt", amt); add(k, "aps", ds) }
		if (amt > L && amt <= R) {
			add(k, "new", 1); add(k, "namt", amt)
			if (esc) { add(k, "avo", 1); add(k, "avs", ds) }
		}
		if (rv != "") {
			add(k, "out", 1)
			if (rv == 1) { add(k, "mis", 1); if (cost >= 0) { add(k, "cst", 1); add(k, "cost", cost) } }
		}
	}
}
END {
	row("all", "all", "", "", "", "")
	for (i = 1; i <= nag; i++) if (!(team[na[i]] in seen)) { seen[team[na[i]]]; nt++; tl[nt] = team[na[i]] }
	for (i = 1; i <= nt; i++) for (j = i + 1; j <= nt; j++) if (tl[j] < tl[i]) { x = tl[i]; tl[i] = tl[j]; tl[j] = x }
	for (i = 1; i <= nt; i++) row("team", tl[i], tl[i], "", "", "")
	for (i = 1; i <= nag; i++) { a = na[i]; row("agent", a, team[a], lvl[a], lim[a], rec[a]) }
}
EOF
awk -F, -v FROM=20507 -v TO=20520 -f recompute.awk tiers.csv events.csv \
    >expected
tail -n +2 out >rows
check_file rows expected

# emp-exposure(5)'s EXAMPLES show this very stream
awk '/^\.Sh EXAMPLES/ { ex = 1; next } ex && /^\.Bd/ { on = 1; next }
on && /^\.Ed/ { exit } on' "$TESTS_DIR/../man/emp-exposure.5" >manex
check_file manex out
