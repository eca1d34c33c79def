#!/bin/sh
# A pipe emp-score reads is grown from Linux's 64K to 256K (fewer
# wake-ups for the command writing it), never shrunk: one grown to 1M by
# its writer stays 1M.  The writer (python) sees the pipe's size
# (F_GETPIPE_SZ) once emp-score has read what was in it, then ends it;
# the scores are those of the file.  Linux only.
. "${0%/*}/../lib.sh"

[ "$(uname -s)" = Linux ] || exit 0
command -v python3 >/dev/null || exit 0
printf 'kind,ts,agent,talk_s\ncontact,2026-01-05T08:00:00Z,ana,100\n' >ev.csv
emp-score -q -g agent ev.csv >want
cat >pipe.py <<'PY'
import fcntl, os, subprocess, sys, termios, time, struct
F_SETPIPE_SZ, F_GETPIPE_SZ = 1031, 1032
r, w = os.pipe()
if sys.argv[1] != "-":
    fcntl.fcntl(w, F_SETPIPE_SZ, int(sys.argv[1]))
p = subprocess.Popen(sys.argv[2:], stdin=r, stdout=open("out", "w"),
                     stderr=open("err", "w"))
os.close(r)
os.write(w, open("ev.csv", "rb").read())
# emp-score grows the pipe when it opens it, before it reads
for _ in range(1000):
    left = struct.unpack("i", fcntl.ioctl(w, termios.FIONREAD, b"\0" * 4))[0]
    if left == 0:
        break
    time.sleep(0.01)
print(fcntl.fcntl(w, F_GETPIPE_SZ))
os.close(w)
sys.exit(p.wait())
PY
python3 pipe.py - emp-score -q -g agent >size || fail "emp-score failed"
check_file size <<'EOF2'
262144
EOF2
check_out want
python3 pipe.py 1048576 emp-score -q -g agent >size || fail "emp-score failed"
check_file size <<'EOF2'
1048576
EOF2
check_out want
