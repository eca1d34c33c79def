#!/bin/sh
# emp-tier: --as-of and --explain are long only (one meaning per short
# option, emp(7)): -a is --agent, which goes with --accept only, and -e is
# refused with getopt's message and the hint, status 2, nothing written;
# the long forms work.
. "${0%/*}/../lib.sh"

cat >roster.csv <<'CSV'
agent,team,hired,level,limit
ana,A,2025-01-06,1,25
CSV
cat >scores.csv <<'CSV'
period,group,key,team,qa,qa_n
2026-03,agent,ana,A,90,5
CSV
run 2 emp-tier -r roster.csv -a 2026-03-31 scores.csv
check_out </dev/null
check_err <<'ERR'
emp-tier: -a AGENT goes with --accept
Try 'emp-tier --help' for more information.
ERR
run 2 emp-tier -r roster.csv -e ana scores.csv
check_out </dev/null
check_err <<'ERR'
emp-tier: invalid option -- 'e'
Try 'emp-tier --help' for more information.
ERR

run 0 emp-tier -q -r roster.csv --as-of 2026-03-31 scores.csv
check_out <<'CSV'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,14.7,1,25,1,25,50,hold,tenure 14.7>=0.5; resolved_rate ? (no column in the scores); transfer_rate ? (no column in the scores); csat_rate ? (no column in the scores); qa 90>=70 (n=5),resolved_rate ? (no column in the scores),2026-03
CSV
run 0 emp-tier -q -r roster.csv --as-of=2026-03-31 --explain=ana scores.csv
head -n 2 out >head
check_file head <<'EOF'
agent ana, team A
as of 2026-03-31; evidence window 2026-03, 2026-03-01 to 2026-03-31 (1 period; scores in 1)
EOF

# an agent the roster does not know: status 1, the message last (after
# the lines naming the policy's columns these scores lack), no output
run 1 emp-tier -r roster.csv --explain nobody -o tiers.csv scores.csv
check_out </dev/null
tail -n 1 err >last
check_file last <<'EOF'
emp-tier: agent 'nobody' is not in the roster roster.csv
EOF
[ ! -e tiers.csv ] || fail "tiers.csv written"
