#!/bin/sh
# emp-report text: colour (ANSI escapes) only when standard output is a
# terminal, and never with NO_COLOR set to anything but the empty string
# (https://no-color.org); without colour the text is the same as into a
# file.
# script(1) (util-linux) gives the command a terminal.
. "${0%/*}/../lib.sh"
command -v script >/dev/null || { echo "no script(1): skipped"; exit 0; }
cat >scores.csv <<'CSV'
period,group,key,team,resolved_rate,resolved_rate_n,csat_rate,csat_rate_n,index,rank
2026-W09,agent,ana,A,0.9,10,1,5,80,1
2026-W09,agent,ben,A,0.5,10,0.4,5,20,2
2026-W09,all,all,,0.7,20,0.7,10,,
2026-W10,agent,ana,A,0.8,10,1,5,70,1
2026-W10,agent,ben,A,0.6,10,0.6,5,30,2
2026-W10,all,all,,0.7,20,0.8,10,,
CSV
esc=$(printf '\033')
tty() {		# tty FILE [VAR=VALUE ...]: emp-report on a terminal
	f=$1
	shift
	env "$@" COLUMNS=100 script -qec \
	    "emp-report -q --width 100 scores.csv" /dev/null >"$f" 2>&1 ||
	    fail "emp-report failed on a terminal: $(cat "$f")"
	tr -d '\r' <"$f" >"$f.tmp" && mv "$f.tmp" "$f"
}

run 0 emp-report -q --width 100 scores.csv
grep -q "$esc" out && fail "escapes into a file"
mv out plain

tty colour TERM=xterm
grep -q "$esc\[" colour || fail "no colour on a terminal"
sed "s/$esc\[[0-9;]*m//g" colour >stripped
check_file stripped plain

for v in 1 0; do
	tty nocolour TERM=xterm NO_COLOR="$v"
	grep -q "$esc" nocolour && fail "colour with NO_COLOR=$v"
	check_file nocolour plain
done
tty colour2 TERM=xterm NO_COLOR=
check_file colour2 colour
