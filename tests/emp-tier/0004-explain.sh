#!/bin/sh
# emp-tier: --explain prints a readable account of one agent: standing,
# recommendation, the next step, each gate with its numbers, what is
# needed, what blocks, and the recent periods.  ana (L2 at its top limit
# 200) had qa 93 and 90 in 2025-W52 and 2026-W01, then 72 in 2026-W02:
# tenure 69 days = 2.2 >= 2 passes, qa 72<85 fails for L3, so the two-week
# streak is broken (periods 0<2) and W02 falls short of L2 too (72<80),
# a shortfall of 1<2: hold, not a drop.  An agent the roster does not know
# is an error (status 1).
. "${0%/*}/../lib.sh"

cat >policy.txt <<'EOF'
review 2
high-value 2
level 1 Starter
	limits 25 50
level 2 Flexible
	limits 50 200
	sample 2
	min qa 80
level 3 Trusted
	limits 200 500
	tenure 2
	periods 2
	sample 2
	min qa 85
EOF
cat >roster.csv <<'EOF'
agent,team,hired,level,limit
ana,A,2025-11-03,2,200
ben,A,2025-06-02,2,50
EOF
cat >scores.csv <<'EOF'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
2025-W52,agent,ana,A,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,0,,0,,0,,,,0,93,3,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-W01,agent,ana,A,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,0,,0,,0,,,,0,90,3,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-W02,agent,ana,A,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,0,,0,,0,,,,0,72,3,,0,,0,0,0,,0,,0,,,0,,0,,,,
2026-W02,agent,ben,A,0,,0,,0,,0,,0,,0,,0,,,,0,,,,0,,,0,,0,,0,,,,0,74,1,,0,,0,0,0,,0,,0,,,0,,0,,,,
EOF
run 0 emp-tier -r roster.csv -p policy.txt --explain ana scores.csv
check_out <<'EOF'
agent ana, team A
as of 2026-01-11; latest period 2026-W02; 3 periods with scores
standing: level 2 (Flexible), limit 200, tenure 2.2 months (hired 2025-11-03)
recommendation: hold: level 2, limit 200 (400 for high-value customers)
next step: promotion to level 3 (Trusted): tenure and its gates in 2 periods in a row
gates of level 3 (Trusted), in 2026-W02:
  pass     tenure 2.2>=2
  FAIL     qa 72<85 (n=3)
  FAIL     periods 0<2 (consecutive qualifying periods)
  note     shortfall 1<2 (consecutive periods short of level 2)
needed: qa at least 85 (now 72); 2 qualifying periods in a row (now 0)
blocked by: qa 72<85 (n=3)
recent periods against level 3 (Trusted):
  2026-W02   short: qa 72<85 (n=3)
  2026-W01   qualifies
recent periods against level 2 (Flexible):
  2026-W02   short: qa 72<80 (n=3)
  2026-W01   qualifies
EOF
check_err </dev/null

run 1 emp-tier -r roster.csv -p policy.txt --explain nobody scores.csv
check_out </dev/null
check_err <<'EOF'
emp-tier: agent 'nobody' is not in the roster roster.csv
EOF
