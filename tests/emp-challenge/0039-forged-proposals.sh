#!/bin/sh
# emp-challenge and emp-score against an agent who writes their own
# proposals into the ledger, signed with their own key (so that the
# signature verifies) but not through emp-challenge: a score written in
# another form than emp-challenge writes ("+5", " 4", "85%",
# "85.0000001", which list showed as written and emp-score counted as
# read), a score that corrects a review that was not negative (csat 4),
# and a reassignment to another spelling of a colleague's name ("BOB",
# " bob", which emp-score counted for a person of that spelling, nobody,
# so that the review counted for no one) do not count: the lead's
# approval of them is refused and emp-score counts the reviews as they
# are.  A version 2 line with a score field smuggled in is "wrong number
# of fields", not "broken quoting".
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

python3 -c 'import cryptography' 2>/dev/null ||
    { echo "skipped: no python3 cryptography"; exit 0; }

# forge FILE NAME BODY: FILE's next line, BODY signed with NAME's key
forge() {
	python3 "$TESTS_DIR/emp-challenge/forge.py" "$1" "keys/$2.key" "$3"
}

ch_setup
{
	echo 'kind,ts,agent,team,id,csat,nps,qa'
	for s in S1 S2 S3 S4; do
		echo "survey,2026-03-04T09:00:00Z,ana,A,$s,1,,"
	done
	echo 'survey,2026-03-04T09:00:00Z,ana,A,S5,4,3,'
	echo 'qa,2026-03-04T09:00:00Z,ana,A,Q1,,,50'
	echo 'survey,2026-03-04T09:00:00Z,ana,A,S6,1,,'
	echo 'survey,2026-03-04T09:00:00Z,ana,A,S7,1,,'
	echo 'survey,2026-03-04T09:00:00Z,bob,A,B1,5,,'
} >ev.csv
echo 'seq,ts,action,challenge,review,kind,agent,actor,cause,text,score,reassign,sig,sum' \
    >l.csv
T=2026-03-05T10:00:00Z
forge l.csv ana "$T,open,CH-1,S1,survey,ana,ana,,g,csat=1>+5,"
forge l.csv ana "$T,open,CH-2,S2,survey,ana,ana,,g,\"csat=1> 4\","
forge l.csv ana "$T,open,CH-3,S3,survey,ana,ana,,g,qa=50>85%,"
forge l.csv ana "$T,open,CH-4,Q1,qa,ana,ana,,g,qa=50>85.0000001,"
forge l.csv ana "$T,open,CH-5,S5,survey,ana,ana,,g,csat=4>5,"
forge l.csv ana "$T,open,CH-6,S6,survey,ana,ana,,g,,BOB"
forge l.csv ana "$T,open,CH-7,S7,survey,ana,ana,,g,,\" bob\""
# the one written as emp-challenge writes it counts
forge l.csv ana "$T,open,CH-8,S4,survey,ana,ana,,g,csat=1>4,"
cat >want-err <<'EOF2'
emp-challenge: l.csv:2: not counted: open CH-1 by ana: score 'csat=1>+5' is not written as emp-challenge writes it ('csat=1>5')
emp-challenge: l.csv:3: not counted: open CH-2 by ana: score 'csat=1> 4' is not written as emp-challenge writes it ('csat=1>4')
emp-challenge: l.csv:4: not counted: open CH-3 by ana: score 'qa=50>85%' is not written as emp-challenge writes it ('qa=50>85')
emp-challenge: l.csv:5: not counted: open CH-4 by ana: score 'qa=50>85.0000001' is not written as emp-challenge writes it ('qa=50>85')
emp-challenge: l.csv:6: not counted: open CH-5 by ana: score 'csat=4>5': a csat above 2 is not negative: only a negative review is challenged
emp-challenge: l.csv:7: not counted: open CH-6 by ana: 'BOB' is not written as the roster roster.csv spells the name ('bob')
emp-challenge: l.csv:8: not counted: open CH-7 by ana: ' bob' is not written as the roster roster.csv spells the name ('bob')
EOF2
run 1 emp-challenge verify
check_out <<'EOF2'
l.csv: FAILED: 7 of 8 lines not counted (reported above); 1 challenges (1 pending), last checksum 26bdb751
EOF2
check_err <want-err

# the lead cannot approve what did not count
key lee
run 1 emp-challenge approve CH-6
{ cat want-err; echo "emp-challenge: no challenge 'CH-6'"; } >want
check_err <want
run 0 emp-challenge approve CH-8
run 0 emp-challenge list
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-8,S4,survey,ana,,approved,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,lee,g,,,,,csat,1,4,4,
EOF2
check_err <want-err

# emp-score counts every review as it is but S4, corrected to 4: as the
# events with that one score replaced
sed 's/^\(survey,.*,S4,\)1,/\14,/' ev.csv >fixed.csv
cmp -s ev.csv fixed.csv && fail "sed replaced nothing"
run 0 emp-score -q -m csat_rate=1 -m nps=1 -m qa=1 fixed.csv
mv out want
run 0 emp-score -q -m csat_rate=1 -m nps=1 -m qa=1 -l l.csv ev.csv
check_file out <want
sed 's/^emp-challenge:/emp-score:/' want-err >want
check_err <want

# a version 2 line with one more field, a score: the line is malformed
echo 'seq,ts,action,challenge,review,kind,agent,actor,cause,text,sig,sum' \
    >v2.csv
forge v2.csv ana "$T,open,CH-1,S1,survey,ana,ana,,g,csat=1>5"
run 1 emp-challenge -l v2.csv verify
check_err <<'EOF2'
emp-challenge: v2.csv:2: not counted: malformed line: wrong number of fields
EOF2
