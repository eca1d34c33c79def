/*
 * events.h: the event stream's columns (emp-events(5)) and the rules for
 * each column's values, shared by every command that reads or writes it.
 */
#ifndef EVENTS_H
#define EVENTS_H

#include <stddef.h>

#include "parse.h"

enum ev_col {
	EV_KIND, EV_TS, EV_AGENT, EV_TEAM, EV_ID, EV_CONTACT, EV_CUSTOMER,
	EV_CHANNEL, EV_QUEUE, EV_TALK, EV_HOLD, EV_ACW, EV_AVAIL, EV_RESOLVED,
	EV_ESCALATED, EV_TRANSFERRED, EV_AMOUNT, EV_DECISION_S, EV_REVERSED,
	EV_COST, EV_CSAT, EV_NPS, EV_QA, EV_REVIEWER, EV_CONFIDENCE, EV_ESAT,
	EV_COACH, EV_FOCUS, EV_REASON, EV_COMMENT, EV_CHALLENGE, EV_SRC,
	EV_NCOLS
};

enum ev_type {
	ET_TEXT,	/* as is, surrounding spaces dropped */
	ET_LONGTEXT,	/* as is (reason, comment) */
	ET_KIND,	/* one of the kinds */
	ET_TIME,	/* to ISO 8601 UTC */
	ET_DUR,		/* to seconds */
	ET_BOOL,	/* to 1 or 0 */
	ET_COUNT,	/* a count, to 1 when > 0, else 0 */
	ET_MONEY,	/* a non-negative amount */
	ET_SCORE,	/* a score within the column's range */
	ET_METRIC	/* an emp-score metric's name (focus) */
};

struct ev_colinfo {
	const char	*name;
	enum ev_type	 type;
	int		 min, max;	/* ET_SCORE */
	int		 integer;	/* ET_SCORE: whole numbers only */
};

extern const struct ev_colinfo ev_cols[EV_NCOLS];

/* "contact", "state", ...; NULL-terminated. */
extern const char *const ev_kinds[];

int	ev_col_lookup(const char *name);	/* exact name, or -1 */
int	ev_kind_valid(const char *, size_t);
/* Index in ev_kinds[], or -1. */
int	ev_kind_index(const char *, size_t);
/* The index in ev_kinds[] of "coaching" (the last kind). */
#define EV_KIND_COACHING	8

/*
 * The metric (index in schema.h's metrics[]) a focus names: a metric's
 * name, ASCII case ignored, or one of the plain words "CSAT" (csat_rate),
 * "FCR", "QA", "AHT" (aht_s) and "NPS"; -1 when none.  s need not be
 * trimmed or NUL-terminated.
 */
int	ev_focus_metric(const char *s, size_t n);

/* What a conversion needs besides the value. */
struct ev_conv {
	struct tz	*tz;
	int		 decimal_comma;
	enum dur_unit	 unit;
};

/*
 * Converts one source value for column col into its canonical text in
 * out (at least EV_VALMAX bytes).  Returns its length (0 for unknown), or
 * -1 with a reason in err ("invalid duration '12:xx'").  Text columns are
 * not converted here: the caller keeps them as they are.
 */
#define EV_VALMAX 48

/* The largest amount (ET_MONEY) a stream holds: emp-score sums amounts
 * in millionths in 64 bits. */
#define EV_AMOUNT_MAX	1000000000000LL
#define EV_AMOUNT_MAX_S	"1000000000000"
int	ev_convert(int col, enum ev_type type, const char *s, size_t n,
	    const struct ev_conv *, char *out, char *err, size_t errsize);

/*
 * Reads one value of column col of an event stream, as emp-score,
 * emp-tier --exposure and any reader of the stream's numbers need it:
 * a time (UTC) into *v in milliseconds, a duration, amount or score in
 * millionths, a yes/no as 0 or 1.  The canonical forms are read
 * straight; anything else (and every error) goes through ev_convert(),
 * for the same results and messages as emp-ingest.  1 when known, 0 when
 * empty, -1 with "field 'x': why" in err.
 */
int	ev_read(int col, const char *s, size_t n, int64_t *v, char *err,
	    size_t errsize);

/*
 * Whether a customer value names no one: empty, an unknown marker
 * (parse_is_unknown()), what phone systems write for a withheld number
 * (anonymous, unknown, restricted, private, withheld, unavailable,
 * blocked, in any case; sip:anonymous@... as RFC 3323 has it) or a
 * number of zeros only.  Such contacts are not one customer's: fcr
 * leaves them out as it does contacts without a customer.
 */
int	ev_customer_none(const char *s, size_t n);

/* Writes s, shortened after 60 bytes (on a character boundary, then
 * "..."), into buf for a message, escaped by the terminal rule
 * (termsafe.h: controls and bytes that are not UTF-8 as \xNN, C1 and
 * bidi controls as \uNNNN) and with a backslash as \x5c, so that the
 * quoted value is unambiguous. */
void	msg_quote(char *buf, size_t size, const char *s, size_t n);

#endif
