#!/bin/sh
# Every command (tests/output/commands) with -o FILE replaces the path it
# was given: a symbolic link becomes the new file and its target is left
# as it was (the new file takes the permission bits the path showed);
# an existing file keeps its permission bits (0640 stays 0640, 0600
# stays 0600, whatever the umask) and its group where the user may set
# it; a new file gets 0666 less the umask;
# -o /dev/stdout with standard output on a file writes there and leaves
# /dev/stdout alone.  Each time the file holds what standard output gets.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/output/output.sh"

mkdir d
umask 022
othergroup=$(( $(id -g) + 1 ))

# mode FILE: its permission bits as ls shows them (-rw-r-----)
mode() {
	ls -ln "$1" | cut -c 1-10
}

one() {
	name=$1
	shift
	"$@" >d/want 2>/dev/null || :
	[ -s d/want ] || { echo "FAIL: $name: no output"; return 1; }

	# a symbolic link: replaced, its target not touched
	rm -f d/target d/link
	echo previous >d/target
	chmod 600 d/target
	ln -s target d/link
	if ! "$@" -o d/link >/dev/null 2>d/err; then
		echo "FAIL: $name -o link: $(head -n 1 d/err)"
		return 1
	fi
	if [ -L d/link ] || [ "$(cat d/target)" != previous ] ||
	    [ "$(mode d/target)" != -rw------- ] ||
	    [ "$(mode d/link)" != -rw------- ] || ! cmp -s d/want d/link; then
		echo "FAIL: $name -o link: link $(mode d/link)," \
		    "target $(mode d/target) '$(head -c 20 d/target)'"
		return 1
	fi

	# an existing file keeps its mode, also under another umask, and
	# its group (another one than ours when we may give it one: root)
	rm -f d/out
	echo previous >d/out
	chmod 640 d/out
	chgrp "$othergroup" d/out 2>/dev/null || :
	group=$(ls -ln d/out | awk '{ print $4 }')
	if ! (umask 077; exec "$@" -o d/out) >/dev/null 2>d/err ||
	    [ "$(mode d/out)" != -rw-r----- ] || ! cmp -s d/want d/out ||
	    [ "$(ls -ln d/out | awk '{ print $4 }')" != "$group" ]; then
		echo "FAIL: $name -o 0640 file: $(ls -ln d/out)," \
		    "$(head -n 1 d/err)"
		return 1
	fi

	# a new file: 0666 less the umask
	rm -f d/new
	if ! (umask 027; exec "$@" -o d/new) >/dev/null 2>d/err ||
	    [ "$(mode d/new)" != -rw-r----- ] || ! cmp -s d/want d/new; then
		echo "FAIL: $name -o new file: $(mode d/new 2>&1)," \
		    "$(head -n 1 d/err)"
		return 1
	fi

	# -o /dev/stdout, standard output a file
	rm -f d/so
	if ! "$@" -o /dev/stdout >d/so 2>d/err || ! [ -L /dev/stdout ] ||
	    ! cmp -s d/want d/so; then
		echo "FAIL: $name -o /dev/stdout: $(head -n 1 d/err)"
		return 1
	fi
	left=$(cd d && ls -A | grep -v '^\(want\|err\|target\|link\|out\|new\|so\)$' || :)
	if [ -n "$left" ]; then
		echo "FAIL: $name: left behind: $left"
		return 1
	fi
}
output_each one -o
