#!/bin/sh
# scripts/bench's duckdb_check: DuckDB's per-agent result (here a stub
# node that prints it) is emp-score -g agent's when every count is equal
# and every value within half a unit of the metric's last decimal as
# emp-score writes it (3 for means, 4 for rates), not of the digits a
# value shows: emp-score drops trailing zeros, so "100" and "1" are
# 100.000 and 1.0000, and a DuckDB 100.2 or 0.9 is not them; with --five,
# against emp-score --metrics of the five columns.  Then duckdb_sample,
# the stream of every kind it is also run on.
. "${0%/*}/../lib.sh"

command -v bash >/dev/null || exit 0
sed -n -e '/^duckdb5_metrics=/p' -e '/^duckdb_check() {/,/^}/p' \
    "$TESTS_DIR/../scripts/bench" >check.sh
[ -s check.sh ] || fail "no duckdb_check in scripts/bench"
mkdir bin build scripts
for c in emp-score emp-ingest gen-sample; do
	ln -s "$EMP_BIN/$c" build/$c
done
printf '#!/bin/sh\ncat "$DUCK"\n' >bin/node
chmod +x bin/node
# 20 contacts of ana, each resolved and 100 s of talk: talk_s 100 and
# resolved_rate 1 (n = 20, the rate's minimum sample)
awk 'BEGIN {
	print "kind,ts,agent,talk_s,resolved"
	for (i = 0; i < 20; i++)
		printf "contact,2026-01-05T08:%02d:00Z,ana,100,1\n", i
}' >ev.csv
check() {	# check FILE [--five]: duckdb_check with DuckDB's result FILE
	DUCK=$PWD/$1 PATH=$PWD/bin:$PATH bash -c 'set -u; tmp=$PWD
	    duckdb_dir=none; . ./check.sh; duckdb_check ev.csv "$@"' sh ${2:-}
}
h=agent,contacts,talk_s,talk_s_n,resolved_rate,resolved_rate_n
printf '%s\nana,20,100.0004,20,0.99996,20\n' $h >same.csv
check same.csv || { cat duckdb.err >&2; fail "the same result refused"; }
printf '%s\nana,20,100.2,20,1,20\n' $h >talk.csv
check talk.csv && fail "talk_s 100.2 taken for 100"
check_file duckdb.err <<'EOF2'
ana: talk_s emp-score 100 duckdb 100.2
EOF2
printf '%s\nana,20,100,20,0.9,20\n' $h >rate.csv
check rate.csv && fail "resolved_rate 0.9 taken for 1"
check_file duckdb.err <<'EOF2'
ana: resolved_rate emp-score 1 duckdb 0.9
EOF2
printf '%s\nana,19,100,20,1,20\n' $h >count.csv
check count.csv && fail "contacts 19 taken for 20"
check_file duckdb.err <<'EOF2'
ana: contacts emp-score 20 duckdb 19
EOF2

# --five: the five columns, against emp-score --metrics computing only
# them (its output has no other column: one DuckDB gives that emp-score
# does not write is refused)
h5=agent,contacts,talk_s,hold_s,acw_s,csat
printf '%s\nana,20,100,,,\n' $h5 >five.csv
check five.csv --five || { cat duckdb.err >&2; fail "the five columns refused"; }
printf '%s\nana,20,99.4,,,\n' $h5 >five.csv
check five.csv --five && fail "talk_s 99.4 taken for 100 with --five"
check_file duckdb.err <<'EOF2'
ana: talk_s emp-score 100 duckdb 99.4
EOF2
check same.csv --five && fail "resolved_rate taken with --five"
check_file duckdb.err <<'EOF2'
no column resolved_rate in emp-score
EOF2

# duckdb_sample: the bench's events are contacts only, and on them a wrong
# nps or occupancy would pass (0 compared with 0, empty values skipped);
# the sample of every kind the check also runs on makes emp-score write a
# value in every column the query gives, and the counts are not 0
sed -n '/^duckdb_sample() {/,/^}/p' "$TESTS_DIR/../scripts/bench" >sample.sh
[ -s sample.sh ] || fail "no duckdb_sample in scripts/bench"
bash -c 'set -u; tmp=$PWD; . ./sample.sh; duckdb_sample kinds.csv' ||
    fail "duckdb_sample failed"
emp-score -q -g agent kinds.csv | awk -F, 'NR == 1 {
	for (i = 1; i <= NF; i++) col[$i] = i
	next
}
$col["group"] == "agent" {
	for (c in col) if ($col[c] != "" && $col[c] != 0) seen[c] = 1
}
END {
	n = split("contacts aht_s talk_s hold_s acw_s occupancy fcr " \
	    "resolved_rate no_escalation transfer_rate surveys csat " \
	    "csat_rate nps qa confidence esat decisions decision_amount " \
	    "decision_s decision_escalated exits", want, " ")
	for (i = 1; i <= n; i++) {
		if (!(want[i] in seen)) print want[i]
		if (!(want[i] "_n" in col)) continue
		if (!(want[i] "_n" in seen)) print want[i] "_n"
	}
}' >unseen
check_file unseen </dev/null
exit 0
