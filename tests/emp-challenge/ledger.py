#!/usr/bin/env python3
# tests/emp-challenge/ledger.py: an independent reader of emp-ledger(5)
# versions 2 and 3, for the tests (python3's zlib and, for "check", the
# cryptography package; a test skips that part when they are missing).
#   ledger.py rechain FILE        recompute every line's crc32 sum (the
#                                 chain), keeping everything else: what a
#                                 forger can do without the keys
#   ledger.py check FILE ROSTER   check every sum and every signature
#                                 (against the roster key of the actor
#                                 named on the line); prints "ok N" or
#                                 the first bad line and exits 1
import base64
import csv
import sys
import zlib


def lines(path):
    with open(path, "rb") as f:
        return f.read().split(b"\n")[:-1]


def upto(line, field):
    # the bytes up to and including the comma before the last FIELD
    # fields (sig: 2, sum: 1); a quoted text field holds no ",sig,"
    cut = len(line)
    for _ in range(field):
        cut = line.rindex(b",", 0, cut)
    return line[:cut + 1]


def rechain(path):
    ls = lines(path)
    out = [ls[0]]
    prev = b"00000000"
    for l in ls[1:]:
        body = upto(l, 1)
        s = b"%08x" % zlib.crc32(prev + body)
        out.append(body + s)
        prev = s
    with open(path, "wb") as f:
        f.write(b"\n".join(out) + b"\n")


def check(path, roster):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import \
        Ed25519PublicKey
    keys = {}
    with open(roster, newline="") as f:
        for row in csv.DictReader(f):
            keys[row["agent"].strip().lower()] = [
                base64.b64decode(k[len("ed25519:"):])
                for k in (row.get("key") or "").split()]
    ls = lines(path)
    # version 3 has score and reassign, and signs "emp-ledger 3\n"
    dom = b"emp-ledger 3\n" if b",score," in ls[0] else b"emp-ledger 2\n"
    prev = b"00000000"
    psig = b""
    for n, l in enumerate(ls[1:], 2):
        body = upto(l, 1)
        if b"%08x" % zlib.crc32(prev + body) != l[len(body):]:
            print("%s:%d: bad sum" % (path, n))
            sys.exit(1)
        prev = l[len(body):]
        signed = upto(l, 2)
        sig = body[len(signed):-1]
        actor = next(csv.reader([l.decode()]))[7].strip().lower()
        # the signed bytes (emp-ledger(5)): the domain line, the
        # previous line's sig field, and this line after seq's comma up
        # to and including the comma before sig
        msg = dom + psig + signed[signed.index(b",") + 1:]
        ok = False
        for k in keys.get(actor, []):
            try:
                Ed25519PublicKey.from_public_bytes(k).verify(
                    base64.b64decode(sig), msg)
                ok = True
            except Exception:
                pass
        if not ok:
            print("%s:%d: bad signature" % (path, n))
            sys.exit(1)
        psig = sig
    print("ok %d" % (len(ls) - 1))


if sys.argv[1] == "rechain":
    rechain(sys.argv[2])
else:
    check(sys.argv[2], sys.argv[3])
