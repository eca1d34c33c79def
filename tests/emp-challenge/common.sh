# tests/emp-challenge/common.sh: sourced by the emp-challenge tests after
# lib.sh.
#   ch_setup    the test people (lib.sh's people: ana, bob agents of A, cy
#               of B, lee lead of A, kim lead of B, ada admin), the clock
#               at 2026-03-05T10:00:00Z, EMP_LEDGER=l.csv and ev.csv: the
#               negative reviews S1 to S6 (surveys, csat 1) and Q1 (qa 50)
#               of ana, B1 of bob and C1 of cy, all of 2026-03-04; then
#               acts as ana
#   ch NAME ARG...   emp-challenge ARG... as NAME (key NAME), output
#               dropped (for building a ledger)

ch_setup() {
	people
	clock_at 2026-03-05T10:00:00Z
	EMP_LEDGER=l.csv
	export EMP_LEDGER
	{
		echo 'kind,ts,agent,team,id,csat,qa'
		for s in S1 S2 S3 S4 S5 S6; do
			echo "survey,2026-03-04T09:00:00Z,ana,A,$s,1,"
		done
		echo 'qa,2026-03-04T09:00:00Z,ana,A,Q1,,50'
		echo 'survey,2026-03-04T09:00:00Z,bob,A,B1,1,'
		echo 'survey,2026-03-04T09:00:00Z,cy,B,C1,1,'
	} >ev.csv
	key ana
}

ch() {
	key "$1"
	shift
	emp-challenge "$@" >/dev/null
}
