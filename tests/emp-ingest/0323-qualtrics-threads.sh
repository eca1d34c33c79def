#!/bin/sh
# emp-ingest: a Qualtrics export of many batches gives the same bytes with
# 1, 2 and 4 threads (the first data row, read with the header rows, is
# converted before the others and stays first), every event as nps.py
# (Python's zoneinfo) computes it.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/emp-ingest/qualtrics.sh"
nps() { python3 "$TESTS_DIR/emp-ingest/nps.py" "$@"; }

{
	qualtrics_header America/Chicago
	awk 'BEGIN {
		for (i = 0; i < 6000; i++) {
			d = 1 + i % 28; m = 1 + int(i / 28) % 12
			s = i % 11
			g = s <= 6 ? 1 : s <= 8 ? 2 : 3
			t = sprintf("2026-%02d-%02d %02d:%02d:%02d", m, d,
			    i % 24, i % 60, (7 * i) % 60)
			printf "%s,%s,0,203.0.113.1,100,60,%d,%s,R_%06d,,,,,,,email,EN,%d,%d,,agent%d,T%d,%d\n",
			    t, t, (i % 13 != 0), t, i, s, g, i % 17, i % 3, i
		}
	}'
} >big.csv
for t in 1 2 4; do
	EMP_THREADS=$t run 0 emp-ingest -q big.csv
	mv out out.$t
done
cmp out.1 out.2 || fail "2 threads differ from 1"
cmp out.1 out.4 || fail "4 threads differ from 1"
nps qualtrics big.csv >w
nps pick out.1 kind,ts,agent,team,id,contact,customer,nps,comment,src >got
check_file got w
# every thirteenth response is unfinished
run 0 emp-ingest big.csv
check_err <<'EOF2'
emp-ingest: 6000 rows read, 5538 events written, 0 rejected, 462 skipped (462 non-response)
EOF2
