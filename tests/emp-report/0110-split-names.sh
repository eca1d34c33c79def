#!/bin/sh
# emp-report --split: scorecard file names are reversible and no two
# agents share one: "josé" and "josè", "ana silva" and "ana_silva",
# "Ana" and "ana" (a file system that ignores case), "../etc" and
# ".hidden" (nothing leaves the directory or hides), "~1" (a '~' is
# always encoded), "-rf" (no file name looks like an option) and a name
# of 300 bytes (named ~N, its place) all get
# their own file; index.csv maps each agent to its file; decoding each
# file name gives the agent back.
. "${0%/*}/../lib.sh"

long=$(printf 'x%.0s' $(seq 300))
{
	echo 'period,group,key,team,contacts'
	for a in 'josé' 'josè' 'ana silva' 'ana_silva' 'Ana' 'ana' '../etc' \
	    '.hidden' '~1' "$long" 'wei.zhang' '-rf' 'a-b'; do
		printf '2026-W02,agent,"%s",T,10\n' "$a"
	done
	echo '2026-W02,team,T,T,130'
	echo '2026-W02,all,all,,130'
} >scores.csv
run 0 emp-report -q --split cards scores.csv
check_err </dev/null
ls -A cards | LC_ALL=C sort >got
check_file got <<EOF2
%2Drf.txt
%2E.%2Fetc.txt
%2Ehidden.txt
%41na.txt
%7E1.txt
a-b.txt
ana%20silva.txt
ana.txt
ana_silva.txt
index.csv
jos%C3%A8.txt
jos%C3%A9.txt
wei.zhang.txt
~12.txt
EOF2
check_file cards/index.csv <<EOF2
agent,file
'-rf,%2Drf.txt
../etc,%2E.%2Fetc.txt
.hidden,%2Ehidden.txt
Ana,%41na.txt
a-b,a-b.txt
ana,ana.txt
ana silva,ana%20silva.txt
ana_silva,ana_silva.txt
josè,jos%C3%A8.txt
josé,jos%C3%A9.txt
wei.zhang,wei.zhang.txt
$long,~12.txt
~1,%7E1.txt
EOF2
# decoding a file name (but ~N) gives its agent back; each scorecard is
# its agent's
tail -n +2 cards/index.csv | while IFS=, read -r agent file; do
	case $file in
	'~'*) continue ;;
	esac
	case $agent in	# index.csv is CSV: a spreadsheet's mark (emp(7))
	"'"[-=+@]*) agent=${agent#"'"} ;;
	esac
	dec=$(printf '%s\n' "${file%.txt}" | awk '{
		out = ""
		for (i = 1; i <= length($0); i++) {
			c = substr($0, i, 1)
			if (c == "%") {
				h = "0123456789ABCDEF"
				out = out sprintf("%c", \
				    16 * (index(h, substr($0, i + 1, 1)) - 1) + \
				    index(h, substr($0, i + 2, 1)) - 1)
				i += 2
			} else
				out = out c
		}
		print out
	}')
	[ "$dec" = "$agent" ] || fail "$file decodes to '$dec', not '$agent'"
done
grep -q 'josé' 'cards/jos%C3%A9.txt' || fail "josé's scorecard is not hers"
grep -q "$long" 'cards/~12.txt' || fail "the long name's scorecard is not its"

# a file the split would write is never an input nor -o: refused (status
# 2) before any scorecard is written, the input as it was
mkdir d2 d3
cp scores.csv d2/index.csv
run 2 emp-report -q --split d2 d2/index.csv
check_out </dev/null
check_err <<'EOF2'
emp-report: --split d2/index.csv is the input d2/index.csv: an output never replaces an input
EOF2
check_file d2/index.csv scores.csv
[ "$(ls d2)" = index.csv ] || fail "split wrote: $(ls d2)"
run 2 emp-report -q -o d3/wei.zhang.txt --split d3 scores.csv
check_err <<'EOF2'
emp-report: --split d3/wei.zhang.txt is the output -o d3/wei.zhang.txt: give -o another name
EOF2
[ -z "$(ls d3)" ] || fail "split wrote: $(ls d3)"
