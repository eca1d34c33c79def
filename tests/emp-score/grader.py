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


def close(got, want, what, tol=0.5e-3 + 1e-9):
    if got == "" or abs(float(got) - want) > tol:
        raise SystemExit("%s: written %r, independently %.6f" %
                         (what, got, want))
