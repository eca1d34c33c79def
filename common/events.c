/*
 * events.c: the event stream's columns and their values.
 */
#include <stdio.h>
#include <string.h>

#include "emp.h"
#include "events.h"
#include "parse.h"
#include "schema.h"
#include "stats.h"
#include "termsafe.h"

const struct ev_colinfo ev_cols[EV_NCOLS] = {
	[EV_KIND] = { "kind", ET_KIND, 0, 0, 0 },
	[EV_TS] = { "ts", ET_TIME, 0, 0, 0 },
	[EV_AGENT] = { "agent", ET_TEXT, 0, 0, 0 },
	[EV_TEAM] = { "team", ET_TEXT, 0, 0, 0 },
	[EV_ID] = { "id", ET_TEXT, 0, 0, 0 },
	[EV_CONTACT] = { "contact", ET_TEXT, 0, 0, 0 },
	[EV_CUSTOMER] = { "customer", ET_TEXT, 0, 0, 0 },
	[EV_CHANNEL] = { "channel", ET_TEXT, 0, 0, 0 },
	[EV_QUEUE] = { "queue", ET_TEXT, 0, 0, 0 },
	[EV_TALK] = { "talk_s", ET_DUR, 0, 0, 0 },
	[EV_HOLD] = { "hold_s", ET_DUR, 0, 0, 0 },
	[EV_ACW] = { "acw_s", ET_DUR, 0, 0, 0 },
	[EV_AVAIL] = { "avail_s", ET_DUR, 0, 0, 0 },
	[EV_RESOLVED] = { "resolved", ET_BOOL, 0, 0, 0 },
	[EV_ESCALATED] = { "escalated", ET_BOOL, 0, 0, 0 },
	[EV_TRANSFERRED] = { "transferred", ET_BOOL, 0, 0, 0 },
	[EV_AMOUNT] = { "amount", ET_MONEY, 0, 0, 0 },
	[EV_DECISION_S] = { "decision_s", ET_DUR, 0, 0, 0 },
	[EV_REVERSED] = { "reversed", ET_BOOL, 0, 0, 0 },
	[EV_COST] = { "cost", ET_MONEY, 0, 0, 0 },
	[EV_CSAT] = { "csat", ET_SCORE, 1, 5, 1 },
	[EV_NPS] = { "nps", ET_SCORE, 0, 10, 1 },
	[EV_QA] = { "qa", ET_SCORE, 0, 100, 0 },
	[EV_REVIEWER] = { "reviewer", ET_TEXT, 0, 0, 0 },
	[EV_CONFIDENCE] = { "confidence", ET_SCORE, 1, 5, 1 },
	[EV_ESAT] = { "esat", ET_SCORE, 1, 5, 1 },
	[EV_COACH] = { "coach", ET_TEXT, 0, 0, 0 },
	[EV_FOCUS] = { "focus", ET_METRIC, 0, 0, 0 },
	[EV_REASON] = { "reason", ET_LONGTEXT, 0, 0, 0 },
	[EV_COMMENT] = { "comment", ET_LONGTEXT, 0, 0, 0 },
	[EV_CHALLENGE] = { "challenge", ET_TEXT, 0, 0, 0 },
	[EV_SRC] = { "src", ET_TEXT, 0, 0, 0 },
};

const char *const ev_kinds[] = {
	"contact", "state", "survey", "qa", "pulse", "decision", "hire",
	"exit", "coaching", NULL
};

int
ev_col_lookup(const char *name)
{
	int i;

	for (i = 0; i < EV_NCOLS; i++)
		if (strcmp(ev_cols[i].name, name) == 0)
			return i;
	return -1;
}

int
ev_kind_index(const char *s, size_t n)
{
	int i;

	/* by length first: s may hold a NUL */
	for (i = 0; ev_kinds[i] != NULL; i++)
		if (strlen(ev_kinds[i]) == n && memcmp(ev_kinds[i], s, n) == 0)
			return i;
	return -1;
}

int
ev_kind_valid(const char *s, size_t n)
{
	return ev_kind_index(s, n) >= 0;
}

/* The plain words a coaching log names its focus with. */
static const struct {
	const char	*word;
	int		 metric;
} focus_words[] = {
	{ "csat", M_CSAT_RATE }, { "fcr", M_FCR }, { "qa", M_QA },
	{ "aht", M_AHT }, { "nps", M_NPS }
};

int
ev_focus_metric(const char *s, size_t n)
{
	size_t k;
	int m;

	parse_trim(&s, &n);
	for (k = 0; k < sizeof(focus_words) / sizeof(focus_words[0]); k++)
		if (parse_eq_nocase(s, n, focus_words[k].word))
			return focus_words[k].metric;
	for (m = 0; m < M_N; m++)
		if (parse_eq_nocase(s, n, metrics[m].name))
			return m;
	return -1;
}

int
ev_customer_none(const char *s, size_t n)
{
	static const char *const words[] = {
		"anonymous", "unknown", "restricted", "private", "withheld",
		"unavailable", "blocked", NULL
	};
	size_t i, digits = 0;

	parse_trim(&s, &n);
	if (n == 0)
		return 1;
	/* a number (the common case) is none of the words */
	if (s[0] != '+' && (s[0] < '0' || s[0] > '9')) {
		if (parse_is_unknown(s, n))
			return 1;
		for (i = 0; words[i] != NULL; i++)
			if (parse_eq_nocase(s, n, words[i]))
				return 1;
		if (n > 14 && parse_eq_nocase(s, 14, "sip:anonymous@"))
			return 1;
	}
	for (i = 0; i < n; i++) {
		if (s[i] == '0')
			digits++;
		else if (s[i] != '+' && s[i] != ' ' && s[i] != '-')
			return 0;
	}
	return digits > 0;
}

void
msg_quote(char *buf, size_t size, const char *s, size_t n)
{
	char esc[TERMSAFE_ESCMAX];
	size_t i, k, m, len = 0;

	for (i = 0; i < n; i += k) {
		if (i >= 60) {
			if (len + 3 < size) {
				memcpy(buf + len, "...", 3);
				len += 3;
			}
			break;
		}
		k = termsafe_char(s + i, n - i, esc);
		if (esc[0] == '\0' && s[i] == '\\')
			memcpy(esc, "\\x5c", 5);
		m = esc[0] != '\0' ? strlen(esc) : k;
		if (len + m + 3 >= size)
			break;
		memcpy(buf + len, esc[0] != '\0' ? esc : s + i, m);
		len += m;
	}
	buf[len] = '\0';
}

static int
all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
fail(char *err, size_t errsize, const char *what, const char *s, size_t n)
{
	char q[256];

	msg_quote(q, sizeof(q), s, n);
	snprintf(err, errsize, "%s '%s'", what, q);
	return -1;
}

/* dur_comma(): the reason is in err already. */
#define DUR_COMMA_FAILED	(-100)

/*
 * A duration under --decimal-comma: a plain number is read with the
 * decimal comma ("12,5" is 12.5, "1.234" is 1234) in the unit given; a
 * clock or units form takes the comma as its point ("00:01:02,5",
 * "2,5m").  A '.' there, or a number the decimal comma cannot read
 * ("12.5"), is an error saying so, not another number.
 */
static int
dur_comma(const char *s, size_t n, enum dur_unit unit, struct decimal *d,
    char *err, size_t errsize)
{
	char buf[64], q[256];
	size_t i;
	int rv, flags = PN_DECIMAL_COMMA;

	parse_trim(&s, &n);
	if (parse_is_unknown(s, n))
		return PARSE_EMPTY;
	if (memchr(s, ':', n) != NULL ||
	    (n > 0 && s[n - 1] >= 'a' && s[n - 1] <= 'z')) {
		if (memchr(s, '.', n) != NULL || n >= sizeof(buf))
			goto refuse;
		for (i = 0; i < n; i++)
			buf[i] = s[i] == ',' ? '.' : s[i];
		return parse_duration(buf, n, unit, d);
	}
	rv = parse_number(s, n, &flags, d);
	if (rv == PARSE_RANGE)
		return rv;
	if (rv == PARSE_OK && ((flags & PN_PERCENT) || d->m < 0))
		return PARSE_BAD;
	if (rv != PARSE_OK)
		goto refuse;
	n = decimal_format(d, buf);
	return parse_duration(buf, n, unit, d);
refuse:
	msg_quote(q, sizeof(q), s, n);
	snprintf(err, errsize, "invalid duration '%s': --decimal-comma "
	    "reads ',' as the decimal point and '.' as a thousands separator",
	    q);
	return DUR_COMMA_FAILED;
}

int
ev_convert(int col, enum ev_type type, const char *s, size_t n,
    const struct ev_conv *c, char *out, char *err, size_t errsize)
{
	const struct ev_colinfo *ci = &ev_cols[col];
	struct decimal d, lo, hi;
	int64_t ms;
	int rv, b, flags;
	char what[256];

	switch (type) {
	case ET_TIME:
		rv = parse_time(s, n, c->tz, &ms);
		if (rv == PARSE_EMPTY)
			return 0;
		if (rv == PARSE_GAP) {
			msg_quote(what, sizeof(what), s, n);
			snprintf(err, errsize, "local time '%s' does not "
			    "exist (daylight saving gap)", what);
			return -1;
		}
		if (rv != PARSE_OK || ms >= 253402300800000LL ||
		    ms < -62135596800000LL)
			return fail(err, errsize, "invalid timestamp", s, n);
		return (int)time_format(ms, out);
	case ET_DUR:
		if (c->unit == DUR_S && n > 0 && n < 16 && (s[0] != '0' ||
		    n == 1) && all_digits(s, n)) {
			/* whole seconds are already canonical */
			memcpy(out, s, n);
			out[n] = '\0';
			return (int)n;
		}
		if (c->decimal_comma)
			rv = dur_comma(s, n, c->unit, &d, err, errsize);
		else
			rv = parse_duration(s, n, c->unit, &d);
		if (rv == PARSE_EMPTY)
			return 0;
		if (rv == DUR_COMMA_FAILED)
			return -1;
		if (rv == PARSE_RANGE)
			return fail(err, errsize, "duration out of range", s, n);
		if (rv != PARSE_OK)
			return fail(err, errsize, "invalid duration", s, n);
		return (int)decimal_format(&d, out);
	case ET_BOOL:
		rv = parse_bool(s, n, &b);
		if (rv == PARSE_EMPTY)
			return 0;
		if (rv != PARSE_OK)
			return fail(err, errsize, "invalid yes/no value", s, n);
		out[0] = b ? '1' : '0';
		out[1] = '\0';
		return 1;
	case ET_COUNT:
	case ET_MONEY:
	case ET_SCORE:
		flags = c->decimal_comma ? PN_DECIMAL_COMMA : 0;
		rv = parse_number(s, n, &flags, &d);
		if (rv == PARSE_EMPTY)
			return 0;
		if (rv == PARSE_RANGE)
			return fail(err, errsize, "number out of range", s, n);
		if (rv != PARSE_OK || ((flags & PN_PERCENT) &&
		    !(type == ET_SCORE && ci->max == 100)))
			return fail(err, errsize, "invalid number", s, n);
		if (type == ET_COUNT) {
			if (d.m < 0 || !decimal_is_int(&d))
				return fail(err, errsize, "invalid count", s, n);
			out[0] = d.m > 0 ? '1' : '0';
			out[1] = '\0';
			return 1;
		}
		if (type == ET_MONEY) {
			if (d.m < 0)
				return fail(err, errsize, "negative amount",
				    s, n);
			hi.m = EV_AMOUNT_MAX;
			hi.scale = 0;
			if (decimal_cmp(&d, &hi) > 0) {
				msg_quote(what, sizeof(what), s, n);
				snprintf(err, errsize, "amount '%s' out of "
				    "range 0-" EV_AMOUNT_MAX_S, what);
				return -1;
			}
			return (int)decimal_format(&d, out);
		}
		lo.m = ci->min;
		hi.m = ci->max;
		lo.scale = hi.scale = 0;
		if (decimal_cmp(&d, &lo) < 0 || decimal_cmp(&d, &hi) > 0 ||
		    (ci->integer && !decimal_is_int(&d))) {
			msg_quote(what, sizeof(what), s, n);
			if (ci->integer && !decimal_is_int(&d) &&
			    decimal_cmp(&d, &lo) >= 0 &&
			    decimal_cmp(&d, &hi) <= 0)
				snprintf(err, errsize,
				    "%s '%s' is not a whole number", ci->name,
				    what);
			else
				snprintf(err, errsize,
				    "%s '%s' out of range %d-%d", ci->name,
				    what, ci->min, ci->max);
			return -1;
		}
		return (int)decimal_format(&d, out);
	case ET_KIND:
		parse_trim(&s, &n);
		if (n == 0)
			return 0;
		if (!ev_kind_valid(s, n))
			return fail(err, errsize, "unknown event kind", s, n);
		memcpy(out, s, n);
		out[n] = '\0';
		return (int)n;
	case ET_METRIC:
		parse_trim(&s, &n);
		if (n == 0)
			return 0;
		if ((rv = ev_focus_metric(s, n)) < 0) {
			msg_quote(what, sizeof(what), s, n);
			snprintf(err, errsize, "unknown metric '%s': use an "
			    "emp-score metric (csat_rate, fcr, qa, aht_s, ...)",
			    what);
			return -1;
		}
		n = strlen(metrics[rv].name);
		memcpy(out, metrics[rv].name, n + 1);
		return (int)n;
	case ET_TEXT:
	case ET_LONGTEXT:
		break;
	}
	return fail(err, errsize, "internal: no conversion for", ci->name,
	    strlen(ci->name));
}

int
ev_read(int col, const char *s, size_t n, int64_t *v, char *err,
    size_t errsize)
{
	const struct ev_colinfo *ci = &ev_cols[col];
	static const struct ev_conv utc;
	struct decimal d;
	char out[EV_VALMAX], why[300];
	int len, flags = 0, b, rv;

	if (n == 0)
		return 0;
	switch (ci->type) {
	case ET_TIME:
		/* the stream's times are UTC */
		if ((rv = parse_time(s, n, NULL, v)) == PARSE_OK)
			return 1;
		break;
	case ET_DUR:
		if ((rv = parse_duration(s, n, DUR_S, &d)) == PARSE_OK &&
		    stats_micro(&d, v) == PARSE_OK)
			return 1;
		break;
	case ET_BOOL:
		if ((rv = parse_bool(s, n, &b)) == PARSE_OK) {
			*v = b;
			return 1;
		}
		break;
	case ET_MONEY:
	case ET_SCORE:
		rv = parse_number(s, n, &flags, &d);
		if (rv != PARSE_OK || stats_micro(&d, v) != PARSE_OK)
			break;
		if (ci->type == ET_MONEY && !(flags & PN_PERCENT) &&
		    *v >= 0 && *v <= EV_AMOUNT_MAX * 1000000)
			return 1;
		if (ci->type == ET_SCORE && (!(flags & PN_PERCENT) ||
		    ci->max == 100) && *v >= (int64_t)ci->min * 1000000 &&
		    *v <= (int64_t)ci->max * 1000000 &&
		    (!ci->integer || *v % 1000000 == 0))
			return 1;
		break;
	default:
		rv = PARSE_BAD;
		break;
	}
	if (rv == PARSE_EMPTY)
		return 0;
	len = ev_convert(col, ci->type, s, n, &utc, out, why, sizeof(why));
	if (len < 0) {
		snprintf(err, errsize, "field '%s': %s", ci->name, why);
		return -1;
	}
	if (len == 0)
		return 0;
	snprintf(err, errsize, "field '%s': cannot read '%s'", ci->name, out);
	return -1;
}
