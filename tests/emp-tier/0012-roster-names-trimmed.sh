#!/bin/sh
# emp-tier: the roster's names and teams are trimmed of spaces and tabs as
# emp-ingest trims them: "ana.silva " in the roster is the scores'
# ana.silva (one agent, not one in the roster without scores and one in
# the scores without the roster); a name of spaces is no agent.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POL'
level 1 One
	limits 25 50
	sample 3
level 2 Two
	limits 50
POL
printf 'agent,team,level,hired\nana.silva ,  A\t,1,2025-01-06\n   ,A,1,2025-01-06\n' \
    >roster.csv
cat >scores.csv <<'SC'
period,group,key,team,qa,qa_n
2026-01,agent,ana.silva,A,90,5
SC
run 0 emp-tier -r roster.csv -p policy.txt --as-of 2026-02-01 scores.csv
check_out <<'OUT'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana.silva,A,12.8,1,25,2,50,50,promote,,,2026-01
OUT
check_err <<'ERR'
emp-tier: roster.csv:3: field 'agent': no agent
emp-tier: 1 agents: 1 promote, 0 raise, 0 hold, 0 review; 0 in the scores but not the roster, 0 in the roster without scores, 0 left; 1 rows rejected; window 2026-01
ERR
