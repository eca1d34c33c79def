#!/bin/sh
# --help and the manual page agree on every command's options: the same
# options, short and long paired the same way, taking an argument or not.
#
#   the option list of --help ("  -f, --from PROFILE   ...") and the
#   .It Fl items of man/CMD.1 (".It Fl f Ar profile , Fl \-from Ar profile")
#	must be the same set of "SHORT LONG ARG" (- for none);
#   every option the SYNOPSIS names, and every one the usage lines of
#	--help name, must be in that set, taking an argument the same way;
#   every option but -h and -V must be in the SYNOPSIS.
#
# Then, when groff is installed, every page in man/ must lint clean with
# groff -mdoc -ww -z.
. "${0%/*}/../lib.sh"

MAN_DIR=$TESTS_DIR/../man

# help_table: "SHORT LONG ARG" of each option line of --help on stdin
help_table() {
	awk '
	/^  +-/ {
		line = $0
		sub(/^ +/, "", line)
		short = "-"; long = "-"; arg = "-"
		if (match(line, /^-[A-Za-z0-9]/)) {
			short = substr(line, 1, 2)
			line = substr(line, 3)
			sub(/^, /, "", line)
		}
		if (match(line, /^--[A-Za-z0-9][-A-Za-z0-9]*/)) {
			long = substr(line, 1, RLENGTH)
			line = substr(line, RLENGTH + 1)
		}
		if (match(line, /^[ =][^ ]+/) && substr(line, 2, 1) != " ")
			arg = "ARG"
		print short, long, arg
	}'
}

# help_usage: "FLAG ARG" of each option the usage lines of --help name
help_usage() {
	awk '
	# opt WORDS N: the options of a run of N words (one bracket group
	# or one alternative in it): -abc, -a arg, --long, --long arg
	function opt(w, n,    i, j) {
		for (i = 1; i <= n; i++) {
			if (w[i] ~ /^--./) {
				print w[i], (i < n && w[i + 1] !~ /^-/ ? "ARG" : "-")
				if (i < n && w[i + 1] !~ /^-/) i++
			} else if (w[i] ~ /^-[A-Za-z0-9]$/) {
				print w[i], (i < n && w[i + 1] !~ /^-/ ? "ARG" : "-")
				if (i < n && w[i + 1] !~ /^-/) i++
			} else if (w[i] ~ /^-[A-Za-z0-9]+$/) {
				for (j = 2; j <= length(w[i]); j++)
					print "-" substr(w[i], j, 1), "-"
			}
		}
	}
	/^usage:/ { u = 1; sub(/^usage:/, "") }
	/^$/ { u = 0 }
	!u { next }
	{
		line = $0
		while (line != "") {
			sub(/^ +/, "", line)
			if (line == "") break
			if (substr(line, 1, 1) == "[") {
				e = index(line, "]")
				if (e == 0) e = length(line) + 1
				grp = substr(line, 2, e - 2)
				line = substr(line, e + 1)
				# a nested group ("[--stats [--by key]]"):
				# its options are read with those outside it,
				# the inner "]" is then a bare word
				gsub(/\[/, " ", grp)
				na = split(grp, alt, /\|/)
				for (a = 1; a <= na; a++) {
					n = split(alt[a], w, " ")
					opt(w, n)
				}
			} else {
				# bare words up to the next bracket
				e = index(line, "[")
				if (e == 0) e = length(line) + 1
				grp = substr(line, 1, e - 1)
				line = substr(line, e)
				na = split(grp, alt, /\|/)
				for (a = 1; a <= na; a++) {
					n = split(alt[a], w, " ")
					opt(w, n)
				}
			}
		}
	}'
}

# man_table PAGE: "SHORT LONG ARG" of each .It Fl item of DESCRIPTION and
# OPTIONS; an item of one short and one long option is one entry, any
# other item one entry per option.  A short and a long option of one item
# that disagree on the argument are reported on stderr.
man_table() {
	awk -v page="man/${1##*/}" '
	/^\.Sh / { on = ($2 == "DESCRIPTION" || $2 == "OPTIONS"); next }
	!on || !/^\.It Fl / { next }
	{
		line = substr($0, 5)
		n = split(line, alt, / , /)
		ns = 0; nl = 0
		for (a = 1; a <= n; a++) {
			split(alt[a], w, " ")
			if (w[1] != "Fl") continue
			f = w[2]
			ar = (alt[a] ~ / Ar /) ? "ARG" : "-"
			if (f ~ /^\\-/) {
				nl++; lf[nl] = "--" substr(f, 3); la[nl] = ar
			} else {
				ns++; sf[ns] = "-" f; sa[ns] = ar
			}
		}
		if (ns == 1 && nl == 1) {
			if (sa[1] != la[1])
				printf "%s: %s and %s disagree on the argument: %s\n",
				    page, sf[1], lf[1], $0 > "/dev/stderr"
			print sf[1], lf[1], (sa[1] == "ARG" || la[1] == "ARG") ? "ARG" : "-"
		} else {
			for (i = 1; i <= ns; i++) print sf[i], "-", sa[i]
			for (i = 1; i <= nl; i++) print "-", lf[i], la[i]
		}
	}' "$1"
}

# man_synopsis PAGE: "FLAG ARG" of each option of the SYNOPSIS
man_synopsis() {
	awk '
	/^\.Sh / { on = ($2 == "SYNOPSIS"); next }
	!on { next }
	{
		line = $0
		sub(/^\.Op /, "", line)
		sub(/^\./, "", line)
		n = split(line, alt, / \| /)
		for (a = 1; a <= n; a++) {
			k = split(alt[a], w, " ")
			for (i = 1; i <= k; i++) {
				if (w[i] != "Fl" || i == k) continue
				f = w[i + 1]
				ar = (i + 2 <= k && w[i + 2] == "Ar") ? "ARG" : "-"
				if (f ~ /^\\-/)
					print "--" substr(f, 3), ar
				else if (length(f) == 1)
					print "-" f, ar
				else
					for (j = 1; j <= length(f); j++)
						print "-" substr(f, j, 1), "-"
			}
		}
	}' "$1"
}

# check_flags WHAT FLAGS TABLE: each "FLAG ARG" of FLAGS is in TABLE, with
# the same ARG; prints what is not
check_flags() {
	awk -v what="$1" '
	NR == FNR { arg[$1] = $3; arg[$2] = $3; next }
	!($1 in arg) || $1 == "-" {
		printf "  %s names %s, which is not an option of the command\n", what, $1
		next
	}
	arg[$1] != $2 {
		printf "  %s: %s %s, but the options list it %s\n", what, $1,
		    ($2 == "ARG" ? "takes an argument" : "takes none"),
		    (arg[$1] == "ARG" ? "with an argument" : "without one")
	}' "$3" "$2"
}

bad=0
for cmd in emp-ingest emp-score emp-challenge emp-tier emp-report; do
	page=$MAN_DIR/$cmd.1
	[ -f "$page" ] || fail "no $page"
	"$cmd" --help >help.txt 2>&1 || fail "$cmd --help exited $?"
	help_table <help.txt | sort -u >help.tab
	help_usage <help.txt | sort -u >help.use
	man_table "$page" 2>man.err | sort -u >man.tab
	man_synopsis "$page" | sort -u >man.syn
	[ -s help.tab ] || fail "$cmd --help: no options found"
	[ -s man.tab ] || fail "$cmd.1: no .It Fl items found"
	[ -s man.syn ] || fail "$cmd.1: no options in the SYNOPSIS"

	{
		cat man.err
		comm -23 help.tab man.tab | sed "s|^|  only in $cmd --help:  |"
		comm -13 help.tab man.tab | sed "s|^|  only in man/$cmd.1:  |"
		check_flags "the SYNOPSIS of man/$cmd.1" man.syn help.tab
		check_flags "the usage of $cmd --help" help.use help.tab
		# every option but -h and -V in the SYNOPSIS
		awk 'NR == FNR { syn[$1] = 1; next }
		$1 == "-h" || $1 == "-V" { next }
		!($1 in syn) && !($2 in syn) {
			printf "  not in the SYNOPSIS: %s %s\n", $1, $2
		}' man.syn help.tab | sed "s|SYNOPSIS|SYNOPSIS of man/$cmd.1|"
	} >diff.txt
	if [ -s diff.txt ]; then
		echo "$cmd: --help and man/$cmd.1 disagree" \
		    "(options as SHORT LONG ARG):" >&2
		cat diff.txt >&2
		bad=1
	fi
done

if command -v groff >/dev/null 2>&1; then
	for page in "$MAN_DIR"/*.[157]; do
		groff -mdoc -ww -z "$page" >lint.txt 2>&1 ||
		    echo "groff exited $?" >>lint.txt
		if [ -s lint.txt ]; then
			echo "groff -mdoc -ww -z man/${page##*/}:" >&2
			sed 's/^/  /' lint.txt >&2
			bad=1
		fi
	done
fi

[ "$bad" = 0 ] || fail "the manual pages disagree with --help or do not lint clean"
