#!/usr/bin/env python3
# tests/emp-ingest/nps.py: the survey profiles' events computed
# independently of emp-ingest (Python's csv, json, datetime and zoneinfo),
# and columns picked by name from an event stream, for 0320-0339.
#
#   nps.py pick FILE COLS           the columns COLS (a,b,c) of FILE, by name
#   nps.py qualtrics FILE [ZONE]    the events of a Qualtrics export
#   nps.py delighted FILE           the events of a Delighted export
#   nps.py pulse FILE [ZONE]        the ts of a pulse export's rows
#
# The expected events are written as "pick" writes emp-ingest's: the
# columns kind,ts,agent,team,id,contact,customer,nps,comment,src; rows that
# emp-ingest should reject or skip are left out (the tests check those
# with their messages).
import csv
import datetime
import json
import sys
from zoneinfo import ZoneInfo

UTC = datetime.timezone.utc
COLS = "kind,ts,agent,team,id,contact,customer,nps,comment,src".split(",")


def out(rows):
    w = csv.writer(sys.stdout, lineterminator="\n")
    for r in rows:
        w.writerow(r)


def records(path):
    """(line, fields) of every record, line the first line it is on."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        text = f.read()
    # csv.reader counts lines itself: line_num after a record is its
    # last line; the next record starts one after it
    rd = csv.reader(text.splitlines(keepends=True))
    start = 1
    for rec in rd:
        yield start, rec
        start = rd.line_num + 1


def utc(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def pick(path, cols):
    recs = records(path)
    _, hdr = next(recs)
    idx = [hdr.index(c) for c in cols.split(",")]
    rows = [cols.split(",")]
    for _, rec in recs:
        rows.append([rec[i] for i in idx])
    out(rows)


def qualtrics(path, zone=None):
    recs = list(records(path))
    hdr = recs[0][1]
    col = {name: i for i, name in enumerate(hdr)}
    data = recs[1:]
    tzname = None
    # the question texts and the ImportId objects, by their content
    if data and data[0][1][col["ResponseId"]] == "Response ID":
        data = data[1:]
    if data and data[0][1][0].startswith('{"ImportId"'):
        ids = [json.loads(f) for f in data[0][1]]
        tzname = ids[col["RecordedDate"]].get("timeZone")
        data = data[1:]
    tz = ZoneInfo(zone or tzname) if (zone or tzname) else UTC
    q = next(h[:-len("_NPS_GROUP")] for h in hdr
             if h.endswith("_NPS_GROUP") and h[:-len("_NPS_GROUP")] in col)
    rows = [COLS]
    for line, rec in data:
        f = dict(zip(hdr, rec))
        if f["Finished"] not in ("1", "True"):
            continue
        if f[q] == "" or f["agent"] == "":
            continue
        score = int(f[q])
        group = {"1": 1, "2": 2, "3": 3, "Detractor": 1, "Passive": 2,
                 "Promoter": 3}[f[q + "_NPS_GROUP"]]
        if not 0 <= score <= 10:
            continue
        if group != (1 if score <= 6 else 2 if score <= 8 else 3):
            continue
        local = datetime.datetime.strptime(f["RecordedDate"],
                                           "%Y-%m-%d %H:%M:%S")
        ts = utc(local.replace(tzinfo=tz, fold=0))
        rows.append(["survey", ts, f["agent"], f.get("team", ""),
                     f["ResponseId"], f.get("ticket", ""),
                     f.get("RecipientEmail", ""), str(score), "",
                     "%s:%d" % (path, line)])
    out(rows)


def delighted(path):
    recs = list(records(path))
    hdr = recs[0][1]
    agent = next(h for h in hdr if h in ("Agent", "Properties: Agent"))
    team = next((h for h in hdr if h in ("Team", "Properties: Team")), None)
    rows = [COLS]
    for line, rec in recs[1:]:
        f = dict(zip(hdr, rec))
        if f[agent] == "" or f["Score"] == "":
            continue
        if not f["Score"].isdigit():
            continue
        score = int(f["Score"])
        if not 0 <= score <= 10:
            continue
        s = f["Created At"]
        try:
            t = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
        except ValueError:
            t = datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
        rows.append(["survey", utc(t), f[agent], f[team] if team else "",
                     f["Response ID"], "", f["Email"], str(score),
                     f["Comment"],
                     "%s:%d" % (path, line)])
    out(rows)


def pulse(path, zone=None):
    tz = ZoneInfo(zone) if zone else UTC
    recs = list(records(path))
    hdr = recs[0][1]
    rows = [["ts", "src"]]
    for line, rec in recs[1:]:
        w = dict(zip(hdr, rec))["Week"]
        y, k = int(w[:4]), int(w[6:])
        monday = datetime.date.fromisocalendar(y, k, 1)
        local = datetime.datetime(monday.year, monday.month, monday.day,
                                  tzinfo=tz)
        rows.append([utc(local), "%s:%d" % (path, line)])
    out(rows)


if __name__ == "__main__":
    what, args = sys.argv[1], sys.argv[2:]
    {"pick": pick, "qualtrics": qualtrics, "delighted": delighted,
     "pulse": pulse}[what](*args)
