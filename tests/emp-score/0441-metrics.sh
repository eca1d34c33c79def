#!/bin/sh
# emp-score --metrics LIST writes only the metrics named (and index: the
# index, index_metrics and rank), in the columns' order, each row as the
# full run writes it: checked against the full run's columns picked by
# name with awk, for every metric alone and for mixes, on gen-sample's
# events of every kind, by week, with every group (level and reviewer
# too), and after a merge of partials.  fcr is followed only when it is
# written or weighs in a written index: the summary says nothing of fcr
# otherwise, and the index is the same either way.  Usage errors: a name
# that is no metric, an empty list, --metrics with --partial.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" . >/dev/null
emp-ingest -q amazon-connect.csv genesys.csv zendesk.csv talkdesk.csv \
    qa.csv qualtrics.csv pulse.csv coaching.csv >events.csv 2>/dev/null
opts="-b week -g agent,team,all,level,reviewer --roster roster.csv"
# shellcheck disable=SC2086
emp-score $opts events.csv >full.csv 2>full.err

# pick FILE LIST: FILE's period, group, key and team, then the columns of
# the metrics in LIST (NAME, NAME_n, NAME_lo, NAME_hi; index: index,
# index_metrics, rank) and the grader's, in FILE's order
pick() {
	awk -F, -v list="$2" 'NR == 1 {
		n = split(list, m, ",")
		for (i = 1; i <= n; i++) {
			want[m[i]] = 1
			if (m[i] == "index") {
				want["index_metrics"] = 1
				want["rank"] = 1
			}
		}
		for (i = 1; i <= NF; i++) {
			b = $i
			sub(/_(n|lo|hi)$/, "", b)
			if (i <= 4 || $i ~ /^qa_(offset|round)/ || ($i in want) ||
			    ((b in want) && b != "index"))
				keep[++k] = i
		}
	}
	{
		for (i = 1; i <= k; i++)
			printf "%s%s", $keep[i], i < k ? "," : "\n"
	}' "$1"
}

# every metric alone, then mixes (the list's order is not the output's)
metrics=$(head -n 1 full.csv | tr , '\n' | awk 'NR > 4 && !/_(n|lo|hi)$/ &&
    !/^(index_metrics|rank|qa_offset|qa_offset_p|qa_round)$/')
[ "$(echo "$metrics" | wc -l)" -eq 26 ] ||
	fail "expected 25 metrics and index in the header: $metrics"
for list in $metrics qa,contacts fcr,index,csat_rate \
    turnover,exits,headcount nps,esat,decision_s,occupancy; do
	# shellcheck disable=SC2086
	run 0 emp-score -q $opts --metrics "$list" events.csv
	pick full.csv "$list" >expected
	check_out expected
done

# the summary: fcr's clauses only when fcr is followed
grep -q 'not in fcr' full.err || fail "the sample has no fcr clause"
# shellcheck disable=SC2086
run 0 emp-score $opts --metrics contacts,csat,index events.csv
sed 's/; [^;]* not in fcr[^;]*//g' full.err >expected
check_err expected
# shellcheck disable=SC2086
run 0 emp-score $opts --metrics fcr events.csv
check_err full.err
# an index that weighs fcr follows it, and is the full run's
# shellcheck disable=SC2086
emp-score -q $opts -w fcr=2,csat=1 events.csv >wfull.csv
# shellcheck disable=SC2086
run 0 emp-score $opts -w fcr=2,csat=1 --metrics index events.csv
check_err full.err
pick wfull.csv index >expected
check_out expected
[ "$(cut -d, -f6 out | grep -c fcr)" -gt 0 ] || fail "no index uses fcr"
# a weight on fcr without index in the list: fcr is not followed (the
# summary says nothing of it), and csat is the full run's
# shellcheck disable=SC2086
run 0 emp-score $opts -w fcr=2,csat=1 --metrics csat events.csv
sed 's/; [^;]* not in fcr[^;]*//g' full.err >expected
check_err expected
pick wfull.csv csat >expected
check_out expected

# a merge of partials writes the columns asked for
head -n 2000 events.csv >a.csv
{ head -n 1 events.csv; tail -n +2001 events.csv; } >b.csv
emp-score -q --partial -b week a.csv >a.part
emp-score -q --partial -b week b.csv >b.part
emp-score -q --merge -b week a.part b.part >merged.csv
run 0 emp-score -q --merge -b week --metrics fcr,aht_s,index a.part b.part
pick merged.csv fcr,aht_s,index >expected
check_out expected

try() {	# try LIST MESSAGE [OPTION]
	run 2 emp-score ${3:-} --metrics "$1" events.csv
	check_out </dev/null
	check_err <<EOF2
emp-score: $2
Try 'emp-score --help' for more information.
EOF2
}
try contacts,aht "invalid --metrics 'contacts,aht': no metric 'aht' (emp-scores(5) names them; index is the index, index_metrics and rank)"
try fcr_n "invalid --metrics 'fcr_n': no metric 'fcr_n' (emp-scores(5) names them; index is the index, index_metrics and rank)"
try , "invalid --metrics ',': name the metrics to write, comma-separated"
try csat "--metrics with --partial: a partial file holds the sums of every metric; give --metrics to --merge" --partial
