#!/bin/sh
# emp-challenge candidates, the built-in rules: a word matches whole
# words ("late", not "later"; "fee", not "feeling", which the old
# start-of-word keywords took for a fee), a stem the words it starts
# (arriv*, scratch*), a phrase its words in a row across spaces and
# hyphens but not across a clause ("wrong. Colour"); an apostrophe,
# straight or typographic, is dropped (didn't = didnt = didn’t).  A rule
# of cause agent in the reason or the comment vetoes the review (B2, B10,
# B11); a rule of cause none hides its clause ("was fine", "on time")
# and "but" starts a new one (B4).  The reason goes before the comment
# (B14).
. "${0%/*}/../lib.sh"

cat >ev.csv <<'CSV'
kind,ts,agent,id,csat,reason,comment
survey,2026-03-02T09:00:00Z,ana,B1,1,,"Package arrived late, again."
survey,2026-03-02T09:00:00Z,ana,B2,1,,agent was late to answer
survey,2026-03-02T09:00:00Z,ana,B3,1,,"The delivery was fine, the agent was not"
survey,2026-03-02T09:00:00Z,ana,B4,1,,"arrived on time, but the mug was scratched"
survey,2026-03-02T09:00:00Z,ana,B5,1,,later than I hoped
survey,2026-03-02T09:00:00Z,ana,B7,1,,wrong-COLOUR sent
survey,2026-03-02T09:00:00Z,ana,B8,1,,"it was wrong. Colour fine"
survey,2026-03-02T09:00:00Z,ana,B9,1,,Didn’t arrive
survey,2026-03-02T09:00:00Z,ana,B10,1,,he didn’t listen
survey,2026-03-02T09:00:00Z,ana,B11,1,late delivery,and the rep HUNG UP on me
survey,2026-03-02T09:00:00Z,ana,B12,1,,DELIVARY took ages
survey,2026-03-02T09:00:00Z,ana,B13,1,,the appointment was missed
survey,2026-03-02T09:00:00Z,ana,B14,1,website down,parcel lost
survey,2026-03-02T09:00:00Z,ana,B15,1,,feeling let down by your service
CSV
run 0 emp-challenge candidates ev.csv
check_out <<'CSV'
review,ts,agent,kind,csat,nps,qa,reason,comment,keyword,cause,grounds
B1,2026-03-02T09:00:00Z,ana,survey,1,,,,"Package arrived late, again.",late,delivery,"late or failed delivery, outside the agent's control"
B4,2026-03-02T09:00:00Z,ana,survey,1,,,,"arrived on time, but the mug was scratched",scratch*,fulfilment,"wrong, missing or damaged goods sent by fulfilment, not the agent"
B7,2026-03-02T09:00:00Z,ana,survey,1,,,,wrong-COLOUR sent,wrong colo*,fulfilment,"wrong, missing or damaged goods sent by fulfilment, not the agent"
B9,2026-03-02T09:00:00Z,ana,survey,1,,,,Didn’t arrive,arriv*,delivery,"late or failed delivery, outside the agent's control"
B12,2026-03-02T09:00:00Z,ana,survey,1,,,,DELIVARY took ages,delivary,delivery,"late or failed delivery, outside the agent's control"
B14,2026-03-02T09:00:00Z,ana,survey,1,,,website down,parcel lost,website*,outage,"system outage, outside the agent's control"
CSV
check_err </dev/null
