#!/bin/sh
# fcr's index where real hashes rarely drive it: every customer's hash
# alike in its lowest 26 or 32 bits (one probe chain of thousands, slots
# far beyond the distance a slot can hold, deletions inside the chain),
# and as hashes come (0).  fcrcheck judges each contact by the definition
# too and fails on any difference, or on a contact judged twice or never.
. "${0%/*}/../lib.sh"

for low in 0 26 32; do
	for seed in 7 11; do
		run 0 fcrcheck $seed 30000 3000 $low
		cat out
	done
done >all
check_file all <<'EOF2'
30000 contacts judged, 8934 resolved
30000 contacts judged, 9103 resolved
30000 contacts judged, 8934 resolved
30000 contacts judged, 9103 resolved
30000 contacts judged, 8934 resolved
30000 contacts judged, 9103 resolved
EOF2
