#!/bin/sh
# emp-challenge migrate OLD: a version 1 ledger (unsigned, 9 columns) is
# refused by every reader with the migration message; an admin signs it
# over into a new version 2 ledger (-l), after which verify passes and
# list shows the old challenges.  Anyone else is refused and nothing is
# written.  The v1 sums were computed independently (python3:
# prev = b"00000000"; sum = "%08x" % zlib.crc32(prev + line up to and
# including its last comma); prev = sum).
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
unset EMP_LEDGER
cat >v1.csv <<'CSV'
seq,ts,action,challenge,review,agent,actor,text,sum
1,2026-03-05T10:00:00Z,open,CH-1,S1,ana,ana,courier lost it,c9352ad0
2,2026-03-05T10:00:00Z,open,CH-2,B1,bob,bob,"outage, ""system"" down",2d3ab7ca
3,2026-03-06T10:00:00Z,approve,CH-2,B1,bob,lee,,1dbcb982
4,2026-03-07T10:00:00Z,withdraw,CH-1,S1,ana,ana,found my mistake,b015200f
5,2026-03-07T11:00:00Z,open,CH-3,C1,cy,cy,late,f03eaf3d
6,2026-03-08T10:00:00Z,deny,CH-3,C1,cy,kim,,1e4211a8
CSV
cp v1.csv v1.before
run 1 emp-challenge -l v1.csv verify
check_out </dev/null
check_err <<'EOF2'
emp-challenge: v1.csv: an unsigned ledger (version 1): its lines cannot be verified, so it is not used; an admin signs it over into a new ledger with 'emp-challenge -l NEW migrate v1.csv' (emp-ledger(5))
EOF2
run 1 emp-challenge -l v1.csv list
check_out </dev/null
check_err <<'EOF2'
emp-challenge: v1.csv: an unsigned ledger (version 1): its lines cannot be verified, so it is not used; an admin signs it over into a new ledger with 'emp-challenge -l NEW migrate v1.csv' (emp-ledger(5))
EOF2
key ana
run 1 emp-challenge -l v1.csv open S2 -e ev.csv --grounds g
check_err <<'EOF2'
emp-challenge: v1.csv: an unsigned ledger (version 1): its lines cannot be verified, so it is not used; an admin signs it over into a new ledger with 'emp-challenge -l NEW migrate v1.csv' (emp-ledger(5))
EOF2
check_file v1.csv v1.before

clock_at 2026-03-09T10:00:00Z
key lee
run 1 emp-challenge -l new.csv migrate v1.csv
check_out </dev/null
check_err <<'EOF2'
emp-challenge: lee is a lead: only an admin signs a ledger over
EOF2
[ ! -e new.csv ] || fail "a refused migrate wrote new.csv"
key ada
run 0 emp-challenge -l new.csv migrate v1.csv
check_out </dev/null
check_err <<'EOF2'
emp-challenge: signed over 6 of 6 transitions of v1.csv into new.csv as ada
EOF2
check_file v1.csv v1.before
run 0 emp-challenge -l new.csv verify
check_out <<'EOF2'
new.csv: ok: 6 transitions, 3 challenges (0 pending), last checksum 3703191b
EOF2
check_err </dev/null
run 0 emp-challenge -l new.csv list
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,,ana,,withdrawn,2026-03-05T10:00:00Z,2026-03-07T10:00:00Z,ana,courier lost it,found my mistake,,,,,,,,
CH-2,B1,,bob,,approved,2026-03-05T10:00:00Z,2026-03-06T10:00:00Z,lee,"outage, ""system"" down",,,,,,,,,
CH-3,C1,,cy,,denied,2026-03-07T11:00:00Z,2026-03-08T10:00:00Z,kim,late,,,,,,,,,
EOF2
check_err </dev/null
# the new ledger goes on (and knows the old challenges)
key bob
run 1 emp-challenge -l new.csv open B1 -e ev.csv --grounds g
check_err <<'EOF2'
emp-challenge: review 'B1' was decided in CH-2 (approved): a decision is final
EOF2
key ana
run 0 emp-challenge -l new.csv open S2 -e ev.csv --grounds g
check_out <<'EOF2'
CH-4
EOF2
