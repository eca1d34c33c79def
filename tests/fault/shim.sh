# tests/fault/shim.sh: sourced by the I/O fault tests after lib.sh.
#   faulty RULES CMD [ARG...]   runs CMD with tests/fault/shim.c preloaded
#                               and EMP_SHIM=RULES (see shim.c)
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
