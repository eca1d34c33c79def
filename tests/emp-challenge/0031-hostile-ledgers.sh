#!/bin/sh
# emp-challenge against a hostile writer of the ledger, the events and the
# file system (a review's findings):
#  - a line with an unknown action or an unreadable time, the crc chain
#    made whole again: not counted, the rest used, no crash; a writer
#    still appends, and emp-score still scores;
#  - lines signed over (migrate) count while their admin is an admin in
#    the roster now: a demoted admin's history does not;
#  - a review without a kind in the events cannot be challenged;
#  - a refused write leaves a torn last line as it was;
#  - a FIFO in the ledger's place is refused at once, not waited on;
#  - migrate of a version 2 ledger is refused;
#  - a roster below a directory that anyone may write (not sticky) is
#    refused, however deep.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

command -v python3 >/dev/null 2>&1 || { echo "skipped: no python3"; exit 0; }
rechain() { python3 "$TESTS_DIR/emp-challenge/ledger.py" rechain "$1"; }

ch_setup
ch ana open S1 -e ev.csv --grounds courier
ch lee approve CH-1
ch ana open S2 -e ev.csv --grounds courier
sed -i '3s/,approve,/,approvX,/' l.csv
rechain l.csv
run 1 emp-challenge verify
check_out <<'EOF2'
l.csv: FAILED: 1 of 3 lines not counted (reported above); 2 challenges (2 pending), last checksum 0d7bfe33
EOF2
check_err <<'EOF2'
emp-challenge: l.csv:3: not counted: unknown action 'approvX'
EOF2
sed -i '2s/,2026-03-05T10:00:00Z,/,2026-13-05T10:00:00Z,/' l.csv
rechain l.csv
run 0 emp-score -q -l l.csv -g agent ev.csv
check_err <<'EOF2'
emp-score: l.csv:2: not counted: invalid time in ts
emp-score: l.csv:3: not counted: unknown action 'approvX'
EOF2
ch lee approve CH-2 2>/dev/null
run 0 emp-challenge list --status approved
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-2,S2,survey,ana,,approved,2026-03-05T10:00:00Z,2026-03-05T10:00:00Z,lee,courier,,,,,,,,,
EOF2
check_err <<'EOF2'
emp-challenge: l.csv:2: not counted: invalid time in ts
emp-challenge: l.csv:3: not counted: unknown action 'approvX'
EOF2

# signed over by ada, then ada demoted to agent (a dated row): her
# history no longer counts; with her admin row in force, it does
key ada
mkdir mig && cd mig
cp ../roster.csv roster.csv
printf '%s\n' 'seq,ts,action,challenge,review,agent,actor,text,sum' \
    '1,2026-03-05T10:00:00Z,open,CH-1,S1,ana,ana,courier lost it,c9352ad0' \
    >v1.csv
run 0 emp-challenge -r roster.csv -l new.csv migrate v1.csv
run 0 emp-challenge -r roster.csv -l new.csv verify
check_out <<'EOF2'
new.csv: ok: 1 transitions, 1 challenges (1 pending), last checksum ac0ca11a
EOF2
sed '1s/$/,effective/; 2,$s/$/,/' roster.csv >r2.csv
grep '^ada,' roster.csv | sed 's/^ada,,admin,/ada,,agent,/; s/$/,2026-01-01/' \
    >>r2.csv
run 1 emp-challenge -r r2.csv -l new.csv verify
check_out <<'EOF2'
new.csv: FAILED: 1 of 1 lines not counted (reported above); 0 challenges (0 pending), last checksum ac0ca11a
EOF2
check_err <<'EOF2'
emp-challenge: new.csv:2: not counted: signed over with a key that is no admin's in the roster now
EOF2
# migrate of a version 3 ledger: refused, nothing written
run 1 emp-challenge -r roster.csv -l new2.csv migrate new.csv
check_out </dev/null
check_err <<'EOF2'
emp-challenge: new.csv: a version 3 ledger: there is nothing to sign over
EOF2
[ ! -s new2.csv ] || fail "migrate of version 3 wrote new2.csv"
cd ..

# a review without a kind cannot be challenged
printf 'kind,ts,agent,id,csat\n,2026-03-04T09:00:00Z,ana,S9,1\n' >nokind.csv
cp l.csv before.csv
key ana
run 1 emp-challenge open S9 -e nokind.csv --grounds courier
check_err <<'EOF2'
emp-challenge: review 'S9' has no kind in the events: a challenge names its review by id and kind
EOF2
check_file l.csv before.csv

# a torn last line stays as it is when the write is refused, and the
# refusal says it was not counted
printf '6,2026-03-05T10:00:00Z,open,CH-9,S' >>l.csv
cp l.csv before.csv
key ana
run 1 emp-challenge approve CH-2
check_err <<'EOF2'
emp-challenge: l.csv:2: not counted: invalid time in ts
emp-challenge: l.csv:3: not counted: unknown action 'approvX'
emp-challenge: CH-2 was already approved by lee: a decision is final
emp-challenge: l.csv:6: a last line without its line end was never confirmed: not counted (the next writer cuts it)
EOF2
check_file l.csv before.csv

# a FIFO where the ledger was: refused at once
mkfifo fifo.csv
run 1 timeout 10 emp-challenge -l fifo.csv verify
check_err <<'EOF2'
emp-challenge: fifo.csv: not a regular file
EOF2

# a roster below a directory that anyone may write and that is not sticky
mkdir -p pub/sub
cp roster.csv pub/sub/roster.csv
chmod 777 pub
run 1 emp-challenge -r pub/sub/roster.csv verify
check_err <<'EOF2'
emp-challenge: pub/sub/roster.csv: anyone may replace this roster (a directory above it is writable by all and not sticky): keep it where only its admins may write
EOF2
chmod 1777 pub
run 1 emp-challenge -r pub/sub/roster.csv verify
check_err <<'EOF2'
emp-challenge: l.csv:6: a last line without its line end was never confirmed: not counted (the next writer cuts it)
emp-challenge: l.csv:2: not counted: invalid time in ts
emp-challenge: l.csv:3: not counted: unknown action 'approvX'
EOF2
