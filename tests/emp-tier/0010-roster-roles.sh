#!/bin/sh
# emp-tier: the roster emp-challenge reads (role and key columns, leads and
# admins without a level) is accepted.  A lead or admin whose level is
# empty (lee; ada, role in capitals, level blank) is staff: left out with
# no message and not counted anywhere; a lead with a level (kim, role
# " Lead ") is tiered like any agent.  A role other than agent, lead or
# admin (max's "manager") is rejected with file:line, and an agent (an
# empty role is one) without a level is rejected as before: 2 rows
# rejected, so --strict exits 1.
. "${0%/*}/../lib.sh"

cat >policy.txt <<'POL'
level 1 One
	limits 25 50
	sample 3
	min qa 70
level 2 Two
	limits 50
POL
cat >roster.csv <<'ROS'
agent,team,role,level,hired,key
ana,A,agent,1,2025-01-06,ed25519:Csm1c/Yw7qeYa1XhcUFutwvB2jztNFums5KL/9OB2ZM=
bob,A,,1,2025-01-06,ed25519:p6+UKAhRP5Fg4fWYcGVPwXeBm69p3UyM0TndQL3JeeE=
lee,A,lead,,,ed25519:oj5pFwmcAdfpvKysK3tTwhmlUqsw/OiIzt5U1uGkF38=
kim,B, Lead ,2,2025-01-06,ed25519:5tNzEKE8jlml8mHMrU1CLabbOwV+nxldBUw3HpKfF/A=
ada,,ADMIN,  ,,ed25519:n2l/Pjn3rB2bF6wcegg0oCpmWm0LSM4h1h39Eoomlp4=
max,B,manager,,,
cy,B,,,2025-01-06,
ROS
cat >scores.csv <<'SC'
period,group,key,team,qa,qa_n
2026-01,agent,ana,A,90,5
2026-01,agent,bob,A,60,5
2026-01,agent,kim,B,95,4
SC
run 1 emp-tier -r roster.csv -p policy.txt --strict scores.csv
check_out <<'OUT'
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,12.8,1,25,2,50,50,promote,,,2026-01
bob,A,12.8,1,25,1,25,25,hold,"qa 60<70 (n=5, 95% 16.174-100: not clear)","qa 60<70 (n=5, 95% 16.174-100: not clear)",2026-01
kim,B,12.8,2,50,2,50,50,hold,,,2026-01
OUT
check_err <<'ERR'
emp-tier: roster.csv:7: field 'role': unknown role 'manager': use agent, lead or admin
emp-tier: roster.csv:8: field 'level': invalid level '': the policy has levels 1 to 2
emp-tier: 3 agents: 1 promote, 0 raise, 2 hold, 0 review; 0 in the scores but not the roster, 0 in the roster without scores, 0 left; 2 rows rejected; window 2026-01
ERR

# the same people without the role column: lee and ada are agents without
# a level, rejected as before
cut -d, -f1,2,4,5 roster.csv | sed '/^max/d' >plain.csv
run 0 emp-tier -r plain.csv -p policy.txt -q scores.csv
check_err <<'ERR'
emp-tier: plain.csv:4: field 'level': invalid level '': the policy has levels 1 to 2
emp-tier: plain.csv:6: field 'level': invalid level '  ': the policy has levels 1 to 2
emp-tier: plain.csv:7: field 'level': invalid level '': the policy has levels 1 to 2
ERR
