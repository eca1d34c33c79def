# tests/output/output.sh: sourced by the output-failure tests after lib.sh.
# output_setup writes the inputs that tests/output/commands names;
# output_each FN [-o] runs the shell function FN NAME COMMAND... for each
# line (with -o: for each line whose command takes -o FILE).  The
# ledger's people are lib.sh's, with a1 (the agent of S1 in events.csv) in
# lee's team, in people.csv (EMP_ROSTER); roster.csv is emp-tier's.

unset EMP_LEDGER EMP_USER

output_setup() {
	people
	mv roster.csv people.csv
	echo 'a1,A,agent,1,' >>people.csv
	EMP_ROSTER=people.csv
	awk 'BEGIN {
		print "CALL ID,TIMESTAMP,AGENT,TALK TIME,HOLD TIME,AFTER CALL WORK TIME"
		for (i = 1; i <= 20000; i++)
			printf "%d,\"Mon, 02 Mar 2026 08:%02d:%02d\",a%d@x,00:07:18,00:00:00,00:02:30\n", i, i % 60, i % 59, i % 3000
	}' >export.csv
	awk 'BEGIN {
		print "kind,ts,agent,team,id,contact,talk_s,csat,reason"
		for (i = 1; i <= 20000; i++)
			printf "survey,2026-03-%02dT09:00:00Z,a%d,T%d,S%d,C%d,,1,late delivery\n", 1 + i % 4, i % 3000, i % 7, i, i
	}' >events.csv
	awk 'BEGIN {
		print "agent,team,hired,level,limit"
		for (i = 1; i <= 5000; i++) printf "a%d,T,2025-01-06,1,25\n", i
	}' >roster.csv
	awk 'BEGIN {
		print "period,group,key,team,qa,qa_n,resolved_rate,resolved_rate_n,transfer_rate,transfer_rate_n,no_escalation,no_escalation_n,csat_rate,csat_rate_n,confidence,confidence_n,index,decision_escalated,decision_escalated_n"
		for (i = 1; i <= 5000; i++) printf "2026-03,agent,a%d,T,82,3,0.8,20,0.1,20,0.8,20,0.9,10,4,3,60,0.3,2\n", i
		print "2026-03,all,all,,82,15000,0.8,100000,0.1,100000,0.8,100000,0.9,50000,4,15000,,0.3,10000"
	}' >scores.csv
	# lee, a1's lead, opens the challenge for a1, ada (an admin)
	# approves; the clock stops at the ledger's time only here
	# (emp-tier reads the system clock)
	(
		clock_at 2026-03-05T10:00:00Z
		key lee
		emp-challenge -l ledger.csv open S1 -e events.csv \
		    --grounds 'late delivery' >/dev/null
		key ada
		emp-challenge -l ledger.csv approve CH-1 >/dev/null
	)
	# every command then reads one time (emp-tier --accept writes it)
	clock_at 2026-04-01T00:00:00Z
}

output_each() {
	fn=$1
	output_setup
	grep -v '^#' "$TESTS_DIR/output/commands" | grep . >commands
	nfail=0
	while read -r name o cmd; do
		[ "${2:-}" = -o ] && [ "$o" != yes ] && continue
		# shellcheck disable=SC2086
		"$fn" "$name" $cmd || nfail=$((nfail + 1))
	done <commands
	[ "$nfail" -eq 0 ] || fail "$nfail commands went wrong"
}
