#!/bin/sh
# emp-score: the challenge column of the events takes nothing out; only an
# approved challenge of a verified ledger does (--ledger, 0135).  ana's
# three bad surveys carry challenge=lol (issue 13: they used to lift her
# CSAT share from 0.7 to 1), as do a QA evaluation and a contact with a
# csat: every one counts, and the scores are byte for byte those of the
# same events without the column.  The reviews that carry a value are
# counted in the summary and the first is reported, by file:line; a value
# on an event without a review (a plain contact) is no review's.
#   ana: csat 5,4,5,4,5,4,5,1,2,1 + the contact's 2: 7 of 11 >= 4 = 0.6364;
#        the surveys alone, as awk counts them below: 7 of 10 = 0.7
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,talk_s,csat,nps,qa,challenge
survey,2026-03-02T09:00:00Z,ana,,5,,,
survey,2026-03-02T09:01:00Z,ana,,4,,,
survey,2026-03-02T09:02:00Z,ana,,5,,,
survey,2026-03-02T09:03:00Z,ana,,4,,,
survey,2026-03-02T09:04:00Z,ana,,5,,,
survey,2026-03-02T09:05:00Z,ana,,4,,,
survey,2026-03-02T09:06:00Z,ana,,5,,,
survey,2026-03-02T09:07:00Z,ana,,1,0,,lol
survey,2026-03-02T09:08:00Z,ana,,2,,,lol
survey,2026-03-02T09:09:00Z,ana,,1,,,lol
qa,2026-03-02T09:30:00Z,ana,,,,40,lol
qa,2026-03-02T09:40:00Z,ana,,,,90,
contact,2026-03-02T09:50:00Z,ana,300,2,,,CH-3
contact,2026-03-02T10:00:00Z,ana,200,,,,CH-4
survey,2026-03-02T10:10:00Z,ben,,5,,,
CSV
# the same events without the challenge column
cut -d, -f1-7 in.csv >nocol.csv
opts='-g agent -w csat_rate=3,nps=1,qa=2 -m csat=1 -m csat_rate=1 -m nps=1 -m qa=1'
# shellcheck disable=SC2086
run 0 emp-score $opts nocol.csv
mv out nocol.out
check_err <<'EOF2'
emp-score: 15 events read, 15 scored, 0 rejected; 0 reviews excluded by challenge
EOF2
# shellcheck disable=SC2086
run 0 emp-score $opts in.csv
check_out nocol.out
check_out <<'CSV'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
all,agent,ana,,2,,0,,2,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,11,3.455,11,0.6364,11,0.3538,0.8483,-100,1,65,2,,0,,0,0,0,,0,,0,,,0,,0,,37.5,csat_rate;nps;qa,2
all,agent,ben,,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,,0,,,1,5,1,1,1,0.2065,1,,0,,0,,0,,0,0,0,,0,,0,,,0,,0,,75,csat_rate,1
CSV
check_err <<'EOF2'
emp-score: in.csv:9: field 'challenge': 'lol' takes nothing out: only a verified ledger (--ledger) does; the review counts
emp-score: 15 events read, 15 scored, 0 rejected; 0 reviews excluded by challenge; 5 reviews carry a challenge that no verified ledger backs: not excluded
EOF2

# ana's CSAT share of her surveys, counted independently: 0.7, with the
# challenged ones; emp-score's, surveys only, the same
awk -F, 'NR > 1 && $1 == "survey" && $3 == "ana" && $5 != "" {
	n++; if ($5 >= 4) good++ } END { printf "%.4g\n", good / n }' \
    in.csv >awk.txt
check_file awk.txt <<'EOF2'
0.7
EOF2
grep -v '^contact' in.csv >surveys.csv
# shellcheck disable=SC2086
run 0 emp-score -q $opts surveys.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
    $3 == "ana" { print $c["csat_rate"] }' out >share.txt
check_file share.txt awk.txt

# not warned again under --strict, and --strict does not fail on them
# shellcheck disable=SC2086
run 0 emp-score -q -s $opts in.csv
check_out nocol.out
check_err <<'EOF2'
emp-score: in.csv:9: field 'challenge': 'lol' takes nothing out: only a verified ledger (--ledger) does; the review counts
EOF2
