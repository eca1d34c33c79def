#!/bin/sh
# emp-score: every command line in the EXAMPLES of emp-score(1) (the "$ "
# lines of the literal displays of that section, read from the page now,
# so the test follows it) runs on the events of the sample exports and
# exits 0, and no emp-score or emp-ingest in it fails, also inside a
# pipeline.  The examples run in page order in one directory: a later one
# may read what an earlier wrote.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" . >/dev/null
# events.csv as emp-ingest makes it (the sample holds a few bad rows, which
# are rejected: their diagnostics go to ingest.err)
"$EMP_BIN/emp-ingest" -q --decimal-comma qa.csv >qa-events.csv 2>ingest.err
"$EMP_BIN/emp-ingest" -q --agent-map agent-map.csv --tz America/New_York \
    amazon-connect.csv genesys.csv zendesk.csv five9.csv talkdesk.csv \
    pulse.csv roster.csv decisions.csv qa-events.csv >events.csv 2>>ingest.err

# the ledger of the --ledger example: its header only, verified against
# the sample's roster
printf '%s\n' 'seq,ts,action,challenge,review,kind,agent,actor,cause,text,sig,sum' \
    >ledger.csv

run_man_examples emp-score
