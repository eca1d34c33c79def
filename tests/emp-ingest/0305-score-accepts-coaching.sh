#!/bin/sh
# emp-score: coaching events (from emp-ingest's coaching profile) are
# accepted, not rejected, and score nothing: the scores of a stream with
# them equal those of the same stream without them, by every period and
# group, partial sums included; a session before or after the activity does
# not stretch the period 'all', and an agent with only sessions gets no row.
. "${0%/*}/../lib.sh"

cat >base.csv <<'EOF2'
kind,ts,agent,team,id,talk_s,hold_s,acw_s,resolved,csat,qa,amount,escalated,decision_s
contact,2026-03-02T09:00:00Z,ana,north,c1,300,10,60,1,,,,,
contact,2026-03-03T09:00:00Z,ana,north,c2,200,0,30,0,,,,,
survey,2026-03-03T12:00:00Z,ana,north,s1,,,,,5,,,,
contact,2026-03-04T09:00:00Z,ben,south,c3,100,5,20,1,,,,,
qa,2026-03-05T10:00:00Z,ben,south,q1,,,,,,80,,,
decision,2026-03-06T15:00:00Z,ben,south,d1,,,,,,,40,1,90
EOF2
cat >coaching.csv <<'EOF2'
Session,Agent,Team,Coach,Date,Focus,Notes
k1,ana,north,lee,2026-02-20,CSAT,before the activity
k2,ana,north,lee,2026-03-03T10:00:00Z,FCR,during
k3,ben,south,lee,2026-03-20,QA,after the activity
k4,dee,west,lee,2026-03-04,AHT,an agent with only coaching
EOF2
run 0 emp-ingest -q --from events base.csv
mv out plain.csv
run 0 emp-ingest -q plain.csv coaching.csv
mv out with.csv
test "$(grep -c '^coaching,' with.csv)" = 4 || fail "not 4 coaching events"
for opts in "" "-b week" "-b day" "-g agent" "-b week -g agent,team" \
    "--partial" "--partial -b week"; do
	# shellcheck disable=SC2086
	run 0 emp-score -s $opts plain.csv
	mv out want
	# shellcheck disable=SC2086
	run 0 emp-score -s $opts with.csv
	check_out want
	case $(sed -n '$p' err) in
	*" 0 rejected"*) ;;
	*) fail "emp-score $opts: $(cat err)" ;;
	esac
done
# the span of 'all' (the partial file's span row, in ms) is the
# activity's: 2026-03-02T09:00:00Z to 2026-03-06T15:00:00Z
run 0 emp-score -q --partial with.csv
grep '^span,' out | cut -d, -f6,7 >got
echo "$(date -u -d 2026-03-02T09:00:00Z +%s)000,$(date -u -d \
    2026-03-06T15:00:00Z +%s)000" | check_file got
run 0 emp-score -q -g agent with.csv
cut -d, -f3 out >got
check_file got <<'EOF2'
key
ana
ben
EOF2
