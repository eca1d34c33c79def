/*
 * parse.c: numbers, durations, booleans and exact decimals (see parse.h);
 * times, zones and the calendar are in parse_time.c.
 */
#include <string.h>

#include "parse.h"
#include "parse_int.h"

static const int64_t pow10_[DEC_MAXDIGITS + 1] = {
	1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL,
	100000000LL, 1000000000LL, 10000000000LL, 100000000000LL,
	1000000000000LL, 10000000000000LL, 100000000000000LL,
	1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
	1000000000000000000LL
};

void
parse_trim(const char **sp, size_t *np)
{
	const char *s = *sp;
	size_t n = *np;

	while (n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	*sp = s;
	*np = n;
}

int
parse_eq_nocase(const char *s, size_t n, const char *word)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (word[i] == '\0' || lower((unsigned char)s[i]) !=
		    lower((unsigned char)word[i]))
			return 0;
	return word[n] == '\0';
}

int
parse_is_unknown(const char *s, size_t n)
{
	static const char *const words[] = {
		"n/a", "na", "-", "null", "none", "#n/a", NULL
	};
	size_t i;

	if (n > 0 && is_digit(s[0]))
		return 0;		/* the common case: a number */
	parse_trim(&s, &n);
	if (n == 0)
		return 1;
	for (i = 0; words[i] != NULL; i++)
		if (parse_eq_nocase(s, n, words[i]))
			return 1;
	return 0;
}

/* options of dec_parse */
#define DP_COMMA	0x1	/* decimal comma */
#define DP_MONEY	0x2	/* currency signs and '%' allowed */
#define DP_GROUP	0x4	/* thousands separators allowed */

static int
skip_currency(const char *s, size_t n, size_t *i)
{
	if (*i < n && s[*i] == '$') {
		(*i)++;
		return 1;
	}
	if (*i + 1 < n && memcmp(s + *i, "\xC2\xA3", 2) == 0) {	/* £ */
		*i += 2;
		return 1;
	}
	if (*i + 2 < n && memcmp(s + *i, "\xE2\x82\xAC", 3) == 0) {	/* € */
		*i += 3;
		return 1;
	}
	return 0;
}

/* The core: an exact decimal from trimmed, non-empty s. */
static int
dec_parse(const char *s, size_t n, int opts, int *pct, struct decimal *d)
{
	size_t i = 0, gstart;
	int neg = 0, cur = 0, ndig = 0, scale = 0, any = 0, grouped = 0;
	int64_t m = 0;
	char point = (opts & DP_COMMA) ? ',' : '.';
	char group = (opts & DP_COMMA) ? '.' : ',';

	if (pct != NULL)
		*pct = 0;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	if ((opts & DP_MONEY) && skip_currency(s, n, &i)) {
		cur = 1;
		if (i < n && (s[i] == '-' || s[i] == '+') && i == 1)
			neg = s[i++] == '-';
		if (i < n && s[i] == ' ')
			i++;
	}
	gstart = i;
	for (; i < n; i++) {
		if (is_digit(s[i])) {
			if (m == 0 && s[i] == '0') {
				any = 1;
				continue;
			}
			if (++ndig > DEC_MAXDIGITS)
				return PARSE_RANGE;
			m = m * 10 + (s[i] - '0');
			any = 1;
		} else if (s[i] == group && (opts & DP_GROUP) && any) {
			/* the first group has 1-3 digits, every other 3 */
			if (!grouped && (i - gstart < 1 || i - gstart > 3 ||
			    s[gstart] == '0'))
				return PARSE_BAD;
			if (grouped && i - gstart != 3)
				return PARSE_BAD;
			if (i + 1 >= n || !is_digit(s[i + 1]))
				return PARSE_BAD;
			grouped = 1;
			gstart = i + 1;
		} else
			break;
	}
	if (grouped && i - gstart != 3)
		return PARSE_BAD;
	if (i < n && s[i] == point) {
		i++;
		if (i >= n || !is_digit(s[i]))
			return PARSE_BAD;
		for (; i < n && is_digit(s[i]); i++) {
			if (scale == DEC_MAXDIGITS)
				return PARSE_RANGE;
			scale++;
			if (m == 0 && s[i] == '0')
				continue;
			if (++ndig > DEC_MAXDIGITS)
				return PARSE_RANGE;
			m = m * 10 + (s[i] - '0');
		}
		any = 1;
	}
	if (!any)
		return PARSE_BAD;
	if (i < n && (opts & DP_MONEY)) {
		if (s[i] == ' ')
			i++;
		if (i < n && s[i] == '%' && !cur && pct != NULL) {
			*pct = 1;
			i++;
		} else if (!cur && skip_currency(s, n, &i))
			cur = 1;
	}
	if (i != n)
		return PARSE_BAD;
	d->m = neg ? -m : m;
	d->scale = scale;
	return PARSE_OK;
}

int
parse_number(const char *s, size_t n, int *flags, struct decimal *d)
{
	int pct, rv, opts = DP_MONEY | DP_GROUP;

	parse_trim(&s, &n);
	if (parse_is_unknown(s, n))
		return PARSE_EMPTY;
	if (*flags & PN_DECIMAL_COMMA)
		opts |= DP_COMMA;
	rv = dec_parse(s, n, opts, &pct, d);
	if (rv == PARSE_OK && pct)
		*flags |= PN_PERCENT;
	else
		*flags &= ~PN_PERCENT;
	return rv;
}

int
decimal_mul_int(struct decimal *d, int64_t k)
{
	if (k != 0 && (d->m > INT64_MAX / k || d->m < -INT64_MAX / k))
		return PARSE_RANGE;
	if (d->m * k > pow10_[DEC_MAXDIGITS] ||
	    d->m * k < -pow10_[DEC_MAXDIGITS])
		return PARSE_RANGE;
	d->m *= k;
	return PARSE_OK;
}

/* d + whole * 10^scale, keeping d's scale. */
static int
dec_add_units(struct decimal *d, int64_t whole)
{
	int64_t w;

	if (whole > pow10_[DEC_MAXDIGITS] / pow10_[d->scale])
		return PARSE_RANGE;
	w = whole * pow10_[d->scale];
	if (d->m > pow10_[DEC_MAXDIGITS] - w)
		return PARSE_RANGE;
	d->m += w;
	return PARSE_OK;
}

static int
dur_clock(const char *s, size_t n, struct decimal *d)
{
	int64_t part[3];
	size_t i = 0, start;
	int np = 0, rv;

	for (;;) {
		start = i;
		if ((rv = read_uint(s, n, &i, 12, &part[np])) != PARSE_OK)
			return rv;
		if (np > 0 && (i - start != 2 || part[np] > 59))
			return PARSE_BAD;
		np++;
		if (i < n && s[i] == ':' && np < 3) {
			i++;
			continue;
		}
		break;
	}
	if (np < 2)
		return PARSE_BAD;
	d->m = 0;
	d->scale = 0;
	if (i < n) {			/* a fraction of the last part */
		if (s[i] != '.' ||
		    (rv = dec_parse(s + i, n - i, 0, NULL, d)) != PARSE_OK)
			return rv == PARSE_RANGE ? rv : PARSE_BAD;
	}
	if (np == 3)
		return dec_add_units(d, part[0] * 3600 + part[1] * 60 +
		    part[2]);
	return dec_add_units(d, part[0] * 60 + part[1]);
}

/* 1h2m3s, 2m, 45s, 250ms, 1.5h: units in this order, each once. */
static int
dur_units(const char *s, size_t n, struct decimal *d)
{
	static const char *const units[] = { "h", "m", "s", "ms" };
	static const int64_t mult[] = { 3600000, 60000, 1000, 1 };
	struct decimal part, sum = { 0, 3 };
	size_t i = 0, j;
	int u, last = -1, rv;

	while (i < n) {
		j = i;
		while (j < n && (is_digit(s[j]) || s[j] == '.'))
			j++;
		if (j == i || j == n)
			return PARSE_BAD;
		if ((rv = dec_parse(s + i, j - i, 0, NULL, &part)) != PARSE_OK)
			return rv;
		i = j;
		while (j < n && s[j] >= 'a' && s[j] <= 'z')
			j++;
		for (u = 0; u < 4; u++)
			if (strlen(units[u]) == j - i &&
			    memcmp(s + i, units[u], j - i) == 0)
				break;
		if (u == 4 || u <= last)
			return PARSE_BAD;
		last = u;
		i = j;
		/* in milliseconds, then down to part's scale + 3 */
		if (part.scale > 3 + 0 && u == 3)
			return PARSE_BAD;
		if (decimal_mul_int(&part, mult[u]) != PARSE_OK)
			return PARSE_RANGE;
		/* part is now ms * 10^-scale: bring to scale 3 in seconds */
		while (part.scale > 0 && part.m % 10 == 0) {
			part.m /= 10;
			part.scale--;
		}
		if (part.scale > 0)
			return PARSE_BAD;	/* below a millisecond */
		if (part.m > pow10_[DEC_MAXDIGITS] - sum.m)
			return PARSE_RANGE;
		sum.m += part.m;
	}
	*d = sum;
	return PARSE_OK;
}

int
parse_duration(const char *s, size_t n, enum dur_unit unit,
    struct decimal *d)
{
	int rv;

	parse_trim(&s, &n);
	if (parse_is_unknown(s, n))
		return PARSE_EMPTY;
	if (s[0] == '-')
		return PARSE_BAD;
	if (memchr(s, ':', n) != NULL)
		return dur_clock(s, n, d);
	if (n > 0 && s[n - 1] >= 'a' && s[n - 1] <= 'z')
		return dur_units(s, n, d);
	if ((rv = dec_parse(s, n, DP_GROUP, NULL, d)) != PARSE_OK)
		return rv;
	if (d->m < 0)
		return PARSE_BAD;
	switch (unit) {
	case DUR_S:
		break;
	case DUR_MS:
		while (d->scale + 3 > DEC_MAXDIGITS && d->m % 10 == 0 &&
		    d->scale > 0) {
			d->m /= 10;
			d->scale--;
		}
		if (d->scale + 3 > DEC_MAXDIGITS)
			return PARSE_RANGE;
		d->scale += 3;
		break;
	case DUR_MIN:
		return decimal_mul_int(d, 60);
	case DUR_H:
		return decimal_mul_int(d, 3600);
	}
	return PARSE_OK;
}

int
parse_bool(const char *s, size_t n, int *v)
{
	static const char *const yes[] = { "y", "yes", "true", "t", "1", NULL };
	static const char *const no[] = { "n", "no", "false", "f", "0", NULL };
	int i;

	parse_trim(&s, &n);
	if (parse_is_unknown(s, n))
		return PARSE_EMPTY;
	for (i = 0; yes[i] != NULL; i++) {
		if (parse_eq_nocase(s, n, yes[i])) {
			*v = 1;
			return PARSE_OK;
		}
		if (parse_eq_nocase(s, n, no[i])) {
			*v = 0;
			return PARSE_OK;
		}
	}
	return PARSE_BAD;
}

size_t
decimal_format(const struct decimal *d, char *buf)
{
	char tmp[48];
	int64_t m = d->m;
	int scale = d->scale, digits = 0, k = 0;
	size_t n = 0;
	uint64_t u;

	while (scale > 0 && m % 10 == 0) {
		m /= 10;
		scale--;
	}
	u = m < 0 ? (uint64_t)0 - (uint64_t)m : (uint64_t)m;
	do {
		tmp[k++] = (char)('0' + u % 10);
		u /= 10;
		if (++digits == scale)
			tmp[k++] = '.';
	} while (u > 0 || digits < scale);
	if (tmp[k - 1] == '.')
		tmp[k++] = '0';
	if (m < 0)
		buf[n++] = '-';
	while (k > 0)
		buf[n++] = tmp[--k];
	buf[n] = '\0';
	return n;
}

int
decimal_cmp(const struct decimal *a, const struct decimal *b)
{
	__extension__ __int128 x = a->m, y = b->m;
	int s;

	for (s = a->scale; s < b->scale; s++)
		x *= 10;
	for (s = b->scale; s < a->scale; s++)
		y *= 10;
	return x < y ? -1 : x > y;
}

int
decimal_is_int(const struct decimal *d)
{
	return d->m % pow10_[d->scale] == 0;
}

double
decimal_double(const struct decimal *d)
{
	return (double)d->m / (double)pow10_[d->scale];
}

int
parse_double(const char *s, double *v)
{
	struct decimal d;
	int flags = 0, rv;

	if (s == NULL)
		return PARSE_EMPTY;
	rv = parse_number(s, strlen(s), &flags, &d);
	if (rv == PARSE_EMPTY)
		return PARSE_EMPTY;
	if (rv != PARSE_OK || (flags & PN_PERCENT))
		return PARSE_BAD;
	*v = decimal_double(&d);
	return PARSE_OK;
}

int
parse_count(const char *s, uint64_t *n)
{
	uint64_t v = 0;

	if (s == NULL || *s == '\0')
		return PARSE_EMPTY;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || v > (UINT64_MAX - 9) / 10)
			return PARSE_BAD;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	*n = v;
	return PARSE_OK;
}

/* Is b a UTF-8 continuation byte within [lo, hi]? */
static int
cont(unsigned char b, unsigned char lo, unsigned char hi)
{
	return b >= lo && b <= hi;
}

size_t
parse_utf8_seq(const char *str, size_t n, unsigned long *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c = s[0];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		if (n < 2 || !cont(s[1], 0x80, 0xbf))
			return 0;
		*cp = (unsigned long)(c & 0x1f) << 6 | (s[1] & 0x3f);
		return 2;
	}
	if (c >= 0xe0 && c <= 0xef) {
		if (n < 3 || !cont(s[1], c == 0xe0 ? 0xa0 : 0x80,
		    c == 0xed ? 0x9f : 0xbf) || !cont(s[2], 0x80, 0xbf))
			return 0;
		*cp = (unsigned long)(c & 0x0f) << 12 |
		    (unsigned long)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (n < 4 || !cont(s[1], c == 0xf0 ? 0x90 : 0x80,
		    c == 0xf4 ? 0x8f : 0xbf) || !cont(s[2], 0x80, 0xbf) ||
		    !cont(s[3], 0x80, 0xbf))
			return 0;
		*cp = (unsigned long)(c & 0x07) << 18 |
		    (unsigned long)(s[1] & 0x3f) << 12 |
		    (unsigned long)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
		return 4;
	}
	return 0;
}

int
parse_utf8(const char *s, size_t n)
{
	unsigned long cp;
	size_t i, len;

	for (i = 0; i < n; i += len)
		if ((unsigned char)s[i] < 0x80)
			len = 1;
		else if ((len = parse_utf8_seq(s + i, n - i, &cp)) == 0)
			return 0;
	return 1;
}
