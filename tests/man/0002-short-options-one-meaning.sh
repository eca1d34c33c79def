#!/bin/sh
# A short option means one thing in every command (emp(7), Options): for
# each of the five commands and every letter a-z A-Z, the command accepts
# -LETTER exactly when the table of man/emp.7 lists that letter for it, and
# its --help names the letter with the table's long option.
. "${0%/*}/../lib.sh"

man7=$TESTS_DIR/../man/emp.7
# the table: "letter long commands" from .It Fl x Ta Fl \-long ... Ta cmds
awk '
/^\.Ss Options/ { on = 1; next }
on && /^\.Ss |^\.Sh / { exit }
on && /^\.It Fl [A-Za-z] Ta Fl / {
	split($0, p, / Ta /)
	l = p[1]; sub(/^\.It Fl /, "", l)
	lo = p[2]; sub(/^Fl \\-/, "", lo); sub(/ .*/, "", lo)
	print l, lo, p[3]
}' "$man7" >table.txt
[ "$(wc -l <table.txt)" -ge 20 ] || fail "emp(7): the option table was not found"
# one meaning per letter
cut -d' ' -f1 table.txt | sort | uniq -d >dups.txt
check_file dups.txt </dev/null

for cmd in emp-ingest emp-score emp-challenge emp-tier emp-report; do
	# the letters the table gives this command, with their long options
	awk -v c="$cmd" '{
		l = $1; lo = $2; $1 = $2 = ""
		if ($0 ~ "all but " c) next
		if ($0 ~ /(^| )all( |$)/ || $0 ~ /all but/ || index($0, c))
			print l, lo
	}' table.txt | sort >want.$cmd
	# the letters --help names: "  -x, --long"
	"$cmd" --help | sed -n 's/^  -\([A-Za-z]\), --\([a-z-]*\).*/\1 \2/p' |
	    sort >help.$cmd
	check_file help.$cmd want.$cmd
	# the letters getopt takes
	: >took.$cmd
	for l in a b c d e f g h i j k l m n o p q r s t u v w x y z \
	    A B C D E F G H I J K L M N O P Q R S T U V W X Y Z; do
		"$cmd" "-$l" </dev/null >/dev/null 2>e.txt || true
		grep -q "invalid option -- '$l'" e.txt || echo "$l" >>took.$cmd
	done
	cut -d' ' -f1 want.$cmd | sort >wantl.$cmd
	sort took.$cmd >tookl.$cmd
	check_file tookl.$cmd wantl.$cmd
done
