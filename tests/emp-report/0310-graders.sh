#!/bin/sh
# emp-report: the Graders section from the scores' reviewer rows
# (emp-score -g reviewer): of the latest period that has them up to the
# report's, a line per reviewer by name with the offset and its interval;
# "harsh" or "lenient" only when the interval lies wholly below or above
# 0 (an end at 0 is no clear difference), "too few agents to say" without
# an interval; the verdicts recomputed independently (awk) from the rows;
# the same section with --team and in Markdown; a bad reviewer row
# reported with its line; no reviewer rows, no section.
. "${0%/*}/../lib.sh"

cat >scores.csv <<'CSV'
period,group,key,team,contacts,qa,qa_n,index,rank,qa_offset,qa_offset_lo,qa_offset_hi,qa_round,qa_round_n
2026-W08,all,all,,200,80,40,50,,,,,,
2026-W09,all,all,,200,80,40,50,,,,,,
2026-W09,team,North,North,100,80,20,50,,,,,,
2026-W09,team,South,South,100,80,20,50,,,,,,
2026-W09,agent,ana,North,100,80,20,60,1,,,,,
2026-W09,agent,bo,South,100,80,20,40,2,,,,,
2026-W08,reviewer,Old,,,70,5,,,-3,-5,-1,,
2026-W10,reviewer,Later,,,70,5,,,-3,-5,-1,,
2026-W09,reviewer,Rita,,,72.5,36,,,-10.12,-11.9,-8.3,-9.5,4
2026-W09,reviewer,Sam,,,82,36,,,0.4,-1.2,2,0.5,4
2026-W09,reviewer,Tess,,,85,30,,,2.3,0.6,4,,
2026-W09,reviewer,Uma,,,80,2,,,1.5,,,,
2026-W09,reviewer,Vic,,,80,9,,,-2,-4,0,,
2026-W09,reviewer,Wes,,,80,9,,,1,0,2,,
2026-W09,reviewer,Xan,,,80,1,,,,,,,
2026-W09,reviewer,Yul,,,80,9,,,1,0.5,,,
2026-W09,reviewer,Zed,,,80,9,,,x,,,,
CSV

run 0 emp-report scores.csv
sed -n '/^Graders$/,$p' out >graders.txt
# the table, the report's last lines, as emp-report writes it
sed -n '/^reviewer  QA n/,$p' graders.txt >table.txt
check_file table.txt <<'OUT'
reviewer  QA n  offset (95%)            verdict                calibration (n)
--------  ----  ----------------------  ---------------------  ---------------
Rita        36  -10.12 (-11.9 to -8.3)  harsh                         -9.5 (4)
Sam         36        +0.4 (-1.2 to 2)  no clear difference           +0.5 (4)
Tess        30         +2.3 (0.6 to 4)  lenient                              —
Uma          2                    +1.5  too few agents to say                —
Vic          9            -2 (-4 to 0)  no clear difference                  —
Wes          9             +1 (0 to 2)  no clear difference                  —
Xan          1                       —  too few agents to say                —
OUT
grep -q '^same agents in 2026-W09 (emp-score' graders.txt ||
    fail "the period is not named: $(cat graders.txt)"
grep -q '^7 reviewers: 1 harsh, 1 lenient, 3 with no clear difference, 2 with too few$' graders.txt ||
    fail "the count line: $(cat graders.txt)"
# the verdicts, independently: the reviewer rows of 2026-W09 read and well
# formed (Yul has one end, Zed no number: both rejected), by name
awk -F, '$1 == "2026-W09" && $2 == "reviewer" && $10 != "x" &&
    ($11 == "") == ($12 == "") {
	if ($11 == "") v = "too few agents to say"
	else if ($12 + 0 < 0) v = "harsh"
	else if ($11 + 0 > 0) v = "lenient"
	else v = "no clear difference"
	print $3 " " v
}' scores.csv | sort >want.txt
cp err text.err
run 0 emp-report -q -f markdown scores.csv
sed -n '/^## Graders/,$p' out | awk -F' [|] ' '/^[|] [A-Z]/ && $1 != "| reviewer" {
	sub(/^[|] /, "", $1); print $1 " " $4
}' | sort >got.txt
check_file got.txt want.txt
check_file text.err <<'ERR'
emp-report: scores.csv:17: fields 'qa_offset_lo' and 'qa_offset_hi': both or neither
emp-report: scores.csv:18: field 'qa_offset': invalid number 'x'
ERR

# the report of 2026-W08 uses the reviewers of 2026-W08
run 0 emp-report -q --period 2026-W08 scores.csv
grep -q '^Old  ' out || fail "the 2026-W08 reviewer: $(cat out)"
grep -q '^Rita ' out && fail "a reviewer after the report's period"

run 0 emp-report -q -f markdown --team North scores.csv
sed -n '/^## Graders/,/^## /p' out | grep '^| Rita' >rita.md
check_file rita.md <<'OUT'
| Rita | 36 | -10.12 (-11.9 to -8.3) | harsh | -9.5 (4) |
OUT

grep -v reviewer scores.csv >plain.csv
run 0 emp-report -q plain.csv
grep -q '^Graders' out && fail "a Graders section without reviewer rows"
exit 0
