#!/bin/sh
# emp-challenge: a ledger with one byte changed, with a line removed, or
# renumbered without recomputing the chain is refused by verify, apply and
# the writers, with the line number.  Changes that recompute the crc32
# chain (what anyone who can write the file can do; ledger.py rechain,
# with python3) are caught by the signatures: a deny rewritten into an
# approve is not counted (verify: status 1, the line named; list: the
# challenge still pending; apply marks nothing); a line removed from the
# middle with the seqs renumbered and the chain recomputed makes the next
# line not counted (its signature covers the removed line's).
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
ch ana open S1 -e ev.csv --grounds 'courier lost it'
ch bob open B1 -e ev.csv --grounds 'outage'
clock_at 2026-03-06T10:00:00Z
ch lee deny CH-1 --note 'no courier that day'
ch lee approve CH-2
mv l.csv good.csv
run 0 emp-challenge -l good.csv verify
check_out <<'EOF2'
good.csv: ok: 4 transitions, 2 challenges (0 pending), last checksum 2bc7a408
EOF2

# one byte changed in line 2 ("courier" -> "courieR")
sed '2s/courier/courieR/' good.csv >flipped.csv
run 1 emp-challenge -l flipped.csv verify
check_err <<'EOF2'
emp-challenge: flipped.csv:2: checksum mismatch: the line was changed, or a line before it removed
EOF2
run 1 emp-challenge -l flipped.csv apply ev.csv
check_out </dev/null
check_err_line "emp-challenge: flipped.csv:2: checksum mismatch: the line was changed, or a line before it removed"

# line 3 (seq 2) removed
sed '3d' good.csv >deleted.csv
run 1 emp-challenge -l deleted.csv verify
check_err <<'EOF2'
emp-challenge: deleted.csv:3: seq 3 where 2 was expected: a line before it was removed
EOF2

# line 3 removed and the seqs renumbered by hand: the chain breaks
sed -e '3d' -e '4s/^3,/2,/' -e '5s/^4,/3,/' good.csv >renumbered.csv
run 1 emp-challenge -l renumbered.csv verify
check_err <<'EOF2'
emp-challenge: renumbered.csv:3: checksum mismatch: the line was changed, or a line before it removed
EOF2

# not a ledger at all
printf 'a,b\n1,2\n' >other.csv
run 1 emp-challenge -l other.csv verify
check_err <<'EOF2'
emp-challenge: other.csv:1: not a challenge ledger: the first line must be 'seq,ts,action,challenge,review,kind,agent,actor,cause,text,score,reassign,sig,sum'
EOF2
# a writer refuses to append to a damaged ledger too
cp flipped.csv before.csv
key ana
run 1 emp-challenge -l flipped.csv open S2 -e ev.csv --grounds courier
check_err_line "emp-challenge: flipped.csv:2: checksum mismatch: the line was changed, or a line before it removed"
check_file flipped.csv before.csv

if ! python3 -c 'import zlib' 2>/dev/null; then
	echo "skipped: the recomputed chains (no python3)"
	exit 0
fi
rechain() { python3 "$TESTS_DIR/emp-challenge/ledger.py" rechain "$1"; }

# the deny of CH-1 rewritten into an approve, the chain recomputed
sed '4s/,deny,CH-1,/,approve,CH-1,/' good.csv >approved.csv
rechain approved.csv
cmp -s good.csv approved.csv && fail "the rewrite changed nothing"
run 1 emp-challenge -l approved.csv verify
check_out <<'EOF2'
approved.csv: FAILED: 1 of 4 lines not counted (reported above); 2 challenges (1 pending), last checksum 16699c1a
EOF2
check_err <<'EOF2'
emp-challenge: approved.csv:4: not counted: the signature is not lee's: the line was changed, or not written by lee
EOF2
run 0 emp-challenge -l approved.csv list --status pending
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,survey,ana,,pending,2026-03-05T10:00:00Z,,,courier lost it,,,,,,,,,
EOF2
check_err <<'EOF2'
emp-challenge: approved.csv:4: not counted: the signature is not lee's: the line was changed, or not written by lee
EOF2
run 0 emp-challenge -l approved.csv apply -q ev.csv
grep -e ',S1,' -e ',B1,' out >marked
check_file marked <<'EOF2'
survey,2026-03-04T09:00:00Z,ana,A,S1,1,,
survey,2026-03-04T09:00:00Z,bob,A,B1,1,,CH-2
EOF2
check_err <<'EOF2'
emp-challenge: approved.csv:4: not counted: the signature is not lee's: the line was changed, or not written by lee
EOF2

# the middle line (the deny, line 4) removed, renumbered, rechained
sed -e '4d' -e '5s/^4,/3,/' good.csv >removed.csv
rechain removed.csv
run 1 emp-challenge -l removed.csv verify
check_out <<'EOF2'
removed.csv: FAILED: 1 of 3 lines not counted (reported above); 2 challenges (2 pending), last checksum 424d3c7b
EOF2
check_err <<'EOF2'
emp-challenge: removed.csv:4: not counted: the signature is not lee's: the line was changed, or not written by lee
EOF2
run 0 emp-challenge -l removed.csv list
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,survey,ana,,pending,2026-03-05T10:00:00Z,,,courier lost it,,,,,,,,,
CH-2,B1,survey,bob,,pending,2026-03-05T10:00:00Z,,,outage,,,,,,,,,
EOF2
