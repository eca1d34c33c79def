#!/bin/sh
# emp-score: splitting the events into 1, 2 and 7 shards, scoring each
# with --partial and merging gives output byte-identical to one pass, by
# week and over all time.  The shards interleave in time, which fcr
# cannot merge (emp-score(1), Scaling out; 0432 merges time-ordered
# pieces with customers): the customer column is emptied here.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" . >/dev/null
emp-ingest -q --tsv --agent-map agent-map.csv --tz America/New_York \
    amazon-connect.csv genesys.csv zendesk.csv five9.csv talkdesk.csv \
    pulse.csv roster.csv decisions.csv |
    awk -F '\t' -v OFS='\t' 'NR > 1 { $7 = "" } { print }' >events.tsv
for by in week all; do
	run 0 emp-score -q --by "$by" events.tsv
	mv out one.csv
	[ "$(wc -l <one.csv)" -gt 40 ] || fail "too few scores"
	for n in 1 2 7; do
		rm -f shard.*
		awk -v n="$n" 'NR == 1 { for (i = 0; i < n; i++)
		    print > ("shard." i); next } { print > ("shard." (NR % n)) }' \
		    events.tsv
		for f in shard.*; do
			run 0 emp-score -q --by "$by" --partial "$f"
			mv out "$f.part"
		done
		run 0 emp-score --by "$by" --merge shard.*.part
		check_out one.csv
		check_err </dev/null
	done
done
