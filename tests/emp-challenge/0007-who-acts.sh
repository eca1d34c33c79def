#!/bin/sh
# emp-challenge: who acts is the roster row holding the public key of the
# secret key: --key FILE, else $EMP_KEY, else ~/.config/emp/ledger.key;
# --as and $EMP_USER only check it (and may name the same person).  The
# ledger is -l FILE, else $EMP_LEDGER; the roster -r FILE, else
# $EMP_ROSTER.
. "${0%/*}/../lib.sh"
. "${0%/*}/common.sh"

ch_setup
unset EMP_LEDGER
mkdir -p home/.config/emp
cp keys/bob.key home/.config/emp/ledger.key
key cy
EMP_LEDGER=l.csv run 0 emp-challenge --key keys/ana.key open S1 -e ev.csv --grounds courier
EMP_LEDGER=l.csv run 0 emp-challenge open C1 -e ev.csv --grounds courier
unset EMP_KEY
HOME=$PWD/home EMP_LEDGER=other.csv run 0 emp-challenge -l l.csv open B1 -e ev.csv --grounds courier
[ ! -e other.csv ] || fail "-l did not win over EMP_LEDGER"
cp roster.csv r2.csv
HOME=$PWD/home EMP_USER=bob EMP_ROSTER=nowhere.csv run 0 emp-challenge -l l.csv -r r2.csv --as bob withdraw CH-3
tail -n +2 l.csv | cut -d, -f3,4,8 >actors
check_file actors <<EOF2
open,CH-1,ana
open,CH-2,cy
open,CH-3,bob
withdraw,CH-3,bob
EOF2
