#!/bin/sh
# emp-ingest: Talkdesk's legacy payload (interaction_id, start_time,
# agent_name, team, talk_time, holding_time) is recognised; being timed
# by start_time, its durations are fractions of a day: times 86400,
# rounded to whole seconds (0.000069444446 = 6 s, 0.00543 = 469 s); one of
# 1 or more is rejected with file, line and field.  The new payload's
# durations stay seconds.
. "${0%/*}/../lib.sh"

cat >legacy.csv <<'EOF'
interaction_id,start_time,talk_time,holding_time,agent_name,team,csat_score,rating_reason
i1,2022-06-30 16:42:24,0.00543,0.000069444446,Ana Lima,North,5,
i2,2022-06-30 17:00:00,0.000011574074,0,Ben Ode,South,,
i3,2022-06-30 17:10:00,1.5,0,Ben Ode,South,,
i4,2022-06-30 17:20:00,0.01041666666667,,Ben Ode,South,2,too slow
EOF
run 0 emp-ingest legacy.csv
cut -d, -f1-5,8,10,11,21,32 out >got
check_file got <<'EOF'
kind,ts,agent,team,id,channel,talk_s,hold_s,csat,src
contact,2022-06-30T16:42:24Z,Ana Lima,North,i1,voice,469,6,5,legacy.csv:2
contact,2022-06-30T17:00:00Z,Ben Ode,South,i2,voice,1,0,,legacy.csv:3
contact,2022-06-30T17:20:00Z,Ben Ode,South,i4,voice,900,,2,legacy.csv:5
EOF
check_err <<'EOF'
emp-ingest: legacy.csv:4: field 'talk_time': duration '1.5' is not a fraction of a day below 1, as a legacy Talkdesk export's are
emp-ingest: 4 rows read, 3 events written, 1 rejected, 0 skipped
EOF
# independently: each fraction times 86400, to the nearest second
python3 -c '
for f in ("0.00543", "0.000069444446", "0.000011574074", "0.01041666666667"):
    print(round(float(f) * 86400))' | tr '\n' ' ' >want
echo >>want
echo '469 6 1 900 ' >got
check_file got <want

# the new payload: seconds, as before
cat >new.csv <<'EOF'
call_id,type,start_at,end_at,user_name,talk_time,hold_time
n1,inbound,2026-05-04T13:02:11Z,2026-05-04T13:10:00Z,Ana Lima,0.5,3
EOF
run 0 emp-ingest new.csv
cut -d, -f5,10,11 out >got
check_file got <<'EOF'
id,talk_s,hold_s
n1,0.5,3
EOF
