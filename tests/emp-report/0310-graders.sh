#!/bin/sh
# emp-report: the Graders section from the scores' reviewer rows
# (emp-score -g reviewer): of the latest period that has them up to the
# report's, a line per reviewer by name with the offset and its interval;
# "harsh" or "lenient" only when the interval lies wholly below or above
# 0 (an end at 0 is no clear difference) and Holm's method over the
# period's p-values rejects 0 at 5% (Quin's interval lies above 0, but
# its p 0.03 is the third smallest of six: 0.03 * 4 > 0.05), "too few
# agents to say" without an interval; the verdicts recomputed
# independently (Python, Holm by hand) from the rows; the same section
# with --team and in Markdown; bad reviewer rows reported with their
# line; scores without qa_offset_p (an older emp-score): neither
# intervals nor verdicts; no reviewer rows, no section.
. "${0%/*}/../lib.sh"

cat >scores.csv <<'CSV'
period,group,key,team,contacts,qa,qa_n,index,rank,qa_offset,qa_offset_lo,qa_offset_hi,qa_offset_p,qa_round,qa_round_n
2026-W08,all,all,,200,80,40,50,,,,,,,
2026-W09,all,all,,200,80,40,50,,,,,,,
2026-W09,team,North,North,100,80,20,50,,,,,,,
2026-W09,team,South,South,100,80,20,50,,,,,,,
2026-W09,agent,ana,North,100,80,20,60,1,,,,,,
2026-W09,agent,bo,South,100,80,20,40,2,,,,,,
2026-W08,reviewer,Old,,,70,5,,,-3,-5,-1,0.004,,
2026-W10,reviewer,Later,,,70,5,,,-3,-5,-1,0.004,,
2026-W09,reviewer,Quin,,,84,30,,,1.8,0.2,3.4,0.03,,
2026-W09,reviewer,Rita,,,72.5,36,,,-10.12,-11.9,-8.3,0.002,-9.5,4
2026-W09,reviewer,Sam,,,82,36,,,0.4,-1.2,2,0.6,0.5,4
2026-W09,reviewer,Tess,,,85,30,,,2.3,0.6,4,0.004,,
2026-W09,reviewer,Uma,,,80,2,,,1.5,,,,,
2026-W09,reviewer,Vic,,,80,9,,,-2,-4,0,0.05,,
2026-W09,reviewer,Wes,,,80,9,,,1,0,2,0.048,,
2026-W09,reviewer,Xan,,,80,1,,,,,,,,
2026-W09,reviewer,Yul,,,80,9,,,1,0.5,,,,
2026-W09,reviewer,Zed,,,80,9,,,x,,,,,
2026-W09,reviewer,Abe,,,80,9,,,1,0.5,1.5,,,
2026-W09,reviewer,Bea,,,80,9,,,1,0.5,1.5,1.2,,
CSV

run 0 emp-report scores.csv
sed -n '/^Graders$/,$p' out >graders.txt
# the table, the report's last lines, as emp-report writes it
sed -n '/^reviewer  QA n/,$p' graders.txt >table.txt
check_file table.txt <<'OUT'
reviewer  QA n  offset (95%)           verdict                calibration (n)
--------  ----  ---------------------  ---------------------  ---------------
Quin        30      +1.8 (0.2 to 3.4)  no clear difference                  —
Rita        36  -10.1 (-11.9 to -8.3)  harsh                         -9.5 (4)
Sam         36     +0.4 (-1.2 to 2.0)  no clear difference           +0.5 (4)
Tess        30      +2.3 (0.6 to 4.0)  lenient                              —
Uma          2                   +1.5  too few agents to say                —
Vic          9     -2.0 (-4.0 to 0.0)  no clear difference                  —
Wes          9      +1.0 (0.0 to 2.0)  no clear difference                  —
Xan          1                      —  too few agents to say                —
OUT
grep -q '^same agents in 2026-W09 (emp-score' graders.txt ||
    fail "the period is not named: $(cat graders.txt)"
grep -q '^8 reviewers: 1 harsh, 1 lenient, 4 with no clear difference, 2 with too few$' graders.txt ||
    fail "the count line: $(cat graders.txt)"
grep -q '^Verdicts are corrected for the number of reviewers compared (Holm' \
    graders.txt || fail "no Holm line: $(cat graders.txt)"
# the verdicts, independently: the reviewer rows of 2026-W09 read and well
# formed (Yul has one end, Zed no number, Abe an interval without a
# p-value, Bea a p-value above 1: all rejected), Holm's step-down over
# the six p-values, by name
python3 - >want.txt <<'PY'
import csv
rows = [r for r in csv.DictReader(open("scores.csv"))
        if r["period"] == "2026-W09" and r["group"] == "reviewer" and
        r["qa_offset"] != "x" and
        (r["qa_offset_lo"] == "") == (r["qa_offset_hi"] == "") and
        (r["qa_offset_lo"] == "") == (r["qa_offset_p"] == "") and
        (r["qa_offset_p"] == "" or float(r["qa_offset_p"]) <= 1)]
ps = sorted((float(r["qa_offset_p"]), r["key"]) for r in rows
            if r["qa_offset_p"] != "")
held = set()
for j, (p, k) in enumerate(ps):
    if p * (len(ps) - j) >= 0.05:
        break
    held.add(k)
for r in sorted(rows, key=lambda r: r["key"]):
    if r["qa_offset_lo"] == "":
        v = "too few agents to say"
    elif r["key"] in held and float(r["qa_offset_hi"]) < 0:
        v = "harsh"
    elif r["key"] in held and float(r["qa_offset_lo"]) > 0:
        v = "lenient"
    else:
        v = "no clear difference"
    print(r["key"], v)
PY
cp err text.err
run 0 emp-report -q -f markdown scores.csv
sed -n '/^## Graders/,$p' out | awk -F' [|] ' '/^[|] [A-Z]/ && $1 != "| reviewer" {
	sub(/^[|] /, "", $1); print $1 " " $4
}' | sort >got.txt
check_file got.txt want.txt
check_file text.err <<'ERR'
emp-report: scores.csv:18: fields 'qa_offset_lo' and 'qa_offset_hi': both or neither
emp-report: scores.csv:19: field 'qa_offset': invalid number 'x'
emp-report: scores.csv:20: field 'qa_offset_p': with the interval, and only with it
emp-report: scores.csv:21: field 'qa_offset_p': not a p-value: '1.2'
ERR

# the report of 2026-W08 uses the reviewers of 2026-W08
run 0 emp-report -q --period 2026-W08 scores.csv
grep -q '^Old  ' out || fail "the 2026-W08 reviewer: $(cat out)"
grep -q '^Rita ' out && fail "a reviewer after the report's period"

run 0 emp-report -q -f markdown --team North scores.csv
sed -n '/^## Graders/,/^## /p' out | grep '^| Rita' >rita.md
check_file rita.md <<'OUT'
| Rita | 36 | -10.1 (-11.9 to -8.3) | harsh | -9.5 (4) |
OUT

# an older emp-score's scores (no qa_offset_p): its intervals were too
# narrow, so neither they nor a verdict is shown
python3 - <<'PY'
import csv
rows = list(csv.DictReader(open("scores.csv")))
with open("old.csv", "w", newline="") as f:
    cols = [c for c in rows[0] if c != "qa_offset_p"]
    w = csv.DictWriter(f, cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(r for r in rows if r["key"] not in ("Abe", "Bea"))
PY
run 0 emp-report -q old.csv
sed -n '/^reviewer  QA n/,$p' out >table.txt
check_file table.txt <<'OUT'
reviewer  QA n  offset (95%)  verdict                      calibration (n)
--------  ----  ------------  ---------------------------  ---------------
Quin        30          +1.8  no p-value: rerun emp-score                —
Rita        36         -10.1  no p-value: rerun emp-score         -9.5 (4)
Sam         36          +0.4  no p-value: rerun emp-score         +0.5 (4)
Tess        30          +2.3  no p-value: rerun emp-score                —
Uma          2          +1.5  too few agents to say                      —
Vic          9          -2.0  no p-value: rerun emp-score                —
Wes          9          +1.0  no p-value: rerun emp-score                —
Xan          1             —  too few agents to say                      —
OUT
grep -q '^8 reviewers, no verdicts\.$' out || fail "old: $(cat out)"
grep -q '^These scores have no p-values' out || fail "old: $(cat out)"

grep -v reviewer scores.csv >plain.csv
run 0 emp-report -q plain.csv
grep -q '^Graders' out && fail "a Graders section without reviewer rows"
exit 0
