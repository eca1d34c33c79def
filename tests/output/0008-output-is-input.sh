#!/bin/sh
# Every command refuses an output (-o, emp-ingest's --rejects) that is
# one of its inputs or its ledger, by device and inode (a hard link, a
# symbolic link, standard input): status 2, one line on stderr, nothing on
# stdout, and before reading anything (a FIFO among the inputs is never
# opened); every file is left byte for byte as it was and no temporary
# file remains.  An output that is not an input, a new one, or "-" is fine.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/output/output.sh"

output_setup
printf 'alias,agent,team\nx,a1,T\n' >agents.csv
printf 'keyword,grounds\nlate,the courier was late\n' >rules.csv
printf 'agent,metric,target\na1,resolved_rate,0.9\n' >goals.csv
emp-tier --print-policy >policy.txt
emp-score -q --partial events.csv >part.csv
cp part.csv part2.csv
ln events.csv hard.csv
ln -s events.csv link.csv
mkfifo fifo
mkdir .t	# what the checks keep, out of the snapshots' sight

snapshot() {
	ls -l >"$1"
	for f in ./*; do
		[ -f "$f" ] && cksum "$f"
	done >>"$1"
}

# refused MESSAGE CMD [ARG...]: the run must exit 2 with MESSAGE alone
# on stderr ("PROG: " and ": an output never replaces an input" added),
# nothing on stdout, and no file changed, added or removed
refused() {
	msg="$2: $1: an output never replaces an input"
	shift
	snapshot .t/before
	set +e
	timeout 20 "$@" >.t/out 2>.t/err </dev/null
	status=$?
	set -e
	snapshot .t/after
	[ "$status" -eq 2 ] || fail "exit status $status, expected 2: $*"
	printf '%s\n' "$msg" | check_ .t/err stderr
	[ ! -s .t/out ] || fail "output on stdout: $*"
	cmp -s .t/before .t/after || {
		diff .t/before .t/after >&2
		fail "files changed: $*"
	}
}

# emp-ingest: the input, through a hard and a symbolic link, standard
# input, --rejects, the agent map
refused "-o export.csv is the input export.csv" \
    emp-ingest -o export.csv export.csv
refused "-o hard.csv is the input events.csv" \
    emp-ingest --from events -o hard.csv fifo events.csv
refused "-o link.csv is the input events.csv" \
    emp-ingest --from events -o link.csv events.csv
refused "-o events.csv is the input link.csv" \
    emp-ingest --from events -o events.csv link.csv
refused "--rejects export.csv is the input export.csv" \
    emp-ingest --rejects export.csv -o new.csv export.csv
refused "-o agents.csv is the agent map agents.csv" \
    emp-ingest --agent-map agents.csv -o agents.csv export.csv
snapshot .t/before
set +e
emp-ingest -o export.csv <export.csv >.t/out 2>.t/err
status=$?
set -e
snapshot .t/after
[ "$status" -eq 2 ] || fail "emp-ingest -o export.csv <export.csv: $status"
check_ .t/err stderr <<'EOF'
emp-ingest: -o export.csv is standard input: an output never replaces an input
EOF
[ ! -s .t/out ] || fail "emp-ingest <export.csv: output on stdout"
cmp -s .t/before .t/after || fail "emp-ingest <export.csv: files changed"

# emp-score: the events, a --merge input, the ledger and its roster
refused "-o events.csv is the input events.csv" \
    emp-score -o events.csv fifo events.csv
refused "-o part2.csv is the input part2.csv" \
    emp-score --merge -o part2.csv part.csv part2.csv
refused "-o ledger.csv is the ledger ledger.csv" \
    emp-score -l ledger.csv -o ledger.csv events.csv
refused "-o people.csv is the roster people.csv" \
    emp-score -l ledger.csv -o people.csv events.csv

# emp-challenge: list, apply and candidates onto the ledger, the roster,
# the events and the rules
refused "-o ledger.csv is the ledger ledger.csv" \
    emp-challenge -l ledger.csv list -o ledger.csv
refused "-o people.csv is the roster people.csv" \
    emp-challenge -l ledger.csv list -o people.csv
refused "-o ledger.csv is the ledger ledger.csv" \
    emp-challenge -l ledger.csv apply -o ledger.csv events.csv
refused "-o events.csv is the input events.csv" \
    emp-challenge -l ledger.csv apply -o events.csv fifo events.csv
refused "-o ledger.csv is the ledger ledger.csv" \
    emp-challenge -l ledger.csv candidates -o ledger.csv events.csv
refused "-o events.csv is the input events.csv" \
    emp-challenge candidates -o events.csv events.csv
refused "-o rules.csv is the rules rules.csv" \
    emp-challenge candidates --rules rules.csv -o rules.csv events.csv

# emp-tier: the scores, the roster, the policy
refused "-o scores.csv is the input scores.csv" \
    emp-tier -r roster.csv -o scores.csv fifo scores.csv
refused "-o roster.csv is the roster roster.csv" \
    emp-tier -r roster.csv -o roster.csv scores.csv
refused "-o policy.txt is the policy policy.txt" \
    emp-tier -r roster.csv -p policy.txt -o policy.txt scores.csv

# emp-report: the scores, the goals, the ledger and its roster
refused "-o scores.csv is the input scores.csv" \
    emp-report -o scores.csv fifo scores.csv
refused "-o goals.csv is the goals goals.csv" \
    emp-report --goals goals.csv -o goals.csv scores.csv
refused "-o ledger.csv is the ledger ledger.csv" \
    emp-report -l ledger.csv -o ledger.csv scores.csv
refused "-o people.csv is the roster people.csv" \
    emp-report -l ledger.csv -o people.csv scores.csv

# what is fine: a new file, "-", standard input that is another file, a
# --split directory that holds the input
run 0 emp-score -q -o new.csv - <events.csv
emp-score -q events.csv >want.csv
check_file new.csv want.csv
run 0 emp-score -q -o - events.csv
check_out want.csv
mkdir cards
{ head -n 3 scores.csv; tail -n 1 scores.csv; } >cards/scores.csv
cp cards/scores.csv small.csv
run 0 emp-report -q --split cards -o report.txt cards/scores.csv
cmp -s small.csv cards/scores.csv || fail "--split replaced its input"
[ "$(ls cards | wc -l)" -gt 1 ] || fail "--split wrote no scorecard"
