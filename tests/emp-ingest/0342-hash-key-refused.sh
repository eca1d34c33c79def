#!/bin/sh
# emp-ingest: a --hash-customer key that group or others may read, one
# that is not 32 bytes and a missing one end the run with status 1 before
# any input is read (no output); --new-hash-key never replaces a file and
# is given alone.
. "${0%/*}/../lib.sh"

printf 'id,assignee_id,requester_id,ticket_id,score,created_at\n1,7001,9001,88231,good,2026-03-02T15:20:11Z\n' >zd.csv
run 0 emp-ingest --new-hash-key key.bin
cp key.bin open.bin
chmod 644 open.bin
run 1 emp-ingest --hash-customer open.bin zd.csv
check_out </dev/null
check_err <<'EOF'
emp-ingest: open.bin: permissions 0644 are too open: a hash key must be readable by its owner only (chmod 600 open.bin)
EOF
printf 'short' >short.bin
chmod 600 short.bin
run 1 emp-ingest --hash-customer short.bin zd.csv
check_out </dev/null
check_err <<'EOF'
emp-ingest: short.bin: not a hash key (32 bytes, as 'emp-ingest --new-hash-key' writes)
EOF
run 1 emp-ingest --hash-customer none.bin zd.csv
check_err <<'EOF'
emp-ingest: none.bin: no hash key: make one with 'emp-ingest --new-hash-key none.bin'
EOF
cp key.bin before.bin
run 1 emp-ingest --new-hash-key key.bin
check_err <<'EOF'
emp-ingest: key.bin: a file is there already: a key is never replaced (the hashes made with it would no longer match)
EOF
cmp -s key.bin before.bin || fail "the key was replaced"
run 2 emp-ingest --new-hash-key new.bin zd.csv
check_err <<'EOF'
emp-ingest: --new-hash-key makes a key and reads nothing: give it alone
Try 'emp-ingest --help' for more information.
EOF
[ ! -e new.bin ] || fail "a key was made with a usage error"
# the output may not be the key
run 2 emp-ingest --hash-customer key.bin -o key.bin zd.csv
cmp -s key.bin before.bin || fail "the key was overwritten"
check_err <<'EOF'
emp-ingest: -o key.bin is the hash key key.bin: an output never replaces an input
EOF
# a key of another user is refused, even with mode 0600 (whoever owns it
# can read it and so reverse the hashes): only where this test may give a
# file away (root)
if [ "$(id -u)" -eq 0 ] && cp key.bin other.bin && chmod 600 other.bin &&
    chown 65534 other.bin 2>/dev/null; then
	run 1 emp-ingest --hash-customer other.bin zd.csv
	check_err <<'EOF'
emp-ingest: other.bin: owned by uid 65534, not by this user (uid 0): a hash key must be its user's own
EOF
	check_out </dev/null
fi
