#!/bin/sh
# emp-ingest | emp-score: a Genesys Cloud export that leaves tHeldComplete
# empty when a conversation had no hold (and tAcw when it had no after-call
# work) gives aht_s = (sum over contacts of talk + hold + acw) / contacts, to
# the millisecond, for every agent and for all.  The expected values are
# computed here by awk from the export itself (integer milliseconds, empty
# = 0, rounded half away from zero to 3 decimals), not copied from emp's
# output.  By hand:
#   ana: 376235 + 270500 + 180334 + 485501 = 1312570 ms / 4 = 328142.5 ms:
#        328.143 s (the half rounds away from zero)
#   ben: 130000 + 100000 + 200001 = 430001 ms / 3 = 143333.67 ms: 143.334 s
#   all: 1742571 ms / 7 = 248938.71 ms: 248.939 s
# With empty holds read as unknown and aht_s as the sum of the three means
# (before), ana's would have been 285.517 + 52.75 + 21.667 = 359.934 s, 9.7%
# too high (ben's, with no hold at all, came out the same).  The same scores
# come from --partial on two shards and --merge, and a partial without the
# handle sums (a partial file of an older emp-score) is refused.
. "${0%/*}/../lib.sh"

cat >genesys.csv <<'EOF'
conversationId,conversationStart,conversationEnd,mediaType,queueName,userName,tTalkComplete,tHeldComplete,tAcw,tHandle,nTransferred
a1,2026-03-02T09:00:00.000Z,2026-03-02T09:06:16.235Z,voice,Billing,ana,301234,45000,30001,376235,0
a2,2026-03-02T10:00:00.000Z,2026-03-02T10:04:30.500Z,voice,Billing,ana,250500,,20000,270500,0
a3,2026-03-02T11:00:00.000Z,2026-03-02T11:03:00.334Z,chat,Billing,ana,180334,,,180334,0
a4,2026-03-02T12:00:00.000Z,2026-03-02T12:08:05.501Z,voice,Billing,ana,410001,60500,15000,485501,1
b1,2026-03-02T09:30:00.000Z,2026-03-02T09:32:10.000Z,voice,Support,ben,120000,,10000,130000,0
b2,2026-03-02T10:30:00.000Z,2026-03-02T10:31:40.000Z,email,Support,ben,95500,,4500,100000,0
b3,2026-03-02T11:30:00.000Z,2026-03-02T11:33:20.001Z,voice,Support,ben,200001,,0,200001,0
EOF

run 0 emp-ingest genesys.csv
mv out events.csv
run 0 emp-score -q -g agent,all -m aht_s=1 events.csv
mv out scores.csv

# key,aht_s,aht_s_n from the export: columns by name, integer ms
awk -F, '
NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
{
	ms = $c["tTalkComplete"] + $c["tHeldComplete"] + $c["tAcw"]
	sum[$c["userName"]] += ms; n[$c["userName"]]++
	sum["all"] += ms; n["all"]++
}
END {
	for (k in n) {
		q = int(sum[k] / n[k]); r = sum[k] - q * n[k]
		if (2 * r >= n[k])
			q++
		v = sprintf("%d.%03d", int(q / 1000), q % 1000)
		sub(/0+$/, "", v); sub(/\.$/, "", v)
		print k "," v "," n[k]
	}
}' genesys.csv | sort >expected.csv
[ "$(wc -l <expected.csv)" -eq 3 ] || fail "expected three rows"
grep -qx 'ana,328.143,4' expected.csv || fail "the awk disagrees with the arithmetic in the comment"

pick() {
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	{ print $c["key"] "," $c["aht_s"] "," $c["aht_s_n"] }' "$1" | sort
}
pick scores.csv >got.csv
check_file got.csv expected.csv

# every part is known now: the parts' counts are the contacts
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
{ if ($c["hold_s_n"] != $c["contacts"] || $c["acw_s_n"] != $c["contacts"] ||
    $c["aht_s_n"] != $c["contacts"]) bad = 1 }
END { exit bad }' scores.csv || fail "a part of a Genesys contact is unknown"

# --partial on two shards and --merge: the same scores
awk 'NR == 1 { print > "s1.csv"; print > "s2.csv"; next }
{ print > (NR % 2 ? "s1.csv" : "s2.csv") }' events.csv
for f in s1 s2; do
	run 0 emp-score -q -g agent,all --partial $f.csv
	mv out $f.part
done
run 0 emp-score -q -g agent,all -m aht_s=1 --merge s1.part s2.part
check_out scores.csv

# a partial header without handle and handle_n is from an older emp-score
awk -F, '{ o = $1; for (i = 2; i <= NF; i++) if (i != 9 && i != 10)
    o = o "," $i; print o }' s1.part >old.part
run 1 emp-score -g agent,all --merge old.part
check_out </dev/null
check_err <<'EOF'
emp-score: old.part:1: not a partial file of this version of emp-score (made with --partial)
emp-score: nothing written: the partial files could not all be merged
EOF
