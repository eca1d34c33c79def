#!/bin/sh
# The sample call center's callers and NPS survey (gen-sample, issue 17):
# emp-score's fcr and nps per agent and for all, on gen-sample's Amazon
# Connect and Qualtrics exports run through emp-ingest, against an
# independent computation from the raw exports (Python: the later copy of
# a redelivered ContactId, no abandoned contacts, a repeat of the same
# CustomerEndpoint.Address in (t, t + 7 days]; Qualtrics' finished
# responses with Q1, promoters 9-10 less detractors 0-6).  And what the
# sample is meant to show: between 15% and 25% of the contacts with a
# caller are repeated, the two stars' pooled fcr 0.05 above the two
# struggling agents' (about 45 contacts each at this size), chats
# without a caller, every Qualtrics group agreeing with its score, and no
# contact more than a day out of time order (emp-score says nothing).
# Minimums of 1, so that every agent has both values.
. "${0%/*}/../lib.sh"

"$EMP_BIN/gen-sample" --only amazon-connect --only qualtrics . >/dev/null
emp-ingest -q amazon-connect.csv qualtrics.csv >events.csv 2>/dev/null
run 0 emp-score -q --by all -g agent,all -m fcr=1 -m nps=1 events.csv
check_err </dev/null
mv out scores.csv
python3 - <<'PY' || fail "scores differ from the independent computation"
import csv, datetime, sys
from collections import defaultdict

def secs(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.timezone.utc).timestamp()

best = {}
for r in csv.DictReader(open("amazon-connect.csv", newline="")):
    k = r["ContactId"]
    last = r["LastUpdateTimestamp"]
    if k not in best or last > best[k]["LastUpdateTimestamp"]:
        best[k] = r
bycust = defaultdict(list)
n = defaultdict(int)
rep = defaultdict(int)
bad = 0
for r in best.values():
    if r["Channel"] == "CHAT" and r["CustomerEndpoint.Address"]:
        bad += 1
    if not r["Agent.Username"] or not r["CustomerEndpoint.Address"]:
        continue
    bycust[r["CustomerEndpoint.Address"]].append(
        (secs(r["InitiationTimestamp"]), r["Agent.Username"]))
# the horizon: a contact less than the window before the last contact
# with a customer is in no fcr (its repeats may come after the data)
horizon = max(t for cs in bycust.values() for t, _ in cs) - 7 * 86400
for cs in bycust.values():
    cs.sort()
    for i, (t, a) in enumerate(cs):
        if t > horizon:
            continue
        again = any(t < u <= t + 7 * 86400 for u, _ in cs)
        for key in (a, "all"):
            n[key] += 1
            rep[key] += again

rows = list(csv.reader(open("qualtrics.csv", newline="")))
hdr = rows[0]
col = {c: i for i, c in enumerate(hdr)}
nn = defaultdict(int)
net = defaultdict(int)
for r in rows[3:]:
    q = r[col["Q1"]]
    if q and r[col["Q1_NPS_GROUP"]] != ("1" if int(q) <= 6 else
                                       "2" if int(q) <= 8 else "3"):
        bad += 1
    if r[col["Finished"]] != "1" or not q:
        continue
    for key in (r[col["agent"]], "all"):
        nn[key] += 1
        net[key] += (int(q) >= 9) - (int(q) <= 6)

got = {r["key"]: r for r in csv.DictReader(open("scores.csv", newline=""))}
for key in n:
    g = got[key]
    if int(g["fcr_n"]) != n[key] or \
       abs(float(g["fcr"]) - (1 - rep[key] / n[key])) > 0.00005 + 1e-9:
        print(key, "fcr", g["fcr"], g["fcr_n"], 1 - rep[key] / n[key], n[key])
        bad += 1
for key in nn:
    g = got[key]
    if int(g["nps_n"]) != nn[key] or \
       abs(float(g["nps"]) - 100 * net[key] / nn[key]) > 0.05 + 1e-9:
        print(key, "nps", g["nps"], g["nps_n"], 100 * net[key] / nn[key],
              nn[key])
        bad += 1
share = rep["all"] / n["all"]
if not 0.15 <= share <= 0.25:
    print("repeat share", share)
    bad += 1
def pooled(who):
    return 1 - sum(rep[a] for a in who) / sum(n[a] for a in who)
stars = pooled(("chloe.dubois", "samir.khan"))
weak = pooled(("liam.obrien", "lena.schmidt"))
if not stars > weak + 0.05:
    print("stars", stars, "struggling", weak)
    bad += 1
if nn["all"] < 250:
    print("only", nn["all"], "NPS answers")
    bad += 1
sys.exit(bad > 0)
PY
