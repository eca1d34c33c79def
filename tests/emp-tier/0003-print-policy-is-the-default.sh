#!/bin/sh
# emp-tier: --print-policy prints the built-in policy, which read back with
# --policy gives the same table as no --policy at all; it has the four
# levels of the progression ($25 at the start up to $500).  ana (L1)
# qualifies in one period and escalates: raise; ben (L2) needs 2 periods.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,team,hired,level,limit
ana,A,2025-01-06,1,25
ben,A,2024-01-08,2,50
CSV
cat >scores.csv <<'CSV'
period,group,key,team,fcr,fcr_n,transfer_rate,transfer_rate_n,qa,qa_n,decision_escalated,decision_escalated_n
2026-01,agent,ana,A,0.8,20,0.1,20,82,3,0.5,2
2026-01,agent,ben,A,0.8,20,0.1,20,82,3,0.5,2
CSV
run 0 emp-tier --print-policy
cp out default.txt
[ "$(grep -c '^level ' default.txt)" = 4 ] || fail "not four levels"
grep -q '^	limits 25 50$' default.txt || fail "no \$25 start"
grep -q '^	limits 200 300 400 500$' default.txt || fail "no \$500 top"

run 0 emp-tier -q -r roster.csv scores.csv
cp out builtin.csv
run 0 emp-tier -q -r roster.csv -p default.txt scores.csv
check_out builtin.csv
check_out <<'CSV'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by
ana,A,12.8,1,25,1,50,100,raise,qa 82>=70 (n=3); decision_escalated 0.5>=0.2 (n=2); periods 1>=1,
ben,A,24.7,2,50,2,50,100,hold,qa 82>=80 (n=3); fcr 0.8>=0.7 (n=20); transfer_rate 0.1<=0.15 (n=20); decision_escalated 0.5>=0.2 (n=2); periods 1<2,periods 1<2
CSV

# emp-policy(5) shows the built-in policy: the same, without its comments
awk '/^\.Sh EXAMPLES/ { ex = 1; next } /^\.Sh / { ex = 0 }
ex && /^\.Bd -literal/ { lit = 1; next } lit && /^\.Ed/ { exit }
lit' "$TESTS_DIR/../man/emp-policy.5" >man-policy.txt
grep -v '^#' default.txt >default-plain.txt
check_file man-policy.txt default-plain.txt
