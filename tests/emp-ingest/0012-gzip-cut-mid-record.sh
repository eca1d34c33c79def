#!/bin/sh
# emp-ingest: gzip input cut in the middle of a record ends with the
# error (exit 1), the rows before it written, the cut record dropped;
# a regression test for a crash in the batch hand-over.
. "${0%/*}/../lib.sh"

awk 'BEGIN { print "Agent,Week,Confidence,Satisfaction";
    for (i = 0; i < 5000; i++) printf "agent%d,2026-01-05,4,5\n", i }' |
    gzip -c >full.gz
head -c 6000 full.gz >cut.gz
run 1 emp-ingest -q cut.gz
check_err <<'EOF'
emp-ingest: cut.gz: truncated gzip input
EOF
head -n 1 out >first
check_file first <<'EOF'
kind,ts,agent,team,id,contact,customer,channel,queue,talk_s,hold_s,acw_s,avail_s,resolved,escalated,transferred,amount,decision_s,reversed,cost,csat,nps,qa,reviewer,confidence,esat,coach,focus,reason,comment,challenge,src
EOF
# every row written is whole
awk -F, 'NR > 1 && (NF != 32 || $NF !~ /^cut\.gz:[0-9]+$/) { exit 1 }' out ||
    fail "a partial row was written"
run 1 emp-ingest -q - <cut.gz
check_err <<'EOF'
emp-ingest: stdin: truncated gzip input
EOF
