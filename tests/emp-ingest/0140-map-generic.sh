#!/bin/sh
# emp-ingest: an export no profile knows is read through --map alone, with
# --units min for its plain-number durations and the kind from --kind.
. "${0%/*}/../lib.sh"

cat >other.csv <<'EOF'
Rep Name,Call Start,Talk (min),Queue
Ana Lima,2026-03-02 08:00:00,5.5,Billing
Ben Ode,2026-03-02 08:10:00,12,Sales
Carla M,2026-03-02 08:20:00,0.25,Billing
EOF
run 0 emp-ingest --map agent="Rep Name" --map ts="Call Start" --map talk_s="Talk (min)" --units min --kind contact other.csv
check_out <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
contact,2026-03-02T08:00:00Z,Ana Lima,,,,,,,330,,,,,,,,,,,,,,,,,,,,,,other.csv:2
contact,2026-03-02T08:10:00Z,Ben Ode,,,,,,,720,,,,,,,,,,,,,,,,,,,,,,other.csv:3
contact,2026-03-02T08:20:00Z,Carla M,,,,,,,15,,,,,,,,,,,,,,,,,,,,,,other.csv:4
EOF
check_err <<'EOF'
emp-ingest: 3 rows read, 3 events written, 0 rejected, 0 skipped
EOF
