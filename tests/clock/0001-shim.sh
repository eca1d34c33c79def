#!/bin/sh
# The test clock (tests/clock/shim.c, lib.sh's clock_at): with the shim
# preloaded and EMP_TEST_NOW=TIME, the wall clock reads TIME, the same at
# every call (as date -d TIME computes it, fractions too), and the other
# clocks run; a TIME the shim cannot read is one line on stderr and status
# 2 at the first call.  clock_at's wrappers run the commands of EMP_BIN at
# TIME (a fake EMP_BIN whose emp-challenge is date shows it), a second
# clock_at changes it, and a fault-shim preload (faulty) is kept.
. "${0%/*}/../lib.sh"

shim=$EMP_BIN/clock-shim.so
[ -f "$shim" ] || { echo "skipped: no $shim"; exit 0; }
# under ASan the runtime first; date, perl and printf are not built
# with ASan, and LeakSanitizer in them exits 1: off for them ($nolsan)
pre=$(clock_preload)
nolsan=ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0

# the shim's reading of each time against date's (no shim) of the same
for t in 2026-03-05T10:00:00Z 2024-02-29T23:59:59.5Z 2000-02-29T00:00:00Z \
    1969-12-31T23:59:59.000000001Z 1970-01-01T00:00:00Z \
    2100-12-31T12:34:56.123456789Z 2026-01-01T00:00:00.1Z; do
	run 0 env "$nolsan" EMP_TEST_NOW=$t LD_PRELOAD="$pre" date -u '+%s.%N %FT%T'
	check_out <<EOF
$(date -u -d "$t" '+%s.%N %FT%T')
EOF
	check_err </dev/null
done
run 0 env "$nolsan" EMP_TEST_NOW=2026-03-05T10:00:00Z LD_PRELOAD="$pre" \
    date -u +%Y-%m-%dT%H:%M:%SZ
check_out <<'EOF'
2026-03-05T10:00:00Z
EOF

# time(), gettimeofday() and CLOCK_REALTIME stand still while
# CLOCK_MONOTONIC runs (where perl has Time::HiRes)
if perl -MTime::HiRes -e 1 2>/dev/null; then
	# shellcheck disable=SC2016
	run 0 env "$nolsan" EMP_TEST_NOW=2026-03-05T10:00:00.25Z LD_PRELOAD="$pre" \
	    perl -MTime::HiRes=gettimeofday,clock_gettime,CLOCK_REALTIME,CLOCK_MONOTONIC -e '
	    for (1, 2) {
		my @tv = gettimeofday();
		my $m = clock_gettime(CLOCK_MONOTONIC);
		printf "%d %d.%06d %.2f\n", time, @tv, clock_gettime(CLOCK_REALTIME);
		select(undef, undef, undef, 0.05);
		print "monotonic runs\n"
		    if clock_gettime(CLOCK_MONOTONIC) >= $m + 0.04;
	    }'
	check_out <<'EOF'
1772704800 1772704800.250000 1772704800.25
monotonic runs
1772704800 1772704800.250000 1772704800.25
monotonic runs
EOF
fi

# a time the shim cannot read: one line, status 2, at the first call
for t in '' bogus 2026-02-29T00:00:00Z 2026-03-05T10:00:00 \
    2026-03-05T24:00:00Z 2026-03-05T10:60:00Z 2026-03-05T10:00:60Z \
    2026-03-32T10:00:00Z 2026-13-05T10:00:00Z 0000-01-01T00:00:00Z \
    '2026-03-05 10:00:00Z' 2026-3-05T10:00:00Z 2026-03-05T10:00:00.Z \
    2026-03-05T10:00:00.1234567890Z 2026-03-05T10:00:00+00:00 \
    2026-03-05t10:00:00z 2026-03-05T10:00:00ZZ; do
	run 2 env "$nolsan" EMP_TEST_NOW="$t" LD_PRELOAD="$pre" date -u
	check_out </dev/null
	check_err <<EOF
clock shim: invalid EMP_TEST_NOW '$t'
EOF
done
# no clock call, no complaint (not under ASan, whose runtime may read
# the clock as it starts)
case $pre in
*libasan*) ;;
*)
	run 0 env "$nolsan" EMP_TEST_NOW=bogus LD_PRELOAD="$pre" \
	    printf 'no clock\n'
	check_out <<'EOF'
no clock
EOF
	;;
esac

# clock_at refuses a time the shim cannot read, at once
set +e
(clock_at 2026-02-30T10:00:00Z) 2>err
st=$?
set -e
[ "$st" = 1 ] || fail "clock_at 2026-02-30T10:00:00Z: status $st"
check_err <<'EOF'
FAIL: clock_at: invalid time '2026-02-30T10:00:00Z'
EOF
[ ! -e .clock ] || fail "clock_at 2026-02-30T10:00:00Z made .clock"

# clock_at: a wrapper per command, first in PATH, running $EMP_BIN/CMD
clock_at 2026-03-05T10:00:00Z
for c in emp-ingest emp-score emp-challenge emp-tier emp-report; do
	[ "$(command -v $c)" = "$PWD/.clock/$c" ] ||
	    fail "$c is $(command -v $c), not the wrapper"
	"$EMP_BIN/$c" --version >version
	run 0 $c --version
	check_out version
	check_err </dev/null
done
mkdir fake
ln -s "$(command -v date)" fake/emp-challenge
run 0 env "$nolsan" EMP_BIN="$PWD/fake" emp-challenge -u '+%F %T, %s'
check_out <<'EOF'
2026-03-05 10:00:00, 1772704800
EOF
clock_at 2026-03-06T09:30:00.5Z
run 0 env "$nolsan" EMP_BIN="$PWD/fake" emp-challenge -u +%FT%T.%NZ
check_out <<'EOF'
2026-03-06T09:30:00.500000000Z
EOF

# with faulty's LD_PRELOAD (not under ASan or valgrind: see fault/shim.sh)
# both shims act: a read:EIO for every read reaches the command (the
# wrapper reads no file), and the clock still reads TIME
fault=$EMP_BIN/fault-shim.so
if [ -f "$fault" ] && [ -z "${EMP_VALGRIND:-}" ]; then
	run 0 env EMP_SHIM=read:EIO LD_PRELOAD="$fault" EMP_BIN="$PWD/fake" \
	    emp-challenge -u +%FT%T.%NZ
	check_out <<'EOF'
2026-03-06T09:30:00.500000000Z
EOF
	printf 'agent\nana\n' >in.csv
	run 1 env EMP_SHIM=read:EIO LD_PRELOAD="$fault" EMP_THREADS=1 \
	    emp-ingest - <in.csv
	check_err_line "emp-ingest: stdin: Input/output error"
fi
