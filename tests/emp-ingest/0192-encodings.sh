#!/bin/sh
# emp-ingest and encodings: a UTF-16 export (with a byte order mark, or
# without one, big-endian) is refused at its header, with the fix (iconv),
# not "cannot tell the export format"; a Windows-1252 name (José as the
# byte E9) is rejected with file:line and the fix, instead of becoming a
# second agent beside the UTF-8 José; a Windows-1252 comment passes as it
# is (free text is not a name).
. "${0%/*}/../lib.sh"

printf 'CALL ID,TIMESTAMP,AGENT,TALK TIME\n1,"Mon, 02 Mar 2026 08:00:56",ana,00:01:00\n' >five9.csv
iconv -f UTF-8 -t UTF-16 <five9.csv >le.csv
iconv -f UTF-8 -t UTF-16BE <five9.csv >be.csv
for f in le.csv be.csv; do
	run 1 emp-ingest "$f"
	check_out <<'EOF2'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
EOF2
	check_err <<EOF2
emp-ingest: $f:1: a UTF-16 file: emp reads UTF-8 (and ASCII); convert it first: iconv -f UTF-16 -t UTF-8 < FILE > FILE.utf8
emp-ingest: 0 rows read, 0 events written, 0 rejected, 0 skipped
EOF2
done

{
	printf 'CALL ID,TIMESTAMP,AGENT,TALK TIME,COMMENTS\n'
	printf '1,"Mon, 02 Mar 2026 08:00:56",Jos\303\251,00:01:00,ok\n'
	printf '2,"Mon, 02 Mar 2026 09:00:56",Jos\351,00:01:00,ok\n'
	printf '3,"Mon, 02 Mar 2026 10:00:56",Jos\303\251,00:01:00,caf\351\n'
} >mixed.csv
run 0 emp-ingest --map comment=COMMENTS mixed.csv
cut -d, -f3,30 out >got
printf 'agent,comment\nJos\303\251,ok\nJos\303\251,caf\351\n' >want
check_file got want
check_err <<'EOF2'
emp-ingest: mixed.csv: Five9 times carry no zone: read as UTC; give the account's zone with --tz
emp-ingest: mixed.csv:3: field 'AGENT': not UTF-8 (a Windows-1252 or Latin-1 export? convert it first: iconv -f WINDOWS-1252 -t UTF-8)
emp-ingest: 3 rows read, 2 events written, 1 rejected, 0 skipped
EOF2

# emp-score too rejects a Windows-1252 name in an events stream made by
# hand, instead of scoring two agents for one
printf 'kind,ts,agent,team,id,csat\nsurvey,2026-03-02T09:00:00Z,Jos\351,T,S1,5\nsurvey,2026-03-02T09:00:00Z,Jos\303\251,T,S2,5\n' >w.csv
run 0 emp-score -q -g agent w.csv
cut -d, -f1-3 out >got
printf 'period,group,key\nall,agent,Jos\303\251\n' >want
check_file got want
check_err <<'EOF2'
emp-score: w.csv:2: field 'agent': not UTF-8 (a Windows-1252 or Latin-1 export? convert it first: iconv -f WINDOWS-1252 -t UTF-8)
EOF2
