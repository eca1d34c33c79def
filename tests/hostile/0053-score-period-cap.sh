#!/bin/sh
# emp-score holds at most 100000 distinct periods: the event of the
# 100001st ends the run at once (status 1, nothing written), with file:line
# and the period kind; a period seen before does not count again.
. "${0%/*}/../lib.sh"

# lines 2-100001: days 0 to 99999 from 1970-01-01; line 100002: day 0
# again; line 100003: day 100000
awk 'function civil(z,   era, doe, yoe, y, doy, mp, d, m) {
	z += 719468; era = int(z / 146097); doe = z - era * 146097
	yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
	y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
	mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
	m = mp < 10 ? mp + 3 : mp - 9
	return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
}
BEGIN {
	print "kind,ts,agent"
	for (i = 0; i < 100000; i++)
		printf "contact,%sT12:00:00Z,ana\n", civil(i)
	printf "contact,%sT13:00:00Z,ana\n", civil(0)
	printf "contact,%sT12:00:00Z,ana\n", civil(100000)
}' >days.csv

run 1 emp-score --by day -g all days.csv
check_out </dev/null
check_err <<'EOF2'
emp-score: days.csv:100003: more than 100000 periods by day: use a longer --by or --since and --until
EOF2

# by month, the same events are 3286 periods
run 0 emp-score -q --by month -g all days.csv
[ "$(grep -c '^[0-9]*-[0-9]*,all,' out)" = 3286 ] || fail "by month: not 3286 periods"
