#!/bin/sh
# emp-tier: each action at each level boundary, one agent per case, under a
# three-level policy.  The scores are monthly, 2026-01 to 2026-04, so the
# review day is 2026-04-30 and tenure = floor(days * 12 / 365.25, 1 decimal).
#   promote1      L1 at its top limit 50; tenure 333 days = 10.9 >= 2; L2
#                 gates pass in 03 and 04, exactly at qa 80 and transfer
#                 0.15 -> promote to 2, limit stays 50 (L2 starts at 50)
#   tenure-short  as promote1 but hired 2026-03-01: 60 days = 1.97 -> 1.9<2
#                 -> hold, blocked by tenure
#   raise1        L1 at 25: qa 75>=70 (n=4), decision_escalated 0.5>=0.2
#                 (n=2) in 1 period -> raise to 50
#   sample-small  L1 at 25: qa 90 with n=2 < sample 3 -> unknown -> hold
#   gate-fails    L2 at top 100: L3 gate fcr 0.7<0.75 in 04 -> hold, periods
#                 0 (04 does not qualify)
#   interrupted   L2 at 100: qa 84.9 in 03 breaks the streak: 1<3 -> hold
#   gap           L2 at 100: no row in 03: the streak is 04 alone -> hold
#   top           L3 at 500, the top of the top level: hold, nothing blocks
#   missing       L2 at 50: qa and transfer_rate empty -> unknown, hold;
#                 not a shortfall either
#   one-bad       L3 at 200: three good months, then everything bad in 04:
#                 shortfall 1<3 -> hold (never a drop)
#   review        L2 at 50: qa below 80 in 02, 03 (79.99) and 04 -> review,
#                 level and limit unchanged
#   unknown-last  L2: short in 02 and 03, but 04's qa has n=1<3: unknown
#                 ends the shortfall streak -> hold
#   promote3      L2 at 100: L3 gates pass 3 months (qa 85 and index 50
#                 exactly in 02) but tenure 121 days = 3.97 -> 3.9<4 -> hold
#   no-scores     in the roster only: listed, every gate unknown, reported
#   stranger      in the scores only: reported, not listed
#   left          exit 2026-04-15 before the review day: not listed, counted
# rec_limit_high_value = rec_limit x 1.5; team and all rows are ignored.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'EOF'
# three levels, small on purpose
review 3
high-value 1.5

level 1 Information access
	limits 25 50
	tenure 0
	periods 1
	sample 3
	min qa 70
	raise-min decision_escalated 0.2 n=1

level 2 Process flexibility
	limits 50 100
	tenure 2
	periods 2
	sample 3
	min qa 80
	max transfer_rate 0.15

level 3 Financial authority
	limits 200 500
	tenure 4
	periods 3
	sample 3
	min qa 85
	min fcr 0.75
	min index 50
EOF
cat >roster.csv <<'EOF'
Agent,Team,Hire Date,Exit Date,Level,Limit
promote1,A,2025-06-01,,1,50
tenure-short,A,2026-03-01,,1,$50.00
raise1,A,2025-06-01,,1,25
sample-small,A,2025-06-01,,1,25
gate-fails,B,2025-01-05,,2,100
interrupted,B,2025-01-05,,2,100
gap,B,2025-01-05,,2,100
top,B,2024-01-05,,3,500
missing,C,2025-06-01,,2,50
one-bad,C,2024-01-05,,3,200
review,C,2025-06-01,,2,50
unknown-last,C,2025-06-01,,2,50
promote3,C,2025-12-30,,2,100
no-scores,C,2025-06-01,,1,
left,C,2025-06-01,2026-04-15,2,50
EOF
cat >scores.csv <<'EOF'
period,group,key,team,fcr,fcr_n,transfer_rate,transfer_rate_n,qa,qa_n,decision_escalated,decision_escalated_n,index
2026-03,agent,promote1,A,0.8,20,0.1,20,82,3,0,2,60
2026-04,agent,promote1,A,0.8,20,0.15,20,80,4,0,2,60
2026-03,agent,tenure-short,A,0.8,20,0.1,20,90,3,0,2,60
2026-04,agent,tenure-short,A,0.8,20,0.1,20,90,3,0,2,60
2026-04,agent,raise1,A,0.5,10,0.2,10,75,4,0.5,2,40
2026-04,agent,sample-small,A,0.5,10,0.2,10,90,2,0.5,2,40
2026-02,agent,gate-fails,B,0.9,30,0.05,30,90,5,,0,70
2026-03,agent,gate-fails,B,0.9,30,0.05,30,90,5,,0,70
2026-04,agent,gate-fails,B,0.7,30,0.05,30,90,5,,0,70
2026-01,agent,interrupted,B,0.8,30,0.05,30,90,5,,0,70
2026-02,agent,interrupted,B,0.8,30,0.05,30,90,5,,0,70
2026-03,agent,interrupted,B,0.8,30,0.05,30,84.9,5,,0,70
2026-04,agent,interrupted,B,0.8,30,0.05,30,90,5,,0,70
2026-01,agent,gap,B,0.8,30,0.05,30,90,5,,0,70
2026-02,agent,gap,B,0.8,30,0.05,30,90,5,,0,70
2026-04,agent,gap,B,0.8,30,0.05,30,90,5,,0,70
2026-02,agent,top,B,0.9,30,0.05,30,95,5,0.5,4,80
2026-03,agent,top,B,0.9,30,0.05,30,95,5,0.5,4,80
2026-04,agent,top,B,0.9,30,0.05,30,95,5,0.5,4,80
2026-04,agent,missing,C,,3,,3,,0,,0,
2026-01,agent,one-bad,C,0.9,30,0.05,30,92,6,0.5,4,75
2026-02,agent,one-bad,C,0.9,30,0.05,30,92,6,0.5,4,75
2026-03,agent,one-bad,C,0.9,30,0.05,30,92,6,0.5,4,75
2026-04,agent,one-bad,C,0.6,30,0.3,30,60,6,1,4,10
2026-02,agent,review,C,0.6,30,0.05,30,70,4,,0,30
2026-03,agent,review,C,0.6,30,0.05,30,79.99,4,,0,30
2026-04,agent,review,C,0.6,30,0.05,30,75,4,,0,30
2026-02,agent,unknown-last,C,0.6,30,0.05,30,70,4,,0,30
2026-03,agent,unknown-last,C,0.6,30,0.05,30,70,4,,0,30
2026-04,agent,unknown-last,C,0.6,30,0.05,30,70,1,,0,30
2026-02,agent,promote3,C,0.75,30,0.05,30,85,3,,0,50
2026-03,agent,promote3,C,0.8,30,0.05,30,88,3,,0,55
2026-04,agent,promote3,C,0.8,30,0.05,30,86,3,,0,52
2026-04,agent,stranger,C,0.8,30,0.05,30,86,3,,0,52
2026-04,agent,left,C,0.8,30,0.05,30,86,3,,0,52
2026-04,team,A,A,0.8,30,0.05,30,86,3,,0,52
2026-04,all,all,,0.8,30,0.05,30,86,3,,0,52
EOF
run 0 emp-tier -r roster.csv -p policy.txt scores.csv
check_out <<'EOF'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by
gap,B,15.7,2,100,2,100,150,hold,tenure 15.7>=4; qa 90>=85 (n=5); fcr 0.8>=0.75 (n=30); index 70>=50; periods 1<3,periods 1<3
gate-fails,B,15.7,2,100,2,100,150,hold,tenure 15.7>=4; qa 90>=85 (n=5); fcr 0.7<0.75 (n=30); index 70>=50; periods 0<3,fcr 0.7<0.75 (n=30)
interrupted,B,15.7,2,100,2,100,150,hold,tenure 15.7>=4; qa 90>=85 (n=5); fcr 0.8>=0.75 (n=30); index 70>=50; periods 1<3,periods 1<3
missing,C,10.9,2,50,2,50,75,hold,qa ? (n=0<3); transfer_rate ? (n=3); periods 0<2,qa ? (n=0<3)
no-scores,C,10.9,1,25,1,25,37.5,hold,qa ? (n=0<3); decision_escalated ? (n=0<1); periods 0<1,qa ? (n=0<3)
one-bad,C,27.7,3,200,3,200,300,hold,qa 60<85 (n=6); fcr 0.6<0.75 (n=30); index 10<50; periods 0<3; shortfall 1<3,qa 60<85 (n=6)
promote1,A,10.9,1,50,2,50,75,promote,tenure 10.9>=2; qa 80>=80 (n=4); transfer_rate 0.15<=0.15 (n=20); periods 2>=2,
promote3,C,3.9,2,100,2,100,150,hold,tenure 3.9<4; qa 86>=85 (n=3); fcr 0.8>=0.75 (n=30); index 52>=50; periods 3>=3,tenure 3.9<4
raise1,A,10.9,1,25,1,50,75,raise,qa 75>=70 (n=4); decision_escalated 0.5>=0.2 (n=2); periods 1>=1,
review,C,10.9,2,50,2,50,75,review,qa 75<80 (n=4); transfer_rate 0.05<=0.15 (n=30); shortfall 3>=3,qa 75<80 (n=4)
sample-small,A,10.9,1,25,1,25,37.5,hold,qa 90 (n=2<3); decision_escalated 0.5>=0.2 (n=2); periods 0<1,qa 90 (n=2<3)
tenure-short,A,1.9,1,50,1,50,75,hold,tenure 1.9<2; qa 90>=80 (n=3); transfer_rate 0.1<=0.15 (n=20); periods 2>=2,tenure 1.9<2
top,B,27.7,3,500,3,500,750,hold,qa 95>=85 (n=5); fcr 0.9>=0.75 (n=30); index 80>=50,
unknown-last,C,10.9,2,50,2,50,75,hold,qa 70 (n=1<3); transfer_rate 0.05<=0.15 (n=30); periods 0<2,qa 70 (n=1<3)
EOF
check_err <<'EOF'
emp-tier: agent 'no-scores' is in the roster but has no scores
emp-tier: agent 'stranger' is in the scores but not in the roster: not listed
emp-tier: 14 agents: 1 promote, 1 raise, 11 hold, 1 review; 1 in the scores but not the roster, 1 in the roster without scores, 1 left; 0 rows rejected
EOF

# The same table recomputed by recompute.awk, independently of the C code
# (its roster wants plain limits; 'no-scores' has no limit to start from)
mv out got
mkdir plain
sed 's/\$50\.00/50/' roster.csv >plain/roster.csv
awk -F, -v asof=2026-04-30 -v policy=policy.txt -v roster=plain/roster.csv \
    -f "${0%/*}/recompute.awk" policy.txt plain/roster.csv scores.csv |
    grep -v '^no-scores,' >expected.csv
grep -v '^no-scores,' got >got.csv
check_file got.csv expected.csv
