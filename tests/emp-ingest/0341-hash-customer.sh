#!/bin/sh
# emp-ingest --hash-customer: the customer is written as BLAKE2b keyed with
# the key file's 32 bytes, 16-byte digest, in hex; after trimming, ASCII
# lowercasing, and a phone number reduced to '+' and digits, so one
# customer hashes the same across exports.  Checked against Python's
# hashlib.blake2b(key=, digest_size=16) of the normalised values written
# out here by hand.  --new-hash-key makes the key: 32 bytes, mode 0600.
. "${0%/*}/../lib.sh"
command -v python3 >/dev/null || fail "python3 is needed"

run 0 emp-ingest --new-hash-key key.bin
[ "$(wc -c <key.bin)" -eq 32 ] || fail "the key is not 32 bytes"
[ "$(stat -c %a key.bin)" = 600 ] || fail "the key's mode is not 0600"
check_out </dev/null
check_err </dev/null
run 0 emp-ingest --new-hash-key key2.bin
cmp -s key.bin key2.bin && fail "two new keys are the same"

cat >zd.csv <<'EOF'
id,assignee_id,requester_id,ticket_id,score,created_at
1,7001,  Jo@Example.COM ,88231,good,2026-03-02T15:20:11Z
2,7001,jo@example.com,88232,bad,2026-03-02T15:21:11Z
3,7001,+1 (617) 555-0123,88233,good,2026-03-02T15:22:11Z
4,7001,+16175550123,88234,good,2026-03-02T15:23:11Z
5,7001,617.555.0123,88235,good,2026-03-02T15:24:11Z
6,7001,José,88236,good,2026-03-02T15:25:11Z
7,7001,,88237,good,2026-03-02T15:26:11Z
8,7001,12-34,88238,good,2026-03-02T15:27:11Z
9,7001,TEL:+1-617-555-0123,88239,good,2026-03-02T15:28:11Z
10,7001,tel:alice,88240,good,2026-03-02T15:29:11Z
EOF
run 0 emp-ingest --hash-customer key.bin zd.csv
cut -d, -f5,7 out >got
check_err <<'EOF'
emp-ingest: 10 rows read, 10 events written, 0 rejected, 0 skipped
EOF
# the normalised values, as the rule says: '12-34' has too few digits to
# be a phone number; 'José' lowercases its ASCII only; 'tel:' goes only
# before a number
python3 - key.bin >want <<'EOF'
import hashlib, sys
key = open(sys.argv[1], 'rb').read()
vals = ['jo@example.com', 'jo@example.com', '+16175550123', '+16175550123',
        '6175550123', 'jos\u00e9', None, '12-34', '+16175550123',
        'tel:alice']
print('id,customer')
for i, v in enumerate(vals, 1):
    h = '' if v is None else hashlib.blake2b(v.encode(), key=key,
        digest_size=16).hexdigest()
    print('%d,%s' % (i, h))
EOF
check_file got <want
h() { sed -n "$1p" got | cut -d, -f2; }
[ "$(h 2)" = "$(h 3)" ] || fail "one e-mail, two hashes"
[ "$(h 4)" = "$(h 5)" ] && [ "$(h 4)" = "$(h 10)" ] ||
    fail "one number, two hashes"

# another key, other hashes; no clear value is left in the stream
run 0 emp-ingest --hash-customer key2.bin zd.csv
cut -d, -f7 out | sed -n 2p >h2
[ "$(cat h2)" != "$(h 2)" ] ||
    fail "two keys gave one hash"
grep -qi 'example\|6175550123' out && fail "a clear value in the stream"

# the same customer in another export hashes the same
cat >f9.csv <<'EOF'
CALL ID,TIMESTAMP,CALL TYPE,AGENT,ANI,DNIS,TALK TIME
f1,"Mon, 02 Mar 2026 08:00:00",INBOUND,ana,+1 617 555 0123,8005550100,00:01:00
EOF
run 0 emp-ingest -T UTC --hash-customer key.bin f9.csv
[ "$(cut -d, -f7 out | sed -n 2p)" = "$(h 4)" ] ||
    fail "Five9 and Zendesk hash one number differently"

# a hashed stream read back with the key is not hashed twice; a clear one
# is hashed
run 0 emp-ingest --hash-customer key.bin zd.csv
cp out hashed.csv
run 0 emp-ingest --hash-customer key.bin hashed.csv
cmp -s out hashed.csv || fail "a hashed stream was hashed again"
run 0 emp-ingest zd.csv
cp out clear.csv
run 0 emp-ingest --hash-customer key.bin clear.csv
check_out <hashed.csv
