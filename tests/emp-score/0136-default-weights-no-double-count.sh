#!/bin/sh
# emp-score: the default index counts resolution once and nothing
# self-reported: no_escalation (nearly resolved_rate again), confidence
# and esat (the agents' own answers) are written with their counts but
# weigh 0, and so does fcr (the repeat-contact measure: most exports name
# no customer, here none); the defaults are csat_rate 3, resolved_rate
# 3, qa 2, nps 1, transfer_rate 1, aht_s 0.5, decision_escalated 0.5 (11
# in all).  Two agents, each
# percentile (below + equal/2) / 2: the better 0.75, the worse 0.25.
#   ana: resolved_rate 2/2, no_escalation 2/2, csat_rate 1/1, qa 80, confidence 1, esat 1
#   ben: resolved_rate 1/2, no_escalation 1/2, csat_rate 0/1, qa 90, confidence 5, esat 5
#   present weights: resolved_rate 3 + csat_rate 3 + qa 2 = 8 >= 11 / 2
#   ana (3*0.75 + 3*0.75 + 2*0.25) / 8 = 62.5; ben (3*0.25 + 3*0.25 + 2*0.75) / 8 = 37.5
# (the old defaults, no_escalation 2, confidence 2 and esat 1, would have
# given ana 55.8 and ben 44.2: ben's own high answers pulled him up.)
# -w still gives them a weight: resolved_rate=3,no_escalation=2 gives ana
# (3*0.75 + 2*0.75) / 5 = 75 and ben 25, index_metrics
# resolved_rate;no_escalation.
. "${0%/*}/../lib.sh"

cat >in.csv <<'CSV'
kind,ts,agent,resolved,escalated,csat,qa,confidence,esat
contact,2026-03-02T09:00:00Z,ana,1,0,,,,
contact,2026-03-02T09:10:00Z,ana,1,0,,,,
survey,2026-03-02T09:20:00Z,ana,,,5,,,
qa,2026-03-03T09:00:00Z,ana,,,,80,,
pulse,2026-03-06T17:00:00Z,ana,,,,,1,1
contact,2026-03-02T10:00:00Z,ben,1,0,,,,
contact,2026-03-02T10:10:00Z,ben,0,0,,,,
survey,2026-03-02T10:20:00Z,ben,,,1,,,
qa,2026-03-03T10:00:00Z,ben,,,,90,,
pulse,2026-03-06T17:00:00Z,ben,,,,,5,5
CSV
cols() {	# key and the named columns of out, by name
	awk -F, -v want="$1" 'NR == 1 { n = split(want, w, " ");
	    for (i = 1; i <= NF; i++) col[$i] = i; next }
	{ s = $col["key"]; for (i = 1; i <= n; i++) s = s "," $col[w[i]]; print s }' out
}
m="-g agent -m resolved_rate=1 -m no_escalation=1 -m csat=1 -m csat_rate=1 -m qa=1 -m confidence=1 -m esat=1"

run 0 emp-score $m in.csv
cols "no_escalation no_escalation_n confidence confidence_n esat esat_n index index_metrics rank" >got.csv
check_file got.csv <<'CSV'
ana,1,2,1,1,1,1,62.5,resolved_rate;csat_rate;qa,1
ben,0.5,2,5,1,5,1,37.5,resolved_rate;csat_rate;qa,2
CSV

run 0 emp-score $m -w resolved_rate=3,no_escalation=2 in.csv
cols "index index_metrics rank" >got.csv
check_file got.csv <<'CSV'
ana,75,resolved_rate;no_escalation,1
ben,25,resolved_rate;no_escalation,2
CSV
