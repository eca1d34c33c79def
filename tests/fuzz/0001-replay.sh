#!/bin/sh
# fuzz harnesses: every seed and every kept find (tests/fuzz/regress/)
# runs through its harness without a crash (and, in check-asan, without
# a sanitizer report).
. "${0%/*}/../lib.sh"

for c in "$TESTS_DIR"/fuzz/fuzz_*.c; do
	h=${c##*/}
	h=${h%.c}
	[ -x "$EMP_BIN/fuzz-replay-$h" ] || fail "$EMP_BIN/fuzz-replay-$h not built"
	set -- "$TESTS_DIR"/fuzz/corpus/$h/* "$TESTS_DIR"/fuzz/regress/$h/*
	files=
	for f in "$@"; do [ -f "$f" ] && files="$files $f"; done
	# shellcheck disable=SC2086
	run 0 "$EMP_BIN/fuzz-replay-$h" $files
done
