#!/bin/sh
# emp-ingest: --agent-map, --from, --map, --rejects and --decimal-comma are
# long only (emp(7), OPTIONS): -a, -f, -m, -r and -C are invalid options
# (exit 2, nothing on stdout), and the long forms work.
. "${0%/*}/../lib.sh"

cat >agents.csv <<'CSV'
alias,agent,team
ana@acme.com,ana,north
CSV
cat >f.csv <<'CSV'
CALL ID,TIMESTAMP,CAMPAIGN,AGENT,TALK TIME,AMOUNT
1,2026-03-02 16:00:00,Support,ana@acme.com,00:04:00,"1.234,50"
2,2026-03-02 16:05:00,Sales,ben@acme.com,00:0x:00,"87,5"
CSV
for x in a f m r C; do
	run 2 emp-ingest -$x v f.csv
	check_out </dev/null
	check_err <<EOF2
emp-ingest: invalid option -- '$x'
Try 'emp-ingest --help' for more information.
EOF2
done
[ ! -e v ] || fail "a refused option made a file"

run 0 emp-ingest --from five9 --map amount=AMOUNT --agent-map agents.csv \
    --rejects rej.csv --decimal-comma f.csv
check_out <<'CSV'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T16:00:00Z,ana,north,1,,,voice,Support,240,,,,,,,1234.5,,,,,,,,,,,,,,,f.csv:2
CSV
check_err <<'EOF2'
emp-ingest: f.csv: Five9 times carry no zone: read as UTC; give the account's zone with --tz
emp-ingest: f.csv:3: field 'TALK TIME': invalid duration '00:0x:00'
emp-ingest: 2 rows read, 1 events written, 1 rejected, 0 skipped
EOF2
check_file rej.csv <<'CSV'
src,error,raw
f.csv:3,field 'TALK TIME': invalid duration '00:0x:00',"2,2026-03-02 16:05:00,Sales,ben@acme.com,00:0x:00,""87,5"""
CSV
