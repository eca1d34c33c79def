#!/bin/sh
# emp-ingest: every command line in the EXAMPLES of emp-ingest(1) and emp(7)
# (the "$ " lines of their literal displays, read from the pages now, so
# the test follows them) runs on the sample exports and exits 0, and no
# emp-ingest in it fails, also inside a pipeline.  The examples run in
# page order in one directory: a later one may read what an earlier wrote.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" . >/dev/null
# an export no profile knows (emp-ingest(1), --map)
cat >other.csv <<'EOF'
Rep Name,Call Start,Talk (min)
ana.silva,2026-01-05 08:02:00,5.5
ben.carter,01/05/2026 8:15 AM,2
EOF
# a week of compressed exports (emp(7))
mkdir exports
for f in amazon-connect genesys zendesk five9 talkdesk; do
	gzip -c "$f.csv" >"exports/$f.csv.gz"
done

# emp-ingest as the examples call it: through a wrapper that notes its exit
# status, since a pipeline's status is only its last command's.  141 is
# SIGPIPE, how emp-ingest ends when "| head" stops reading.
mkdir bin
vg=
if [ -n "${EMP_VALGRIND:-}" ]; then
	vg='valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect'
fi
cat >bin/emp-ingest <<EOF
#!/bin/sh
$vg "$EMP_BIN/emp-ingest" "\$@"
s=\$?
echo "\$s" >>"$PWD/status"
exit "\$s"
EOF
chmod +x bin/emp-ingest
PATH=$PWD/bin:$PATH
export PATH

# The "$ " lines of a page's literal displays, prompt and roff escapes gone.
examples() {
	awk '
	/^\.Bd -literal/ { lit = 1; next }
	/^\.Ed/ { lit = 0; next }
	lit && /^\$ / {
		sub(/^\$ /, "")
		gsub(/\\&/, "")
		gsub(/\\-/, "-")
		gsub(/\\e/, "\\")
		print
	}' "$1"
}

failed=0
for page in emp-ingest.1 emp.7; do
	examples "$TESTS_DIR/../man/$page" >examples.txt
	[ -s examples.txt ] || fail "$page: no examples found"
	while IFS= read -r line; do
		: >status
		set +e
		sh -c "$line" >out 2>err </dev/null
		st=$?
		set -e
		bad=$(grep -v -x -e 0 -e 141 status || true)
		if [ "$st" != 0 ] || [ -n "$bad" ]; then
			printf 'FAIL: %s example exited %s%s:\n    $ %s\n' \
			    "$page" "$st" "${bad:+ (emp-ingest: $(echo $bad))}" \
			    "$line" >&2
			head -n 20 err | sed 's/^/    /' >&2
			failed=1
		elif grep -q '^emp-ingest: [0-9]* rows read, ' err; then
			check_accounting
		fi
	done <examples.txt
done
[ "$failed" = 0 ] || fail "man page examples"
