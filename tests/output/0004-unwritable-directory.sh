#!/bin/sh
# Every command (tests/output/commands) with -o FILE in a directory where
# no file can be made: status 1, a message naming FILE, and no file (nor
# temporary file) left.  A read-only directory (chmod 555) is that place
# for an ordinary user; root writes there anyway, so as root (and always,
# in addition) the test uses a "directory" that is a regular file, where
# creating anything fails with ENOTDIR.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/output/output.sh"

mkdir ro
: >notadir
chmod 555 ro
if [ "$(id -u)" -ne 0 ]; then
	dirs="ro notadir"
else
	dirs="notadir"
fi

one() {
	name=$1
	shift
	for d in $dirs; do
		set +e
		"$@" -o "$d/out.csv" >out 2>err
		status=$?
		set -e
		first=$(head -n 1 err)
		case $d in
		ro)	want="$1: $d/out.csv: Permission denied" ;;
		*)	want="$1: $d/out.csv: Not a directory" ;;
		esac
		if [ "$status" -ne 1 ] || [ "$first" != "$want" ]; then
			echo "FAIL: $name -o $d/out.csv: status $status," \
			    "stderr '$first'"
			return 1
		fi
		if [ -s out ] || [ -n "$(ls -A ro)" ] || [ -s notadir ]; then
			echo "FAIL: $name -o $d/out.csv: output left behind"
			return 1
		fi
	done
}
output_each one -o
