#!/bin/sh
# emp-tier --exposure --compare: the alt_ columns give the same bands for
# the second policy's recommended limit.  Policy of 0050 (window 14 days,
# level 1 limits 100 200); the compared one raises level 1's top to 300
# (level 2 from 300): ana, raised to 200 by the first, goes to 300 under
# the second.  alt_avoided, alt_avoided_s, alt_new_decisions and
# alt_new_amount of ana are counted again by awk over the events: her
# decisions inside the window (02-23..03-08 UTC) with 100 < amount <= 300.
. "${0%/*}/../lib.sh"
. "${0%/*}/exposure.sh"

exposure_setup
sed -e 's/limits 100 200/limits 100 300/' -e 's/limits 200 400/limits 300 400/' \
    policy.txt >wider.txt
cat >roster.csv <<'EOF'
agent,team,hired,level,limit
ana,North,2024-01-08,1,100
bo,North,2024-01-08,1,100
EOF
cat >scores.csv <<'EOF'
period,group,key,team,qa,qa_n
2026-W09,agent,ana,North,85,5
2026-W10,agent,ana,North,85,5
2026-W09,agent,bo,North,95,1
2026-W10,agent,bo,North,95,1
EOF
cat >events.csv <<'EOF'
kind,ts,agent,team,id,escalated,amount,decision_s,reversed,cost,src
decision,2026-02-22T23:59:59Z,ana,North,O1,1,150,600,1,99,d
decision,2026-02-23T00:00:00Z,ana,North,D1,0,50,,0,,d
decision,2026-02-25T10:00:00Z,ana,North,D3,1,150.50,600,0,,d
decision,2026-02-26T10:00:00Z,ana,North,D4,1,200,300,1,80.35,d
decision,2026-02-27T10:00:00Z,ana,North,D5,0,180,,0,,d
decision,2026-03-02T10:00:00Z,ana,North,D6,1,250,900,0,,d
decision,2026-03-03T10:00:00Z,ana,North,D7,1,300,120,0,,d
decision,2026-03-04T10:00:00Z,ana,North,D8,1,300.01,60,0,,d
decision,2026-03-05T09:00:00Z,bo,North,B1,1,150,1200,0,,d
decision,2026-03-09T00:00:00Z,ana,North,O2,1,250,600,0,,d
EOF

run 0 emp-tier -r roster.csv -p policy.txt --compare wider.txt \
    --exposure events.csv scores.csv
check_out <<'EOF'
group,key,team,window,level,limit,rec_limit,decisions,amount,within,within_amount,escalated,escalated_amount,approval_s,avoided,avoided_s,new_decisions,new_amount,outcomes,mistakes,mistake_rate,mistake_lo,mistake_hi,mistake_cost,expected_cost,expected_cost_hi,alt_rec_limit,alt_avoided,alt_avoided_s,alt_new_decisions,alt_new_amount,alt_expected_cost,alt_expected_cost_hi
all,all,,2026-W09..2026-W10,,,,8,1580.51,1,50,6,1350.51,3180,2,900,3,530.5,8,1,,0.0224,0.4709,80.35,,,,4,1920,5,1080.5,,
team,North,North,2026-W09..2026-W10,,,,8,1580.51,1,50,6,1350.51,3180,2,900,3,530.5,8,1,,0.0224,0.4709,80.35,,,,4,1920,5,1080.5,,
agent,ana,North,2026-W09..2026-W10,1,100,200,7,1430.51,1,50,5,1200.51,1980,2,900,3,530.5,7,1,,0.0257,0.5131,80.35,,,300,4,1920,5,1080.5,,
agent,bo,North,2026-W09..2026-W10,1,100,100,1,150,0,0,1,150,1200,0,0,0,0,1,0,,0,0.7935,0,,,100,0,0,0,0,,
EOF
check_err <<'EOF'
emp-tier: 8 decisions of 2 agents: 2 escalations the recommended limits avoid (900 s), 3 decisions (530.5) newly within authority; under the compared policy 4 avoided, 5 decisions (1080.5) newly within; 2 decisions outside the window, 0 of agents not listed; 0 rows rejected; window 2026-W09..2026-W10
EOF

# ana's alt band again, by awk: inside the window, 100 < amount <= 300
awk -F, 'NR > 1 && $1 == "decision" && $3 == "ana" &&
    $2 >= "2026-02-23" && $2 < "2026-03-09" && $7 > 100 && $7 <= 300 {
	n++; amt += $7; if ($6 == 1) { av++; s += $8 }
} END { printf "%d,%d,%d,%s\n", av, s, n, amt }' events.csv >want
awk -F, '$1 == "agent" && $2 == "ana" { print $28 "," $29 "," $30 "," $31 }' \
    out >got
check_file got want
