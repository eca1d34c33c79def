#!/bin/sh
# emp-challenge list: one row per challenge in the order opened, with its
# status, times, decider, grounds and note; --status, --agent,
# --older-than and --newer-than (days since opened, at EMP_NOW) filter;
# --text aligns the columns (two spaces apart, the last not padded).
. "${0%/*}/../lib.sh"

export EMP_LEDGER=l.csv
EMP_NOW=2026-03-01T10:00:00Z emp-challenge --as ana open S1 --grounds 'courier' >/dev/null
EMP_NOW=2026-03-02T10:00:00Z emp-challenge --as ben open S2 --grounds 'price, again' >/dev/null
EMP_NOW=2026-03-03T10:00:00Z emp-challenge --as ana open S3 --grounds 'outage' >/dev/null
EMP_NOW=2026-03-04T10:00:00Z emp-challenge --as lee deny CH-2 --note 'agent misquoted'
EMP_NOW=2026-03-04T10:00:00Z emp-challenge --as ana withdraw CH-3
export EMP_NOW=2026-03-05T10:00:00Z
run 0 emp-challenge list
check_out <<'CSV'
challenge,review,agent,status,opened,decided,decider,grounds,note
CH-1,S1,ana,pending,2026-03-01T10:00:00Z,,,courier,
CH-2,S2,ben,denied,2026-03-02T10:00:00Z,2026-03-04T10:00:00Z,lee,"price, again",agent misquoted
CH-3,S3,ana,withdrawn,2026-03-03T10:00:00Z,2026-03-04T10:00:00Z,ana,outage,
CSV
check_err </dev/null
run 0 emp-challenge list --status pending,denied --agent ana
check_out <<'CSV'
challenge,review,agent,status,opened,decided,decider,grounds,note
CH-1,S1,ana,pending,2026-03-01T10:00:00Z,,,courier,
CSV
# ages at 03-05T10:00: CH-1 4 days, CH-2 3 days, CH-3 2 days
run 0 emp-challenge list --older-than 3 --tsv
check_out <<'TSV'
challenge	review	agent	status	opened	decided	decider	grounds	note
CH-1	S1	ana	pending	2026-03-01T10:00:00Z			courier	
CH-2	S2	ben	denied	2026-03-02T10:00:00Z	2026-03-04T10:00:00Z	lee	price, again	agent misquoted
TSV
run 0 emp-challenge list --newer-than 3 --text
check_out <<'EOF2'
challenge  review  agent  status     opened                decided               decider  grounds  note
CH-3       S3      ana    withdrawn  2026-03-03T10:00:00Z  2026-03-04T10:00:00Z  ana      outage   
EOF2
