/*
 * parse_time.c: times, time zones, the civil calendar and period names
 * (see parse.h).
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "emp.h"
#include "parse.h"
#include "parse_int.h"

/* Howard Hinnant's civil calendar algorithms. */
int64_t
days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
civil_from_days(int64_t z, int64_t *yp, unsigned *mp, unsigned *dp)
{
	int64_t era, doe, yoe, y, doy, mp_;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp_ = (5 * doy + 2) / 153;
	*dp = (unsigned)(doy - (153 * mp_ + 2) / 5 + 1);
	*mp = (unsigned)(mp_ < 10 ? mp_ + 3 : mp_ - 9);
	*yp = y + (*mp <= 2);
}

static int
days_in_month(int64_t y, unsigned m)
{
	static const int md[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	    31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return md[m - 1];
}

static void
put2(char *p, unsigned v)
{
	p[0] = (char)('0' + v / 10 % 10);
	p[1] = (char)('0' + v % 10);
}

size_t
date_format(int64_t ms, char *buf)
{
	static _Thread_local int64_t last_days = INT64_MIN;
	static _Thread_local char last[11];
	int64_t days, y;
	unsigned m, d;

	days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
	if (days == last_days) {
		memcpy(buf, last, 11);
		return 10;
	}
	civil_from_days(days, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = 0;
	put2(buf, (unsigned)(y / 100));
	put2(buf + 2, (unsigned)(y % 100));
	buf[4] = '-';
	put2(buf + 5, m);
	buf[7] = '-';
	put2(buf + 8, d);
	buf[10] = '\0';
	memcpy(last, buf, 11);
	last_days = days;
	return 10;
}

size_t
time_format(int64_t ms, char *buf)
{
	int64_t days, rem;
	unsigned sec, msec;
	size_t n;

	days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
	rem = ms - days * 86400000;
	n = date_format(ms, buf);
	sec = (unsigned)(rem / 1000);
	msec = (unsigned)(rem % 1000);
	buf[n++] = 'T';
	put2(buf + n, sec / 3600);
	buf[n + 2] = ':';
	put2(buf + n + 3, sec / 60 % 60);
	buf[n + 5] = ':';
	put2(buf + n + 6, sec % 60);
	n += 8;
	if (msec != 0) {
		buf[n++] = '.';
		buf[n++] = (char)('0' + msec / 100);
		put2(buf + n, msec % 100);
		n += 2;
	}
	buf[n++] = 'Z';
	buf[n] = '\0';
	return n;
}

/* Time zones. */

#define TZ_CACHE 64

struct tz {
	int	 utc;
	struct {
		int64_t	day;		/* local day, or INT64_MIN */
		long	off;
	} cache[TZ_CACHE];
	int64_t	 off_lo, off_hi;	/* tz_offset(): [lo, hi) has off */
	long	 off;
};

struct tz *
tz_init(const char *name)
{
	struct tz *tz;
	struct stat st;
	char path[1024];
	const char *dir, *p;
	FILE *f;
	char magic[4];
	int i, ok;

	tz = xcalloc(1, sizeof(*tz));
	for (i = 0; i < TZ_CACHE; i++)
		tz->cache[i].day = INT64_MIN;
	tz->off_lo = tz->off_hi = 0;
	if (name == NULL || strcmp(name, "UTC") == 0 ||
	    strcmp(name, "Etc/UTC") == 0 || strcmp(name, "GMT") == 0 ||
	    strcmp(name, "Z") == 0) {
		tz->utc = 1;
		return tz;
	}
	/* glibc takes any unknown name for UTC: check the zone file */
	for (p = name; *p != '\0'; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    is_digit(*p) || strchr("/_+-", *p) != NULL))
			break;
	if (*p != '\0' || name[0] == '/' || name[0] == '\0' ||
	    strstr(name, "..") != NULL) {
		free(tz);
		return NULL;
	}
	if ((dir = getenv("TZDIR")) == NULL || *dir == '\0')
		dir = "/usr/share/zoneinfo";
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	ok = stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    (f = fopen(path, "rb")) != NULL;
	if (ok) {
		ok = fread(magic, 1, 4, f) == 4 && memcmp(magic, "TZif", 4) == 0;
		fclose(f);
	}
	if (!ok) {
		free(tz);
		return NULL;
	}
	if (setenv("TZ", name, 1) == -1)
		emp_oom();
	tzset();
	return tz;
}

struct tz *
tz_dup(const struct tz *tz)
{
	struct tz *t;

	if (tz == NULL)
		return NULL;
	t = xmalloc(sizeof(*t));
	memcpy(t, tz, sizeof(*t));
	return t;
}

void
tz_free(struct tz *tz)
{
	free(tz);
}

static long
gmtoff(int64_t t)
{
	struct tm tm;
	time_t tt = (time_t)t;

	if (localtime_r(&tt, &tm) == NULL)
		return 0;
	return tm.tm_gmtoff;
}

long
tz_offset(struct tz *tz, int64_t t)
{
	int64_t lo;
	long off;

	if (tz == NULL || tz->utc)
		return 0;
	if (t >= tz->off_lo && t < tz->off_hi)
		return tz->off;
	off = gmtoff(t);
	/* the same offset at both ends of the hour: the whole hour has it */
	lo = t >= 0 ? t / 3600 * 3600 : -((-t + 3599) / 3600) * 3600;
	if (gmtoff(lo) == off && gmtoff(lo + 3599) == off) {
		tz->off_lo = lo;
		tz->off_hi = lo + 3600;
		tz->off = off;
	}
	return off;
}

/*
 * Local wall-clock seconds (as if UTC) to UTC seconds.  Offsets a day
 * either side bracket any transition; a wall time matching neither is in
 * a gap, one matching both is ambiguous and the earlier instant wins.
 */
static int
local_to_utc(struct tz *tz, int64_t wall, int64_t *utc)
{
	int64_t day = wall >= 0 ? wall / 86400 : -((-wall + 86399) / 86400);
	unsigned slot = (unsigned)(day & (TZ_CACHE - 1));
	long oa, ob;
	int va, vb;

	if (tz->cache[slot].day == day) {
		*utc = wall - tz->cache[slot].off;
		return PARSE_OK;
	}
	oa = gmtoff(wall - 86400);
	ob = gmtoff(wall + 86400);
	va = gmtoff(wall - oa) == oa;
	vb = gmtoff(wall - ob) == ob;
	if (!va && !vb)
		return PARSE_GAP;
	if (va && vb && oa != ob)
		*utc = wall - (oa > ob ? oa : ob);
	else
		*utc = wall - (va ? oa : ob);
	/* a day whose neighbours share one offset has it all day */
	if (gmtoff(day * 86400 - 2 * 86400) == gmtoff(day * 86400 + 3 * 86400) &&
	    oa == ob) {
		tz->cache[slot].day = day;
		tz->cache[slot].off = oa;
	}
	return PARSE_OK;
}

int
local_day_start(int64_t days, struct tz *tz, int64_t *ms)
{
	int64_t utc;
	int step;

	if (tz == NULL || tz->utc) {
		*ms = days * 86400000;
		return PARSE_OK;
	}
	/* a midnight the clocks skipped: the day starts when they land */
	for (step = 0; step < 24 * 4; step++)
		if (local_to_utc(tz, days * 86400 + step * 900, &utc) ==
		    PARSE_OK) {
			*ms = utc * 1000;
			return PARSE_OK;
		}
	return PARSE_GAP;
}

static int
month_from_name(const char *s)
{
	static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	char m[3];
	int i;

	for (i = 0; i < 3; i++)
		m[i] = (char)lower((unsigned char)s[i]);
	for (i = 0; i < 12; i++)
		if (memcmp(names + 3 * i, m, 3) == 0)
			return i + 1;
	return 0;
}

static int
weekday_from_name(const char *s)
{
	static const char names[] = "sunmontuewedthufrisat";
	char w[3];
	int i;

	for (i = 0; i < 3; i++)
		w[i] = (char)lower((unsigned char)s[i]);
	for (i = 0; i < 7; i++)
		if (memcmp(names + 3 * i, w, 3) == 0)
			return i;
	return -1;
}

struct tparts {
	int64_t	 y;
	int64_t	 mo, d, h, mi, s;
	int64_t	 ms;
	int	 has_zone;
	long	 off;		/* seconds east of UTC */
};

/* [:]SS[.fff] after HH:MM; i at the character after MM. */
static int
read_seconds(const char *s, size_t n, size_t *i, struct tparts *t)
{
	int64_t frac;
	size_t start;
	int k;

	if (*i < n && s[*i] == ':') {
		(*i)++;
		start = *i;
		if (read_uint(s, n, i, 2, &t->s) != PARSE_OK || *i - start != 2)
			return PARSE_BAD;
		if (*i < n && (s[*i] == '.' || s[*i] == ',')) {
			(*i)++;
			start = *i;
			frac = 0;
			for (k = 0; *i < n && is_digit(s[*i]); (*i)++, k++)
				if (k < 3)
					frac = frac * 10 + (s[*i] - '0');
			if (k == 0 || k > 9)
				return PARSE_BAD;
			for (; k < 3; k++)
				frac *= 10;
			t->ms = frac;
		}
	}
	return PARSE_OK;
}

/* HH:MM[:SS[.fff]] with 1 or 2 hour digits. */
static int
read_clock(const char *s, size_t n, size_t *i, struct tparts *t)
{
	size_t start;

	if (read_uint(s, n, i, 2, &t->h) != PARSE_OK)
		return PARSE_BAD;
	if (*i >= n || s[*i] != ':')
		return PARSE_BAD;
	(*i)++;
	start = *i;
	if (read_uint(s, n, i, 2, &t->mi) != PARSE_OK || *i - start != 2)
		return PARSE_BAD;
	return read_seconds(s, n, i, t);
}

static int
two_digits(const char *s, size_t n, size_t *i, int64_t *v)
{
	if (*i + 2 > n || !is_digit(s[*i]) || !is_digit(s[*i + 1]))
		return 0;
	*v = (s[*i] - '0') * 10 + (s[*i + 1] - '0');
	*i += 2;
	return 1;
}

/* Z, z, +hh:mm, +hhmm, +hh, GMT, UTC; optionally after one space. */
static int
read_zone(const char *s, size_t n, size_t *i, struct tparts *t)
{
	int64_t hh = 0, mm = 0;
	int sign;

	if (*i == n)
		return PARSE_OK;
	if (s[*i] == ' ' && *i + 1 < n)
		(*i)++;
	if (s[*i] == 'Z' || s[*i] == 'z') {
		(*i)++;
		t->has_zone = 1;
		return PARSE_OK;
	}
	if (n - *i == 3 && (parse_eq_nocase(s + *i, 3, "gmt") ||
	    parse_eq_nocase(s + *i, 3, "utc"))) {
		*i += 3;
		t->has_zone = 1;
		return PARSE_OK;
	}
	if (s[*i] != '+' && s[*i] != '-')
		return PARSE_BAD;
	sign = s[(*i)++] == '-' ? -1 : 1;
	if (!two_digits(s, n, i, &hh))
		return PARSE_BAD;
	if (*i < n && s[*i] == ':')
		(*i)++;
	if (*i < n && !two_digits(s, n, i, &mm))
		return PARSE_BAD;
	if (hh > 23 || mm > 59)
		return PARSE_BAD;
	t->has_zone = 1;
	t->off = sign * (long)(hh * 3600 + mm * 60);
	return PARSE_OK;
}

static int
time_iso(const char *s, size_t n, struct tparts *t)
{
	size_t i = 0;

	if (read_uint(s, n, &i, 4, &t->y) != PARSE_OK || i != 4 ||
	    s[i] != '-')
		return PARSE_BAD;
	i++;
	if (read_uint(s, n, &i, 2, &t->mo) != PARSE_OK || i != 7 ||
	    i >= n || s[i] != '-')
		return PARSE_BAD;
	i++;
	if (read_uint(s, n, &i, 2, &t->d) != PARSE_OK || i != 10)
		return PARSE_BAD;
	if (i == n)
		return PARSE_OK;
	if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
		return PARSE_BAD;
	i++;
	if (n < 14 || s[13] != ':' || read_clock(s, n, &i, t) != PARSE_OK)
		return PARSE_BAD;	/* two-digit hours */
	if (read_zone(s, n, &i, t) != PARSE_OK || i != n)
		return PARSE_BAD;
	return PARSE_OK;
}

/* m/d/yyyy [h:mm[:ss] [AM|PM]] */
static int
time_us(const char *s, size_t n, struct tparts *t)
{
	size_t i = 0, start;
	int pm = -1;

	if (read_uint(s, n, &i, 2, &t->mo) != PARSE_OK || i >= n || s[i] != '/')
		return PARSE_BAD;
	i++;
	if (read_uint(s, n, &i, 2, &t->d) != PARSE_OK || i >= n || s[i] != '/')
		return PARSE_BAD;
	i++;
	start = i;
	if (read_uint(s, n, &i, 4, &t->y) != PARSE_OK || i - start != 4)
		return PARSE_BAD;
	if (i == n)
		return PARSE_OK;
	if (s[i] != ' ')
		return PARSE_BAD;
	while (i < n && s[i] == ' ')
		i++;
	if (read_clock(s, n, &i, t) != PARSE_OK)
		return PARSE_BAD;
	while (i < n && s[i] == ' ')
		i++;
	if (n - i == 2 && (s[i + 1] == 'M' || s[i + 1] == 'm')) {
		if (s[i] == 'A' || s[i] == 'a')
			pm = 0;
		else if (s[i] == 'P' || s[i] == 'p')
			pm = 1;
		else
			return PARSE_BAD;
		i += 2;
		if (t->h < 1 || t->h > 12)
			return PARSE_BAD;
		t->h = t->h % 12 + (pm ? 12 : 0);
	}
	if (i != n && read_zone(s, n, &i, t) != PARSE_OK)
		return PARSE_BAD;
	return i == n ? PARSE_OK : PARSE_BAD;
}

/* [Mon, ]02 Mar 2026 08:00:56 [zone] */
static int
time_rfc(const char *s, size_t n, struct tparts *t, int *wday)
{
	size_t i = 0, start;

	*wday = -1;
	if (n >= 5 && !is_digit(s[0])) {
		if ((*wday = weekday_from_name(s)) < 0 || s[3] != ',')
			return PARSE_BAD;
		i = 4;
		while (i < n && s[i] == ' ')
			i++;
	}
	if (read_uint(s, n, &i, 2, &t->d) != PARSE_OK || i + 4 >= n ||
	    s[i] != ' ')
		return PARSE_BAD;
	i++;
	if ((t->mo = month_from_name(s + i)) == 0 || s[i + 3] != ' ')
		return PARSE_BAD;
	i += 4;
	start = i;
	if (read_uint(s, n, &i, 4, &t->y) != PARSE_OK || i - start != 4 ||
	    i >= n || s[i] != ' ')
		return PARSE_BAD;
	i++;
	if (read_clock(s, n, &i, t) != PARSE_OK)
		return PARSE_BAD;
	if (read_zone(s, n, &i, t) != PARSE_OK || i != n)
		return PARSE_BAD;
	return PARSE_OK;
}

/* 10 digits: seconds; 13 digits: milliseconds. */
static int
time_epoch(const char *s, size_t n, int64_t *ms)
{
	size_t i = 0;
	int64_t v;

	if (read_uint(s, n, &i, 13, &v) != PARSE_OK || i != n)
		return PARSE_BAD;
	if (n == 13)
		*ms = v;
	else if (n == 10)
		*ms = v * 1000;
	else
		return PARSE_BAD;
	return PARSE_OK;
}

static int
dig2(const char *s)
{
	return is_digit(s[0]) && is_digit(s[1]) ?
	    (s[0] - '0') * 10 + (s[1] - '0') : -1;
}

/* 2026-01-05T08:00:00Z, the form most exports and emp itself write. */
static int
time_fast(const char *s, int64_t *ms)
{
	static _Thread_local char last[10];
	static _Thread_local int64_t last_days = INT64_MIN;
	int c, y, mo, d, h, mi, sec;
	int64_t days;

	if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
	    s[16] != ':' || s[19] != 'Z')
		return 0;
	if ((h = dig2(s + 11)) < 0 || (mi = dig2(s + 14)) < 0 ||
	    (sec = dig2(s + 17)) < 0 || h > 23 || mi > 59 || sec > 59)
		return 0;
	if (last_days != INT64_MIN && memcmp(s, last, 10) == 0)
		days = last_days;
	else {
		if ((c = dig2(s)) < 0 || (y = dig2(s + 2)) < 0 ||
		    (mo = dig2(s + 5)) < 0 || (d = dig2(s + 8)) < 0)
			return 0;
		y += c * 100;
		if (y < 1 || mo < 1 || mo > 12 || d < 1 ||
		    d > days_in_month(y, (unsigned)mo))
			return 0;
		days = days_from_civil(y, (unsigned)mo, (unsigned)d);
		memcpy(last, s, 10);
		last_days = days;
	}
	*ms = (days * 86400 + h * 3600 + mi * 60 + sec) * 1000;
	return 1;
}

int
parse_time(const char *s, size_t n, struct tz *tz, int64_t *ms)
{
	struct tparts t;
	int64_t days, wall, utc, frac;
	size_t i;
	int rv, wday = -1, k;

	if (n == 20 && time_fast(s, ms))
		return PARSE_OK;
	parse_trim(&s, &n);
	if (parse_is_unknown(s, n))
		return PARSE_EMPTY;
	memset(&t, 0, sizeof(t));
	for (i = 0; i < n && is_digit(s[i]); i++)
		;
	if (i == n || (i == 10 && s[i] == '.')) {
		if (i == n)
			return time_epoch(s, n, ms);
		/* epoch seconds with a fraction */
		if ((rv = time_epoch(s, 10, ms)) != PARSE_OK)
			return rv;
		frac = 0;
		for (i = 11, k = 0; i < n && is_digit(s[i]); i++, k++)
			if (k < 3)
				frac = frac * 10 + (s[i] - '0');
		if (i != n || k == 0 || k > 9)
			return PARSE_BAD;
		for (; k < 3; k++)
			frac *= 10;
		*ms += frac;
		return PARSE_OK;
	}
	if (i == 4 && s[i] == '-')
		rv = time_iso(s, n, &t);
	else if ((i == 1 || i == 2) && s[i] == '/')
		rv = time_us(s, n, &t);
	else
		rv = time_rfc(s, n, &t, &wday);
	if (rv != PARSE_OK)
		return rv;
	if (t.y < 1 || t.mo < 1 || t.mo > 12 || t.d < 1 ||
	    t.d > days_in_month(t.y, (unsigned)t.mo) || t.h > 23 ||
	    t.mi > 59 || t.s > 59)
		return PARSE_BAD;
	days = days_from_civil(t.y, (unsigned)t.mo, (unsigned)t.d);
	if (wday >= 0 && (int)(((days % 7) + 11) % 7) != wday)
		return PARSE_BAD;	/* 1970-01-01 was a Thursday */
	wall = days * 86400 + t.h * 3600 + t.mi * 60 + t.s;
	if (t.has_zone)
		utc = wall - t.off;
	else if (tz == NULL || tz->utc)
		utc = wall;
	else if ((rv = local_to_utc(tz, wall, &utc)) != PARSE_OK)
		return rv;
	*ms = utc * 1000 + t.ms;
	return PARSE_OK;
}

/* Period names (emp-scores(5)). */

/* Days since 1970-01-01 of Monday of ISO week w of year y. */
static int64_t
iso_week_start(int64_t y, int w)
{
	int64_t jan4 = days_from_civil(y, 1, 4);
	int64_t wd = ((jan4 + 3) % 7 + 7) % 7;	/* Monday 0 */

	return jan4 - wd + (int64_t)(w - 1) * 7;
}

int
period_span(const char *s, int64_t *start, int64_t *end)
{
	int y, m, d, n = 0;
	int64_t ms;
	size_t len = strlen(s);

	if (strcmp(s, "all") == 0) {
		*start = INT64_MIN;
		*end = INT64_MAX;
		return 0;
	}
	if (len == 8 && sscanf(s, "%4d-W%2d%n", &y, &m, &n) == 2 && n == 8) {
		if (m < 1 || m > 53 || (m == 53 &&
		    iso_week_start(y + 1, 1) - iso_week_start(y, 1) < 53 * 7))
			return -1;
		*start = iso_week_start(y, m);
		*end = *start + 7;
		return 0;
	}
	if (len == 7 && sscanf(s, "%4d-Q%1d%n", &y, &m, &n) == 2 && n == 7) {
		if (m < 1 || m > 4)
			return -1;
		*start = days_from_civil(y, (unsigned)(3 * m - 2), 1);
		*end = m == 4 ? days_from_civil(y + 1, 1, 1) :
		    days_from_civil(y, (unsigned)(3 * m + 1), 1);
		return 0;
	}
	if (len == 7 && sscanf(s, "%4d-%2d%n", &y, &m, &n) == 2 && n == 7 &&
	    s[4] == '-' && s[5] >= '0' && s[5] <= '9') {
		if (m < 1 || m > 12)
			return -1;
		*start = days_from_civil(y, (unsigned)m, 1);
		*end = m == 12 ? days_from_civil(y + 1, 1, 1) :
		    days_from_civil(y, (unsigned)m + 1, 1);
		return 0;
	}
	if (len == 10 && sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 &&
	    n == 10 && s[5] >= '0' && s[8] >= '0') {
		if (parse_time(s, len, NULL, &ms) != PARSE_OK)
			return -1;
		*start = days_from_civil(y, (unsigned)m, (unsigned)d);
		*end = *start + 1;
		return 0;
	}
	return -1;
}

int
parse_date_days(const char *s, int flags, int64_t *days)
{
	size_t n = strlen(s);
	int64_t ms;
	int rv;

	if (!(flags & PD_ANY_TIME) && (n != 10 || s[4] != '-' || s[7] != '-'))
		return PARSE_BAD;
	rv = parse_time(s, n, NULL, &ms);
	if (rv == PARSE_EMPTY && (flags & PD_ANY_TIME))
		return PARSE_EMPTY;
	if (rv != PARSE_OK)
		return PARSE_BAD;
	*days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
	return PARSE_OK;
}
