#!/bin/sh
# csvdump: spaces around unquoted fields are data (libcsv would trim
# them), an empty quoted field is empty, a long field crosses buffers.
. "${0%/*}/../lib.sh"

awk 'BEGIN { printf "a, b ,\"\"\n"; s = "x"; for (i = 0; i < 18; i++) s = s s; printf "%s,2,3\n", s }' >in.csv
run 0 csvdump in.csv
awk 'BEGIN { s = "x"; for (i = 0; i < 18; i++) s = s s;
    printf "[\n [\"a\",\" b \",\"\"],\n [\"%s\",\"2\",\"3\"]\n]\n", s }' >expected
check_out expected
check_err </dev/null
