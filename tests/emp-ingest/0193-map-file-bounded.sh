#!/bin/sh
# emp-ingest -M: a map file is read a bounded line at a time: /dev/zero,
# a line of 5000 bytes or a NUL byte is a usage error naming the line,
# not memory without end; a map file with comments, blank lines, a CR
# and spaces is read as before.
. "${0%/*}/../lib.sh"

printf 'AGENT,TIMESTAMP\nana,2026-01-05T08:00:00Z\n' >in.csv
run 2 emp-ingest -M /dev/zero in.csv
check_out </dev/null
check_err <<'EOF2'
emp-ingest: /dev/zero:1: a line longer than 4096 bytes: not a map file
EOF2
{ echo 'agent=AGENT'; printf 'ts=%05000d\n' 0; } >long.txt
run 2 emp-ingest -M long.txt in.csv
check_err <<'EOF2'
emp-ingest: long.txt:2: a line longer than 4096 bytes: not a map file
EOF2
printf 'agent=AG\0ENT\n' >nul.txt
run 2 emp-ingest -M nul.txt in.csv
check_err <<'EOF2'
emp-ingest: nul.txt:1: a NUL byte: not a map file
EOF2
printf '# the export\n\n  agent = AGENT \r\nts=TIMESTAMP' >ok.txt
run 0 emp-ingest -M ok.txt in.csv
cut -d, -f1-3 out >got
check_file got <<'EOF2'
kind,ts,agent
contact,2026-01-05T08:00:00Z,ana
EOF2
