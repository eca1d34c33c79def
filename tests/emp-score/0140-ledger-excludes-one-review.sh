#!/bin/sh
# emp-score --ledger: only the approved, not revoked challenges of a
# verified ledger take reviews out, each exactly its one review (id, kind
# and agent), the first row of the stream that is it.
#   CH-1 ana S8 survey  approved: the survey S8 is out, the QA
#                       evaluation S8 (same id, another kind) counts
#   CH-2 ana S9         denied: counts (and its hand-set challenge=lol
#                       is reported: the ledger does not back it)
#   CH-3 ana S10        approved, then revoked: counts
#   CH-4 bob B1         approved: bob's first B1 is out; his second B1
#                       (a repeat) counts, and so does cy's B1 (another
#                       agent's): each reported once
# ana: csat 5,4,5,4,5,4,5,(1),2,1: 7 of 9 >= 4 = 0.7778 (0.7 with S8),
#      mean 35/9 = 3.889; qa 40 and 90 = 65
# bob: csat (1),1: 0 of 1; cy: 1: 0 of 1
. "${0%/*}/../lib.sh"

people
cat >ev.csv <<'CSV'
kind,ts,agent,team,id,csat,qa,challenge
survey,2026-03-02T09:00:00Z,ana,A,S1,5,,
survey,2026-03-02T09:01:00Z,ana,A,S2,4,,
survey,2026-03-02T09:02:00Z,ana,A,S3,5,,
survey,2026-03-02T09:03:00Z,ana,A,S4,4,,
survey,2026-03-02T09:04:00Z,ana,A,S5,5,,
survey,2026-03-02T09:05:00Z,ana,A,S6,4,,
survey,2026-03-02T09:06:00Z,ana,A,S7,5,,
survey,2026-03-02T09:07:00Z,ana,A,S8,1,,CH-1
qa,2026-03-02T09:08:00Z,ana,A,S8,,40,
survey,2026-03-02T09:09:00Z,ana,A,S9,2,,lol
survey,2026-03-02T09:10:00Z,ana,A,S10,1,,
qa,2026-03-02T09:11:00Z,ana,A,Q2,,90,
survey,2026-03-02T09:12:00Z,bob,A,B1,1,,
survey,2026-03-02T09:13:00Z,bob,A,B1,1,,
survey,2026-03-02T09:14:00Z,cy,B,B1,1,,
CSV
# the ledger, opened on the events as they were (one B1)
sed '15,16d' ev.csv >open.csv
clock_at 2026-03-05T10:00:00Z
key ana
emp-challenge -l l.csv open S8 --kind survey -e open.csv --grounds 'survey of the previous call' >/dev/null
emp-challenge -l l.csv open S9 -e open.csv --grounds 'courier lost it' >/dev/null
emp-challenge -l l.csv open S10 -e open.csv --grounds 'outage' >/dev/null
key bob
emp-challenge -l l.csv open B1 -e open.csv --grounds 'outage' >/dev/null
clock_at 2026-03-06T10:00:00Z
key lee
emp-challenge -l l.csv approve CH-1
emp-challenge -l l.csv deny CH-2
emp-challenge -l l.csv approve CH-3
emp-challenge -l l.csv approve CH-4
clock_at 2026-03-07T10:00:00Z
emp-challenge -l l.csv revoke CH-3 --note 'the outage was after the call'
cp l.csv l.orig

opts='-g agent -w csat_rate=1 -m csat=1 -m csat_rate=1 -m qa=1'
# shellcheck disable=SC2086
run 0 emp-score $opts -l l.csv ev.csv
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,A,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,9,3.889,9,0.7778,9,0.4526,0.9368,,0,65,2,,0,,0,0,0,,0,,0,,,1,,0,,83.3,csat_rate,1
all,agent,bob,A,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,1,1,1,0,1,0,0.7935,,0,,0,,0,,0,0,0,,0,,0,,,1,,0,,33.3,csat_rate,2
all,agent,cy,B,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,1,1,1,0,1,0,0.7935,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,33.3,csat_rate,2
CSV
check_err <<'EOF2'
emp-score: ev.csv:11: field 'challenge': 'lol' takes nothing out: no approved challenge in l.csv takes this review out; it counts
emp-score: ev.csv:15: CH-4 (l.csv:5) took its review out already: a challenge takes out one review; this one counts
emp-score: ev.csv:16: CH-4 (l.csv:5) not applied: the review is cy's, not bob's; it counts
emp-score: 15 events read, 15 scored, 0 rejected; 2 reviews excluded by challenge (2 of 2 approved challenges found); 1 review repeats an excluded one: counted; 1 review has a challenge's id and kind but another agent: counted; 1 review carries a challenge that no verified ledger backs: not excluded
EOF2
mv out ledger.out
# reading the ledger leaves it as it was
cmp l.csv l.orig || fail "emp-score changed the ledger"

# ana's CSAT share, counted independently over the events: of all her
# surveys (no ledger), and without the one row CH-1 names (id S8, kind
# survey, agent ana); emp-score's, without and with the ledger
awk -F, 'NR > 1 && $3 == "ana" && $6 != "" {
	n++; g += $6 >= 4
	if (!($5 == "S8" && $1 == "survey")) { nx++; gx += $6 >= 4 }
} END { printf "%.4g\n%.4g\n", g / n, gx / nx }' ev.csv >awk.txt
check_file awk.txt <<'EOF2'
0.7
0.7778
EOF2
share() {
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	    $3 == "ana" { print $c["csat_rate"] }' "$1"
}
# shellcheck disable=SC2086
run 0 emp-score -q $opts ev.csv
{ share out; share ledger.out; } >share.txt
check_file share.txt awk.txt

# before CH-3 was revoked its review was out too: the revocation restores
# it (ana: 7 of 8)
head -n 9 l.csv >l.approved
# shellcheck disable=SC2086
run 0 emp-score -q $opts -l l.approved ev.csv
share out >share.txt
check_file share.txt <<'EOF2'
0.875
EOF2

# the stream's order decides which B1 row is out, file after file: split
# in two files, the same scores; the repeat is reported in the second
head -n 14 ev.csv >a.csv
{ head -n 1 ev.csv; tail -n 2 ev.csv; } >b.csv
# shellcheck disable=SC2086
run 0 emp-score $opts -l l.csv a.csv b.csv
check_out ledger.out
check_err <<'EOF2'
emp-score: a.csv:11: field 'challenge': 'lol' takes nothing out: no approved challenge in l.csv takes this review out; it counts
emp-score: b.csv:2: CH-4 (l.csv:5) took its review out already: a challenge takes out one review; this one counts
emp-score: b.csv:3: CH-4 (l.csv:5) not applied: the review is cy's, not bob's; it counts
emp-score: 15 events read, 15 scored, 0 rejected; 2 reviews excluded by challenge (2 of 2 approved challenges found); 1 review repeats an excluded one: counted; 1 review has a challenge's id and kind but another agent: counted; 1 review carries a challenge that no verified ledger backs: not excluded
EOF2

# --partial excludes when the partial is made; --merge adds it up as is
# shellcheck disable=SC2086
run 0 emp-score -q --partial $opts -l l.csv ev.csv
mv out part.csv
# shellcheck disable=SC2086
run 0 emp-score --merge $opts part.csv
check_out ledger.out
check_err </dev/null
# shellcheck disable=SC2086
run 2 emp-score --merge $opts -l l.csv part.csv
check_out </dev/null
check_err <<'EOF2'
emp-score: --ledger with --merge: the reviews are excluded when the partial files are made; give it to --partial
Try 'emp-score --help' for more information.
EOF2
