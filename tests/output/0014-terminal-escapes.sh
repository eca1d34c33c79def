#!/bin/sh
# Text outputs and diagnostics escape by one rule (emp(7), TEXT AND
# TERMINALS): C0 controls (tab included), DEL and bytes that are not
# UTF-8 (a raw 0x9b, which a Latin-1 terminal takes for CSI) as \xNN; C1
# controls in UTF-8 (U+009B) and bidi controls (U+202E) as \uNNNN; other
# UTF-8 as it is.  Data with ESC [31m, 0x9b, U+009B, U+202E, DEL and a tab
# goes through emp-challenge list --text, emp-tier's roster warnings and
# --explain, emp-report -f text and markdown (team report, scorecard, an
# unknown --team) and reject messages; the CSV outputs keep it as it is.
. "${0%/*}/../lib.sh"

# H, the hostile text; E, how it must be shown
H=$(printf 'x\033[31my\233z\302\233w\342\200\256v\177u\tt')
E='x\x1b[31my\x9bz\u009bw\u202ev\x7fu\x09t'

# clean FILE: no C0 control but newline, no DEL, no byte outside UTF-8, no
# C1 or bidi control left
clean() {
	LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$1" &&
	    fail "$1: a control character"
	iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 ||
	    fail "$1: not UTF-8"
	LC_ALL=C grep -Eq "$(printf '\302[\200-\237]|\342\200[\216\217\252-\256]|\342\201[\246-\251]|\330\234')" "$1" &&
	    fail "$1: a C1 or bidi control"
	return 0
}

# emp-challenge list: --text escapes and aligns by characters (déjà vu is
# 7 wide, 9 bytes); the CSV keeps every byte
people
export EMP_LEDGER=l.csv
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat
survey,2026-02-28T09:00:00Z,ana,S1,1
survey,2026-02-28T09:00:00Z,bob,S2,1
CSV
clock_at 2026-03-01T10:00:00Z; key ana
emp-challenge open S1 -e ev.csv --grounds "$H" >/dev/null
clock_at 2026-03-02T10:00:00Z; key bob
emp-challenge open S2 -e ev.csv --grounds plain --cause "$H" >/dev/null
clock_at 2026-03-03T10:00:00Z; key lee
emp-challenge deny CH-2 --note 'déjà vu' >/dev/null
run 0 emp-challenge list --text
f='%-11s%-8s%-8s%-7s%-41s%-9s%-22s%-22s%-9s%-41s%s%-9s%-9s%-13s%-9s%-7s'
f=$f'%-16s%-16s%s\n'
{
	printf "$f" challenge review kind agent cause status opened decided \
	    decider grounds 'note     ' revoked revoker revoke_note measure \
	    score proposed_score approved_score reassign
	printf "$f" CH-1 S1 survey ana '' pending 2026-03-01T10:00:00Z '' '' \
	    "$E" '         ' '' '' '' '' '' '' '' ''
	printf "$f" CH-2 S2 survey bob "$E" denied 2026-03-02T10:00:00Z \
	    2026-03-03T10:00:00Z lee plain 'déjà vu  ' '' '' '' '' '' '' '' ''
} >want
check_out want
check_err </dev/null
run 0 emp-challenge list
{
	echo 'challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign'
	printf 'CH-1,S1,survey,ana,,pending,2026-03-01T10:00:00Z,,,%s,,,,,,,,,\n' "$H"
	printf 'CH-2,S2,survey,bob,%s,denied,2026-03-02T10:00:00Z,2026-03-03T10:00:00Z,lee,plain,déjà vu,,,,,,,,\n' "$H"
} >want
check_out want
unset EMP_LEDGER EMP_ROSTER EMP_KEY

# emp-tier: the roster warnings and --explain escape the names; the tiers
# CSV keeps them
cat >policy.txt <<'EOF2'
window 7
level 1 Starter
	limits 25 50
	sample 1
	min qa 70
EOF2
printf 'agent,team,hired,level,limit\nana,A,2025-11-03,1,25\n%s,T%s,2025-11-03,1,25\ncy%s,A,2025-11-03,1,25\n' \
    "$H" "$H" "$H" >roster.csv
printf 'period,group,key,team,qa,qa_n\n2026-W01,agent,ana,A,90,2\n2026-W01,agent,%s,T%s,90,2\n2026-W01,agent,bob%s,A,90,2\n' \
    "$H" "$H" "$H" >scores.csv
run 0 emp-tier -p policy.txt --as-of 2026-01-04 -r roster.csv scores.csv
{
	echo 'agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window'
	echo 'ana,A,2,1,25,1,50,50,raise,qa 90>=70 (n=2),,2026-W01'
	printf 'cy%s,A,2,1,25,1,25,25,hold,qa ? (n=0<1: needs 1 more QA evaluation),qa ? (n=0<1: needs 1 more QA evaluation),2026-W01\n' "$H"
	printf '%s,T%s,2,1,25,1,50,50,raise,qa 90>=70 (n=2),,2026-W01\n' "$H" "$H"
} >want
check_out want
check_err <<EOF2
emp-tier: agent 'bob$E' is in the scores but not in the roster: not listed
emp-tier: agent 'cy$E' is in the roster but has no scores
emp-tier: 3 agents: 0 promote, 2 raise, 1 hold, 0 review; 1 in the scores but not the roster, 1 in the roster without scores, 0 left; 0 rows rejected; window 2026-W01
EOF2
run 0 emp-tier -p policy.txt --as-of 2026-01-04 -r roster.csv --explain "$H" scores.csv
check_out <<EOF2
agent $E, team T$E
as of 2026-01-04; evidence window 2026-W01, 2025-12-29 to 2026-01-04 (1 period; scores in 1)
standing: level 1 (Starter), limit 25, tenure 2 months (hired 2025-11-03)
recommendation: raise: level 1, limit 50 (50 for high-value customers)
the ladder above the standing:
  level 1, limit 50: passes
gates of level 1 (Starter) over the window:
  pass     qa 90>=70 (n=2)
the window's periods:
  2026-W01   qa 90 (n=2)
EOF2

# emp-report: the team report's agents, a scorecard in text and in
# Markdown, an unknown --team (a usage error)
printf 'period,group,key,team,contacts,resolved_rate,resolved_rate_n,index,rank\n2026-W01,agent,%s,T%s,10,0.5,10,40,1\n2026-W01,team,T%s,T%s,10,0.5,10,40,\n2026-W01,all,all,,10,0.5,10,40,\n' \
    "$H" "$H" "$H" "$H" >scores.csv
run 0 emp-report -q -f text --width 200 scores.csv
clean out
sed -n '/^Agents$/,/^$/p' out >got
d='—'
{
	printf 'Agents\n------\n'
	echo '1 of 1 agents ranked in 2026-W01; the others have too few metrics with enough data to rank.'
	printf '%-41s%-42s%s\n' agent team 'index  rank  change  resolved_rate  csat_rate  no_escalation  qa  confidence  tier action'
	printf '%-41s%-42s%s\n' ---------------------------------------  \
	    ----------------------------------------  \
	    '-----  ----  ------  -------------  ---------  -------------  --  ----------  -----------'
	printf '%-41s%-42s%s\n' "$E" "T$E" "   40     1       $d       0.5 (10)          $d              $d   $d           $d  $d"
	echo
} >want
check_file got want
check_err </dev/null
run 0 emp-report -q -f text --width 200 -a "$H" scores.csv
clean out
sed -n 1,3p out >got
check_file got <<EOF2
Scorecard: $E, 2026-W01
============================================================
Team T$E. Empowerment index 40, rank 1 of 1 ranked in 2026-W01.
EOF2
run 0 emp-report -q -f markdown -a "$H" scores.csv
clean out
sed -n 1,3p out >got
check_file got <<'EOF2'
# Scorecard: x\\x1b\[31my\\x9bz\\u009bw\\u202ev\\x7fu\\x09t, 2026-W01

Team Tx\\x1b\[31my\\x9bz\\u009bw\\u202ev\\x7fu\\x09t.  Empowerment index 40, rank 1 of 1 ranked in 2026-W01.
EOF2
run 2 emp-report -q -f text --team "$H" scores.csv
check_out </dev/null
check_err <<EOF2
emp-report: no team '$E' in the scores
EOF2

# diagnostics: a quoted field (msg_quote: also a backslash, as \x5c; valid
# UTF-8 as it is) and a file name
printf 'kind,ts,agent,id,csat\n%s,2026-02-28T09:00:00Z,ana,S1,1\njos\303\251\\,2026-02-28T09:00:00Z,ana,S2,1\n' \
    "$H" >ev.csv
run 1 emp-score --strict -q -o /dev/null ev.csv
check_err <<EOF2
emp-score: ev.csv:2: field 'kind': unknown event kind '$E'
emp-score: ev.csv:3: field 'kind': unknown event kind 'josé\x5c'
EOF2
run 1 emp-score -q -o /dev/null "a$H.csv"
check_err <<EOF2
emp-score: a$E.csv: No such file or directory
EOF2
