#!/bin/sh
# emp-tier: every command line in the EXAMPLES of emp-tier(1) (the "$ "
# lines of the literal displays of that section, read from the page now,
# so the test follows it) runs on the events of the sample exports and
# exits 0, and no emp-tier, emp-score or emp-ingest in it fails, also in a
# pipeline.  The examples run in page order in one directory: a later one
# may read what an earlier wrote.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" . >/dev/null
# events.csv as emp-ingest makes it (the sample holds a few bad rows, which
# are rejected: their diagnostics go to ingest.err)
"$EMP_BIN/emp-ingest" -q --decimal-comma qa.csv >qa-events.csv 2>ingest.err
"$EMP_BIN/emp-ingest" -q --agent-map agent-map.csv --tz America/New_York \
    amazon-connect.csv genesys.csv zendesk.csv five9.csv talkdesk.csv \
    pulse.csv roster.csv decisions.csv qa-events.csv >events.csv 2>>ingest.err

# emp-score and emp-ingest as the examples call them: through wrappers that
# note their exit status, since a pipeline's status is only its last
# command's.  141 is SIGPIPE, how they end when "| head" stops reading.
mkdir bin
vg=
if [ -n "${EMP_VALGRIND:-}" ]; then
	vg='valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect'
fi
for cmd in emp-tier emp-score emp-ingest; do
	cat >"bin/$cmd" <<EOF
#!/bin/sh
$vg "$EMP_BIN/$cmd" "\$@"
s=\$?
echo "$cmd \$s" >>"$PWD/status"
exit "\$s"
EOF
	chmod +x "bin/$cmd"
done
PATH=$PWD/bin:$PATH
export PATH

# The "$ " lines of the literal displays of EXAMPLES, prompt and roff
# escapes gone.
awk '
/^\.Sh / { ex = ($0 == ".Sh EXAMPLES"); next }
/^\.Bd -literal/ { lit = 1; next }
/^\.Ed/ { lit = 0; next }
ex && lit && /^\$ / {
	sub(/^\$ /, "")
	gsub(/\\&/, "")
	gsub(/\\-/, "-")
	gsub(/\\e/, "\\")
	print
}' "$TESTS_DIR/../man/emp-tier.1" >examples.txt
[ "$(wc -l <examples.txt)" -ge 5 ] || fail "emp-tier.1: too few examples found"
grep -q '^emp-tier ' examples.txt || fail "emp-tier.1: no example runs emp-tier"

failed=0
while IFS= read -r line; do
	: >status
	set +e
	sh -c "$line" >out 2>err </dev/null
	st=$?
	set -e
	bad=$(grep -v -e ' 0$' -e ' 141$' status || true)
	ran=$(grep -c '^emp-tier ' status || true)
	if [ "$st" != 0 ] || [ -n "$bad" ]; then
		printf 'FAIL: example exited %s%s:\n    $ %s\n' "$st" \
		    "${bad:+ ($(echo $bad))}" "$line" >&2
		head -n 20 err | sed 's/^/    /' >&2
		failed=1
	elif [ "$ran" = 0 ] && echo "$line" | grep -q emp-tier; then
		printf 'FAIL: example did not run emp-tier:\n    $ %s\n' \
		    "$line" >&2
		failed=1
	fi
done <examples.txt
[ "$failed" = 0 ] || fail "man page examples"
