#!/bin/sh
# A UTF-16 file (as spreadsheets save "Unicode text"), with a byte order
# mark or without one, is refused at its header by every reader, with the
# fix (iconv), not taken for a file whose columns are missing.
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent,team,id,csat\nsurvey,2026-03-04T09:00:00Z,ana,A,S1,1\n' |
    iconv -f UTF-8 -t UTF-16 >ev16.csv
iconv -f UTF-8 -t UTF-16BE <"$TESTS_DIR/keys/roster.csv" >ro16.csv
msg() { echo "$1: $2:1: a UTF-16 file: emp reads UTF-8 (and ASCII); convert it first: iconv -f UTF-16 -t UTF-8 < FILE > FILE.utf8"; }

run 1 emp-ingest ev16.csv
check_err <<EOF2
$(msg emp-ingest ev16.csv)
emp-ingest: 0 rows read, 0 events written, 0 rejected, 0 skipped
EOF2
run 1 emp-score -q ev16.csv
check_err <<EOF2
$(msg emp-score ev16.csv)
EOF2
run 1 emp-tier -r ro16.csv ev16.csv
check_out </dev/null
check_err <<EOF2
$(msg emp-tier ro16.csv)
emp-tier: nothing written: the scores and the roster could not all be read
EOF2
run 1 emp-challenge -r ro16.csv -l l.csv verify
check_out </dev/null
check_err <<EOF2
$(msg emp-challenge ro16.csv)
EOF2
run 1 emp-challenge candidates ev16.csv
check_err_line "$(msg emp-challenge ev16.csv)"
run 1 emp-report ev16.csv
check_out </dev/null
check_err_line "$(msg emp-report ev16.csv)"
# UTF-32 is named as such, with its own fix
printf 'kind,ts,agent\ncontact,2026-03-04T09:00:00Z,ana\n' | iconv -f UTF-8 -t UTF-32 >ev32.csv
run 1 emp-score -q ev32.csv
check_err <<'EOF2'
emp-score: ev32.csv:1: a UTF-32 file: emp reads UTF-8 (and ASCII); convert it first: iconv -f UTF-32 -t UTF-8 < FILE > FILE.utf8
EOF2
