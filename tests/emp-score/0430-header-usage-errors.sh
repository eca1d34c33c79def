#!/bin/sh
# emp-score --header: what cannot be a header is a usage error (status 2,
# one message, nothing read or written): an empty list, only commas, a
# file that is missing, a directory, empty, with broken quoting, standard
# input (it is the data), a header without kind, ts or agent, one that
# names a column of emp-events(5) twice (other names may repeat), and
# --header with --merge (partial files have their header line).
. "${0%/*}/../lib.sh"

printf 'kind,ts,agent\ncontact,2026-01-05T08:00:00Z,ana\n' >ev.csv
: >empty
mkdir dir
printf 'kind,ts,team\n' >noagent
printf 'kind,"ts,agent\n' >broken
try() {	# try ARG MESSAGE
	run 2 emp-score --header "$1" ev.csv
	check_out </dev/null
	check_err <<EOF2
emp-score: $2
Try 'emp-score --help' for more information.
EOF2
}
try '' "invalid --header '': no column names"
try ',,' "invalid --header ',,': no column names"
try @nosuch "invalid --header '@nosuch': No such file or directory"
try @dir "invalid --header '@dir': Is a directory"
try @empty "invalid --header '@empty': no header line: the file is empty"
try @broken "invalid --header '@broken': line 1: unterminated quoted field"
try @- "invalid --header '@-': standard input is the data: give the header in a file or as a list"
try @noagent "invalid --header '@noagent': no column 'agent': an event stream needs kind, ts and agent"
try ts,agent "invalid --header 'ts,agent': no column 'kind': an event stream needs kind, ts and agent"
try 'kind,time,agent' "invalid --header 'kind,time,agent': no column 'ts': an event stream needs kind, ts and agent"
# a name twice, as names are compared (case and punctuation aside): one of
# the two columns would go unread
try 'kind,ts,agent,Agent' "invalid --header 'kind,ts,agent,Agent': column 'Agent' named twice (columns 3 and 4)"
printf 'kind\tts\tagent\tteam\tcsat\tTEAM_\n' >twice
try @twice "invalid --header '@twice': column 'TEAM_' named twice (columns 4 and 6)"
printf 'kind,ts,agent\n' >cols
run 2 emp-score --merge --header @cols ev.csv
check_err <<'EOF2'
emp-score: --header with --merge: partial files have their header; give it to --partial
Try 'emp-score --help' for more information.
EOF2
# the last --header counts
run 0 emp-score -q -g all --header nothing --header @cols ev.csv
# only a column emp-score reads named twice is an error: placeholders for
# columns it does not read may repeat (the same scores as distinct names)
printf 'contact,2026-01-05T08:00:00Z,ana,1,2\n' >nohdr.csv
emp-score -q -g agent --header kind,ts,agent,x,y nohdr.csv >want ||
    fail "distinct placeholders refused"
run 0 emp-score -q -g agent --header kind,ts,agent,skip,Skip nohdr.csv
check_out want
check_err </dev/null
