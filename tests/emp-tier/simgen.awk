# tests/emp-tier/simgen.awk: the event stream (emp-events(5)) of the
# progression simulation (0300-progression-simulation.sh), deterministic:
# every value is derived from counters, nothing is random.
#
#   awk -v team=T -f simgen.awk profiles.txt agents.txt >events.csv
#
# profiles.txt: "profile resolved_rate transfer_rate csat_rate qa" per line; agents.txt:
# "agent profile bad-week" per line (bad-week: the ISO week of 2026 that
# follows the profile "bad" instead, 0 for none); "#" lines are comments.
#
# The events run from 2026-01-01 (day 0, a Thursday) to 2026-07-31 (day 211).
# ISO week w+1 of 2026 is the days 7w-3 .. 7w+3 (Monday to Sunday), cut to
# that span: w = 0 .. 30, the first week (Thursday to Sunday) and the last
# (Monday to Friday) partial.  Each agent has in each week, spread over the
# week's days in the span:
#   NC contacts, each with talk_s, hold_s and acw_s, resolved 1 in exactly
#      round(resolved_rate * NC) of them and transferred 1 in exactly
#      round(transfer_rate * NC); escalated is left unknown (empty);
#   NS surveys of those contacts, round(csat_rate * NS) of them answering 5
#      or 4 (alternately), the others 2;
#   NQ QA evaluations whose mean is exactly qa (qa - 3 and qa + 3 in turn).
# Nothing else: no decision, pulse, state, hire or exit events.

BEGIN {
	NC = 40
	NS = 15
	NQ = 2
	LAST = 211
	split("0 31 59 90 120 151 181 212 243 273 304 334 365", cum, " ")
	print "kind,ts,agent,team,id,contact,channel,queue,talk_s,hold_s," \
	    "acw_s,avail_s,resolved,escalated,transferred,amount,decision_s," \
	    "csat,nps,qa,confidence,esat,reason,comment,challenge,src"
	line = 1
}

/^#/ || NF == 0 { next }

FILENAME == ARGV[1] {
	resolved_rate[$1] = $2
	xfer[$1] = $3
	csat[$1] = $4
	qa[$1] = $5
	next
}

{
	na++
	agent[na] = $1
	prof[na] = $2
	bad[na] = $3 + 0
}

# 2026-MM-DD of day d (day 0 = 2026-01-01)
function date(d,	m) {
	for (m = 1; d >= cum[m + 1] + 0; m++)
		;
	return sprintf("2026-%02d-%02d", m, d - cum[m] + 1)
}

function ts(d, minutes) {
	return sprintf("%sT%02d:%02d:00Z", date(d), 8 + int(minutes / 60),
	    minutes % 60)
}

function round(x) {
	return int(x + 0.5)
}

# 1 for exactly k of j = 0 .. n-1, spread evenly
function spread(j, k, n) {
	return int((j + 1) * k / n) - int(j * k / n)
}

# kind,ts,agent,team,id,contact,channel,queue,talk_s,hold_s,acw_s,avail_s,
# resolved,escalated,transferred,amount,decision_s,csat,nps,qa,confidence,
# esat,reason,comment,challenge,src
function emit(kind, t, a, id, contact, talk, hold, acw, res, tr, cs, q) {
	line++
	chq = (kind == "contact") ? "voice,general" : ","
	printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,,%s,,%s,,,%s,,%s,,,,,,sim:%d\n",
	    kind, t, a, team, id, contact, chq, talk, hold, acw, res, tr, cs, q,
	    line
}

END {
	for (w = 0; w <= 30; w++) {
		first = 7 * w - 3
		if (first < 0)
			first = 0
		ndays = 7 * w + 3
		if (ndays > LAST)
			ndays = LAST
		ndays = ndays - first + 1
		for (i = 1; i <= na; i++) {
			p = (w + 1 == bad[i]) ? "bad" : prof[i]
			if (!(p in resolved_rate)) {
				print "simgen.awk: no profile " p >"/dev/stderr"
				exit 2
			}
			a = agent[i]
			kres = round(resolved_rate[p] * NC)
			kxfer = round(xfer[p] * NC)
			kgood = round(csat[p] * NS)
			good = 0
			for (j = 0; j < NC; j++) {
				d = first + j % ndays
				min = int(j / ndays) * 13 + i * 2
				id = sprintf("c-%s-w%02d-%02d", a, w + 1, j)
				cid[j] = id
				cday[j] = d
				cmin[j] = min
				emit("contact", ts(d, min), a, id, "",
				    180 + (j * 37 + w * 11 + i * 5) % 240,
				    (j % 3 == 0) ? 20 + (j * 7) % 40 : 0,
				    30 + (j * 13) % 60,
				    spread(j, kres, NC),
				    spread((j + 5) % NC, kxfer, NC), "", "")
			}
			for (j = 0; j < NS; j++) {
				if (spread(j, kgood, NS))
					cs = (good++ % 2 == 0) ? 5 : 4
				else
					cs = 2
				emit("survey", ts(cday[j], cmin[j] + 120), a,
				    sprintf("s-%s-w%02d-%02d", a, w + 1, j),
				    cid[j], "", "", "", "", "", cs, "")
			}
			for (j = 0; j < NQ; j++) {
				k = j * 3 + 1
				emit("qa", ts(cday[k], cmin[k] + 240), a,
				    sprintf("q-%s-w%02d-%02d", a, w + 1, j),
				    cid[k], "", "", "", "", "", "",
				    qa[p] + ((j % 2 == 0) ? -3 : 3))
			}
		}
	}
}
