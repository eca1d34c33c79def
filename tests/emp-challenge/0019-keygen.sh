#!/bin/sh
# emp-challenge keygen: writes the secret key to $EMP_KEY (default
# ~/.config/emp/ledger.key) with mode 0600 and prints one line, the
# public key "ed25519:" + base64 of 32 bytes, for the roster's key
# column; it never overwrites a key (status 1, the file unchanged).  A
# secret key that group or others may read is refused with its message,
# and so is a key that no roster row holds.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
mkdir -m 700 k
EMP_KEY=k/new.key run 0 emp-challenge keygen
check_err </dev/null
[ "$(wc -l <out)" -eq 1 ] || fail "keygen printed $(wc -l <out) lines"
grep -q '^ed25519:[A-Za-z0-9+/]\{43\}=$' out || fail "not a public key: $(cat out)"
cp out new.pub
mode=$(stat -c %a k/new.key)
[ "$mode" = 600 ] || fail "k/new.key has mode $mode"
grep -q '^ed25519-secret:[A-Za-z0-9+/]\{86\}==$' k/new.key ||
    fail "not a secret key line: $(cat k/new.key)"
cp k/new.key new.before
EMP_KEY=k/new.key run 1 emp-challenge keygen
check_out </dev/null
check_err <<'EOF2'
emp-challenge: k/new.key: a key is there already: a key is never replaced (move it away first if you mean to make a new one)
EOF2
check_file k/new.key new.before
# the default place, made with its directories
unset EMP_KEY
HOME=$PWD/home run 0 emp-challenge keygen
[ -f home/.config/emp/ledger.key ] || fail "no ~/.config/emp/ledger.key"

# the new key is in no roster row: it cannot act
EMP_KEY=k/new.key run 1 emp-challenge open S1 -e ev.csv --grounds g
check_out </dev/null
check_err <<EOF2
emp-challenge: k/new.key: this key is in no row of the roster roster.csv: an admin puts its public key, $(cat new.pub), in your row's key column
EOF2
# with its row, it can (nia, a lead of A, opens a challenge for ana)
echo "nia,A,lead,,$(cat new.pub)" >>roster.csv
EMP_KEY=k/new.key run 0 emp-challenge open S1 -e ev.csv --grounds g
check_err </dev/null

# readable by the group: refused, whatever it holds
cp keys/ana.key open.key
chmod 644 open.key
EMP_KEY=open.key run 1 emp-challenge open S2 -e ev.csv --grounds g
check_out </dev/null
check_err <<'EOF2'
emp-challenge: open.key: permissions 0644 are too open: a secret key must be readable by its owner only (chmod 600 open.key)
EOF2
tail -n 1 l.csv | cut -d, -f3,4,8 >last
check_file last <<'EOF2'
open,CH-1,nia
EOF2
