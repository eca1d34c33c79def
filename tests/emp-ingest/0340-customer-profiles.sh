#!/bin/sh
# emp-ingest: the customer column from each export: Amazon Connect's
# CustomerEndpoint.Address (dotted or flattened), Genesys Cloud's
# externalContactId before ani, dnis on an outbound conversation, Zendesk's
# requester_id, Five9's ANI or, on OUTBOUND/AUTODIAL calls, DNIS (none on
# AGENT, INTERNAL and TEST calls), Talkdesk's Contact ID, a QA sheet's
# Customer; "N/A" is empty; --map customer= reads another column as it is.
. "${0%/*}/../lib.sh"

cat >ctr.csv <<'EOF'
ContactId,InitiationTimestamp,Agent.Username,Channel,Queue.Name,CustomerEndpoint.Address,Agent.AgentInteractionDuration
c1,2026-03-02T08:00:00Z,ana,VOICE,Billing,+16175550123,300
c2,2026-03-02T08:10:00Z,ana,CHAT,Billing, N/A ,120
EOF
cat >ctr2.csv <<'EOF'
contactid,initiationtimestamp,agent_username,customerendpoint_address,agent_agentinteractionduration
c3,2026-03-02T09:00:00Z,ben,+442079460000,60
EOF
cat >gen.csv <<'EOF'
conversationId,conversationStart,userName,queueName,tTalkComplete,ani,dnis,originatingDirection,externalContactId
g1,2026-03-02T10:00:00.000Z,ana,Billing,60000,tel:+16175550123,tel:+18005550100,inbound,
g2,2026-03-02T10:05:00.000Z,ana,Billing,60000,tel:+18005550100,tel:+16175550999,outbound,
g3,2026-03-02T10:10:00.000Z,ana,Billing,60000,tel:+16175550777,tel:+18005550100,inbound,ext-42
EOF
cat >zd.csv <<'EOF'
id,assignee_id,group_id,requester_id,ticket_id,score,created_at
501,7001,360001,9001,88231,good,2026-03-02T15:20:11Z
EOF
cat >f9.csv <<'EOF'
CALL ID,TIMESTAMP,CAMPAIGN,CALL TYPE,AGENT,ANI,DNIS,TALK TIME
f1,"Mon, 02 Mar 2026 08:00:00",Sales,INBOUND,ana,6175550123,8005550100,00:01:00
f2,"Mon, 02 Mar 2026 08:05:00",Sales,Outbound,ana,8005550100,6175550188,00:01:00
f3,"Mon, 02 Mar 2026 08:10:00",Sales,AUTODIAL,ana,8005550100,6175550199,00:01:00
f4,"Mon, 02 Mar 2026 08:15:00",Sales,INTERNAL,ana,1001,1002,00:01:00
f5,"Mon, 02 Mar 2026 08:20:00",Sales,INBOUND_VOICEMAIL,ana,6175550155,8005550100,00:01:00
EOF
cat >td.csv <<'EOF'
Interaction ID,Contact ID,Started At,Talk Time,User Name
t1,c-7788,2026-05-04 13:02:11,00:06:32,Ana Lima
EOF
cat >qa.csv <<'EOF'
Evaluation ID,Agent,Score,Date,Customer
Q1,ana,90,2026-03-02,Jo@Example.com
EOF
run 0 emp-ingest -T UTC ctr.csv ctr2.csv gen.csv zd.csv f9.csv td.csv qa.csv
cut -d, -f1,5,7 out >got
check_file got <<'EOF'
kind,id,customer
contact,c1,+16175550123
contact,c2,
contact,c3,+442079460000
contact,g1,tel:+16175550123
contact,g2,tel:+16175550999
contact,g3,ext-42
survey,501,9001
contact,f1,6175550123
contact,f2,6175550188
contact,f3,6175550199
contact,f4,
contact,f5,6175550155
contact,t1,c-7788
qa,Q1,Jo@Example.com
EOF
check_err <<'EOF'
emp-ingest: 14 rows read, 14 events written, 0 rejected, 0 skipped
EOF

# --map customer= reads the column named, as it is: Five9's rule is off
run 0 emp-ingest -T UTC --map customer=DNIS f9.csv
cut -d, -f5,7 out >got
check_file got <<'EOF'
id,customer
f1,8005550100
f2,6175550188
f3,6175550199
f4,1002
f5,8005550100
EOF
check_err <<'EOF'
emp-ingest: 5 rows read, 5 events written, 0 rejected, 0 skipped
EOF

# the stream read back keeps it; one without the column reads as empty
run 0 emp-ingest -T UTC zd.csv
cp out ev.csv
run 0 emp-ingest ev.csv
cut -d, -f5,7 out >got
check_file got <<'EOF'
id,customer
501,9001
EOF
cut -d, -f1-6,8- ev.csv >old.csv
run 0 emp-ingest old.csv
cut -d, -f5,7 out >got
check_file got <<'EOF'
id,customer
501,
EOF
