#!/bin/sh
# emp-tier: --print-policy prints the built-in policy, which read back with
# --policy gives the same table as no --policy at all; it has the four
# levels of the progression ($25 at the start up to $500), the 28-day
# window and a tenure for every limit.
# ana (L1 $25) and ben (L2 $50), one month of scores (2026-01, the window),
# resolved_rate 0.8 and transfer_rate 0.1 of 20 contacts, csat_rate 0.9 of 10, qa 82
# of 3: every level 1 and 2 gate passes and both are past every level 2
# tenure (12.8 and 24.7 months >= 3); level 3 wants 30 contacts (n=20):
# unknown.  So ana climbs five rungs to level 2 at 200 (promote) and ben
# three (raise to 200); the reasons are the tokens of the rung reached.
# The policy keywords of the older model, 'review' (global) and 'periods'
# (per level), are accepted and ignored, each with a warning naming
# file:line: the table is the same as without them.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,team,hired,level,limit
ana,A,2025-01-06,1,25
ben,A,2024-01-08,2,50
CSV
cat >scores.csv <<'CSV'
period,group,key,team,resolved_rate,resolved_rate_n,transfer_rate,transfer_rate_n,csat_rate,csat_rate_n,qa,qa_n
2026-01,agent,ana,A,0.8,20,0.1,20,0.9,10,82,3
2026-01,agent,ben,A,0.8,20,0.1,20,0.9,10,82,3
CSV
run 0 emp-tier --print-policy
check_err </dev/null
cp out default.txt
[ "$(grep -c '^level ' default.txt)" = 4 ] || fail "not four levels"
grep -q '^	limits 25 50$' default.txt || fail "no \$25 start"
grep -q '^	limits 200 300 400 500$' default.txt || fail "no \$500 top"
grep -q '^window 28$' default.txt || fail "no 28-day window"
[ "$(grep -c '^	tenures ' default.txt)" = 4 ] || fail "not four tenures lines"
grep -Eq '^(review|	periods) ' default.txt && fail "an old keyword in the built-in policy"

run 0 emp-tier -q -r roster.csv scores.csv
check_err </dev/null
cp out builtin.csv
run 0 emp-tier -q -r roster.csv -p default.txt scores.csv
check_err </dev/null
check_out builtin.csv
check_out <<'CSV'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,12.8,1,25,2,200,400,promote,tenure 12.8>=3; resolved_rate 0.8>=0.65 (n=20); transfer_rate 0.1<=0.15 (n=20); csat_rate 0.9>=0.75 (n=10); qa 82>=78 (n=3),,2026-01
ben,A,24.7,2,50,2,200,400,raise,tenure 24.7>=3; resolved_rate 0.8>=0.65 (n=20); transfer_rate 0.1<=0.15 (n=20); csat_rate 0.9>=0.75 (n=10); qa 82>=78 (n=3),,2026-01
CSV

# the old keywords: warned about at their lines, ignored
awk '/^window / { print "review 3" } { print } /^	tenures / { print "\tperiods 2" }' \
    default.txt >old.txt
[ "$(grep -c '^	periods 2$' old.txt)" = 4 ] || fail "old.txt not made"
grep -n '^review \|^	periods ' old.txt | cut -d: -f1 | paste -sd ' ' - >lines
check_file lines <<'EOF'
3 11 21 31 41
EOF
run 0 emp-tier -q -r roster.csv -p old.txt scores.csv
check_out builtin.csv
check_err <<'EOF'
emp-tier: old.txt:3: 'review' is no longer used: review follows a clear shortfall over the evidence window ('window'); line ignored
emp-tier: old.txt:11: 'periods' is no longer used: gates are judged over the evidence window ('window'); line ignored
emp-tier: old.txt:21: 'periods' is no longer used: gates are judged over the evidence window ('window'); line ignored
emp-tier: old.txt:31: 'periods' is no longer used: gates are judged over the evidence window ('window'); line ignored
emp-tier: old.txt:41: 'periods' is no longer used: gates are judged over the evidence window ('window'); line ignored
EOF

# emp-policy(5) shows the built-in policy: the same, without its comments
awk '/^\.Sh EXAMPLES/ { ex = 1; next } /^\.Sh / { ex = 0 }
ex && /^\.Bd -literal/ { lit = 1; next } lit && /^\.Ed/ { exit }
lit' "$TESTS_DIR/../man/emp-policy.5" >man-policy.txt
grep -v '^#' default.txt >default-plain.txt
check_file man-policy.txt default.txt
