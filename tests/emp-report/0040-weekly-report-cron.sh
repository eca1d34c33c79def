#!/bin/sh
# scripts/weekly-report: on the sample exports it publishes last week's
# report and scorecards; with a missing exports directory or a broken
# ledger it fails loudly (message on stderr, status 1) and publishes nothing;
# with --strict through EMP_INGEST_OPTS the sample's bad rows fail it, and
# every step's messages come out.
. "${0%/*}/../lib.sh"
wr=$TESTS_DIR/../scripts/weekly-report

mkdir ex
# (without the coaching log, which the weekly report does not use)
(cd ex && "$EMP_BIN/gen-sample" . >/dev/null && rm -f qa.csv coaching.csv)
EMP_TODAY=2026-03-04 run 0 "$wr" ex pub
# silent for cron but for the rows rejected (the sample has a few)
check_out <<'OUT'
weekly-report: 2026-W09: 4 rows rejected: pub/2026-W09/rejects.csv
OUT
check_err </dev/null
head -n 1 pub/2026-W09/report.txt >first.txt
check_file first.txt <<'OUT'
Team report: 2026-W09
OUT
[ -f pub/2026-W09/scorecards/wei.zhang.html ] || fail "no scorecards"

run 1 "$wr" nowhere pub2
check_err <<'ERR'
weekly-report: nowhere: no such directory
weekly-report: failed (exit 1); nothing published
ERR

echo 'not a ledger' >bad-ledger.csv
EMP_TODAY=2026-03-04 EMP_LEDGER=bad-ledger.csv run 1 "$wr" ex pub3
[ "$(tail -n 1 err)" = "weekly-report: failed (exit 1); nothing published" ] ||
    fail "last line: $(tail -n 1 err)"
[ ! -d pub3/2026-W09 ] || fail "published after a failure"

# export and output directories whose names hold a space
mkdir "ex 2"
cp ex/*.csv "ex 2/"
EMP_TODAY=2026-03-04 run 0 "$wr" "ex 2" "pub 4"
[ -f "pub 4/2026-W09/report.txt" ] || fail "no report in 'pub 4'"
EMP_TODAY=2026-03-04 EMP_INGEST_OPTS=--strict run 1 "$wr" "ex 2" "pub 5"
check_err_line "emp-ingest: ex 2/decisions.csv:202: expected 10 fields, found 9"
[ "$(tail -n 1 err)" = "weekly-report: failed (exit 1); nothing published" ] ||
    fail "last line: $(tail -n 1 err)"
[ ! -d "pub 5/2026-W09" ] || fail "published after a failure"

# with a ledger and the roster that verifies it (kept outside the exports):
# the scores leave out the reviews of the approved challenges, and the
# report counts the challenges by agent, cause and decider
mkdir signed
(cd signed && . "$TESTS_DIR/emp-report/sample.sh")
EMP_TODAY=2026-01-21 EMP_LEDGER=signed/ledger.csv \
    EMP_ROSTER=signed/roster.csv run 0 "$wr" ex pub6
check_err </dev/null
sed -n '/^decider/,/^all/p' pub6/2026-W03/report.txt >got
check_file got <<'OUT'
decider       decided  approved  denied  revoked  rate  median days
------------  -------  --------  ------  -------  ----  -----------
lead.loyalty        1         1       0        0     —         2.29
ops.admin           3         1       1        1     —         4.23
all                 4         2       1        1     —
OUT
# lena.schmidt's survey 8100005 (CSAT 1, approved) is out of her scores,
# dana.levy's 8100023 (approved, then revoked) is in: one survey fewer for
# lena than the same events scored without the ledger, as many for dana
csatn() {	# csatn SCORES: "agent csat_n" of lena and dana in 2026-W02
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	$c["group"] == "agent" && $c["period"] == "2026-W02" &&
	    ($c["key"] == "lena.schmidt" || $c["key"] == "dana.levy") {
		print $c["key"], $c["csat_n"] }' "$1" | sort
}
"$EMP_BIN/emp-score" -q --by week --until 2026-01-19 pub6/2026-W03/events.csv \
    >plain.csv
csatn pub6/2026-W03/scores.csv >got
csatn plain.csv | awk '$1 == "lena.schmidt" { $2-- } { print }' >want
check_file got want

# the ledger's verify line is published, the last checksum for next week
[ -f pub6/2026-W03/ledger-verify.txt ] || fail "no ledger-verify.txt"
n=$(sed -n 's/.*: ok: \([0-9]*\) transitions,.*/\1/p' \
    pub6/2026-W03/ledger-verify.txt)
[ "$n" -ge 2 ] || fail "ledger-verify.txt: $(cat pub6/2026-W03/ledger-verify.txt)"
# next week, the ledger cut back by its last line (a revocation undone,
# say): the job stops, naming the line and the published checksum
cp signed/ledger.csv cut.csv
sed -i '$d' cut.csv
EMP_TODAY=2026-01-28 EMP_LEDGER=cut.csv EMP_ROSTER=signed/roster.csv \
    run 1 "$wr" ex pub6
sum=$(sed -n 's/.*, last checksum \([0-9a-f]*\)$/\1/p' \
    pub6/2026-W03/ledger-verify.txt)
tail -n 2 err >err2
check_file err2 <<ERR
weekly-report: cut.csv: line $((n + 1)) no longer has the checksum $sum that pub6/2026-W03/ledger-verify.txt published: the ledger was cut or put back from an older copy
weekly-report: failed (exit 1); nothing published
ERR
[ ! -d pub6/2026-W04 ] || fail "published after a failure"
# a line changed by someone who is not its actor (the crc chain made
# whole again): verify fails, the job stops
if command -v python3 >/dev/null 2>&1; then
	cp signed/ledger.csv forged.csv
	sed -i '3s/,open,/,opem,/' forged.csv
	python3 "$TESTS_DIR/emp-challenge/ledger.py" rechain forged.csv
	EMP_TODAY=2026-01-28 EMP_LEDGER=forged.csv \
	    EMP_ROSTER=signed/roster.csv run 1 "$wr" ex pub7
	grep -q "^emp-challenge: forged.csv:3: not counted: unknown action 'opem'" err ||
	    fail "no not-counted line: $(cat err)"
	[ "$(tail -n 1 err)" = "weekly-report: failed (exit 1); nothing published" ] ||
	    fail "last line: $(tail -n 1 err)"
	[ ! -d pub7/2026-W04 ] || fail "published after a failure"
fi
