/*
 * stats.c: Wilson intervals and exact formatting (see stats.h; the
 * rounding rule is schema.h's).
 */
#include <math.h>
#include <stdio.h>
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
