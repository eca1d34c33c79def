# tests/emp-tier/recompute.awk: emp-tier's table recomputed from the
# policy (as --print-policy writes it), the roster (agent, team, hired,
# left, level, limit, in that order, limits plain numbers) and monthly
# agent scores, following the rules of emp-tier(1), independently of its
# C code.  The header, then the rows sorted.
#
#   awk -F, -v asof=YYYY-MM-DD -v policy=P -v roster=R -f recompute.awk P R SCORES
function days(s,   y, m, d) {	# days since 1970-01-01 of YYYY-MM-DD
	y = substr(s, 1, 4) + 0; m = substr(s, 6, 2) + 0; d = substr(s, 9, 2) + 0
	if (m <= 2) y--
	era = int(y / 400); yoe = y - era * 400
	doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
	doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
	return era * 146097 + doe - 719468
}
function mon(p) { return substr(p, 1, 4) * 12 + substr(p, 6, 2) - 1 }
function tenth(t) { return (t % 10) ? int(t / 10) "." (t % 10) : int(t / 10) }
function add(s, tok) { return s == "" ? tok : s "; " tok }
# gate g of level L in row key k (agent SUBSEP month): state and token
function gate(L, g, k,   m, v, n, need, st, c) {
	m = gm[L, g]; need = (gn[L, g] >= 0) ? gn[L, g] : samp[L]
	hasn = (m != "index" && m != "contacts" && m != "decisions")
	v = (k in row) ? val[k, m] : ""; n = (k in row) ? cnt[k, m] : 0
	if (v == "" || (hasn && n < need)) {
		st = "unknown"; TOK = m " " (v == "" ? "?" : v)
	} else {
		if (gop[L, g] == "min") { st = (v + 0 >= gv[L, g] + 0) ? "pass" : "fail"; c = st == "pass" ? ">=" : "<" }
		else { st = (v + 0 <= gv[L, g] + 0) ? "pass" : "fail"; c = st == "pass" ? "<=" : ">" }
		TOK = m " " v c gv[L, g]
	}
	if (hasn) TOK = TOK ((st == "unknown" && n < need) ? " (n=" n "<" need ")" : " (n=" n ")")
	return st
}
function qual(L, k,   g) {
	for (g = 1; g <= ng[L]; g++) if (!graise[L, g] && gate(L, g, k) != "pass") return 0
	return 1
}
function short(L, k,   g) {
	for (g = 1; g <= ng[L]; g++) if (!graise[L, g] && gate(L, g, k) == "fail") return 1
	return 0
}
function streak(a, L, kind,   p, k) {
	for (p = cur; (a SUBSEP p) in row; p--) {
		k = a SUBSEP p
		if (kind == "q" ? !qual(L, k) : !short(L, k)) break
	}
	return cur - p
}
FILENAME == policy {
	sub(/#.*/, ""); gsub(/\t/, " "); n = split($0, w, " ")
	if (n == 0) next
	if (w[1] == "review") review = w[2]
	else if (w[1] == "high-value") hv = w[2]
	else if (w[1] == "level") L = ++nlev
	else if (w[1] == "limits") { nl[L] = n - 1; for (i = 2; i <= n; i++) lim[L, i - 1] = w[i] }
	else if (w[1] == "tenure") ten[L] = w[2] * 10
	else if (w[1] == "periods") per[L] = w[2]
	else if (w[1] == "sample") samp[L] = w[2]
	else {
		g = ++ng[L]; graise[L, g] = (w[1] ~ /^raise-/)
		gop[L, g] = w[1]; sub(/^raise-/, "", gop[L, g])
		gm[L, g] = w[2]; gv[L, g] = w[3]; gn[L, g] = -1
		if (n == 4) { gn[L, g] = w[4]; sub(/^n=/, "", gn[L, g]) }
	}
	next
}
FILENAME == roster {
	if (FNR == 1) next
	ros[$1] = 1; team[$1] = $2; hired[$1] = $3; left[$1] = $4; lvl[$1] = $5; limit[$1] = $6
	next
}
FNR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
$2 == "agent" && days($1 "-01") <= days(asof) {
	k = $3 SUBSEP mon($1); row[k] = 1
	if (mon($1) > cur) cur = mon($1)
	for (c in col) { val[k, c] = $col[c]; cnt[k, c] = $col[c "_n"] }
}
END {
	print "agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by"; fflush()
	for (a in ros) {
		if (left[a] != "" && days(left[a]) <= days(asof)) continue
		L = lvl[a]; t = int((days(asof) - days(hired[a])) * 480 / 1461)
		k = a SUBSEP cur; step = 0
		for (i = 1; i <= nl[L]; i++) if (lim[L, i] + 0 <= limit[a] + 0) step = i
		reasons = ""; blocked = ""; pass = 1; act = "hold"; rl = L; rlim = limit[a]
		sk = streak(a, L, "s")
		if (sk >= review) { G = L; kq = -1; act = "review"; israise = 0 }
		else if (step < nl[L]) { G = L; kq = streak(a, L, "q"); israise = 1 }
		else if (L < nlev) { G = L + 1; kq = streak(a, G, "q"); israise = 0 }
		else { G = L; kq = -1; pass = 0; israise = 0 }
		if (G != L) {
			tok = "tenure " tenth(t) (t >= ten[G] ? ">=" : "<") tenth(ten[G])
			reasons = add(reasons, tok)
			if (t < ten[G]) { pass = 0; if (blocked == "") blocked = tok }
		}
		for (g = 1; g <= ng[G]; g++) {
			if (graise[G, g] && !israise) continue
			st = gate(G, g, k); reasons = add(reasons, TOK)
			if (st != "pass") pass = 0
			if (st != "pass" && blocked == "" && (act != "review" || st == "fail")) blocked = TOK
		}
		if (kq >= 0) {
			tok = "periods " kq (kq >= per[G] ? ">=" : "<") per[G]
			reasons = add(reasons, tok)
			if (kq < per[G]) { pass = 0; if (blocked == "") blocked = tok }
		}
		if (sk > 0) reasons = add(reasons, "shortfall " sk (sk >= review ? ">=" : "<") review)
		if (act != "review" && pass) {
			if (israise) { act = "raise"; rlim = lim[L, step + 1] }
			else { act = "promote"; rl = L + 1; if (lim[rl, 1] + 0 > rlim + 0) rlim = lim[rl, 1] }
		}
		printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", a, team[a], tenth(t), L, limit[a], rl, rlim, rlim * hv, act, reasons, blocked | "sort"
	}
}