#!/bin/sh
# emp-challenge candidates: negative reviews (csat <= 2, nps <= 6, qa
# below 70) whose reason, else comment, matches a built-in rule (a word,
# a stem "deliver*" or a phrase, any case) come out with the rule as
# written, its cause and suggested grounds.  Not candidates: S2 (csat 3),
# S3 (the stem deliver* matches "deliveryman", but its reason "rude"
# blames the agent, and that vetoes the review), S4 ("redelivery": a
# stem must start a word), Q2 (qa 70), a row without an id, a contact
# (no review value).
# A value in the events' challenge column (S5's CH-7) changes nothing:
# only the ledger says what was challenged.
. "${0%/*}/../lib.sh"

cat >ev.csv <<'CSV'
kind,ts,agent,id,csat,nps,qa,reason,comment,challenge
survey,2026-03-02T09:00:00Z,ana,S1,1,,,Late DELIVERY,,
survey,2026-03-02T09:00:00Z,ana,S2,3,,,late delivery,,
survey,2026-03-02T09:00:00Z,ana,S3,2,,,rude,the deliveryman was rude,
survey,2026-03-02T09:00:00Z,ana,S4,2,,,,asked for redelivery,
survey,2026-03-02T09:00:00Z,ben,N1,,6,,,"Price went up, again",
qa,2026-03-02T09:00:00Z,ben,Q1,,,69.9,system outage,,
qa,2026-03-02T09:00:00Z,ben,Q2,,,70,system outage,,
survey,2026-03-02T09:00:00Z,ben,,1,,,courier,,
survey,2026-03-02T09:00:00Z,ben,S5,1,,,courier,,CH-7
contact,2026-03-02T09:00:00Z,ben,C1,,,,courier,,
CSV
run 0 emp-challenge candidates ev.csv
check_out <<'CSV'
review,ts,agent,kind,csat,nps,qa,reason,comment,keyword,cause,grounds
S1,2026-03-02T09:00:00Z,ana,survey,1,,,Late DELIVERY,,deliver*,delivery,"late or failed delivery, outside the agent's control"
N1,2026-03-02T09:00:00Z,ben,survey,,6,,,"Price went up, again",price*,pricing,"prices and billing are set by the company, not the agent"
Q1,2026-03-02T09:00:00Z,ben,qa,,,69.9,system outage,,outage*,outage,"system outage, outside the agent's control"
S5,2026-03-02T09:00:00Z,ben,survey,1,,,courier,,courier*,delivery,"late or failed delivery, outside the agent's control"
CSV
check_err </dev/null

# --qa-below moves the QA threshold; a bad score is reported with its line
printf 'kind,ts,agent,id,csat,qa,reason\nqa,2026-03-02T09:00:00Z,ben,Q2,,70,policy\nsurvey,2026-03-02T09:00:00Z,ben,S9,x,,policy\n' >ev2.csv
run 1 emp-challenge candidates --qa-below 80 <ev2.csv
check_out <<'CSV'
review,ts,agent,kind,csat,nps,qa,reason,comment,keyword,cause,grounds
Q2,2026-03-02T09:00:00Z,ben,qa,,,70,policy,,policy,policy,company policy that the agent must follow
CSV
check_err <<'EOF2'
emp-challenge: stdin:3: field 'csat': invalid number 'x'
EOF2

# a ledger not made yet (the first run of a new team) holds no challenge:
# the same candidates, and no ledger file made (a ledger's readers need
# the roster)
people
EMP_LEDGER=new-ledger.csv run 0 emp-challenge candidates ev.csv
check_out <<'CSV'
review,ts,agent,kind,csat,nps,qa,reason,comment,keyword,cause,grounds
S1,2026-03-02T09:00:00Z,ana,survey,1,,,Late DELIVERY,,deliver*,delivery,"late or failed delivery, outside the agent's control"
N1,2026-03-02T09:00:00Z,ben,survey,,6,,,"Price went up, again",price*,pricing,"prices and billing are set by the company, not the agent"
Q1,2026-03-02T09:00:00Z,ben,qa,,,69.9,system outage,,outage*,outage,"system outage, outside the agent's control"
S5,2026-03-02T09:00:00Z,ben,survey,1,,,courier,,courier*,delivery,"late or failed delivery, outside the agent's control"
CSV
check_err </dev/null
[ ! -e new-ledger.csv ] || fail "candidates made a ledger"
