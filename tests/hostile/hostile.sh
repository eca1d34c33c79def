# tests/hostile/hostile.sh: sourced by the hostile-input tests, after
# lib.sh.  A test is one line, "hostile KIND": it writes the hostile input
# KIND once in each file format (templates below), gives it to every reader
# of that format listed in tests/hostile/commands, and checks each run's
# exit status and the first line of its stderr against the line
# "KIND READER STATUS MESSAGE" of tests/hostile/expected.
#
# Every run is bounded: `timeout` (a hang fails the test) and `ulimit -v`
# (1 GiB of address space; not under AddressSanitizer, whose shadow memory
# needs terabytes of it, nor under valgrind).  An exit status above 2 other
# than 75, or death by a signal, fails the test whatever the table says.
#
# A reader without a line in the table for KIND (a command just added to
# tests/hostile/commands) is held to the general rules only: status 0 or 1,
# stderr starting with its name and, on status 1, naming the input file;
# the test prints the line to add.  EMP_HOSTILE_RECORD=FILE appends the
# observed lines to FILE instead of checking (review them before copying).

HOSTILE_DIR=$TESTS_DIR/hostile
unset EMP_LEDGER EMP_USER

# The formats, valid unless a kind sets N (a number), D (seconds), DH
# (HH:MM:SS), ISO (an ISO 8601 time), F9 (a Five9 time) or DAY (a date).
fmt_exports() {		# Five9 call log: times without a zone, HH:MM:SS
	cat <<EOF
CALL ID,TIMESTAMP,AGENT,AGENT NAME,CAMPAIGN,CALL TYPE,DISPOSITION,TALK TIME,HOLD TIME,AFTER CALL WORK TIME,TRANSFERS,ABANDONED
1,"Mon, 02 Mar 2026 08:00:56",ana@x,Ana,Sales,INBOUND,Resolved,00:07:18,00:00:00,00:02:30,0,0
2,"${F9:-Tue, 03 Mar 2026 09:10:00}",ben@x,Ben,Sales,INBOUND,Resolved,${DH:-00:04:49},00:00:00,00:01:47,${N:-1},0
EOF
}

fmt_events() {
	cat <<EOF
kind,ts,agent,team,id,contact,talk_s,hold_s,acw_s,csat,reason,src
contact,2026-03-02T08:00:00Z,ana,A,C1,,300,10,60,,,x:2
survey,2026-03-02T09:00:00Z,ana,A,S1,C1,,,,1,late delivery,x:3
contact,${ISO:-2026-03-03T08:00:00Z},ben,A,C2,,${D:-240},0,30,,,x:4
survey,2026-03-03T09:00:00Z,ben,A,S2,C2,,,,${N:-2},courier lost it,x:5
EOF
}

fmt_scores() {		# every metric the built-in policy gates on
	cat <<EOF
period,group,key,team,qa,qa_n,resolved_rate,resolved_rate_n,transfer_rate,transfer_rate_n,no_escalation,no_escalation_n,csat_rate,csat_rate_n,confidence,confidence_n,index,decision_escalated,decision_escalated_n,aht_s,aht_s_n
2026-03-02,agent,ana,A,82,3,0.8,20,0.1,20,0.8,20,0.9,10,4,3,60,0.3,2,300,5
${DAY:-2026-03-03},agent,ben,A,${N:-84},3,0.8,20,0.1,20,0.8,20,0.9,10,4,3,60,0.3,2,${D:-280},5
2026-03-03,all,all,,83,6,0.8,40,0.1,40,0.8,40,0.9,20,4,6,,0.3,4,290,10
EOF
}

fmt_roster() {
	cat <<EOF
agent,team,hired,level,limit
ana,A,2025-01-06,1,25
ben,A,${DAY:-2024-01-08},2,${N:-50}
EOF
}

fmt_policy() {		# the built-in policy: level 1's qa, level 2's tenures
	sed -e "s/^	min qa 70 n=3\$/	min qa ${N:-70} n=3/" \
	    -e "s/^	tenures 2 2 2.5 3\$/	tenures ${D:-2} 2 2.5 3/" good-policy.txt
}

fmt_tiers() {		# emp-tiers(5)
	cat <<EOF
agent,team,tenure_months,level,limit,rec_level,rec_limit,rec_limit_high_value,action,reasons,blocked_by,window
ana,A,13.8,1,25,2,200,400,promote,"tenure 13.8>=3; resolved_rate 0.8>=0.65 (n=20); transfer_rate 0.1<=0.15 (n=20); csat_rate 0.9>=0.75 (n=10); qa 82>=78 (n=3)",,2026-03-02..2026-03-03
ben,A,${N:-25.7},2,50,2,200,400,raise,"tenure 25.7>=3; resolved_rate 0.8>=0.65 (n=20); transfer_rate 0.1<=0.15 (n=20); csat_rate 0.9>=0.75 (n=10); qa 84>=78 (n=3)",,2026-03-02..2026-03-03
EOF
}

fmt_goals() {		# emp-report(1) --goals
	cat <<EOF
agent,metric,target,due
ana,csat_rate,0.9,2026-06-30
ben,qa,${N:-85},${DAY:-2026-06-30}
EOF
}

# The ledger is written by emp-challenge; a kind's values go into a
# hand-made last line (whose signature and checksum then cannot match).
fmt_ledger() {
	cat good-ledger.csv
	if [ -n "${N-}${D-}${ISO-}" ]; then
		printf '3,%s,open,CH-2,S2,survey,ben,ben,delivery,%s,AAAA,00000000\n' \
		    "${ISO:-2026-03-05T10:00:00Z}" "${N:-}${D:-}"
	fi
}

hostile_setup() {
	emp-tier --print-policy >good-policy.txt
	# fmt_policy's N and D go into these lines: they must be there
	grep -q '^	min qa 70 n=3$' good-policy.txt &&
	    grep -q '^	tenures 2 2 2.5 3$' good-policy.txt ||
	    fail "the built-in policy changed: update fmt_policy"
	fmt_events >good-events.csv
	fmt_scores >good-scores.csv
	fmt_roster >good-roster.csv
	fmt_tiers >good-tiers.csv
	# the ledger's readers find the people in ./roster.csv (EMP_ROSTER);
	# the clock stops at the ledger's time only here (emp-tier and
	# emp-report read the system clock)
	people
	(
		clock_at 2026-03-05T10:00:00Z
		key ana
		emp-challenge -l good-ledger.csv open S1 -e good-events.csv \
		    --grounds 'late delivery' >/dev/null
		key lee
		emp-challenge -l good-ledger.csv approve CH-1 >/dev/null
	)
}

# 65,535 bytes (257 times the bytes 1 to 255): no NUL, no valid UTF-8 to
# speak of.  One awk, LC_ALL=C (lib.sh): %c of 128-255 is that byte.
binary_garbage() {
	awk 'BEGIN { for (n = 0; n < 65535; n++) printf "%c", n % 255 + 1 }'
}

# 50 MiB of 'x', the same for every format: made once per test, in ./xfield
big_field() {
	[ -e xfield ] || head -c 52428800 /dev/zero | tr '\0' x >xfield
	cat xfield
}

# hostile_make KIND FORMAT FILE
hostile_make() {
	(
	unset N D DH ISO F9 DAY
	case $1 in
	num-inf)	N=1e999 ;;
	num-negzero)	N=-0 ;;
	num-nan)	N=nan ;;
	num-hex)	N=0x10 ;;
	dur-overflow)	D=99999999999999999999999 DH=99999999999999999:00:00 ;;
	date-invalid)	ISO=2026-02-30T09:00:00Z F9='Mon, 30 Feb 2026 09:00:00'
			DAY=2026-02-30 ;;
	dst-gap)	ISO=2026-03-08T02:30:00 F9='Sun, 08 Mar 2026 02:30:00'
			DAY=2026-03-08 ;;
	esac
	"fmt_$2" >base
	case $1 in
	empty)		: ;;
	header-only)	head -n 1 base ;;
	binary)		binary_garbage ;;
	nul)		head -n 1 base; printf 'x\000y'; tail -n +2 base ;;
	bad-utf8)	head -n 1 base; printf '\377\376\300\200'
			tail -n +2 base ;;
	big-field)	# 50 MiB in the first field of the first record
			head -n 1 base
			big_field
			sed -n '2s/^[^,]*//p' base
			tail -n +3 base ;;
	many-columns)	# 100,000 more columns, empty in every record
			awk 'NR == 1 { printf "%s", $0
				for (i = 1; i <= 100000; i++) printf ",c%d", i
				print ""; next }
			{ printf "%s", $0
				for (i = 1; i <= 100000; i++) printf ","
				print "" }' base ;;
	empty-lines)	head -n 1 base
			awk 'BEGIN { for (i = 0; i < 1000000; i++) print "" }'
			tail -n +2 base ;;
	open-quote)	cat base; printf '"never closed,x' ;;
	ragged)		head -n 2 base | tail -n 1 >row2
			head -n 1 base
			printf '%s,extra,extra\n' "$(cat row2)"
			echo short
			tail -n +3 base ;;
	gzip-cut)	gzip -cn base >base.gz
			head -c $(($(wc -c <base.gz) / 2)) base.gz ;;
	gzip-corrupt)	# the CRC at the end no longer matches
			gzip -cn base >base.gz
			n=$(wc -c <base.gz)
			head -c $((n - 8)) base.gz
			printf '\001\002\003\004'
			tail -c 4 base.gz ;;
	cr-only)	tr '\n' '\r' <base ;;
	*)		cat base ;;
	esac >"$3"
	rm -f base base.gz row2
	)
}

hostile() {
	kind=$1
	hostile_setup
	limit=1048576			# KiB of address space
	tmo=30
	if grep -q __asan_init "$EMP_BIN/emp-score" 2>/dev/null; then
		limit=unlimited
		tmo=120
	fi
	if [ -n "${EMP_VALGRIND:-}" ]; then
		limit=unlimited
		tmo=600
	fi
	made= nfail=0
	grep -v '^#' "$HOSTILE_DIR/commands" | grep . >readers
	while read -r reader format cmd; do
		case $format in policy) f=$kind.txt ;; *) f=$kind.csv ;; esac
		# each format's input is made once (in made.FORMAT) and copied
		# afresh to $f whenever the format changes
		if [ "$made" != "$format" ]; then
			[ -e "made.$format" ] ||
			    hostile_make "$kind" "$format" "made.$format"
			cp "made.$format" "$f"
			made=$format
		fi
		# shellcheck disable=SC2086
		set -- $cmd
		args=
		for a; do
			[ "$a" = "{}" ] && a=$f
			args="$args $a"
		done
		# shellcheck disable=SC2086
		set -- $args
		set +e
		(
			[ "$limit" = unlimited ] || ulimit -v "$limit"
			exec timeout -k 5 "$tmo" "$@"
		) >out 2>err </dev/null
		status=$?
		set -e
		first=$(head -n 1 err)
		line="$kind $reader $status $first"
		if [ -n "${EMP_HOSTILE_RECORD:-}" ]; then
			echo "$line" >>"$EMP_HOSTILE_RECORD"
			continue
		fi
		if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
			echo "FAIL: $reader: hung (killed after $tmo s): $*"
			nfail=$((nfail + 1))
			continue
		fi
		case $status in 0|1|2|75) ;; *)
			echo "FAIL: $reader: status $status (crash?): $*"
			head -c 2000 err
			nfail=$((nfail + 1))
			continue ;;
		esac
		want=$(grep -aF "$kind $reader " "$HOSTILE_DIR/expected" |
		    grep -a "^$kind $reader " || :)
		if [ -z "$want" ]; then
			case $status:$first in
			0:"$1: "*|1:"$1: "*"$f"*)
				echo "note: no line in expected, add: $line" ;;
			*)	echo "FAIL: $reader: $line"
				nfail=$((nfail + 1)) ;;
			esac
			continue
		fi
		if [ "$want" != "$line" ]; then
			echo "FAIL: $reader: $*"
			echo "  expected: $want"
			echo "  got:      $line"
			nfail=$((nfail + 1))
		fi
	done <readers
	rm -f "$kind.csv" "$kind.txt" made.* xfield
	[ "$nfail" -eq 0 ] || fail "$nfail of the runs on '$kind' went wrong"
}
