#!/bin/sh
# emp-challenge list: one row per challenge in the order opened, with its
# review and kind, agent, cause, status, times, decider, grounds, note,
# and who revoked an approval, when and why; --status, --agent (a name as
# emp-ingest normalises it), --older-than and --newer-than (days since
# opened, at the clock) filter; --text aligns the columns (two spaces
# apart, the last not padded).
. "${0%/*}/../lib.sh"

people
export EMP_LEDGER=l.csv
cat >ev.csv <<'CSV'
kind,ts,agent,id,csat
survey,2026-02-28T09:00:00Z,ana,S1,1
survey,2026-02-28T09:00:00Z,bob,S2,1
survey,2026-02-28T09:00:00Z,ana,S3,1
survey,2026-02-28T09:00:00Z,bob,S4,1
CSV
at() { clock_at "$1"; key "$2"; shift 2; emp-challenge "$@" >/dev/null; }
at 2026-03-01T10:00:00Z ana open S1 -e ev.csv --grounds 'courier'
at 2026-03-02T10:00:00Z bob open S2 -e ev.csv --grounds 'price, again' --cause pricing
at 2026-03-03T10:00:00Z ana open S3 -e ev.csv --grounds 'outage'
at 2026-03-03T10:00:00Z bob open S4 -e ev.csv --grounds 'outage' --cause outage
at 2026-03-04T10:00:00Z lee deny CH-2 --note 'agent misquoted'
at 2026-03-04T10:00:00Z ana withdraw CH-3
at 2026-03-04T11:00:00Z ada approve CH-4
at 2026-03-04T12:00:00Z lee revoke CH-4 --note 'no outage that day'
clock_at 2026-03-05T10:00:00Z
run 0 emp-challenge list
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,survey,ana,,pending,2026-03-01T10:00:00Z,,,courier,,,,,,,,,
CH-2,S2,survey,bob,pricing,denied,2026-03-02T10:00:00Z,2026-03-04T10:00:00Z,lee,"price, again",agent misquoted,,,,,,,,
CH-3,S3,survey,ana,,withdrawn,2026-03-03T10:00:00Z,2026-03-04T10:00:00Z,ana,outage,,,,,,,,,
CH-4,S4,survey,bob,outage,revoked,2026-03-03T10:00:00Z,2026-03-04T11:00:00Z,ada,outage,,2026-03-04T12:00:00Z,lee,no outage that day,,,,,
EOF2
check_err </dev/null
run 0 emp-challenge list --status pending,denied --agent ' ANA '
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-1,S1,survey,ana,,pending,2026-03-01T10:00:00Z,,,courier,,,,,,,,,
EOF2
run 0 emp-challenge list --status revoked
check_out <<'EOF2'
challenge,review,kind,agent,cause,status,opened,decided,decider,grounds,note,revoked,revoker,revoke_note,measure,score,proposed_score,approved_score,reassign
CH-4,S4,survey,bob,outage,revoked,2026-03-03T10:00:00Z,2026-03-04T11:00:00Z,ada,outage,,2026-03-04T12:00:00Z,lee,no outage that day,,,,,
EOF2
# ages at 03-05T10:00: CH-1 4 days, CH-2 3 days, CH-3 and CH-4 2 days
run 0 emp-challenge list --older-than 3 --tsv
check_out <<'EOF2'
challenge	review	kind	agent	cause	status	opened	decided	decider	grounds	note	revoked	revoker	revoke_note	measure	score	proposed_score	approved_score	reassign
CH-1	S1	survey	ana		pending	2026-03-01T10:00:00Z			courier									
CH-2	S2	survey	bob	pricing	denied	2026-03-02T10:00:00Z	2026-03-04T10:00:00Z	lee	price, again	agent misquoted								
EOF2
run 0 emp-challenge list --newer-than 3 --text
check_out <<'EOF2'
challenge  review  kind    agent  cause   status     opened                decided               decider  grounds  note  revoked               revoker  revoke_note         measure  score  proposed_score  approved_score  reassign
CH-3       S3      survey  ana            withdrawn  2026-03-03T10:00:00Z  2026-03-04T10:00:00Z  ana      outage                                                                                                            
CH-4       S4      survey  bob    outage  revoked    2026-03-03T10:00:00Z  2026-03-04T11:00:00Z  ada      outage         2026-03-04T12:00:00Z  lee      no outage that day                                                  
EOF2
