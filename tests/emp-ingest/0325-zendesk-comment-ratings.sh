#!/bin/sh
# emp-ingest: Zendesk's newer ratings good_with_comment and
# good_without_comment are good (csat 5), bad_with_comment and
# bad_without_comment bad (csat 1), in any case, as the plain ones; a
# value that only looks like one is rejected whole.
. "${0%/*}/../lib.sh"
nps() { python3 "$TESTS_DIR/emp-ingest/nps.py" "$@"; }

cat >in.csv <<'EOF'
id,url,assignee_id,group_id,requester_id,ticket_id,score,comment,reason,created_at,updated_at
1,https://acme.zendesk.com/api/v2/satisfaction_ratings/1.json,7001,360001,9001,88231,good_with_comment,Quick and kind,,2026-03-02T15:20:11Z,2026-03-02T15:20:11Z
2,https://acme.zendesk.com/api/v2/satisfaction_ratings/2.json,7001,360001,9002,88232,good_without_comment,,,2026-03-02T15:21:00Z,2026-03-02T15:21:00Z
3,https://acme.zendesk.com/api/v2/satisfaction_ratings/3.json,7002,360002,9003,88233,bad_with_comment,Slow,Issue took too long to resolve,2026-03-02T16:01:00Z,2026-03-02T16:01:00Z
4,https://acme.zendesk.com/api/v2/satisfaction_ratings/4.json,7002,360002,9004,88234,bad_without_comment,,,2026-03-02T16:02:00Z,2026-03-02T16:02:00Z
5,https://acme.zendesk.com/api/v2/satisfaction_ratings/5.json,7002,360002,9005,88235,Good_With_Comment,Nice,,2026-03-02T16:03:00Z,2026-03-02T16:03:00Z
6,https://acme.zendesk.com/api/v2/satisfaction_ratings/6.json,7002,360002,9006,88236,good,,,2026-03-02T16:04:00Z,2026-03-02T16:04:00Z
7,https://acme.zendesk.com/api/v2/satisfaction_ratings/7.json,7002,360002,9007,88237,fine_with_comment,,,2026-03-02T16:05:00Z,2026-03-02T16:05:00Z
8,https://acme.zendesk.com/api/v2/satisfaction_ratings/8.json,7002,360002,9008,88238,good_with_comments,,,2026-03-02T16:06:00Z,2026-03-02T16:06:00Z
9,https://acme.zendesk.com/api/v2/satisfaction_ratings/9.json,7002,360002,9009,88239,_with_comment,,,2026-03-02T16:07:00Z,2026-03-02T16:07:00Z
10,https://acme.zendesk.com/api/v2/satisfaction_ratings/10.json,7001,360001,9010,88240,offered,,,2026-03-02T16:08:00Z,2026-03-02T16:08:00Z
EOF
run 0 emp-ingest in.csv
nps pick out kind,ts,agent,id,contact,csat,comment,src >got
check_file got <<'EOF'
kind,ts,agent,id,contact,csat,comment,src
survey,2026-03-02T15:20:11Z,7001,1,88231,5,Quick and kind,in.csv:2
survey,2026-03-02T15:21:00Z,7001,2,88232,5,,in.csv:3
survey,2026-03-02T16:01:00Z,7002,3,88233,1,Slow,in.csv:4
survey,2026-03-02T16:02:00Z,7002,4,88234,1,,in.csv:5
survey,2026-03-02T16:03:00Z,7002,5,88235,5,Nice,in.csv:6
survey,2026-03-02T16:04:00Z,7002,6,88236,5,,in.csv:7
EOF
check_err <<'EOF'
emp-ingest: in.csv:8: field 'score': unknown rating 'fine_with_comment'
emp-ingest: in.csv:9: field 'score': unknown rating 'good_with_comments'
emp-ingest: in.csv:10: field 'score': unknown rating '_with_comment'
emp-ingest: 10 rows read, 6 events written, 3 rejected, 1 skipped (1 non-response)
EOF
check_accounting
