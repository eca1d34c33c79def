# tests/emp-tier/recompute.awk: emp-tier's table recomputed from the
# policy (as --print-policy writes it), a roster (columns found by name:
# agent, team, hire date, exit date, level, limit; no quotes) and a partial
# file of weekly agent sums (emp-score --partial --by week -g agent),
# following the rules of emp-tier(1) and emp-policy(5), independently of
# its C code.  The header, then the rows sorted by agent.
#
#   awk -F, -v today=YYYY-MM-DD [-v asof_day=YYYY-MM-DD] -v policy=P -v roster=R \
#       -f recompute.awk P R PARTIAL
#
# The evidence window: the review day is asof (--as-of), else the last day
# of the latest week, but at most yesterday; E is the end (the day after) of the latest week
# ending on or before it; the window is every week that overlaps
# [E - window, E) and ends by E.  Each gate pools the window's sums: a
# rate is its successes over its count, qa the sum of the evaluations
# (millionths) over their count.  Numbers are written as emp-scores(5)
# says: rates with at most 4 decimals, qa 3, intervals of rates 4, half
# away from zero, trailing zeros dropped.  A value that is a ratio of
# whole numbers is rounded exactly, in integers; an interval bound (an
# irrational number) in floating point.
function days(s,   y, m, d, era, yoe, doy, doe) {	# since 1970-01-01
	y = substr(s, 1, 4) + 0; m = substr(s, 6, 2) + 0; d = substr(s, 9, 2) + 0
	if (m <= 2) y--
	era = int(y / 400); yoe = y - era * 400
	doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
	doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
	return era * 146097 + doe - 719468
}
function date(n,   z, era, doe, yoe, y, doy, mp, d, m) {	# days -> Y-M-D
	z = n + 719468; era = int(z / 146097); doe = z - era * 146097
	yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
	y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
	mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
	m = mp + (mp < 10 ? 3 : -9); if (m <= 2) y++
	return sprintf("%04d-%02d-%02d", y, m, d)
}
function week_start(p,   jan4) {	# "2026-W07" -> the days of its Monday
	jan4 = days(substr(p, 1, 4) "-01-04")
	return jan4 - (jan4 + 3) % 7 + (substr(p, 7) - 1) * 7
}
function trim(s) {	# "12.3400" -> "12.34", "5.000" -> "5"
	if (s ~ /\./) { sub(/0+$/, "", s); sub(/\.$/, "", s) }
	return s
}
function fmt_int(r, dec, neg,   s) {	# r / 10^dec, r a whole number >= 0
	s = sprintf("%0" (dec + 1) "d", r)
	if (dec > 0) s = substr(s, 1, length(s) - dec) "." substr(s, length(s) - dec + 1)
	s = trim(s)
	return (neg && s != "0") ? "-" s : s
}
function fmt_ratio(a, b, dec,   p) {	# a / b (a >= 0, b > 0), exactly
	p = 10 ^ dec
	return fmt_int(int((2 * a * p + b) / (2 * b)), dec, 0)
}
function fmt_real(v, dec,   neg, p) {	# a real number, half away from zero
	neg = v < 0; if (neg) v = -v
	p = 10 ^ dec
	return fmt_int(int(v * p + 0.5), dec, neg)
}
function tenth(t) { return fmt_int(t, 1, 0) }
function noun(m, k,   s) {
	s = m == "qa" ? "QA evaluation" : m == "csat_rate" ? "survey" : "contact"
	return k == 1 ? s : s "s"
}
function add(s, tok) { return s == "" ? tok : s "; " tok }
# The pooled sums of metric m for agent a: NUM and DEN (num in
# millionths for qa); DEN is the count n.
function pooled(a, m) {
	NUM = (a SUBSEP m) in num ? num[a, m] : 0
	DEN = (a SUBSEP m) in den ? den[a, m] : 0
}
# gate g of level L for agent a: its state (pass, short, FAIL, unknown)
# and its token in TOK
function gate(L, g, a,   m, need, th, thn, ths, v, pass, z, p, c, h, lo, hi, iv, cmpv, clear) {
	m = gm[L, g]; need = gn[L, g] >= 0 ? gn[L, g] : samp[L]
	pooled(a, m)
	# the value, exactly: qa's sum is in millionths
	if (m == "qa") { vnum = NUM; vden = DEN * 1000000; dec = 3 } else { vnum = NUM; vden = DEN; dec = 4 }
	if (DEN == 0 || DEN < need) {
		TOK = m " " (DEN == 0 ? "?" : fmt_ratio(vnum, vden, dec)) \
		    " (n=" DEN "<" need ": needs " (need - DEN) " more " noun(m, need - DEN) ")"
		return "unknown"
	}
	v = fmt_ratio(vnum, vden, dec)
	# the threshold as thn / 10^ths, compared in whole numbers
	th = gv[L, g]; ths = 0
	if (th ~ /\./) { ths = length(th) - index(th, "."); thn = th; sub(/\./, "", thn); thn += 0 } else thn = th + 0
	# vnum / vden >= thn / 10^ths  <=>  vnum * 10^ths >= thn * vden
	cmpv = vnum * 10 ^ ths - thn * vden
	pass = gop[L, g] == "min" ? cmpv >= 0 : cmpv <= 0
	if (pass) {
		TOK = m " " v (gop[L, g] == "min" ? ">=" : "<=") th " (n=" DEN ")"
		return "pass"
	}
	z = 1.959963984540054
	if (m == "qa") {
		h = z * (100 / 2) / sqrt(DEN); c = vnum / vden
		lo = c - h; hi = c + h; if (lo < 0) lo = 0; if (hi > 100) hi = 100; iv = 3
	} else {
		p = NUM / DEN
		c = (p + z * z / (2 * DEN)) / (1 + z * z / DEN)
		h = z * sqrt(p * (1 - p) / DEN + z * z / (4 * DEN * DEN)) / (1 + z * z / DEN)
		lo = c - h; hi = c + h; if (lo < 0) lo = 0; if (hi > 1) hi = 1; iv = 4
	}
	clear = gop[L, g] == "min" ? hi < th + 0 : lo > th + 0
	TOK = m " " v (gop[L, g] == "min" ? "<" : ">") th " (n=" DEN ", 95% " \
	    fmt_real(lo, iv) "-" fmt_real(hi, iv) ": " (clear ? "clear" : "not clear") ")"
	return clear ? "FAIL" : "short"
}
# rung r for agent a: 1 when it passes; its tokens in RT, the first that
# does not pass in RF
function rung(r, a,   L, need, g, st, tok) {
	L = rl[r]; need = rt[r]; RT = ""; RF = ""; ok = 1
	if (need > 0) {
		tok = "tenure " tenth(ten[a]) (ten[a] >= need ? ">=" : "<") tenth(need)
		RT = add(RT, tok)
		if (ten[a] < need) { ok = 0; RF = tok }
	}
	for (g = 1; g <= ng[L]; g++) {
		if (graise[L, g] && rs[r] == 1) continue
		st = gate(L, g, a); RT = add(RT, TOK)
		if (st != "pass") { if (ok) RF = TOK; ok = 0 }
	}
	return ok
}
function csv(s) { return s ~ /[",]/ ? "\"" s "\"" : s }
FILENAME == policy {
	sub(/#.*/, ""); gsub(/\t/, " "); n = split($0, w, " ")
	if (n == 0) next
	if (w[1] == "window") window = w[2] + 0
	else if (w[1] == "high-value") hv = w[2]
	else if (w[1] == "level") L = ++nlev
	else if (w[1] == "limits") { nl[L] = n - 1; for (i = 2; i <= n; i++) lim[L, i - 1] = w[i] }
	else if (w[1] == "tenures") for (i = 2; i <= n; i++) lt[L, i - 1] = int(w[i] * 10 + 0.5)
	else if (w[1] == "tenure") lt[L, 0] = int(w[2] * 10 + 0.5)
	else if (w[1] == "sample") samp[L] = w[2] + 0
	else if (w[1] ~ /^(raise-)?(min|max)$/) {
		g = ++ng[L]; graise[L, g] = (w[1] ~ /^raise-/)
		gop[L, g] = w[1]; sub(/^raise-/, "", gop[L, g])
		gm[L, g] = w[2]; gv[L, g] = w[3]; gn[L, g] = -1
		if (n == 4) { gn[L, g] = w[4]; sub(/^n=/, "", gn[L, g]); gn[L, g] += 0 }
	} else { print "recompute.awk: unknown policy line: " $0 >"/dev/stderr"; exit 2 }
	next
}
FILENAME == roster {
	if (FNR == 1) { for (i = 1; i <= NF; i++) rc[tolower($i)] = i; next }
	a = $rc["agent"]; ros[a] = 1; team[a] = $rc["team"]
	hired[a] = $rc["hire date"]; left[a] = $rc["exit date"]
	lvl[a] = $rc["level"] + 0; limit[a] = $rc["limit"]
	next
}
FNR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
$col["type"] == "sum" && $col["group"] == "agent" {
	p = $col["period"]
	if (p !~ /^[0-9][0-9][0-9][0-9]-W[0-9][0-9]$/) { print "recompute.awk: not a week: " p >"/dev/stderr"; exit 2 }
	if (!(p in pstart)) { pstart[p] = week_start(p); if (pstart[p] + 7 > maxend) maxend = pstart[p] + 7 }
	rows[NR] = $0; rowp[NR] = p
}
END {
	# the rungs: (level, step), the tenure each needs
	for (L = 1; L <= nlev; L++)
		for (i = 1; i <= nl[L]; i++) {
			nr++; rl[nr] = L; rs[nr] = i; rlim[nr] = lim[L, i]
			rt[nr] = (L SUBSEP i) in lt ? lt[L, i] : ((L SUBSEP 0) in lt ? lt[L, 0] : 0)
		}
	# the review day and the window
	asof = maxend - 1
	if (today != "" && days(today) - 1 < asof) asof = days(today) - 1
	if (asof_day != "") asof = days(asof_day)
	E = -1e9
	for (p in pstart) if (pstart[p] + 7 <= asof + 1 && pstart[p] + 7 > E) E = pstart[p] + 7
	W0 = E - window; first = ""; last = ""
	for (p in pstart) {
		inwin[p] = pstart[p] < E && pstart[p] + 7 > W0 && pstart[p] + 7 <= E
		if (!inwin[p]) continue
		if (first == "" || pstart[p] < pstart[first]) first = p
		if (last == "" || pstart[p] > pstart[last]) last = p
	}
	winname = first == last ? first : first ".." last
	# the pooled sums of the window
	split("resolved_rate res_y res_n transfer_rate xfer_y xfer_n csat_rate csat_good csat_n qa qa qa_n", mm, " ")
	for (k in rows) {
		if (!inwin[rowp[k]]) continue
		split(rows[k], f, ",")
		a = f[col["key"]]
		for (i = 1; i <= 12; i += 3) {
			num[a, mm[i]] += f[col[mm[i + 1]]]
			den[a, mm[i]] += f[col[mm[i + 2]]]
		}
	}
	print "agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window"
	for (a in ros) {
		if (left[a] != "" && days(left[a]) <= asof) continue
		if (days(hired[a]) > asof) continue
		d = asof - days(hired[a]); ten[a] = d <= 0 ? 0 : int(d * 480 / 1461)
		L = lvl[a]; act = "hold"; reasons = ""; blocked = ""
		recl = L; recm = limit[a]
		# 1. review: a clear shortfall of a gate of the own level
		for (g = 1; g <= ng[L]; g++) {
			if (graise[L, g]) continue
			st = gate(L, g, a); reasons = add(reasons, TOK)
			if (st == "FAIL") { act = "review"; blocked = add(blocked, TOK) }
		}
		if (act != "review") {
			# the agent's rung: the highest of a lower level, or of its
			# own at or below its limit
			pos = 0
			for (r = 1; r <= nr; r++)
				if (rl[r] < L || (rl[r] == L && rlim[r] + 0 <= limit[a] + 0)) pos = r
			best = 0
			for (r = pos + 1; r <= nr; r++) {
				if (!rung(r, a)) break
				best = r; breasons = RT
			}
			if (best > 0) {
				act = rl[best] > L ? "promote" : "raise"
				recl = rl[best]; reasons = breasons
				if (rlim[best] + 0 > limit[a] + 0) recm = rlim[best]
			} else if (r <= nr) {
				reasons = RT; blocked = RF
			}
		}
		printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", a, team[a], tenth(ten[a]),
		    L, limit[a], recl, recm, recm * hv, act, csv(reasons), csv(blocked),
		    winname | "sort"
	}
	close("sort")
}
