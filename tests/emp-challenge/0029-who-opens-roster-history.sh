#!/bin/sh
# emp-challenge: who may open a challenge, and the roster's dated rows.
# An agent opens challenges of their own reviews only (bob on ana's S1:
# refused), a lead of their team's agents only (kim, of B, on ana's:
# refused; lee, of A, for ana: done), an admin of anyone's (ada for cy).
# Each refusal leaves the ledger byte for byte as it was.
# History: ana moves to team B from 2026-03-07 (a second row, effective),
# and lee's approval of 2026-03-06 still counts: lines are checked against
# the rows of their day.  From the move on, kim (B's lead) may revoke it
# and lee may not.  A new key for lee from 2026-03-08: her line of the
# 6th, signed with the old key, still counts; the old key can no longer
# sign; the new one can (lee opens for bob, still in A).  Editing the old row instead (ana in B from
# always) makes lee's opening for ana not count (and so what followed on
# CH-1), and lee's line with the new key, which that roster lacks.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
key bob
run 1 emp-challenge open S1 -e ev.csv --grounds courier
check_out </dev/null
check_err <<'EOF2'
emp-challenge: bob is an agent: only a lead of ana's team or an admin may challenge review 'S1'
EOF2
[ ! -e l.csv ] || fail "a refused open wrote the ledger"
key kim
run 1 emp-challenge open S1 -e ev.csv --grounds courier
check_err <<'EOF2'
emp-challenge: kim leads team 'B', not ana's team 'A': only a lead of that team or an admin may challenge review 'S1'
EOF2
[ ! -e l.csv ] || fail "a refused open wrote the ledger"
key lee
run 0 emp-challenge open S1 -e ev.csv --grounds courier
check_out <<'EOF2'
CH-1
EOF2
key ada
run 0 emp-challenge open C1 -e ev.csv --grounds outage
check_out <<'EOF2'
CH-2
EOF2
clock_at 2026-03-06T10:00:00Z
ch ada approve CH-1

# ana moves to B on the 7th: a new dated row; the approval of the 6th
# still counts
cp roster.csv old-roster.csv
sed '1s/$/,effective/; 2,$s/$/,/' old-roster.csv >roster.csv
grep '^ana,' old-roster.csv | sed 's/^ana,A,/ana,B,/; s/$/,2026-03-07/' \
    >>roster.csv
clock_at 2026-03-08T10:00:00Z
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 3 transitions, 2 challenges (1 pending), last checksum da6564b8
EOF2
check_err </dev/null
cp l.csv before.csv
key lee
run 1 emp-challenge revoke CH-1 --note 'she is not mine now'
check_err <<'EOF2'
emp-challenge: lee leads team 'A', not ana's team 'B': only a lead of that team or an admin may revoke CH-1
EOF2
check_file l.csv before.csv
key kim
run 0 emp-challenge revoke CH-1 --note 'delivered after all'
check_err </dev/null

# lee's new key from the 8th; the old one signed line 1 (the 5th)
cp keys/lee.key keys/lee-old.key
mkdir -p k2
EMP_KEY=k2/lee.key emp-challenge keygen >lee-new.pub
grep '^lee,' roster.csv | sed "s|ed25519:[^,]*|$(cat lee-new.pub)|; s/,\$/,2026-03-08/" \
    >>roster.csv
run 0 emp-challenge verify
check_out <<'EOF2'
l.csv: ok: 4 transitions, 2 challenges (1 pending), last checksum 02421148
EOF2
clock_at 2026-03-09T10:00:00Z
EMP_KEY=$PWD/keys/lee-old.key run 1 emp-challenge open B1 -e ev.csv \
    --grounds late
check_err <<EOF2
emp-challenge: $PWD/keys/lee-old.key: this key is lee's, but not in lee's row in force now: it can no longer sign
EOF2
EMP_KEY=$PWD/k2/lee.key run 0 emp-challenge open B1 -e ev.csv --grounds late
check_out <<'EOF2'
CH-3
EOF2
run 0 emp-challenge list --status approved,revoked,pending
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,survey,ana,,revoked,2026-03-05T10:00:00Z,2026-03-06T10:00:00Z,ada,courier,,2026-03-08T10:00:00Z,kim,delivered after all,,,,,
CH-2,C1,survey,cy,,pending,2026-03-05T10:00:00Z,,,outage,,,,,,,,,
CH-3,B1,survey,bob,,pending,2026-03-09T10:00:00Z,,,late,,,,,,,,,
EOF2

# the old row edited instead of a dated one: ana in B always, and the old
# roster's keys
sed 's/^ana,A,/ana,B,/' old-roster.csv >edited.csv
run 0 emp-challenge -r edited.csv list --status pending
check_err <<'EOF2'
emp-challenge: l.csv:2: not counted: open CH-1 by lee: lee leads team 'A', not ana's team 'B': only a lead of that team or an admin may challenge review 'S1'
emp-challenge: l.csv:4: not counted: approve CH-1 by ada: no challenge 'CH-1'
emp-challenge: l.csv:5: not counted: revoke CH-1 by kim: no challenge 'CH-1'
emp-challenge: l.csv:6: not counted: the signature is not lee's: the line was changed, or not written by lee
EOF2
