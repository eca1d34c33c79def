# An independent reading of emp-score's fcr for the tests 0410-0429: the
# definition applied the plain way, contact by contact (no clusters, no
# eviction): a contact with a customer is resolved when no other counted
# contact of that customer has its ts in (t, t + window]; a contact more
# than a day earlier than the latest counted one before it in the stream
# is late and not counted; contacts without a customer are not counted.
# Periods in UTC only.
import csv
import datetime
import random
import subprocess
import sys
from fractions import Fraction

DAY = 86400000


def ms_of(ts):
    """ISO 8601 UTC ("2026-03-02T09:00:00Z", ".250Z") to ms."""
    d = datetime.datetime.strptime(ts.rstrip("Z").split(".")[0],
                                   "%Y-%m-%dT%H:%M:%S")
    d = d.replace(tzinfo=datetime.timezone.utc)
    frac = ts.rstrip("Z").split(".")[1] if "." in ts else ""
    return int(d.timestamp()) * 1000 + int((frac + "000")[:3])


def iso(ms):
    d = datetime.datetime.fromtimestamp(ms // 1000, datetime.timezone.utc)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    return s + (".%03dZ" % (ms % 1000) if ms % 1000 else "Z")


def period(ms, by):
    d = datetime.datetime.fromtimestamp(ms // 1000, datetime.timezone.utc)
    if by == "day":
        return d.strftime("%Y-%m-%d")
    if by == "week":
        y, w, _ = d.isocalendar()
        return "%04d-W%02d" % (y, w)
    if by == "month":
        return d.strftime("%Y-%m")
    return "all"


def judge(path, window_days):
    """[(contact row dict, ms, resolved)] of the counted contacts, and
    (no customer, late) counts."""
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["kind"] == "contact"]
    w = window_days * DAY
    counted, none, late, top = [], 0, 0, None
    for r in rows:
        t = ms_of(r["ts"])
        if not r.get("customer"):
            none += 1
            continue
        if top is not None and t < top - DAY:
            late += 1
            continue
        top = t if top is None else max(top, t)
        counted.append((r, t))
    out = []
    # the horizon: a contact less than a window before the last one is
    # in no fcr (its repeats may come after the data end)
    h = top - w if top is not None else None
    for r, t in counted:
        if t > h:
            continue
        rep = any(o["customer"] == r["customer"] and t < u <= t + w
                  for o, u in counted)
        out.append((r, t, not rep))
    return out, none, late


def beyond(path, window_days, since=None, until=None):
    """The contacts scored (in [since, until)) with a customer, not late,
    after the horizon: the summary's count."""
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["kind"] == "contact"]
    w = window_days * DAY
    counted, top = [], None
    for r in rows:
        t = ms_of(r["ts"])
        if not r.get("customer"):
            continue
        if top is not None and t < top - DAY:
            continue
        top = t if top is None else max(top, t)
        counted.append(t)
    return sum(1 for t in counted if t > top - w and
               (since is None or t >= since) and
               (until is None or t < until))


def expected(path, window_days, by="all", groups=("agent", "team", "all"),
             since=None, until=None):
    """{(period, group, key): [resolved, n]}; with since/until (ms) only
    the contacts in [since, until) are counted, every contact is still a
    repeat."""
    got, _, _ = judge(path, window_days)
    e = {}
    for r, t, res in got:
        if (since is not None and t < since) or \
           (until is not None and t >= until):
            continue
        p = period(t, by)
        keys = []
        if "agent" in groups:
            keys.append(("agent", r["agent"]))
        if "team" in groups and r.get("team"):
            keys.append(("team", r["team"]))
        if "all" in groups:
            keys.append(("all", "all"))
        for g, k in keys:
            c = e.setdefault((p, g, k), [0, 0])
            c[0] += res
            c[1] += 1
    return e


def fmt4(y, n):
    """y/n rounded to 4 decimals, half away from zero, trimmed."""
    q = Fraction(y, n) * 10000
    v = int(q) + (1 if q - int(q) >= Fraction(1, 2) else 0)
    s = "%d.%04d" % (v // 10000, v % 10000)
    s = s.rstrip("0").rstrip(".")
    return s


def check(scores, exp):
    """The fcr and fcr_n of every row of scores (written with -m fcr=1)
    against exp; exits 1 naming the first difference."""
    with open(scores, newline="") as f:
        rows = list(csv.DictReader(f))
    seen = set()
    for r in rows:
        k = (r["period"], r["group"], r["key"])
        y, n = exp.get(k, [0, 0])
        want = (fmt4(y, n) if n else "", str(n))
        if (r["fcr"], r["fcr_n"]) != want:
            sys.exit("row %s: fcr %s n %s, expected %s n %s" %
                     (k, r["fcr"], r["fcr_n"], want[0], want[1]))
        seen.add(k)
    for k, (y, n) in exp.items():
        if k not in seen:
            sys.exit("row %s missing (expected fcr n %d)" % (k, n))


def score_check(label, events, window, by, args=(), **kw):
    """Runs emp-score -b by -m fcr=1 --repeat-window window [args] on
    events (scores in ./out) and checks its fcr against expected(events,
    window, by, **kw): the finished run, and whether they agree (when not,
    the difference is said after label).  Exits when emp-score fails."""
    p = subprocess.run(["emp-score", *args, "-b", by, "-m", "fcr=1",
                        "--repeat-window", str(window), "-o", "out",
                        events], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("exit %d: %s" % (p.returncode, p.stderr))
    try:
        check("out", expected(events, window, by, **kw))
    except SystemExit as e:
        print("%s: %s" % (label, e))
        return p, False
    return p, True


def gen(path, seed, n, customers=8, days=10, disorder=0, late=0,
        nocust=0.1, exact=0):
    """n contacts in time order over days, seeded, every ninth at the
    same ms as the one before; with exact, every eleventh repeated by its
    customer exactly exact days later (one more row each); disorder of
    them moved up to 23 hours earlier, late of them moved 2-3 days
    earlier; a share nocust without a customer.  Agents a1-a4 in teams
    T1 (a1, a2) and T2 (a3, a4, a4 with no team on some rows)."""
    rnd = random.Random(seed)
    base = ms_of("2026-03-02T00:00:00Z")
    ts = sorted(base + rnd.randrange(days * DAY // 1000) * 1000 +
                (rnd.choice((0, 0, 0, 250)) if i % 3 else 0)
                for i in range(n))
    # repeats at exactly the window and at the same ms
    for i in range(1, n, 9):
        ts[i] = ts[i - 1]
    rows = []
    for t in ts:
        a = rnd.choice(("a1", "a2", "a3", "a4"))
        team = {"a1": "T1", "a2": "T1", "a3": "T2"}.get(a, rnd.choice(("T2", "")))
        c = "" if rnd.random() < nocust else "c%d" % rnd.randrange(customers)
        rows.append([t, a, team, c])
    if exact:
        for i in range(0, n, 11):
            if rows[i][3]:
                rows.append([rows[i][0] + exact * DAY, "a1", "T1",
                             rows[i][3]])
        rows.sort(key=lambda r: r[0])
        n = len(rows)
    for _ in range(disorder):
        i = rnd.randrange(1, n)
        rows[i][0] = max(rows[i - 1][0] - rnd.randrange(23 * 3600) * 1000,
                         base)
    for _ in range(late):
        i = rnd.randrange(n // 2, n)
        rows[i][0] -= (2 + rnd.random()) * DAY // 1000 * 1000
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "ts", "agent", "team", "customer", "resolved"])
        for t, a, team, c in rows:
            w.writerow(["contact", iso(int(t)), a, team, c, rnd.choice("01")])
