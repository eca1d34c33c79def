#!/bin/sh
# emp-ingest: a Talkdesk contacts report (Interaction ID, Started At, User Name,
# HH:MM:SS times, Transfer Out (Yes/No) as in the real export) is
# recognised as talkdesk.
. "${0%/*}/../lib.sh"

cat >in.csv <<'EOF'
Interaction ID,Contact ID,Direction,Contact Type,Started At,Wait Time,Talk Time,Hold Time,After Call Work Time,Finished At,Duration,Handle Time,Transfer Out (Yes/No),User Name,Team Name,User ID
9a1b2c3d4e5f,c-7788,Inbound,Phone,2026-05-04 13:02:11,00:00:20,00:06:32,00:00:37,00:01:05,2026-05-04 13:10:45,00:08:34,00:08:14,Yes,Ana Lima,North,u17
0b1c2d3e4f5a,c-7789,Outbound,Phone,2026-05-04 14:00:00,00:00:00,00:03:00,00:00:00,00:00:40,2026-05-04 14:03:40,00:03:40,00:03:40,No,Ben Ode,South,u18
EOF
run 0 emp-ingest in.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-05-04T13:02:11Z,Ana Lima,North,9a1b2c3d4e5f,,c-7788,voice,,392,37,65,,,,1,,,,,,,,,,,,,,,,in.csv:2
contact,2026-05-04T14:00:00Z,Ben Ode,South,0b1c2d3e4f5a,,c-7789,voice,,180,0,40,,,,0,,,,,,,,,,,,,,,,in.csv:3
EOF
check_err <<'EOF'
emp-ingest: 2 rows read, 2 events written, 0 rejected, 0 skipped
EOF
