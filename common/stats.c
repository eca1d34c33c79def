/*
 * stats.c: Wilson intervals and exact formatting (see stats.h; the
 * rounding rule is schema.h's).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "stats.h"

int
stats_micro(const struct decimal *d, int64_t *out)
{
	i128 v = d->m;
	int s;

	if (d->scale <= 6) {
		for (s = d->scale; s < 6; s++)
			v *= 10;
	} else {
		i128 div = 1;

		for (s = 6; s < d->scale; s++)
			div *= 10;
		v = (v >= 0 ? v + div / 2 : v - div / 2) / div;
	}
	if (v > INT64_MAX / 4 || v < -(INT64_MAX / 4))
		return PARSE_RANGE;
	*out = (int64_t)v;
	return PARSE_OK;
}

void
stats_wilson(uint64_t k, uint64_t n, double *lo, double *hi)
{
	const double z = 1.959963984540054;
	double p = (double)k / (double)n, nn = (double)n, den, mid, half;

	den = 1 + z * z / nn;
	mid = (p + z * z / (2 * nn)) / den;
	half = z * sqrt(p * (1 - p) / nn + z * z / (4 * nn * nn)) / den;
	*lo = mid - half < 0 ? 0 : mid - half;
	*hi = mid + half > 1 ? 1 : mid + half;
}

size_t
stats_fmt_ratio(char *buf, i128 num, i128 den, int dec)
{
	i128 scale = 1, q, ip, fp;
	char digits[48];
	size_t n = 0;
	int i, neg = 0;

	for (i = 0; i < dec; i++)
		scale *= 10;
	if ((num < 0) != (den < 0))
		neg = 1;
	if (num < 0)
		num = -num;
	if (den < 0)
		den = -den;
	q = (num * scale * 2 + den) / (den * 2);	/* half away from 0 */
	ip = q / scale;
	fp = q % scale;
	if (neg && q != 0)
		buf[n++] = '-';
	i = 0;
	do {
		digits[i++] = (char)('0' + (int)(ip % 10));
		ip /= 10;
	} while (ip > 0);
	while (i > 0)
		buf[n++] = digits[--i];
	if (dec > 0) {
		buf[n++] = '.';
		for (i = dec - 1; i >= 0; i--) {
			digits[i] = (char)('0' + (int)(fp % 10));
			fp /= 10;
		}
		memcpy(buf + n, digits, (size_t)dec);
		n += (size_t)dec;
	}
	buf[n] = '\0';
	return num_trim(buf, n);
}

/*
 * The regularized incomplete beta I_x(a, b) by its continued fraction
 * (modified Lentz), on the side where it converges fast.
 */
static double
beta_inc(double a, double b, double x)
{
	double bt, c, d, h, aa, del, m2;
	int m, flip = 0;

	if (x <= 0)
		return 0;
	if (x >= 1)
		return 1;
	if (x > (a + 1) / (a + b + 2)) {
		double t = a;

		a = b;
		b = t;
		x = 1 - x;
		flip = 1;
	}
	bt = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) +
	    b * log1p(-x));
	c = 1;
	d = 1 - (a + b) * x / (a + 1);
	if (fabs(d) < 1e-300)
		d = 1e-300;
	d = 1 / d;
	h = d;
	for (m = 1; m <= 300; m++) {
		m2 = 2 * m;
		aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
		d = 1 + aa * d;
		if (fabs(d) < 1e-300)
			d = 1e-300;
		c = 1 + aa / c;
		if (fabs(c) < 1e-300)
			c = 1e-300;
		d = 1 / d;
		h *= d * c;
		aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
		d = 1 + aa * d;
		if (fabs(d) < 1e-300)
			d = 1e-300;
		c = 1 + aa / c;
		if (fabs(c) < 1e-300)
			c = 1e-300;
		d = 1 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1) < 1e-15)
			break;
	}
	h = bt * h / a;
	return flip ? 1 - h : h;
}

double
stats_t975(double df)
{
	const double z = 1.959963984540054;
	double z2 = z * z, t, step, tail, dens, lc;
	int i;

	if (!(df >= 1))
		df = 1;
	if (df > 1e7)
		return z;
	/* Cornish-Fisher: below the quantile for small df, close above */
	t = z + z * (z2 + 1) / (4 * df) +
	    z * ((5 * z2 + 16) * z2 + 3) / (96 * df * df) +
	    z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / (384 * df * df * df) +
	    z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) /
	    (92160 * df * df * df * df);
	lc = lgamma((df + 1) / 2) - lgamma(df / 2) -
	    0.5 * log(df * 3.14159265358979323846);
	for (i = 0; i < 100; i++) {
		/* the upper tail P(T > t) and the density at t */
		tail = 0.5 * beta_inc(df / 2, 0.5, df / (df + t * t));
		dens = exp(lc - (df + 1) / 2 * log1p(t * t / df));
		step = (tail - 0.025) / dens;
		t += step;
		if (t < z)
			t = z;
		if (fabs(step) < 1e-12 * t)
			break;
	}
	return t;
}

static int
cmp_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return (a > b) - (a < b);
}

double
stats_median(double *v, size_t n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
