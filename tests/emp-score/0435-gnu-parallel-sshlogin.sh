#!/bin/sh
# The GNU parallel recipe across machines (--sshlogin), against this
# machine only: a private sshd on 127.0.0.1 (its own host key, the test's
# own user key, nothing of the system's ssh set-up used or changed), the
# page's recipe with -S 2/127.0.0.1,: (two jobs at a time through ssh and
# local ones), small blocks; the merge is the scores of one pass to the
# byte, and the job log shows jobs that ran through ssh.  Skipped, saying
# why, without GNU parallel, ssh or sshd (scripts/install-deps test and
# bench install them: the bench set has ssh), or when this sshd cannot start or be logged in to (as
# root it needs /run/sshd).
. "${0%/*}/../lib.sh"

skip() { echo "skipped: $*"; exit 0; }
command -v parallel >/dev/null 2>&1 || skip "no GNU parallel"
command -v ssh >/dev/null 2>&1 || skip "no ssh"
command -v ssh-keygen >/dev/null 2>&1 || skip "no ssh-keygen"
sshd=$(command -v sshd || ls /usr/sbin/sshd 2>/dev/null) || skip "no sshd"
export HOME="$PWD"
mkdir -p .parallel && : >.parallel/will-cite

ssh-keygen -q -t ed25519 -N '' -f hostkey || fail "ssh-keygen"
ssh-keygen -q -t ed25519 -N '' -f userkey || fail "ssh-keygen"
cp userkey.pub authorized_keys
chmod 600 authorized_keys
# start PORT: this sshd on 127.0.0.1:PORT (daemonised; its pid file)
start() {
	cat >sshd_config <<EOF2
Port $1
ListenAddress 127.0.0.1
HostKey $PWD/hostkey
AuthorizedKeysFile $PWD/authorized_keys
PidFile $PWD/sshd.pid
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
EOF2
	"$sshd" -f "$PWD/sshd_config" -E "$PWD/sshd.log"
}
trap '[ -f sshd.pid ] && kill "$(cat sshd.pid)" 2>/dev/null' EXIT
# a port in use: another one
for try in 1 2 3 4 5; do
	port=$((20000 + ($$ * 7 + try * 3001) % 40000))
	start "$port" && break
	[ "$try" -lt 5 ] || skip "sshd does not start: $(tail -n 1 sshd.log)"
done
ssh="ssh -F /dev/null -p $port -i $PWD/userkey -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
i=0
until $ssh 127.0.0.1 true 2>ssh.err; do
	i=$((i + 1))
	[ "$i" -lt 20 ] || skip "no ssh login to 127.0.0.1:$port: $(head -n 1 ssh.err)"
	sleep 0.2
done

sample_events
run 0 emp-score -q --by week events.tsv
mv out one.csv
recipe=$(grep '^\$ parallel -S ' "$TESTS_DIR/../man/emp-score.1" | head -n 1 |
    sed 's/^\$ //; s/\\-/-/g')
[ -n "$recipe" ] || fail "no parallel -S recipe in emp-score.1"
# the remote shell finds the command by its full name: no PATH of ours
recipe=$(printf '%s\n' "$recipe" | sed "s|-S [^ ]*|-S 2/127.0.0.1,: --joblog jobs|;
    s|--block 100M|--block 20k|; s| emp-score | $EMP_BIN/emp-score |")
PARALLEL_SSH=$ssh sh -c "parallel --ssh \"\$PARALLEL_SSH\" ${recipe#parallel }" ||
    fail "$recipe"
[ "$(grep -c '^type,' sums.csv)" -ge 4 ] || fail "fewer than 4 blocks"
awk -F '\t' 'NR > 1 && $2 == "127.0.0.1" { n++ } END { exit !(n > 0) }' jobs ||
    fail "no job ran through ssh: $(cat jobs)"
awk -F '\t' 'NR > 1 && $7 != 0 { n++ } END { exit n > 0 }' jobs ||
    fail "a job failed: $(cat jobs)"
run 0 emp-score --merge --by week sums.csv
check_out one.csv
