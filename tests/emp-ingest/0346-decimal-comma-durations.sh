#!/bin/sh
# emp-ingest --decimal-comma applies to durations too: a plain number is
# read with the decimal comma in the column's unit (12,5 s; 1.234 = 1234;
# with -u min 2,5 = 150 s), HH:MM:SS and units forms take the comma as
# their point; a duration it cannot read (12.5, 00:01:02.5, 1m2.5s) is
# rejected naming file, line and field and saying why, never read as
# another number.  Without the option, a comma still groups thousands.
. "${0%/*}/../lib.sh"

cat >qa.csv <<'EOF'
Agent;Date;Talk;Hold
ana;02/03/2026;12,5;1.234
ana;02/03/2026;00:01:02,5;2,5m
ana;02/03/2026;12.5;0
ana;02/03/2026;0;00:01:02.5
ana;02/03/2026;1,234;1m2.5s
ana;02/03/2026;-3;0
EOF
run 0 emp-ingest --decimal-comma --map agent=Agent --map ts=Date \
    --map talk_s=Talk --map hold_s=Hold qa.csv
cut -d, -f10,11,32 out >got
check_file got <<'EOF'
talk_s,hold_s,src
12.5,1234,qa.csv:2
62.5,150,qa.csv:3
EOF
check_err <<'EOF'
emp-ingest: qa.csv:4: field 'Talk': invalid duration '12.5': --decimal-comma reads ',' as the decimal point and '.' as a thousands separator
emp-ingest: qa.csv:5: field 'Hold': invalid duration '00:01:02.5': --decimal-comma reads ',' as the decimal point and '.' as a thousands separator
emp-ingest: qa.csv:6: field 'Hold': invalid duration '1m2.5s': --decimal-comma reads ',' as the decimal point and '.' as a thousands separator
emp-ingest: qa.csv:7: field 'Talk': invalid duration '-3'
emp-ingest: 6 rows read, 2 events written, 4 rejected, 0 skipped
EOF
run 1 emp-ingest -q --strict --decimal-comma -u min --map agent=Agent \
    --map ts=Date --map talk_s=Talk --map hold_s=Hold qa.csv
cut -d, -f10,11 out >got
check_file got <<'EOF'
talk_s,hold_s
750,74040
62.5,150
EOF
# without the option: 1,234 is 1234, and 12,5 and 00:01:02,5 errors, as
# before
run 0 emp-ingest -q --map agent=Agent --map ts=Date --map talk_s=Talk qa.csv
cut -d, -f10,32 out >got
check_file got <<'EOF'
talk_s,src
12.5,qa.csv:4
0,qa.csv:5
1234,qa.csv:6
EOF
