#!/usr/bin/env python3
# tests/emp-challenge/forge.py: what a person can write into a ledger with
# their own secret key, outside emp-challenge (python3's cryptography
# package; a test skips when it is missing).
#   forge.py FILE KEYFILE BODY   append the line "SEQ,BODY,SIG,SUM" to
#                                FILE: BODY is the fields from ts to the
#                                one before sig, SIG KEYFILE's signature
#                                over "emp-ledger V\n", the last line's
#                                sig, BODY and a comma (V: 3 when the
#                                header has a score column, else 2), SUM
#                                the chain (emp-ledger(5))
import base64
import sys
import zlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import \
    Ed25519PrivateKey

path, keyf, body = sys.argv[1], sys.argv[2], sys.argv[3].encode()
with open(keyf) as f:
    sk = f.read().strip().split(":", 1)[1]
k = Ed25519PrivateKey.from_private_bytes(base64.b64decode(sk)[:32])
with open(path, "rb") as f:
    ls = f.read().split(b"\n")[:-1]
dom = b"emp-ledger 3\n" if b",score," in ls[0] else b"emp-ledger 2\n"
psig, prev = b"", b"00000000"
if len(ls) > 1:
    c2 = ls[-1].rindex(b",")
    c1 = ls[-1].rindex(b",", 0, c2)
    psig, prev = ls[-1][c1 + 1:c2], ls[-1][c2 + 1:]
sig = base64.b64encode(k.sign(dom + psig + body + b","))
line = b"%d," % len(ls) + body + b"," + sig + b","
line += b"%08x" % zlib.crc32(prev + line)
with open(path, "ab") as f:
    f.write(line + b"\n")
