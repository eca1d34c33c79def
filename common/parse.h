/*
 * parse.h: reading the values that exports hold, exactly or not at all.
 *
 * Every parser takes a field (pointer and length, not necessarily
 * NUL-terminated), ignores surrounding spaces and returns
 *   PARSE_OK     a value,
 *   PARSE_EMPTY  no value: empty, "N/A", "NA", "n/a", "-", "null", "none"
 *                (unknown, never zero),
 *   PARSE_BAD    not a value of that type,
 *   PARSE_RANGE  a value of that type, but too large to hold exactly,
 *   PARSE_GAP    (times) a local time that does not exist in the zone.
 * Nothing is guessed: "87,5" is an error unless the decimal comma was
 * asked for; "03/02/2026" is month/day/year; a weekday must match its date.
 */
#ifndef PARSE_H
#define PARSE_H

#include <stddef.h>
#include <stdint.h>

enum {
	PARSE_OK = 0,
	PARSE_EMPTY = 1,
	PARSE_BAD = -1,
	PARSE_RANGE = -2,
	PARSE_GAP = -3
};

/* An exact decimal: m / 10^scale. */
struct decimal {
	int64_t	m;
	int	scale;		/* 0..18 */
};

#define DEC_MAXDIGITS	18

/* flags for parse_number */
#define PN_DECIMAL_COMMA 0x1	/* '.' groups thousands, ',' is the point */
#define PN_PERCENT	 0x2	/* set on return when a '%' followed */

int	parse_is_unknown(const char *, size_t);
/* The length of the well-formed UTF-8 sequence (RFC 3629: no overlong
 * form, no surrogate, nothing above U+10FFFF) at s[0..n), n > 0, with its
 * code point in *cp; 0 when s[0] does not start one. */
size_t	parse_utf8_seq(const char *, size_t, unsigned long *cp);
/* Whether s[0..n) is well-formed UTF-8 (no overlong forms, surrogates or
 * code points above U+10FFFF); a name that is not is refused with
 * PARSE_NOT_UTF8. */
int	parse_utf8(const char *, size_t);
#define PARSE_NOT_UTF8	"not UTF-8 (a Windows-1252 or Latin-1 export? " \
			"convert it first: iconv -f WINDOWS-1252 -t UTF-8)"

/* Narrows a field to its content without surrounding spaces and tabs. */
void	parse_trim(const char **, size_t *);
/* Whether s (n bytes) is word, ASCII case ignored on both sides. */
int	parse_eq_nocase(const char *s, size_t n, const char *word);

/* 1,234.50  $12.00  -$5  12 €  87.5%  -0.  Grouping separators must
 * group by three.  Exponents, hex, inf and nan are PARSE_BAD. */
int	parse_number(const char *, size_t, int *flags, struct decimal *);

/* Duration units for plain numbers; clock forms are always h:m:s. */
enum dur_unit { DUR_S, DUR_MS, DUR_MIN, DUR_H };

/* 332  332.5  00:05:32  5:32 (m:ss)  1h2m3s  250ms; never negative. */
int	parse_duration(const char *, size_t, enum dur_unit, struct decimal *);

/* Y/N yes/no true/false t/f 1/0, any case. */
int	parse_bool(const char *, size_t, int *);

/*
 * The zone for times written without an offset.  tz_init() returns 0, or
 * -1 for a name that is not a zone (IANA names, "UTC"); it sets the
 * process's TZ.  A NULL or "UTC" zone needs no look-up.
 */
struct tz;
struct tz *tz_init(const char *name);
/* A copy with caches of its own, for another thread. */
struct tz *tz_dup(const struct tz *);
void	tz_free(struct tz *);
/* The first instant (ms UTC) of the local day that is days after
 * 1970-01-01: its midnight, or when the clocks land if they skipped it. */
int	local_day_start(int64_t days, struct tz *, int64_t *ms);
/* Seconds east of UTC in the zone at UTC second t. */
long	tz_offset(struct tz *, int64_t t);

/* ISO 8601 (T or space, Z or +hh:mm, +hhmm, +hh, fractions), a date alone,
 * m/d/yyyy [h:mm[:ss] [AM|PM]], "Mon, 02 Mar 2026 08:00:56 [+0000|GMT]",
 * epoch seconds (10 digits, optional fraction) and milliseconds (13
 * digits).  Result in milliseconds since the epoch, UTC. */
int	parse_time(const char *, size_t, struct tz *, int64_t *ms);

/* Writes "2026-01-05T08:00:00Z" (".mmmZ" when the milliseconds are not
 * zero) into buf (at least 32 bytes); returns the length. */
size_t	time_format(int64_t ms, char *buf);
/* "2026-01-05" */
size_t	date_format(int64_t ms, char *buf);

/* Plain decimal without trailing zeros ("332.5", "12", "0"); buf at least
 * 24 bytes; returns the length. */
size_t	decimal_format(const struct decimal *, char *buf);
/* Compares exactly: -1, 0, 1. */
int	decimal_cmp(const struct decimal *, const struct decimal *);
/* a * 10^k for k >= 0; PARSE_RANGE on overflow. */
int	decimal_mul_int(struct decimal *, int64_t k);
/* True when the value is a whole number. */
int	decimal_is_int(const struct decimal *);
/* The double nearest the decimal (m / 10^scale in one division: exact
 * operands while |m| < 2^53, so correctly rounded, as strtod() is). */
double	decimal_double(const struct decimal *);
/* A number of parse_number() that is not a percentage, as a double:
 * PARSE_OK, PARSE_EMPTY (nothing, or NULL) or PARSE_BAD. */
int	parse_double(const char *, double *);
/* A count as the streams write it, digits only: PARSE_OK, PARSE_EMPTY
 * (nothing, or NULL) or PARSE_BAD (anything else, or too large). */
int	parse_count(const char *, uint64_t *);

/* Days since 1970-01-01 of a civil date, and back. */
int64_t	days_from_civil(int64_t y, unsigned m, unsigned d);
/* The first and the day after the last day (days since 1970-01-01) of a
 * period name of emp-scores(5): 2026-W02, 2026-01, 2026-Q1, 2026-01-05 or
 * all (the whole of time); 0, or -1 for no such period. */
int	period_span(const char *, int64_t *start, int64_t *end);
void	civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d);

/*
 * A date into days since 1970-01-01.  Without flags, exactly YYYY-MM-DD
 * of a day that exists: PARSE_OK, else PARSE_BAD.  With PD_ANY_TIME,
 * anything parse_time() reads, in UTC, gives the day it falls in, and an
 * unknown ("", "N/A") is PARSE_EMPTY.
 */
#define PD_ANY_TIME	0x1
int	parse_date_days(const char *, int flags, int64_t *days);

#endif
