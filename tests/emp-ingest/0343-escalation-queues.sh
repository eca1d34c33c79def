#!/bin/sh
# emp-ingest --escalation-queues: a contact answered in one of the queues
# (trimmed, ASCII case ignored) is escalated 1; in another queue 0, unless
# the export said; without a queue it keeps what the export said (empty:
# unknown, not "no").  Decisions keep their own escalated (approval).
# Without the option nothing changes.  emp-score's no_escalation follows.
. "${0%/*}/../lib.sh"

cat >gen.csv <<'EOF'
conversationId,conversationStart,userName,queueName,tTalkComplete,tHeldComplete,tAcw,nTransferred
g1,2026-03-02T10:00:00.000Z,ana,Billing,60000,0,0,0
g2,2026-03-02T10:05:00.000Z,ana,tier 2,60000,0,0,0
g3,2026-03-02T10:10:00.000Z,ana,Retention ,60000,0,0,0
g4,2026-03-02T10:15:00.000Z,ana,,60000,0,0,0
g5,2026-03-02T10:20:00.000Z,ana,Tier 20,60000,0,0,0
EOF
run 0 emp-ingest --escalation-queues 'Tier 2, retention' gen.csv
cut -d, -f5,9,15 out >got
check_file got <<'EOF'
id,queue,escalated
g1,Billing,0
g2,tier 2,1
g3,Retention,1
g4,,
g5,Tier 20,0
EOF
check_err <<'EOF'
emp-ingest: 5 rows read, 5 events written, 0 rejected, 0 skipped
EOF
# given twice, the lists add up
run 0 emp-ingest --escalation-queues 'Tier 2' --escalation-queues Billing \
    gen.csv
cut -d, -f5,15 out | tr '\n' ' ' >got
echo >>got
check_file got <<'EOF'
id,escalated g1,1 g2,1 g3,0 g4, g5,0 
EOF
# without the option: unknown
run 0 emp-ingest gen.csv
[ "$(cut -d, -f15 out | grep -c .)" = 1 ] ||
    fail "escalated filled without --escalation-queues"

# an export's own value stands where the queue is not listed; a listed
# queue makes it 1; a decision is not a contact
cat >own.csv <<'EOF'
Agent,When,Q,Esc
ana,2026-03-02 10:00,Billing,yes
ana,2026-03-02 10:01,Billing,no
ana,2026-03-02 10:02,Tier 2,no
ana,2026-03-02 10:03,,yes
EOF
run 0 emp-ingest --escalation-queues 'tier 2' --map agent=Agent \
    --map ts=When --map queue=Q --map escalated=Esc own.csv
cut -d, -f9,15 out >got
check_file got <<'EOF'
queue,escalated
Billing,1
Billing,0
Tier 2,1
,1
EOF
cat >dec.csv <<'EOF'
Decision ID,Agent,Time,Type,Amount,Approval Needed
D1,ana,2026-03-02 10:00,refund,10,no
EOF
run 0 emp-ingest --escalation-queues refund --map queue=Type dec.csv
cut -d, -f1,9,15 out >got
check_file got <<'EOF'
kind,queue,escalated
decision,refund,0
EOF

# resolved contacts: no_escalation = resolved, not escalated nor
# transferred / resolved; g2 and g3 escalated: 2 of 4 known
cat >res.csv <<'EOF'
conversationId,conversationStart,userName,queueName,tTalkComplete,tHeldComplete,tAcw,nTransferred,Resolved
g1,2026-03-02T10:00:00.000Z,ana,Billing,60000,0,0,0,yes
g2,2026-03-02T10:05:00.000Z,ana,tier 2,60000,0,0,0,yes
g3,2026-03-02T10:10:00.000Z,ana,Retention,60000,0,0,0,yes
g4,2026-03-02T10:15:00.000Z,ana,Billing,60000,0,0,0,yes
EOF
run 0 emp-ingest -q --escalation-queues 'Tier 2,retention' \
    --map resolved=Resolved res.csv
mv out ev.csv
run 0 emp-score -q -g agent ev.csv
col() { sed -n 1p out | tr ',' '\n' | grep -n "^$1\$" | cut -d: -f1; }
got=$(sed -n 2p out | cut -d, -f"$(col no_escalation_n),$(col no_escalation_lo),$(col no_escalation_hi)")
# the Wilson interval of 2 of 4, computed here
want=$(python3 -c '
from math import sqrt
z, n, p = 1.959963984540054, 4, 0.5
c = (p + z * z / (2 * n)) / (1 + z * z / n)
h = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
print("4,%.4g,%.4g" % (c - h, c + h))')
[ "$got" = "$want" ] || fail "no_escalation n, lo, hi: $got, expected $want"

run 2 emp-ingest --escalation-queues 'Tier 2,,Billing' gen.csv
check_err <<'EOF'
emp-ingest: --escalation-queues: an empty queue name in 'Tier 2,,Billing'
Try 'emp-ingest --help' for more information.
EOF
# a queue no contact was in (misspelled: every contact would read "not
# escalated") is named in a warning; the events are written as before
run 0 emp-ingest --escalation-queues 'tier 2,Tech  Support' gen.csv
cut -d, -f5,15 out | sed -n 3p >got
echo 'g2,1' | check_file got
check_err <<'EOF2'
emp-ingest: --escalation-queues: no contact was in queue 'Tech  Support': check its name
emp-ingest: 5 rows read, 5 events written, 0 rejected, 0 skipped
EOF2
