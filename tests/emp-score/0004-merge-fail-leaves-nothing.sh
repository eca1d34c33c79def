#!/bin/sh
# emp-score: a merge that fails leaves nothing behind: an -o file that
# existed is as it was, one that did not is not made (nor its temporary
# file), and standard output gets nothing, not even with --gzip (exit 1).
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent\ncontact,2026-03-02T09:00:00Z,ana\n' >ev.csv
printf 'old\n' >keep.csv
run 1 emp-score --merge -o keep.csv ev.csv
check_out </dev/null
check_err <<'EOF'
emp-score: ev.csv:1: not a partial file of this version of emp-score (made with --partial)
emp-score: nothing written: the partial files could not all be merged
EOF
check_file keep.csv <<'EOF'
old
EOF
run 1 emp-score --merge --gzip -o new.csv.gz ev.csv
check_out </dev/null
for f in new.csv.gz*; do
	[ ! -e "$f" ] || fail "$f was left behind"
done
run 1 emp-score --merge --gzip ev.csv
check_out </dev/null
check_err <<'EOF'
emp-score: ev.csv:1: not a partial file of this version of emp-score (made with --partial)
emp-score: nothing written: the partial files could not all be merged
EOF
