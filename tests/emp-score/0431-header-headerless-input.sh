#!/bin/sh
# emp-score --header: a headerless file is read from its first line, as
# events of the columns given (a list or @FILE, with any delimiter of its
# own); messages give each file's own line numbers,
# also after a quoted line break and on standard input; gzip and TSV
# data are detected as ever; a line that repeats the given header is no
# event (neither read nor rejected).  The scores are those of the same
# events with their header line.  (And, with a header line: one that names
# a column of the stream twice is refused, other names may repeat.)
. "${0%/*}/../lib.sh"

cat >ev.csv <<'EOF2'
kind,ts,agent,team,talk_s,resolved,comment
contact,2026-01-05T08:00:00Z,ana,Billing,300,1,
contact,2026-01-05T09:00:00Z,ana,Billing,200,0,"two
lines"
contact,2026-01-05T09:30:00Z,bob,Billing,abc,1,
contact,2026-01-06T10:00:00Z,bob,Billing,100,1,
EOF2
run 0 emp-score -q --by day ev.csv 2>/dev/null
mv out want
tail -n +2 ev.csv >body.csv
head -n 1 ev.csv >cols
err5() {
	cat <<EOF2
emp-score: $1:4: field 'talk_s': invalid duration 'abc'
emp-score: 4 events read, 3 scored, 1 rejected; 0 reviews excluded by challenge
EOF2
}
run 0 emp-score --by day --header @cols body.csv
check_out want
# line 4 of body.csv (line 5 of ev.csv): the quoted line break counts
err5 body.csv | check_err
run 0 emp-score --by day --header "$(cat cols)" - <body.csv
check_out want
err5 stdin | check_err
# the header file in TSV
tr , '\t' <cols >cols.tsv
run 0 emp-score --by day --header @cols.tsv body.csv
check_out want
err5 body.csv | check_err
# gzip data, gzip header file
gzip -c body.csv >body.csv.gz
gzip -c cols >cols.gz
run 0 emp-score --by day --header @cols.gz body.csv.gz
check_out want
err5 body.csv.gz | check_err
# TSV data under a CSV header file
printf 'contact\t2026-01-05T08:00:00Z\tana\tBilling\t300\t1\t\n' >body.tsv
{ cat cols; tr '\t' , <body.tsv; } >one.csv
run 0 emp-score --by day one.csv
mv out want1
run 0 emp-score --by day --header @cols body.tsv
check_out want1
# a file with its header line, as the first split of a file is: the
# line is skipped, wherever it is, and not counted
run 0 emp-score --by day --header @cols ev.csv
check_out want
err5 ev.csv | sed 's/:4:/:5:/' | check_err
{ tail -n +2 ev.csv | head -n 1; cat cols; tail -n +3 ev.csv; } >mid.csv
run 0 emp-score --by day --header @cols mid.csv
check_out want
# a headerless file read as if it had a header: its first event is the
# header, and the rows do not fit (the mistake --header is for)
run 1 emp-score --by day body.csv
check_err <<'EOF2'
emp-score: body.csv:1: not an event stream: it needs the columns kind, ts and agent
emp-score: 0 events read, 0 scored, 0 rejected; 0 reviews excluded by challenge
EOF2
# a header line that names a column of the stream twice leaves the second
# unread: the input is refused, as --header's would be; a name emp-score
# does not read may repeat
printf 'kind,ts,agent,Agent\ncontact,2026-03-02T10:00:00Z,ana,bob\n' >twice.csv
run 1 emp-score -g agent twice.csv
check_out <<'EOF2'
period,group,key,team,contacts,aht_s,aht_s_n,talk_s,talk_s_n,hold_s,hold_s_n,acw_s,acw_s_n,occupancy,occupancy_n,fcr,fcr_n,fcr_lo,fcr_hi,resolved_rate,resolved_rate_n,resolved_rate_lo,resolved_rate_hi,no_escalation,no_escalation_n,no_escalation_lo,no_escalation_hi,transfer_rate,transfer_rate_n,transfer_rate_lo,transfer_rate_hi,surveys,csat,csat_n,csat_rate,csat_rate_n,csat_rate_lo,csat_rate_hi,nps,nps_n,qa,qa_n,confidence,confidence_n,esat,esat_n,decisions,decision_amount,decision_s,decision_s_n,decision_escalated,decision_escalated_n,decision_escalated_lo,decision_escalated_hi,excluded,headcount,exits,turnover,index,index_metrics,rank
EOF2
check_err <<'EOF2'
emp-score: twice.csv:1: column 'Agent' named twice (columns 3 and 4): the second would go unread
emp-score: 0 events read, 0 scored, 0 rejected; 0 reviews excluded by challenge
EOF2
printf 'kind,ts,agent,x,X\ncontact,2026-03-02T10:00:00Z,ana,1,2\n' >placeholders.csv
run 0 emp-score -q -g agent placeholders.csv
awk -F, 'NR == 2 { print $3 "," $5 }' out >got
check_file got <<'EOF2'
ana,1
EOF2
