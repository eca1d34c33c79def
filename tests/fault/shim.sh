# tests/fault/shim.sh: sourced by the I/O fault tests after lib.sh.
#   faulty RULES CMD [ARG...]   runs CMD with tests/fault/shim.c preloaded
#                               and EMP_SHIM=RULES (see shim.c)
#   fixtures                    writes in.csv (a Five9 export) and ro.csv
#                               (a roster), the inputs every test starts from
#   ledger_fixture              the test people (lib.sh), the clock at
#                               2026-03-05T10:00:00Z, sv.csv (a negative
#                               survey, id 1, of ana's) and l.csv, a ledger
#                               where ana opened CH-1 on it; acts as ana;
#                               then the clock moves on to 2026-04-01 (the
#                               week of in.csv is then whole for emp-tier)
# The tests are skipped (pass) where the shim cannot be preloaded: not
# built (check-asan builds none: an ASan program wants its runtime first),
# or under valgrind.
shim=$EMP_BIN/fault-shim.so
if [ ! -f "$shim" ] || [ -n "${EMP_VALGRIND:-}" ]; then
	echo "skipped: no $shim or under valgrind"
	exit 0
fi
export EMP_THREADS=1
faulty() {
	rules=$1
	shift
	EMP_SHIM=$rules LD_PRELOAD=$shim "$@"
}

fixtures() {
	cat >in.csv <<'EOF'
CALL ID,TIMESTAMP,AGENT,TALK TIME,HOLD TIME,AFTER CALL WORK TIME
1,"Mon, 02 Mar 2026 08:00:56",ana,00:07:18,00:00:00,00:02:30
EOF
	cat >ro.csv <<'EOF'
agent,team,hired,level,limit
ana,A,2025-11-03,2,200
EOF
}

ledger_fixture() {
	people
	clock_at 2026-03-05T10:00:00Z
	cat >sv.csv <<'EOF'
kind,ts,agent,team,id,csat
survey,2026-03-02T09:00:00Z,ana,A,1,1
EOF
	key ana
	emp-challenge -l l.csv open 1 -e sv.csv --grounds g >/dev/null
	clock_at 2026-04-01T10:00:00Z
}
