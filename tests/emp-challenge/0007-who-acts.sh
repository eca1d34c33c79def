#!/bin/sh
# emp-challenge: who acts is --as NAME, else $EMP_USER, else the login
# name; the ledger is -l FILE, else $EMP_LEDGER.
. "${0%/*}/../lib.sh"

export EMP_NOW=2026-03-05T10:00:00Z
me=$(logname 2>/dev/null || id -un)
EMP_LEDGER=l.csv EMP_USER=eve run 0 emp-challenge --as ana open S1 --grounds courier
EMP_LEDGER=l.csv EMP_USER=eve run 0 emp-challenge open S2 --grounds courier
EMP_LEDGER=other.csv run 0 emp-challenge -l l.csv open S3 --grounds courier
[ ! -e other.csv ] || fail "-l did not win over EMP_LEDGER"
tail -n +2 l.csv | cut -d, -f4,7 >actors
check_file actors <<EOF2
CH-1,ana
CH-2,eve
CH-3,$me
EOF2
