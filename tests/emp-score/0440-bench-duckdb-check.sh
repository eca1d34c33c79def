#!/bin/sh
# scripts/bench's duckdb_check: DuckDB's per-agent result (here a stub
# node that prints it) is emp-score -g agent's when every count is equal
# and every value within half a unit of the metric's last decimal as
# emp-score writes it (3 for means, 4 for rates), not of the digits a
# value shows: emp-score drops trailing zeros, so "100" and "1" are
# 100.000 and 1.0000, and a DuckDB 100.2 or 0.9 is not them.
. "${0%/*}/../lib.sh"

command -v bash >/dev/null || exit 0
sed -n '/^duckdb_check() {/,/^}/p' "$TESTS_DIR/../scripts/bench" >check.sh
[ -s check.sh ] || fail "no duckdb_check in scripts/bench"
mkdir bin build scripts
ln -s "$(command -v emp-score)" build/emp-score
printf '#!/bin/sh\ncat "$DUCK"\n' >bin/node
chmod +x bin/node
# 20 contacts of ana, each resolved and 100 s of talk: talk_s 100 and
# resolved_rate 1 (n = 20, the rate's minimum sample)
awk 'BEGIN {
	print "kind,ts,agent,talk_s,resolved"
	for (i = 0; i < 20; i++)
		printf "contact,2026-01-05T08:%02d:00Z,ana,100,1\n", i
}' >ev.csv
check() {	# check FILE: duckdb_check with DuckDB's result FILE
	DUCK=$PWD/$1 PATH=$PWD/bin:$PATH bash -c 'set -u; tmp=$PWD
	    duckdb_dir=none; . ./check.sh; duckdb_check ev.csv'
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
exit 0
