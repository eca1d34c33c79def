#!/bin/sh
# emp-score -g reviewer: calibration rounds.  A contact graded by two or
# more reviewers is a round; its consensus is the median of the
# reviewers' scores of it (a reviewer's two scores of it: their mean);
# qa_round is a reviewer's mean deviation from it, qa_round_n the rounds.
#   c1: r1 80, r2 84, r3 70       median 80: r1 0, r2 +4, r3 -10
#   c2: r1 90, r2 88              median 89: r1 +1, r2 -1
#   c3: r1 85, r1 75              one reviewer: no round
#   c4: r1 80, r1 90, r2 81       r1 85, median 83: r1 +2, r2 -2
#   (no contact): r2 90           no round
# r1 (0+1+2)/3 = 1, r2 (4-1-2)/3 = 0.333, r3 -10.  One agent: r1's mean
# 83.333, r2's 85.75 and r3's 70, median 83.333: offsets 0, 2.417 and
# -13.333, no interval (one agent).  Reviewer rows are per period.
. "${0%/*}/../lib.sh"

cat >ev.csv <<'CSV'
kind,ts,agent,contact,qa,reviewer
qa,2026-03-02T09:00:00Z,ana,c1,80,r1
qa,2026-03-02T09:01:00Z,ana,c1,84,r2
qa,2026-03-02T09:02:00Z,ana,c1,70,r3
qa,2026-03-02T09:03:00Z,ana,c2,90,r1
qa,2026-03-02T09:04:00Z,ana,c2,88,r2
qa,2026-03-02T09:05:00Z,ana,c3,85,r1
qa,2026-03-02T09:06:00Z,ana,c3,75,r1
qa,2026-03-02T09:07:00Z,ana,c4,80,r1
qa,2026-03-02T09:08:00Z,ana,c4,90,r1
qa,2026-03-02T09:09:00Z,ana,c4,81,r2
qa,2026-03-02T09:10:00Z,ana,,90,r2
qa,2026-03-09T09:00:00Z,ana,c9,70,r1
qa,2026-03-09T09:01:00Z,ana,c9,74,r2
CSV
run 0 emp-score -q -b week -g reviewer ev.csv
head -1 out | tr , '\n' | grep -n '^qa\|^key$\|^period$' | tr '\n' ' ' >got
echo >>got
check_file got <<'COLS'
1:period 3:key 41:qa 42:qa_n 62:qa_offset 63:qa_offset_lo 64:qa_offset_hi 65:qa_offset_p 66:qa_round 67:qa_round_n 
COLS
cut -d, -f1,3,41,42,62- out >got
check_file got <<'CSV'
period,key,qa,qa_n,qa_offset,qa_offset_lo,qa_offset_hi,qa_offset_p,qa_round,qa_round_n
2026-W10,r1,83.333,6,0,,,,1,3
2026-W10,r2,85.75,4,2.417,,,,0.333,3
2026-W10,r3,,1,-13.333,,,,-10,1
2026-W11,r1,,1,-2,,,,-2,1
2026-W11,r2,,1,2,,,,2,1
CSV
