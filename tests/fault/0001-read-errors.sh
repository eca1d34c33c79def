#!/bin/sh
# I/O faults: a read that fails (EIO) on any input of any command ends in
# "prog: FILE: Input/output error" and status 1 (2 for the policy of
# emp-tier, which, like every -p problem, is a usage error), never a crash
# or a silent success.
. "${0%/*}/../lib.sh"
. "${0%/*}/shim.sh"

fixtures
emp-ingest -q in.csv >ev.csv
emp-score -q ev.csv >sc.csv
emp-tier --print-policy >pol.txt
ledger_fixture

run 1 faulty read:EIO:path=in.csv emp-ingest in.csv
check_err_line "emp-ingest: in.csv: Input/output error"
run 1 faulty read:EIO:after=1:path=in.csv emp-ingest in.csv
check_err_line "emp-ingest: in.csv: Input/output error"
run 1 faulty read:EIO emp-ingest - <in.csv
check_err_line "emp-ingest: stdin: Input/output error"
run 1 faulty read:EIO:path=ev.csv emp-score ev.csv
check_err_line "emp-score: ev.csv: Input/output error"
run 1 faulty read:EIO emp-score <ev.csv
check_err_line "emp-score: stdin: Input/output error"
run 1 faulty read:EIO:path=sc.csv emp-tier -r ro.csv sc.csv
check_err_line "emp-tier: sc.csv: Input/output error"
run 1 faulty read:EIO:path=ro.csv emp-tier -r ro.csv sc.csv
check_err_line "emp-tier: ro.csv: Input/output error"
run 2 faulty read:EIO:path=pol.txt emp-tier -p pol.txt -r ro.csv sc.csv
check_err_line "emp-tier: pol.txt: Input/output error"
printf 'agent,metric,target\nana,qa,90\n' >goals.csv
run 1 faulty read:EIO:path=sc.csv emp-report sc.csv
check_err_line "emp-report: sc.csv: Input/output error"
run 1 faulty read:EIO:path=goals.csv emp-report --goals goals.csv sc.csv
check_err_line "emp-report: goals.csv: Input/output error"
run 1 faulty pread:EIO:path=l.csv emp-report -l l.csv sc.csv
check_err_line "emp-report: l.csv: Input/output error"
run 1 faulty read:EIO:path=ev.csv emp-challenge -l l.csv apply ev.csv
check_err_line "emp-challenge: ev.csv: Input/output error"
run 1 faulty read:EIO:path=ev.csv emp-challenge -l l.csv candidates ev.csv
check_err_line "emp-challenge: ev.csv: Input/output error"
run 1 faulty pread:EIO:path=l.csv emp-challenge -l l.csv verify
check_err_line "emp-challenge: l.csv: Input/output error"
run 1 faulty pread:EIO:path=l.csv emp-challenge -l l.csv withdraw CH-1
check_err_line "emp-challenge: l.csv: Input/output error"
check_out </dev/null
run 0 emp-challenge -l l.csv verify
