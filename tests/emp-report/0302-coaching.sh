#!/bin/sh
# emp-report: the coaching sessions of an event stream (emp-events(5),
# only its kind coaching rows): in the team report a line per team
# (sessions and agents coached, over the stream's span, any kind's first
# to last date; names compared as the roster compares them: " ANA " is
# ana), with --team the team's line only; in a scorecard (-a, and every
# one of --split) the agent's sessions by date, text as written, escaped
# as every text is (a control character as \x1b); a stream without the
# coach, focus and comment columns reads them as empty; no event stream,
# no section.
. "${0%/*}/../lib.sh"

cat >scores.csv <<'CSV'
period,group,key,team,contacts,resolved_rate,resolved_rate_n,index,rank
2026-W09,all,all,,200,0.7,150,50,
2026-W09,team,North,North,100,0.7,75,50,
2026-W09,team,South,South,100,0.7,75,50,
2026-W09,agent,ana,North,100,0.7,75,60,1
2026-W09,agent,bo,South,100,0.7,75,40,2
CSV
# no coach, focus or comment columns in this one: they read as empty
cat >old-events.csv <<'CSV'
kind,ts,agent
coaching,2026-02-01T10:00:00Z,bo
CSV
# (a hire of 2024 and an exit after the last contact do not stretch the
# span, which is the activity's)
printf '%s\n' 'kind,ts,agent,team,coach,focus,comment' \
    'hire,2024-05-06T00:00:00Z,ana,,,,' \
    'contact,2026-01-05T09:00:00Z,ana,,,,' \
    'exit,2026-03-31T00:00:00Z,zed,,,,' \
    'coaching,2026-02-03T10:00:00Z,ana,,Lee,csat_rate,"Work on closing, ""warmly"""' \
    'coaching,2026-01-20T10:00:00Z, ANA ,,Lee,resolved_rate,<b onmouseover=x>&amp;</b>' \
    "coaching,2026-02-10T10:00:00Z,bo,,Kim,qa,\"'=HYPERLINK(1)\"" \
    "coaching,2026-02-11T10:00:00Z,zed,,Kim,qa,\"two$(printf '\033')[31mlines
here\"" \
    'contact,2026-02-27T09:00:00Z,bo,,,,' >events.csv

run 0 emp-report -q scores.csv events.csv
sed -n '/^Coaching/,$p' out >team.txt
check_file team.txt <<'OUT'
Coaching
--------
4 coaching sessions in the event stream, 2026-01-05 to 2026-02-27.
team             sessions  agents coached
---------------  --------  --------------
(no team known)         1               1
North                   2               1
South                   1               1
OUT
run 0 emp-report -q --team North -f markdown scores.csv events.csv
sed -n '/^## Coaching/,$p' out >north.md
check_file north.md <<'OUT'
## Coaching

2 coaching sessions of team North in the event stream, 2026-01-05 to 2026-02-27.

| team | sessions | agents coached |
| --- | ---: | ---: |
| North | 2 | 1 |
OUT
run 0 emp-report -q -a ana scores.csv events.csv
sed -n '/^Coaching/,$p' out >ana.txt
check_file ana.txt <<'OUT'
Coaching
--------
2 coaching sessions in the event stream, 2026-01-05 to 2026-02-27:
date        coach  focus                   note
----------  -----  ----------------------  --------------------------
2026-01-20  Lee    resolved (disposition)  <b onmouseover=x>&amp;</b>
2026-02-03  Lee    CSAT (share of 4-5)     Work on closing, "warmly"
OUT
run 0 emp-report -q -f markdown --split cards scores.csv events.csv
sed -n '/^## Coaching/,$p' cards/bo.md >bo.md
check_file bo.md <<'OUT'
## Coaching

1 coaching session in the event stream, 2026-01-05 to 2026-02-27:

| date | coach | focus | note |
| --- | --- | --- | --- |
| 2026-02-10 | Kim | QA (0-100) | =HYPERLINK(1) |
OUT
run 0 emp-report -q -a bo scores.csv old-events.csv
sed -n '/^Coaching/,$p' out >old.txt
check_file old.txt <<'OUT'
Coaching
--------
1 coaching session in the event stream, 2026-02-01 to 2026-02-01:
date        coach  focus  note
----------  -----  -----  ----
2026-02-01  —      —      —
OUT
# zed has no scores: the team's line says so, and the escape is escaped
# wherever it shows
printf '%s,%s,%s,%s,%s,%s,%s\n' period group key team contacts index rank \
    2026-W09 agent zed South 5 1 1 >zed.csv
run 0 emp-report -q -a zed scores.csv zed.csv events.csv
grep -q 'two\\x1b\[31mlines\\x0ahere' out || fail "the escape: $(grep two out)"
LC_ALL=C grep -q "$(printf '\033')" out && fail "an escape character written"
run 0 emp-report -q scores.csv
grep -q '^Coaching' out && fail "a coaching section without the stream"
exit 0
