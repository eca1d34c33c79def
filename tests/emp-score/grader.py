# An independent reading of emp-score -g reviewer for the tests 0310-0319:
# QA evaluations made by a seeded LCG, and the graders' offsets and
# calibration rounds computed from them the plain way (statistics.median,
# Student's t from tests/emp-tier/did.py, not emp's method).
import csv
import math
import statistics

from did import t975

state = [7]


def u():
    state[0] = (1664525 * state[0] + 1013904223) % 4294967296
    return state[0] / 4294967296.0


AGENTS = ["a%02d" % i for i in range(1, 13)]
# true quality: a01 weakest ... a12 strongest
TRUE = {a: 55 + 3 * i for i, a in enumerate(AGENTS)}


def make(path, graders, harsh="r3", per=3):
    """graders: reviewer -> the agents they grade; per evaluations of
    each agent by each; the harsh reviewer 10 points lower.  Returns the
    evaluations as (reviewer, agent, contact, score)."""
    evs = []
    n = 0
    for r in sorted(graders):
        for a in graders[r]:
            for _ in range(per):
                n += 1
                s = TRUE[a] + round(8 * (u() - 0.5)) - \
                    (10 if r == harsh else 0)
                evs.append((r, a, "c%04d" % n, s))
    with open(path, "w") as f:
        f.write("kind,ts,agent,team,contact,qa,reviewer\n")
        for i, (r, a, c, s) in enumerate(evs):
            f.write("qa,2026-03-02T%02d:%02d:00Z,%s,T,%s,%d,%s\n" %
                    (9 + i // 60, i % 60, a, c, s, r))
    return evs


def solve(a, b):
    """a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[r][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def offsets(evs):
    """reviewer -> (offset, lo, hi, agents); lo, hi None below 3.  The
    model: a cell's mean = the agent's level + the reviewer's offset,
    by weighted least squares over the agents graded by two or more
    reviewers (normal equations solved directly), offsets measured from
    the median reviewer's."""
    cells = {}
    for r, a, c, s in evs:
        cells.setdefault(a, {}).setdefault(r, []).append(s)
    cells = {a: byr for a, byr in cells.items() if len(byr) >= 2}
    A = sorted(cells)
    R = sorted({r for byr in cells.values() for r in byr})
    ncol = len(A) + len(R) - 1
    xtx = [[0.0] * ncol for _ in range(ncol)]
    xty = [0.0] * ncol
    for i, a in enumerate(A):
        for r, v in cells[a].items():
            w, m = len(v), statistics.mean(v)
            cols = [i] + ([len(A) + R.index(r) - 1] if R.index(r) else [])
            for c1 in cols:
                xty[c1] += w * m
                for c2 in cols:
                    xtx[c1][c2] += w
    beta = solve(xtx, xty)
    level = {a: beta[i] for i, a in enumerate(A)}
    eff = {r: (beta[len(A) + j - 1] if j else 0.0) for j, r in enumerate(R)}
    med = statistics.median(eff.values())
    diffs = {}
    for a in A:
        for r, v in cells[a].items():
            diffs.setdefault(r, []).append((statistics.mean(v) - level[a] -
                                            med, len(v)))
    out = {}
    for r, dw in diffs.items():
        W = sum(w for d, w in dw)
        off = sum(d * w for d, w in dw) / W
        k = len(dw)
        if k < 3:
            out[r] = (off, None, None, k)
            continue
        if len(set(w for d, w in dw)) == 1:
            se = statistics.stdev(d for d, w in dw) / math.sqrt(k)
        else:
            se = math.sqrt(k / (k - 1) * sum((w / W) ** 2 * (d - off) ** 2
                                             for d, w in dw))
        h = t975(k - 1) * se
        out[r] = (off, off - h, off + h, k)
    return out


def adjusted(evs, off):
    """agent -> mean of (score - the reviewer's offset), and all's."""
    by = {}
    for r, a, c, s in evs:
        adj = s - (off[r][0] if r in off else 0)
        by.setdefault(a, []).append(adj)
        by.setdefault("all", []).append(adj)
    return {a: statistics.mean(v) for a, v in by.items()}


def rows(path):
    with open(path) as f:
        return list(csv.DictReader(f))


def reviewers(path):
    """The reviewer rows of a scores file, by reviewer."""
    return {r["key"]: r for r in rows(path) if r["group"] == "reviewer"}


def write(path, evs):
    """The evaluations evs, (reviewer, agent, contact, score), as QA
    events of team T on 2026-03-02 (week 2026-W10), a minute apart."""
    with open(path, "w") as f:
        f.write("kind,ts,agent,team,contact,qa,reviewer\n")
        for i, (r, a, c, s) in enumerate(evs):
            f.write("qa,2026-03-02T%02d:%02d:00Z,%s,T,%s,%d,%s\n" %
                    (9 + i // 60 % 12, i % 60, a, c, s, r))


def close(got, want, what, tol=0.5e-3 + 1e-9):
    if got == "" or abs(float(got) - want) > tol:
        raise SystemExit("%s: written %r, independently %.6f" %
                         (what, got, want))


# The bootstrap over agents (emp-scores(5), qa_offset_lo/hi/p), the plain
# way: each replicate's model solved directly (the reviewers' normal
# equations, the agents' levels eliminated), not by emp's iteration.
MASK = 2 ** 64 - 1
B = 999
Z975 = 1.959963984540054


class SplitMix:
    """splitmix64, and unbiased draws below n by rejection."""

    def __init__(self, seed):
        self.s = seed & MASK

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & MASK
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        t = (2 ** 64 - n) % n
        while True:
            x = self.next()
            if x >= t:
                return x % n


def fnv1a(s):
    h = 0xcbf29ce484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001b3) & MASK
    return h


def cells_of(evs):
    """agent -> reviewer -> (mean, evaluations), the agents graded by two
    or more reviewers."""
    by = {}
    for r, a, c, s in evs:
        by.setdefault(a, {}).setdefault(r, []).append(s)
    return {a: {r: (statistics.mean(v), len(v)) for r, v in byr.items()}
            for a, byr in by.items() if len(byr) >= 2}


def fit(cells, mult):
    """reviewer -> (offset from the median reviewer of its linked set,
    the set's size), the agents weighted by mult (agent -> count; absent:
    left out)."""
    A = [a for a in sorted(cells) if mult.get(a, 0) > 0]
    parent = {}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x
    for a in A:
        rs = sorted(cells[a])
        for r in rs:
            parent.setdefault(r, r)
        for r in rs[1:]:
            x, y = find(rs[0]), find(r)
            if x != y:
                parent[max(x, y)] = min(x, y)
    sets = {}
    for r in sorted(parent):
        sets.setdefault(find(r), []).append(r)
    out = {}
    for rs in sets.values():
        ix = {r: i for i, r in enumerate(rs)}
        n = len(rs)
        m = [[0.0] * n for _ in range(n)]
        v = [0.0] * n
        for a in A:
            if find(next(iter(cells[a]))) != find(rs[0]):
                continue
            ws = {ix[r]: w * mult[a] for r, (mu, w) in cells[a].items()}
            mus = {ix[r]: mu for r, (mu, w) in cells[a].items()}
            W = sum(ws.values())
            lvl = sum(ws[i] * mus[i] for i in ws) / W
            for i in ws:
                m[i][i] += ws[i]
                v[i] += ws[i] * (mus[i] - lvl)
                for j in ws:
                    m[i][j] -= ws[i] * ws[j] / W
        e = [0.0] + solve([row[1:] for row in m[1:]], v[1:])
        med = statistics.median(e)
        for r, i in ix.items():
            out[r] = (e[i] - med, n)
    return out


def boot(evs, period, b=None):
    """reviewer -> (offset, lo, hi, p, agents), lo, hi, p None below 3
    agents: the percentile interval of b replicates (agents drawn with
    replacement, splitmix64 seeded by FNV-1a of the period), each
    replicate in which its linked set stays whole (no interval when that
    is under half of them) widened about the estimate by sqrt(k/(k-1))
    t975(k-1)/z975, k the reviewer's agents; p two-sided, ties with 0 on
    the far side."""
    b = B if b is None else b
    cells = cells_of(evs)
    A = sorted(cells)
    k = {}
    for a in A:
        for r in cells[a]:
            k[r] = k.get(r, 0) + 1
    full = fit(cells, {a: 1 for a in A})
    off = {r: o for r, (o, n) in full.items()}
    rng = SplitMix(fnv1a(period))
    reps = {r: [] for r in off}
    for _ in range(b):
        mult = {}
        for _ in A:
            a = A[rng.below(len(A))]
            mult[a] = mult.get(a, 0) + 1
        for r, (x, n) in fit(cells, mult).items():
            if n == full[r][1]:
                reps[r].append(x)
    out = {}
    for r, o in off.items():
        if k[r] < 3 or 2 * len(reps[r]) < b:
            out[r] = (o, None, None, None, k[r])
            continue
        f = math.sqrt(k[r] / (k[r] - 1)) * t975(k[r] - 1) / Z975
        x = sorted(o + f * (y - o) for y in reps[r])
        n = len(x)
        lo = x[max(1, (n + 1) * 25 // 1000) - 1]
        hi = x[min(n, -(-(n + 1) * 975 // 1000)) - 1]
        far = sum(1 for y in x if (y <= 0 if o >= 0 else y >= 0))
        out[r] = (o, lo, hi, min(1.0, 2 * (1 + far) / (n + 1)), k[r])
    return out


def holm(ps, alpha=0.05):
    """the indices of ps rejected by Holm's step-down at alpha."""
    order = sorted(range(len(ps)), key=lambda i: ps[i])
    rej = set()
    for j, i in enumerate(order):
        if ps[i] * (len(ps) - j) >= alpha:
            break
        rej.add(i)
    return rej


def check(rev, out):
    """the reviewer rows rev (key -> row) against boot()'s out."""
    for r, (o, lo, hi, p, k) in out.items():
        close(rev[r]["qa_offset"], o, r + " qa_offset")
        if lo is None:
            assert rev[r]["qa_offset_lo"] == rev[r]["qa_offset_hi"] == \
                rev[r]["qa_offset_p"] == "", rev[r]
            continue
        close(rev[r]["qa_offset_lo"], lo, r + " qa_offset_lo")
        close(rev[r]["qa_offset_hi"], hi, r + " qa_offset_hi")
        close(rev[r]["qa_offset_p"], p, r + " qa_offset_p", 0.5e-4 + 1e-9)
