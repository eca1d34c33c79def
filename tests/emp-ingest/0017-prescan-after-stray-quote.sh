#!/bin/sh
# emp-ingest: after a misplaced quote the rest of the line belongs to the
# broken record, in the first pass over a file as in the reader: a file
# and the same bytes on stdin give the same events (K3 from line 6: its
# line 4 copy lies inside the record broken at line 5).
. "${0%/*}/../lib.sh"

H='ContactId,Agent.Username,InitiationTimestamp,LastUpdateTimestamp'
printf '%s\n"x"y,a,b,"\nK1,ana,2026-01-05T08:00:00Z,2026-01-05T12:00:00Z\n"z"w\nK1,ana,2026-01-05T08:00:00Z,2026-01-05T09:00:00Z\n' "$H" >kA.csv
printf '%s\n"x"y,a,b,"\n"K9,ana,2026-01-05T08:00:00Z,2026-01-05T08:00:00Z\nK3,ana,2026-01-05T08:00:00Z,2026-01-05T13:00:00Z\nx"y\nK3,ana,2026-01-05T08:00:00Z,2026-01-05T09:00:00Z\n' "$H" >kB.csv
for f in kA.csv kB.csv; do
	run 0 emp-ingest -q "$f"
	sed "s/$f:/X:/" out >file.out
	run 0 emp-ingest -q - <"$f"
	sed 's/stdin:/X:/' out >stdin.out
	check_file stdin.out file.out
done
check_file stdin.out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-01-05T08:00:00Z,ana,,K3,,,,,,,,,,,,,,,,,,,,,,,,,,,X:6
EOF
