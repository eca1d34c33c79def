#!/bin/sh
# emp-challenge: a writer waiting for the lock while the ledger is
# replaced by rename (an editor, a restore, sed -i) writes into the file
# the path names afterwards, not into the orphaned one: after taking the
# lock it checks the path still names the file it locked and retries.
# The lock is held with flock(1) (util-linux); the test waits until the
# writer is queued on it (/proc/locks), then renames a copy over the
# ledger and lets go.  Nothing is lost: the decision is in l.csv, the
# orphan (kept under another name) is as it was, verify passes.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

if ! command -v flock >/dev/null 2>&1; then
	echo "skipped: no flock(1)"
	exit 0
fi
ch_setup
ch ana open S1 -e ev.csv --grounds 'courier'
ln l.csv orphan.csv
cp l.csv before.csv
ino=$(stat -c %i l.csv)
( flock 9; touch held; while [ ! -e release ]; do sleep 0.05; done ) \
    9>>l.csv &
while [ ! -e held ]; do sleep 0.05; done
key lee
emp-challenge approve CH-1 --wait 30 >w.out 2>w.err &
writer=$!
# until the writer waits on the lock (at most 10 s, then go on: the test
# then proves less but still passes only if nothing is lost)
n=0
while ! grep -q -- "-> FLOCK.*:$ino " /proc/locks 2>/dev/null &&
    [ $n -lt 200 ]; do
	sleep 0.05
	n=$((n + 1))
done
cp l.csv new.csv
mv new.csv l.csv
touch release
wait $writer || fail "the writer failed: $(cat w.err)"
wait
check_file w.out </dev/null
check_file w.err </dev/null
check_file orphan.csv before.csv
tail -n 1 l.csv | cut -d, -f1,3,4,8 >last
check_file last <<'EOF2'
2,approve,CH-1,lee
EOF2
run 0 emp-challenge verify
check_err </dev/null
