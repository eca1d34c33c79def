# An independent difference in differences for the emp-tier --impact
# tests (0040-0049): agent means pooled over a window, Welch's interval
# (or the prediction interval of one changed agent), and Student's t by
# bisection on the numerically integrated density (not emp's method).
import math


def t_cdf_upper(t, df):
    # P(T > t) for t >= 0: 0.5 - the integral of the density over 0..t
    # (Simpson, substituting u = atan(t) to tame the tail)
    c = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / \
        math.sqrt(df * math.pi)
    n = 400
    a, b = 0.0, math.atan(t)
    h = (b - a) / n
    s = 0.0
    for i in range(n + 1):
        u = a + i * h
        x = math.tan(u)
        f = c * (1 + x * x / df) ** (-(df + 1) / 2) / math.cos(u) ** 2
        s += f * (1 if i in (0, n) else 4 if i % 2 else 2)
    return 0.5 - s * h / 3


def t975(df):
    lo, hi = 1.9, 20.0
    for _ in range(40):
        mid = (lo + hi) / 2
        if t_cdf_upper(mid, df) > 0.025:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def mean(v):
    return sum(v) / len(v)


def var(v):
    m = mean(v)
    return sum((x - m) ** 2 for x in v) / (len(v) - 1)


def did(treated, controls):
    """treated, controls: lists of (before, after); returns effect, lo,
    hi, df."""
    dt = [a - b for b, a in treated]
    dc = [a - b for b, a in controls]
    nt, nc = len(dt), len(dc)
    eff = mean(dt) - mean(dc)
    if nt == 1:
        v = var(dc) * (1 + 1 / nc)
        df = nc - 1
    else:
        a, b = var(dt) / nt, var(dc) / nc
        v = a + b
        df = v * v / (a * a / (nt - 1) + b * b / (nc - 1))
    h = t975(df) * math.sqrt(v)
    return eff, eff - h, eff + h, df


def close(got, want, what, tol=0.5e-4 + 1e-9):
    if got == "" or abs(float(got) - want) > tol:
        raise SystemExit("%s: written %r, independently %.6f" %
                         (what, got, want))
