/*
 * score.c: the scoring engine (see score.h and emp-scores(5)).
 *
 * Every statistic is an integer sum (values in millionths), so results do
 * not depend on the order of the events.  A row's values are derived from
 * its sums only when written.
 */
#include <sys/stat.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "approved.h"
#include "emp.h"
#include "events.h"
#include "feeder.h"
#include "hash.h"
#include "ledger.h"
#include "roster.h"
#include "score.h"
#include "score_fcr.h"
#include "stats.h"
#include "table.h"

void
score_opts_init(struct score_opts *o)
{
	int m;

	memset(o, 0, sizeof(*o));
	o->by = BY_ALL;
	o->groups = GROUP_AGENT | GROUP_TEAM | GROUP_ALL;
	o->since = INT64_MIN;
	o->until = INT64_MAX;
	o->maxwarn = 100;
	o->min_weight = 0.5;
	o->repeat_window = (int64_t)FCR_WINDOW_DAYS * 86400000;
	o->metrics = SCORE_METRICS_ALL;
	o->index = 1;
	for (m = 0; m < M_N; m++) {
		o->min_n[m] = metrics[m].min_n;
		o->weight[m] = metrics[m].weight;
	}
}

int
score_wants_fcr(const struct score_opts *o)
{
	return (o->metrics & (1u << M_FCR)) ||
	    (o->index && o->weight[M_FCR] > 0);
}

#define MICRO	1000000
/* Distinct periods a run may hold (emp-score(1), LIMITS): 273 years by
 * day, with room to spare by week, month or quarter. */
#define SCORE_MAX_PERIODS	100000

struct agg {
	int		 level;		/* SG_AGENT ... SG_REVIEWER */
	char		*period;
	char		*key;
	char		*team;		/* agent rows: latest team */
	size_t		 teamlen;	/* strlen(team): agg_team() */
	int64_t		 team_ts;
	int64_t		 s[S_N];
	double		 index;
	int		 has_index;
	unsigned	 used;		/* metrics in the index, a bit each */
	int		 rank;
	double		 qa_adj;	/* --qa-adjust: the offsets of its
					 * evaluations' reviewers, summed */
};

/* A scored QA evaluation with a reviewer (score.h, Graders): names as
 * ids into struct score's gname (contact 0: none), the rows it is in. */
struct qaev {
	uint32_t	 period, reviewer, agent, contact;
	int64_t		 v;		/* millionths */
	size_t		 row[SG_REVIEWER];	/* the agg rows of its agent,
					 * team, all, level; SIZE_MAX: none */
};

/* A reviewer's results in a period. */
struct grade {
	double		 off, lo, hi;	/* lo, hi when boot */
	double		 p;		/* the bootstrap p of off = 0 */
	int		 boot;		/* lo, hi and p set */
	size_t		 k;		/* agents in the offset */
	double		 rsum;		/* deviations in calibration rounds */
	uint64_t	 rn;		/* and their contacts */
};

/* Hire and exit events of one key, for headcount. */
struct staff {
	int64_t	*ts;
	int	*delta;
	size_t	 n, cap;
	int64_t	 low;		/* lowest running count, once known */
	int	 low_known;
};

struct score {
	const struct score_opts *o;
	struct strmap	 rows;		/* "L\x1fperiod\x1fkey" -> index + 1 */
	struct agg	*agg;
	size_t		 nagg, aggcap;
	struct strmap	 staff;		/* "L\x1fkey" -> struct staff */
	int64_t		 min_ts, max_ts;
	uint64_t	 read, scored, rejected, excluded, outside, warned;
	/* --ledger: the reviews of approved challenges (score.h) */
	int		 have_ledger;
	const char	*ledger_path;
	struct roster	 roster;
	struct ledger	 ledger;
	struct approved_set approved;
	/* reviews that count though the ledger or the events name a
	 * challenge: its review taken out already, another agent's, and a
	 * challenge column the ledger does not back */
	uint64_t	 again, other, unbacked;
	/* reviews approved challenges rescored or gave to another agent,
	 * and those whose score was not the one challenged */
	uint64_t	 rescored, reassigned, stale;
	/* --merge: the files merged so far (argv's paths) */
	struct merged {
		dev_t		 dev;
		ino_t		 ino;
		const char	*path;
	}		*merged;
	size_t		 nmerged;
	struct strmap	 periods;	/* the distinct periods (id = index
					 * + 1): a cap */
	size_t		 nperiods;
	/* the reading's index of rows (row_fast()): by level, period id
	 * and key, the key hashed by the converting threads */
	struct rowslot {
		uint64_t	 h;
		char		*key;	/* NULL: a free slot */
		size_t		 len;
		size_t		 agg;	/* into agg */
		uint32_t	 pid;
		int		 level;
	}		*rix;
	size_t		 rixcap, nrix;
	uint32_t	 lastpid;	/* lastday_key's id */
	uint64_t	 lastpidh;	/* and its hash */
	uint64_t	 allh;		/* key_hash("all") */
	struct strbuf	 kb;
	char		 lastday_key[16];
	int64_t		 lastday;
	/* -g level: the roster (in the zone of the scores), each event
	 * stream spelling of a name -> index + 1 into lvrows (its roster
	 * rows, n 0 when none), and the events it gives no level */
	int		 have_lvroster;
	struct roster	 lvroster;
	struct strmap	 lvnames;
	struct lvrows {
		const struct person *p;
		size_t		 n;
	}		*lvrows;
	size_t		 nlvrows, lvrowscap;
	uint64_t	 nolevel;
	/* -g reviewer, --qa-adjust: names interned (id = index + 1), the
	 * evaluations, the grades by "period:reviewer" ids */
	int		 grading;
	struct strmap	 gnames;
	char		**gname;
	size_t		 ngname, gnamecap;
	struct qaev	*qa;
	size_t		 nqa, qacap;
	uint64_t	 noreviewer;
	struct strmap	 grades;
	/* fcr (score_fcr.h): the customers' clusters; --merge: the
	 * partials' edges; old partials merged, without fcr */
	struct fcr	 fcr;
	int		 fcr_judged;
	struct fcr_merge fm;
	size_t		 fcr_old;
	/* the horizon: a window before the last contact, known at the end
	 * (INT64_MAX until then); the contacts judged unresolved that may
	 * lie beyond it, oldest first from recent[rhead] */
	int64_t		 fcr_horizon;
	struct recent {
		int64_t	 t;
		uint32_t r[FCR_ROWS];	/* UINT32_MAX: FCR_NOROW */
	}		*recent;
	size_t		 nrecent, rhead, recentcap;
	uint64_t	 fcr_beyond;	/* contacts after the horizon */
	uint64_t	 fcr_none;	/* scored contacts without a customer */
	uint64_t	 fcr_late;	/* and too far out of time order */
};

size_t
period_key(int64_t ms, enum score_by by, struct tz *tz, char *buf)
{
	int64_t t, days, y, thu, jan1;
	unsigned m, d;
	int wd;

	t = (ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000));
	t += tz_offset(tz, t);
	days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	civil_from_days(days, &y, &m, &d);
	switch (by) {
	case BY_DAY:
		return (size_t)snprintf(buf, 16, "%04d-%02u-%02u", (int)y, m,
		    d);
	case BY_WEEK:
		/* ISO 8601: the week's Thursday decides the year */
		wd = (int)(((days % 7) + 10) % 7) + 1;	/* Monday 1 */
		thu = days - (wd - 4);
		civil_from_days(thu, &y, &m, &d);
		jan1 = days_from_civil(y, 1, 1);
		return (size_t)snprintf(buf, 16, "%04d-W%02d", (int)y,
		    (int)((thu - jan1) / 7 + 1));
	case BY_MONTH:
		return (size_t)snprintf(buf, 16, "%04d-%02u", (int)y, m);
	case BY_QUARTER:
		return (size_t)snprintf(buf, 16, "%04d-Q%u", (int)y,
		    (m - 1) / 3 + 1);
	case BY_ALL:
		break;
	}
	return (size_t)snprintf(buf, 16, "all");
}

static uint64_t	key_hash(const char *, size_t);
_Static_assert(SG_REVIEWER == FCR_ROWS, "an fcr contact's rows are "
    "its agent, team, all and level rows");

/*
 * A verdict of fcr (score_fcr.h) on the contact at t into its rows.  A
 * contact less than a window before the last contact of the data is in
 * no fcr: its repeats could come after the data end, and counting only
 * those seen would make the last days look resolved.  The horizon is
 * known at the end: a resolved verdict comes a window and a day after
 * its contact but for the last ones, judged at the end (fcr_close());
 * an unresolved one that may lie beyond it is kept in recent until the
 * stream is a window past it, so that fcr_close() can take it back.
 */
static void
fcr_count(void *arg, const struct fcr_rows *r, int64_t t, int resolved)
{
	struct score *sc = arg;
	struct recent *q;
	int64_t *s;
	int k, any = 0;

	for (k = 0; k < FCR_ROWS; k++)
		any |= r->r[k] != FCR_NOROW;
	if (!any)	/* outside --since/--until: a repeat only */
		return;
	if (resolved && t > sc->fcr_horizon) {
		sc->fcr_beyond++;
		return;
	}
	for (k = 0; k < FCR_ROWS; k++) {
		if (r->r[k] == FCR_NOROW)
			continue;
		s = sc->agg[r->r[k]].s;
		s[S_FCR_N]++;
		s[S_FCR_Y] += resolved != 0;
	}
	if (resolved || t <= sc->fcr.max_ts - sc->o->repeat_window)
		return;
	/* the oldest are safe once the stream is a window past them */
	while (sc->rhead < sc->nrecent && sc->recent[sc->rhead].t <=
	    sc->fcr.max_ts - sc->o->repeat_window)
		sc->rhead++;
	if (sc->nrecent == sc->recentcap) {
		if (sc->rhead > sc->nrecent / 2) {
			memmove(sc->recent, sc->recent + sc->rhead,
			    (sc->nrecent - sc->rhead) * sizeof(*sc->recent));
			sc->nrecent -= sc->rhead;
			sc->rhead = 0;
		} else {
			sc->recentcap = sc->recentcap ? 2 * sc->recentcap :
			    1024;
			sc->recent = xreallocarray(sc->recent, sc->recentcap,
			    sizeof(*sc->recent));
		}
	}
	q = &sc->recent[sc->nrecent++];
	q->t = t;
	for (k = 0; k < FCR_ROWS; k++)
		q->r[k] = r->r[k] >= UINT32_MAX ? UINT32_MAX :
		    (uint32_t)r->r[k];
}

/* --merge: a partial's fcr sums brought to what one pass counts. */
static void
fcr_adjust(void *arg, size_t row, int dn, int dy)
{
	int64_t *s = ((struct score *)arg)->agg[row].s;

	s[S_FCR_N] += dn;
	if (s[S_FCR_Y] + dy >= 0)
		s[S_FCR_Y] += dy;
}

/*
 * The end of fcr: the horizon a window before the last contact judged,
 * the contacts still waiting judged (those beyond it left out), and the
 * unresolved ones beyond it taken back out of their rows.
 */
static void
fcr_close(struct score *sc)
{
	struct recent *q;
	size_t i;
	int k;

	if (sc->fcr_judged)
		return;
	sc->fcr_judged = 1;
	sc->fcr_horizon = sc->fcr.counted > 0 ? sc->fcr.max_ts -
	    sc->o->repeat_window : INT64_MAX;
	fcr_flush(&sc->fcr);
	for (i = sc->rhead; i < sc->nrecent; i++) {
		q = &sc->recent[i];
		if (q->t <= sc->fcr_horizon)
			continue;
		sc->fcr_beyond++;
		for (k = 0; k < FCR_ROWS; k++)
			if (q->r[k] != UINT32_MAX)
				sc->agg[q->r[k]].s[S_FCR_N]--;
	}
}

struct score *
score_new(const struct score_opts *o)
{
	struct score *sc = xcalloc(1, sizeof(*sc));

	sc->o = o;
	strmap_init(&sc->rows, 0);
	strmap_init(&sc->staff, 0);
	strmap_init(&sc->periods, 0);
	strmap_init(&sc->lvnames, 0);
	strmap_init(&sc->gnames, 0);
	strmap_init(&sc->grades, 0);
	sc->grading = !o->partial && !o->merge &&
	    ((o->groups & GROUP_REVIEWER) || o->qa_adjust);
	sc->min_ts = INT64_MAX;
	sc->max_ts = INT64_MIN;
	sc->lastday = INT64_MIN;
	sc->allh = key_hash("all", 3);
	sc->fcr_horizon = INT64_MAX;
	fcr_init(&sc->fcr, o->repeat_window, o->partial, fcr_count, sc);
	fcr_merge_init(&sc->fm, o->repeat_window);
	return sc;
}

/*
 * Counts a period of a row of file name, line line, and returns its id
 * (1, 2, ... in the order first seen); more than SCORE_MAX_PERIODS
 * distinct ones end the run (status 1) before they take memory by the
 * gigabyte: --by day over ten thousand years is a mistake, or a clock
 * gone wrong, not a report.
 */
static uint32_t
period_note(struct score *sc, const char *period, const char *name,
    unsigned long line)
{
	size_t n = strlen(period);
	uintptr_t id;

	if ((id = (uintptr_t)strmap_get(&sc->periods, period, n)) != 0)
		return (uint32_t)id;
	if (sc->nperiods == SCORE_MAX_PERIODS)
		emp_die(EXIT_FAIL, "%s:%lu: more than %d periods by %s: use "
		    "a longer --by or --since and --until", name, line,
		    SCORE_MAX_PERIODS, score_by_name(sc->o->by));
	sc->nperiods++;
	strmap_put(&sc->periods, period, n, (void *)(uintptr_t)sc->nperiods);
	return (uint32_t)sc->nperiods;
}

static struct agg *
row_get(struct score *sc, int level, const char *period, const char *key,
    size_t keylen)
{
	struct agg *a;
	uintptr_t i;

	sc->kb.len = 0;
	sb_addc(&sc->kb, '0' + level);
	sb_addc(&sc->kb, 0x1f);
	sb_adds(&sc->kb, period);
	sb_addc(&sc->kb, 0x1f);
	sb_add(&sc->kb, key, keylen);
	if ((i = (uintptr_t)strmap_get(&sc->rows, sc->kb.s, sc->kb.len)) != 0)
		return &sc->agg[i - 1];
	if (sc->nagg == sc->aggcap) {
		sc->aggcap = sc->aggcap ? sc->aggcap * 2 : 256;
		sc->agg = xreallocarray(sc->agg, sc->aggcap, sizeof(*sc->agg));
	}
	a = &sc->agg[sc->nagg++];
	memset(a, 0, sizeof(*a));
	a->level = level;
	a->period = xstrdup(period);
	a->key = xstrndup(key, keylen);
	a->team = xstrdup("");
	a->teamlen = 0;
	a->team_ts = INT64_MIN;
	strmap_put(&sc->rows, sc->kb.s, sc->kb.len, (void *)(uintptr_t)sc->nagg);
	return a;
}

/*
 * The hash of a row's key for row_fast(): two multiplies per 16 bytes
 * (names are short); only the speed of the look-ups, never their
 * result, depends on it.
 */
static uint64_t
key_mix(uint64_t a, uint64_t b)
{
	uint64_t h = (a ^ 0xa0761d6478bd642fULL) * 0xe7037ed1a0b428dbULL;

	h = (h ^ (h >> 29) ^ b) * 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 32);
}

#define HIGH_BITS	0x8080808080808080ULL

/*
 * key_hash(), with the words it reads ORed into *any: they cover every
 * byte of s[0..n), so s is ASCII when *any & HIGH_BITS is 0.
 */
static inline uint64_t
key_hash_any(const char *s, size_t n, uint64_t *any)
{
	uint64_t a = 0, b = 0, h = n * 0x8ebc6af09c88c6e3ULL;
	uint32_t x, y;

	for (; n > 16; s += 16, n -= 16) {
		memcpy(&a, s, 8);
		memcpy(&b, s + 8, 8);
		*any |= a | b;
		h = key_mix(a ^ h, b);
	}
	if (n >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
	} else if (n >= 4) {
		memcpy(&x, s, 4);
		memcpy(&y, s + n - 4, 4);
		a = x;
		b = y;
	} else if (n > 0) {
		a = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (unsigned char)s[n - 1];
		b = 0;
	}
	*any |= a | b;
	return key_mix(a ^ h, b ^ n);
}

static uint64_t
key_hash(const char *s, size_t n)
{
	uint64_t any = 0;

	return key_hash_any(s, n, &any);
}

/* memcmp(a, b, n) == 0 for short keys, without a call. */
static int
key_eq(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	uint32_t u, v, p, q;
	size_t i;

	if (n < 8) {
		if (n >= 4) {
			memcpy(&u, a, 4);
			memcpy(&v, b, 4);
			memcpy(&p, a + n - 4, 4);
			memcpy(&q, b + n - 4, 4);
			return u == v && p == q;
		}
		for (i = 0; i < n; i++)
			if (a[i] != b[i])
				return 0;
		return 1;
	}
	for (i = 0; i + 8 < n; i += 8) {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return 0;
	}
	memcpy(&x, a + n - 8, 8);
	memcpy(&y, b + n - 8, 8);
	return x == y;
}

/* A row's team: s[0..n), up to a NUL in it. */
static void
agg_team(struct agg *a, const char *s, size_t n)
{
	free(a->team);
	a->team = xstrndup(s, n);
	a->teamlen = strlen(a->team);
}

static void
rix_grow(struct score *sc)
{
	struct rowslot *old = sc->rix;
	size_t i, j, oldcap = sc->rixcap;

	sc->rixcap = oldcap ? 2 * oldcap : 1024;
	sc->rix = xcalloc(sc->rixcap, sizeof(*sc->rix));
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		for (j = old[i].h & (sc->rixcap - 1); sc->rix[j].key != NULL;
		    j = (j + 1) & (sc->rixcap - 1))
			;
		sc->rix[j] = old[i];
	}
	free(old);
}

/*
 * row_get() of the period lastday_key (id lastpid) for the reading's
 * hot path: hk is key_hash(key, len), made by the thread that read the
 * event, so that a look-up here is one probe of an open table.
 */
static struct agg *
row_fast(struct score *sc, int level, const char *key, size_t len,
    uint64_t hk)
{
	struct rowslot *s;
	struct agg *a;
	uint64_t h;
	size_t i, mask;

	h = hk ^ sc->lastpidh ^ (uint64_t)(level + 1) * 0x9e3779b97f4a7c15ULL;
	if (2 * (sc->nrix + 1) > sc->rixcap)
		rix_grow(sc);
	mask = sc->rixcap - 1;
	for (i = h & mask; (s = &sc->rix[i])->key != NULL; i = (i + 1) & mask)
		if (s->h == h && s->pid == sc->lastpid && s->level == level &&
		    s->len == len && key_eq(s->key, key, len))
			return &sc->agg[s->agg];
	a = row_get(sc, level, sc->lastday_key, key, len);
	s->h = h;
	s->key = xmalloc(len + 1);
	memcpy(s->key, key, len);
	s->len = len;
	s->agg = (size_t)(a - sc->agg);
	s->pid = sc->lastpid;
	s->level = level;
	sc->nrix++;
	return a;
}

static void
staff_add(struct score *sc, int level, const char *key, size_t keylen,
    int64_t ts, int delta)
{
	struct staff *st;

	sc->kb.len = 0;
	sb_addc(&sc->kb, '0' + level);
	sb_addc(&sc->kb, 0x1f);
	sb_add(&sc->kb, key, keylen);
	if ((st = strmap_get(&sc->staff, sc->kb.s, sc->kb.len)) == NULL) {
		st = xcalloc(1, sizeof(*st));
		strmap_put(&sc->staff, sc->kb.s, sc->kb.len, st);
	}
	if (st->n == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 4;
		st->ts = xreallocarray(st->ts, st->cap, sizeof(*st->ts));
		st->delta = xreallocarray(st->delta, st->cap,
		    sizeof(*st->delta));
	}
	st->ts[st->n] = ts;
	st->delta[st->n++] = delta;
}

/* The columns an event is read from. */
enum col {
	C_KIND, C_TS, C_AGENT, C_TEAM, C_ID, C_TALK, C_HOLD, C_ACW, C_AVAIL,
	C_RESOLVED, C_ESCALATED, C_TRANSFERRED, C_AMOUNT, C_DECISION_S,
	C_CSAT, C_NPS, C_QA, C_CONFIDENCE, C_ESAT, C_CHALLENGE, C_CONTACT,
	C_REVIEWER, C_CUSTOMER,
	C_N
};

static const int col_ev[C_N] = {
	EV_KIND, EV_TS, EV_AGENT, EV_TEAM, EV_ID, EV_TALK, EV_HOLD, EV_ACW,
	EV_AVAIL, EV_RESOLVED, EV_ESCALATED, EV_TRANSFERRED, EV_AMOUNT,
	EV_DECISION_S, EV_CSAT, EV_NPS, EV_QA, EV_CONFIDENCE, EV_ESAT,
	EV_CHALLENGE, EV_CONTACT, EV_REVIEWER, EV_CUSTOMER
};

/* An event's values: a number in millionths, or unknown; v[c] is set
 * only where known[c] (event_read() clears known[] alone). */
struct ev {
	unsigned char known[C_N];
	int64_t	 v[C_N];
	int	 kind;
	int64_t	 ms;
};

/* in the order of ev_kinds[] */
enum { K_CONTACT, K_STATE, K_SURVEY, K_QA, K_PULSE, K_DECISION, K_HIRE,
    K_EXIT, K_COACHING };

/*
 * Reads one value (ev_read()); -1 with err set.  Most of a stream's
 * values are a duration of plain digits or a yes/no of 0 or 1: those are
 * read here, to the same values ev_read() gives them.
 */
static int
read_value(int c, const char *s, size_t n,
    struct ev *e, char *err, size_t errsize)
{
	int64_t v;
	size_t i;
	int rv;

	switch (ev_cols[col_ev[c]].type) {
	case ET_BOOL:
		if (n == 1 && (s[0] == '0' || s[0] == '1')) {
			e->v[c] = s[0] - '0';
			e->known[c] = 1;
			return 0;
		}
		break;
	case ET_DUR:
		if (n == 0 || n > 12)
			break;
		for (i = 0, v = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			v = v * 10 + (s[i] - '0');
		if (i == n) {
			e->v[c] = v * MICRO;
			e->known[c] = 1;
			return 0;
		}
		break;
	default:
		break;
	}
	rv = ev_read(col_ev[c], s, n, c == C_TS ? &e->ms : &e->v[c], err,
	    errsize);
	if (rv == 1)
		e->known[c] = 1;
	return rv < 0 ? -1 : 0;
}

static void
add_event(struct agg *a, const struct ev *e, int excluded)
{
	int64_t *s = a->s;

	switch (e->kind) {
	case K_CONTACT:
		s[S_CONTACTS]++;
		if (e->known[C_TALK]) {
			s[S_TALK] += e->v[C_TALK];
			s[S_TALK_N]++;
		}
		if (e->known[C_HOLD]) {
			s[S_HOLD] += e->v[C_HOLD];
			s[S_HOLD_N]++;
		}
		if (e->known[C_ACW]) {
			s[S_ACW] += e->v[C_ACW];
			s[S_ACW_N]++;
		}
		/* handle time: the contact's own parts, all known, or none
		 * (each part is at most INT64_MAX / 4) */
		if (e->known[C_TALK] && e->known[C_HOLD] && e->known[C_ACW]) {
			s[S_HANDLE] += e->v[C_TALK] + e->v[C_HOLD] +
			    e->v[C_ACW];
			s[S_HANDLE_N]++;
		}
		if (e->known[C_RESOLVED]) {
			s[S_RES_N]++;
			if (e->v[C_RESOLVED] != 0) {
				s[S_RES_Y]++;
				if (!(e->known[C_ESCALATED] &&
				    e->v[C_ESCALATED] != 0) &&
				    !(e->known[C_TRANSFERRED] &&
				    e->v[C_TRANSFERRED] != 0))
					s[S_NOESC_Y]++;
			}
		}
		if (e->known[C_TRANSFERRED]) {
			s[S_XFER_N]++;
			if (e->v[C_TRANSFERRED] != 0)
				s[S_XFER_Y]++;
		}
		break;
	case K_STATE:
		s[S_STATE_N]++;
		s[S_BUSY] += (e->known[C_TALK] ? e->v[C_TALK] : 0) +
		    (e->known[C_HOLD] ? e->v[C_HOLD] : 0) +
		    (e->known[C_ACW] ? e->v[C_ACW] : 0);
		s[S_AVAIL] += e->known[C_AVAIL] ? e->v[C_AVAIL] : 0;
		break;
	case K_PULSE:
		if (e->known[C_CONFIDENCE]) {
			s[S_CONF] += e->v[C_CONFIDENCE];
			s[S_CONF_N]++;
		}
		if (e->known[C_ESAT]) {
			s[S_ESAT] += e->v[C_ESAT];
			s[S_ESAT_N]++;
		}
		break;
	case K_DECISION:
		s[S_DECISIONS]++;
		if (e->known[C_AMOUNT])
			s[S_AMOUNT] += e->v[C_AMOUNT];
		if (e->known[C_DECISION_S]) {
			s[S_DEC_S] += e->v[C_DECISION_S];
			s[S_DEC_S_N]++;
		}
		if (e->known[C_ESCALATED]) {
			s[S_DEC_ESC_N]++;
			if (e->v[C_ESCALATED] != 0)
				s[S_DEC_ESC_Y]++;
		}
		break;
	case K_EXIT:
		s[S_EXITS]++;
		break;
	}
	/* reviews, from any kind of event that carries one */
	if (e->known[C_CSAT] || e->known[C_NPS] || e->known[C_QA]) {
		if (excluded) {
			s[S_EXCLUDED]++;
			return;
		}
	}
	if (e->known[C_CSAT] || e->known[C_NPS])
		s[S_SURVEYS]++;
	if (e->known[C_CSAT]) {
		s[S_CSAT] += e->v[C_CSAT];
		s[S_CSAT_N]++;
		if (e->v[C_CSAT] >= 4 * MICRO)
			s[S_CSAT_GOOD]++;
	}
	if (e->known[C_NPS]) {
		s[S_NPS_N]++;
		if (e->v[C_NPS] >= 9 * MICRO)
			s[S_NPS_PRO]++;
		else if (e->v[C_NPS] <= 6 * MICRO)
			s[S_NPS_DET]++;
	}
	if (e->known[C_QA]) {
		s[S_QA] += e->v[C_QA];
		s[S_QA_N]++;
	}
}

static void
reject(struct score *sc, const char *name, unsigned long line,
    const char *why)
{
	sc->rejected++;
	if (sc->warned++ < (uint64_t)sc->o->maxwarn)
		emp_warn("%s:%lu: %s", name, line, why);
	else if (sc->warned == (uint64_t)sc->o->maxwarn + 1)
		emp_warn("further rejected events are not shown");
}

static void
add_staff(struct score *sc, const struct ev *e, const char *agent,
    size_t alen, const char *team, size_t tlen)
{
	int d = e->kind == K_HIRE ? 1 : -1;

	staff_add(sc, 0, agent, alen, e->ms, d);
	if (tlen > 0)
		staff_add(sc, 1, team, tlen, e->ms, d);
	staff_add(sc, 2, "all", 3, e->ms, d);
}

/* Compares s[0..n) with the string t, as strcmp() would. */
static int
name_cmp(const char *s, size_t n, const char *t)
{
	size_t tn = strlen(t);
	int c = memcmp(s, t, n < tn ? n : tn);

	if (c != 0)
		return c;
	return n < tn ? -1 : n > tn;
}

/*
 * The first row of the stream that is the review of an approved
 * challenge of the ledger that corrects its score or gives it to another
 * agent (approved.h): the score into e, the agent into *agent, *alen;
 * a review whose score is not the one challenged counts as it is,
 * reported once.
 */
static void
review_fix(struct score *sc, struct approved *ap, const char *name,
    unsigned long line, struct ev *e, const char **agent, size_t *alen)
{
	char was[48], now[48];
	int c, neg;

	if (ap->reassign != NULL) {
		*agent = ap->reassign;
		*alen = strlen(ap->reassign);
		sc->reassigned++;
		return;
	}
	for (c = 0; c < C_N && col_ev[c] != ap->sc.metric; c++)
		;
	/* the measure a challenge corrects is the review's negative one
	 * (emp-challenge(1) open --score): its csat when 2 or less, else
	 * its nps when 6 or less, else its qa */
	neg = e->known[C_CSAT] && e->v[C_CSAT] <= 2000000 ? C_CSAT :
	    e->known[C_NPS] && e->v[C_NPS] <= 6000000 ? C_NPS : C_QA;
	if (c < C_N && c != neg && e->known[c] && e->v[c] == ap->sc.from) {
		sc->stale++;
		if (!(ap->reported & 4)) {
			emp_warn("%s:%lu: %s (%s:%lu) not applied: it corrects "
			    "the review's %s, but the review's negative score "
			    "is its %s; it counts as it is", name, line,
			    ap->c->id, sc->ledger_path, ap->c->line,
			    ev_cols[ap->sc.metric].name,
			    ev_cols[col_ev[neg]].name);
			ap->reported |= 4;
		}
		return;
	}
	if (c < C_N && e->known[c] && e->v[c] == ap->sc.from) {
		e->v[c] = ap->sc.to;
		sc->rescored++;
		return;
	}
	sc->stale++;
	if (!(ap->reported & 4)) {
		ledger_score_format(was, sizeof(was), ap->sc.metric,
		    ap->sc.from, ap->sc.from);
		if (c < C_N && e->known[c])
			ledger_score_format(now, sizeof(now), ap->sc.metric,
			    e->v[c], e->v[c]);
		emp_warn("%s:%lu: %s (%s:%lu) not applied: the review's %s is "
		    "%s, not %s as when it was challenged; it counts as it "
		    "is", name, line, ap->c->id, sc->ledger_path, ap->c->line,
		    ev_cols[ap->sc.metric].name, c < C_N && e->known[c] ?
		    strchr(now, '>') + 1 : "empty", strchr(was, '>') + 1);
		ap->reported |= 4;
	}
}

/*
 * Whether the review in rec (an event with a csat, nps or qa, of agent)
 * is taken out: when it is the first row of the stream that is the
 * review of an approved challenge of the ledger (score.h), which
 * neither corrects its score nor gives it to another agent (those are
 * done here: review_fix()).  Called for
 * every scored review in stream order, from the commit of the batches
 * (event_add(): one batch at a time, in input order, file after file),
 * which alone touches the set's seen and reported: so "the first" is
 * the same row in every run, with any number of threads.  A challenge's
 * repeat (reported bit 2) and a row of another agent (bit 1) count and
 * are reported once per challenge; a challenge column value on a review
 * that is not taken out counts and only the first is reported.
 */
static int
review_out(struct score *sc, const struct csv_record *rec, const char *name,
    const int *idx, struct ev *e, const char **agentp, size_t *alenp)
{
	const char *agent = *agentp;
	size_t alen = *alenp;
	struct approved *ap = NULL;
	char q[80], v[80];

	if (sc->approved.n > 0 && idx[C_ID] >= 0)
		ap = approved_find(&sc->approved, rec->fields[idx[C_ID]],
		    rec->lens[idx[C_ID]], rec->fields[idx[C_KIND]],
		    rec->lens[idx[C_KIND]]);
	if (ap != NULL && !approved_agent_is(ap, agent, alen)) {
		sc->other++;
		if (!(ap->reported & 1)) {
			msg_quote(q, sizeof(q), agent, alen);
			emp_warn("%s:%lu: %s (%s:%lu) not applied: the review "
			    "is %s's, not %s's; it counts", name, rec->line,
			    ap->c->id, sc->ledger_path, ap->c->line, q,
			    ap->c->agent);
			ap->reported |= 1;
		}
	} else if (ap != NULL && ap->seen) {
		sc->again++;
		if (!(ap->reported & 2)) {
			emp_warn("%s:%lu: %s (%s:%lu) took its review out "
			    "already: a challenge takes out one review; this "
			    "one counts", name, rec->line, ap->c->id,
			    sc->ledger_path, ap->c->line);
			ap->reported |= 2;
		}
	} else if (ap != NULL) {
		ap->seen = 1;
		if (!ap->rescore && ap->reassign == NULL)
			return 1;
		review_fix(sc, ap, name, rec->line, e, agentp, alenp);
		return 0;
	}
	if (idx[C_CHALLENGE] >= 0 && rec->lens[idx[C_CHALLENGE]] > 0 &&
	    sc->unbacked++ == 0) {
		msg_quote(v, sizeof(v), rec->fields[idx[C_CHALLENGE]],
		    rec->lens[idx[C_CHALLENGE]]);
		if (sc->have_ledger)
			emp_warn("%s:%lu: field 'challenge': '%s' takes "
			    "nothing out: no approved challenge in %s takes "
			    "this review out; it counts", name, rec->line, v,
			    sc->ledger_path);
		else
			emp_warn("%s:%lu: field 'challenge': '%s' takes "
			    "nothing out: only a verified ledger (--ledger) "
			    "does; the review counts", name, rec->line, v);
	}
	return 0;
}

/*
 * The level the roster gives agent (the event's spelling) at ms: that of
 * the latest row effective at or before it (roster.h), 0 for none.  The
 * roster is asked once per spelling (trimmed, case folded, its rows
 * found); every other event of it is one hash look-up and a walk back
 * over the agent's few dated rows.
 */
static int
level_at(struct score *sc, const char *agent, size_t alen, int64_t ms)
{
	const struct lvrows *lr;
	uintptr_t i;
	size_t n;

	if (!sc->have_lvroster)
		return 0;
	if ((i = (uintptr_t)strmap_get(&sc->lvnames, agent, alen)) == 0) {
		if (sc->nlvrows == sc->lvrowscap) {
			sc->lvrowscap = sc->lvrowscap ? 2 * sc->lvrowscap : 64;
			sc->lvrows = xreallocarray(sc->lvrows, sc->lvrowscap,
			    sizeof(*sc->lvrows));
		}
		sc->lvrows[sc->nlvrows].p = roster_rows(&sc->lvroster, agent,
		    alen, &sc->lvrows[sc->nlvrows].n);
		i = ++sc->nlvrows;
		strmap_put(&sc->lvnames, agent, alen, (void *)i);
	}
	lr = &sc->lvrows[i - 1];
	for (n = lr->n; n > 0 && lr->p[n - 1].since > ms; n--)
		;
	return n > 0 ? lr->p[n - 1].level : 0;
}

/* A level's key, "1", "2", ... (at most 99999, roster.c), into buf;
 * its length.  Not snprintf(): once per event. */
static size_t
level_key(int lv, char *buf)
{
	char t[8];
	size_t n = 0, k = 0;

	do
		t[n++] = (char)('0' + lv % 10);
	while ((lv /= 10) > 0);
	while (n > 0)
		buf[k++] = t[--n];
	return k;
}

/* The id of a name (interned, id = index + 1); 0 for "". */
static uint32_t
gname_id(struct score *sc, const char *s, size_t n)
{
	uintptr_t i;

	if (n == 0)
		return 0;
	if ((i = (uintptr_t)strmap_get(&sc->gnames, s, n)) != 0)
		return (uint32_t)i;
	if (sc->ngname == sc->gnamecap) {
		sc->gnamecap = sc->gnamecap ? 2 * sc->gnamecap : 64;
		sc->gname = xreallocarray(sc->gname, sc->gnamecap,
		    sizeof(*sc->gname));
	}
	sc->gname[sc->ngname++] = xstrndup(s, n);
	strmap_put(&sc->gnames, s, n, (void *)(uintptr_t)sc->ngname);
	return (uint32_t)sc->ngname;
}

/*
 * A scored QA evaluation (e has a qa) for the graders: into its
 * reviewer's row (-g reviewer) and kept (score.h, Graders); one without
 * a reviewer is counted only.  rows: the agg rows it went into.
 */
static void
grade_note(struct score *sc, const struct csv_record *rec, const int *idx,
    const struct ev *e, int excluded, const char *agent, size_t alen,
    const size_t *rows)
{
	struct qaev *q;
	struct agg *a;
	const char *r;
	size_t rlen;
	int k;

	r = idx[C_REVIEWER] >= 0 ? rec->fields[idx[C_REVIEWER]] : "";
	rlen = idx[C_REVIEWER] >= 0 ? rec->lens[idx[C_REVIEWER]] : 0;
	if (rlen == 0) {
		sc->noreviewer++;
		return;
	}
	if (sc->o->groups & GROUP_REVIEWER) {
		a = row_get(sc, SG_REVIEWER, sc->lastday_key, r, rlen);
		if (excluded)
			a->s[S_EXCLUDED]++;
		else {
			a->s[S_QA] += e->v[C_QA];
			a->s[S_QA_N]++;
		}
	}
	if (excluded)
		return;
	if (sc->nqa == sc->qacap) {
		sc->qacap = sc->qacap ? 2 * sc->qacap : 256;
		sc->qa = xreallocarray(sc->qa, sc->qacap, sizeof(*sc->qa));
	}
	q = &sc->qa[sc->nqa++];
	q->period = gname_id(sc, sc->lastday_key, strlen(sc->lastday_key));
	q->reviewer = gname_id(sc, r, rlen);
	q->agent = gname_id(sc, agent, alen);
	q->contact = idx[C_CONTACT] >= 0 ? gname_id(sc,
	    rec->fields[idx[C_CONTACT]], rec->lens[idx[C_CONTACT]]) : 0;
	q->v = e->v[C_QA];
	for (k = 0; k < SG_REVIEWER; k++)
		q->row[k] = rows[k];
}

/*
 * Reading on every core.  A file's records come in batches
 * (feeder_run_ordered()); convert_batch(), on any thread with a worker
 * of its own, reads each record on its own: its values (event_read()),
 * its checks and the text of its rejection, its period; commit_batch(),
 * one batch at a time in input order on one thread, does all that
 * depends on order or adds up (event_add()): the rejections and their
 * messages, the ledger's reviews (review_out(), "the first row"), the
 * level (level_at()), the rows' sums and the graders.  So the scores and
 * the messages are those of one thread, whatever the thread count.
 */

/* A file being read: read-only while its threads run. */
struct readctx {
	const struct score_opts *o;
	const char	*name;
	int		 idx[C_N];
	int		 val[C_N];	/* the value columns present, in
					 * order (C_TS first) */
	int		 nval;
	size_t		 width;
	char		**names;	/* the header's, width of them */
	int		 fcr;		/* score_wants_fcr() */
};

/* What event_read() made of a record. */
enum { RR_REJECT, RR_OUTSIDE, RR_COACHING, RR_SCORE };

struct rowres {
	struct ev	 e;
	const char	*agent, *team;	/* into the batch's fields */
	size_t		 alen, tlen;
	const char	*cust;		/* the customer, "" for none: fcr */
	size_t		 clen;
	uint64_t	 ah, th;	/* their key_hash() */
	uint64_t	 ch;		/* a contact's customer's fcr_hash() */
	size_t		 i;		/* the record in its batch */
	unsigned long	 line;
	size_t		 msg;		/* RR_REJECT: its text, in text */
	int64_t		 day;		/* RR_SCORE: the local day of ts */
	char		 period[16];	/* and its period_key() */
	int		 what;
};

/* A batch's records read, for its commit; the batch stays the reader's
 * until then (feeder.h). */
struct batchres {
	struct csv_batch *b;
	struct rowres	*r;
	size_t		 n, cap;
	struct strbuf	 text;
};

/* A converting thread's: a time zone cache and its last local day. */
struct worker {
	const struct readctx *ctx;
	struct tz	*tz;
	int64_t		 lastday;
	char		 lastkey[16];
};

/*
 * Reads record v into r; 0 for a blank line (not an event, nothing in r).
 * What is wrong with a row, in the order of the checks: the record
 * itself, its width, its kind, a value, ts and agent missing, a name not
 * UTF-8; then the window and coaching.  A rejection's text goes to text.
 */
static int
event_read(struct worker *w, const struct csv_view *v, struct rowres *r,
    struct strbuf *text)
{
#define FLD(k)	csv_view_ptr(v, (size_t)(k))
#define LEN(k)	csv_view_len(v, (size_t)(k))
	const struct readctx *ctx = w->ctx;
	const int *idx = ctx->idx;
	struct ev *e = &r->e;
	char err[512], q[256];
	const char *why = err;
	int c, k;
	int64_t slot;
	uint64_t any;

	if (v->blank)
		return 0;
	for (c = 0; c < (int)v->nfields && LEN(c) == 0; c++)
		;
	if (c == (int)v->nfields && v->err == NULL)
		return 0;	/* ",,,,": a blank line */
	r->line = v->line;
	r->what = RR_REJECT;
	if (v->rec != NULL) {
		/* libcsv's record: its quoting, its width, and a NUL byte,
		 * which would cut a name short ("ana\0x" a second row of
		 * ana) and every C string after it */
		if (csv_record_check(v->rec, ctx->width, ctx->names, err,
		    sizeof(err)) == -1)
			goto rejected;
	} else if (v->err != NULL) {
		why = v->err;
		goto rejected;
	} else if (v->nfields != ctx->width) {
		snprintf(err, sizeof(err), "expected %zu fields, found %zu",
		    ctx->width, v->nfields);
		goto rejected;
	}
	/* an unknown value's v is never read */
	memset(e->known, 0, sizeof(e->known));
	e->ms = 0;
	e->kind = ev_kind_index(FLD(idx[C_KIND]), LEN(idx[C_KIND]));
	if (e->kind < 0) {
		msg_quote(q, sizeof(q), FLD(idx[C_KIND]), LEN(idx[C_KIND]));
		if (LEN(idx[C_KIND]) == 0)
			snprintf(err, sizeof(err), "field 'kind': missing "
			    "event kind");
		else
			snprintf(err, sizeof(err), "field 'kind': unknown "
			    "event kind '%s'", q);
		goto rejected;
	}
	for (k = 0; k < ctx->nval; k++) {
		c = ctx->val[k];
		if (LEN(idx[c]) > 0 && read_value(c, FLD(idx[c]),
		    LEN(idx[c]), e, err, sizeof(err)) == -1)
			goto rejected;	/* (an empty field is unknown) */
	}
	r->agent = FLD(idx[C_AGENT]);
	r->alen = LEN(idx[C_AGENT]);
	r->team = idx[C_TEAM] >= 0 ? FLD(idx[C_TEAM]) : "";
	r->tlen = idx[C_TEAM] >= 0 ? LEN(idx[C_TEAM]) : 0;
	r->cust = idx[C_CUSTOMER] >= 0 ? FLD(idx[C_CUSTOMER]) : "";
	r->clen = idx[C_CUSTOMER] >= 0 && ctx->fcr ?
	    LEN(idx[C_CUSTOMER]) : 0;
	if (r->clen > 0 && e->kind == K_CONTACT &&
	    ev_customer_none(r->cust, r->clen))
		r->clen = 0;
	r->ch = r->clen > 0 && e->kind == K_CONTACT ?
	    fcr_hash(r->cust, r->clen) : 0;
	if (!e->known[C_TS] || r->alen == 0) {
		why = !e->known[C_TS] ? "field 'ts': missing timestamp" :
		    "field 'agent': missing agent";
		goto rejected;
	}
	/* a name in another encoding would split one agent in two; the
	 * hashes see every byte, and an ASCII name needs no more */
	any = 0;
	r->ah = key_hash_any(r->agent, r->alen, &any);
	if ((any & HIGH_BITS) != 0 && !parse_utf8(r->agent, r->alen)) {
		why = "field 'agent': " PARSE_NOT_UTF8;
		goto rejected;
	}
	any = 0;
	r->th = key_hash_any(r->team, r->tlen, &any);
	if ((any & HIGH_BITS) != 0 && !parse_utf8(r->team, r->tlen)) {
		why = "field 'team': " PARSE_NOT_UTF8;
		goto rejected;
	}
	if (idx[C_REVIEWER] >= 0 && !parse_utf8(FLD(idx[C_REVIEWER]),
	    LEN(idx[C_REVIEWER]))) {
		why = "field 'reviewer': " PARSE_NOT_UTF8;
		goto rejected;
	}
	if (e->ms < ctx->o->since || e->ms >= ctx->o->until) {
		r->what = RR_OUTSIDE;
		return 1;
	}
	if (e->kind == K_COACHING) {	/* accepted; scores nothing */
		r->what = RR_COACHING;
		return 1;
	}
	/* periods change at local midnights: one period_key() per local
	 * day, the worker's last */
	slot = e->ms >= 0 ? e->ms / 1000 : -((-e->ms + 999) / 1000);
	slot += tz_offset(w->tz, slot);
	slot = slot >= 0 ? slot / 86400 : -((-slot + 86399) / 86400);
	if (slot != w->lastday) {
		period_key(e->ms, ctx->o->by, w->tz, w->lastkey);
		w->lastday = slot;
	}
	r->day = slot;
	memcpy(r->period, w->lastkey, sizeof(r->period));
	r->what = RR_SCORE;
	return 1;
rejected:
	r->msg = text->len;
	sb_add(text, why, strlen(why) + 1);
	return 1;
#undef FLD
#undef LEN
}

static void
convert_batch(void *worker, struct csv_batch *b, size_t n, void *result)
{
	struct batchres *res = result;
	struct csv_view v;
	size_t i;

	res->b = b;
	res->n = 0;
	res->text.len = 0;
	if (res->cap < n) {
		res->cap = n;
		res->r = xreallocarray(res->r, res->cap, sizeof(*res->r));
	}
	for (i = 0; i < n; i++) {
		res->r[res->n].i = i;
		csv_batch_view(b, i, &v);
		if (event_read(worker, &v, &res->r[res->n], &res->text))
			res->n++;
	}
}

/*
 * A contact outside --since/--until is no one's in fcr but still a
 * repeat of the contacts inside (one the day after --until makes the
 * last contact before it unresolved, as it is): judged into no row, and
 * not in the summary's counts of contacts without a customer and out of
 * time order (those are of the contacts scored).
 */
static void
fcr_outside(struct score *sc, const struct rowres *r)
{
	struct fcr_rows fr;
	int k;

	for (k = 0; k < FCR_ROWS; k++)
		fr.r[k] = FCR_NOROW;
	(void)fcr_add(&sc->fcr, r->cust, r->clen, r->ch, r->e.ms, &fr);
}

/*
 * One event read into the sums, in input order (the commit side: the
 * place for what depends on the rows before it).
 */
static void
event_add(struct score *sc, const struct readctx *ctx, struct batchres *res,
    struct rowres *r)
{
	struct ev *e = &r->e;
	struct csv_record *rec = NULL;
	struct agg *a;
	const char *agent = r->agent, *team = r->team;
	size_t alen = r->alen, tlen = r->tlen, n;
	char lk[16];
	int c, excluded, lv;
	size_t rows[SG_REVIEWER];
	struct fcr_rows fr;

	sc->read++;
	switch (r->what) {
	case RR_REJECT:
		reject(sc, ctx->name, r->line, res->text.s + r->msg);
		return;
	case RR_OUTSIDE:
		/* hires and exits outside the window still make headcount */
		if (e->kind == K_HIRE || e->kind == K_EXIT)
			add_staff(sc, e, agent, alen, team, tlen);
		if (e->kind == K_CONTACT && ctx->fcr)
			fcr_outside(sc, r);
		sc->outside++;
		return;
	case RR_COACHING:
		sc->scored++;
		return;
	}
	excluded = 0;
	if (e->known[C_CSAT] || e->known[C_NPS] || e->known[C_QA]) {
		rec = csv_batch_record(res->b, r->i);
		excluded = review_out(sc, rec, ctx->name, ctx->idx, e, &agent,
		    &alen);
	}
	/* the span of activity bounds the period 'all' */
	if (e->kind != K_HIRE && e->kind != K_EXIT) {
		if (e->ms < sc->min_ts)
			sc->min_ts = e->ms;
		if (e->ms > sc->max_ts)
			sc->max_ts = e->ms;
	}
	if (r->day != sc->lastday) {
		memcpy(sc->lastday_key, r->period, sizeof(sc->lastday_key));
		sc->lastday = r->day;
		sc->lastpid = period_note(sc, sc->lastday_key, ctx->name,
		    r->line);
		sc->lastpidh = hash_bytes(&sc->lastpid, sizeof(sc->lastpid),
		    0);
	}
	for (c = 0; c < SG_REVIEWER; c++)
		rows[c] = SIZE_MAX;
	if (sc->o->groups & GROUP_AGENT) {
		a = row_fast(sc, SG_AGENT, agent, alen, agent == r->agent ?
		    r->ah : key_hash(agent, alen));
		rows[SG_AGENT] = (size_t)(a - sc->agg);
		add_event(a, e, excluded);
		if (tlen > 0 && (e->ms > a->team_ts || (e->ms == a->team_ts &&
		    name_cmp(team, tlen, a->team) > 0))) {
			if (tlen != a->teamlen || !key_eq(team, a->team, tlen))
				agg_team(a, team, tlen);
			a->team_ts = e->ms;
		}
	}
	if ((sc->o->groups & GROUP_TEAM) && tlen > 0) {
		a = row_fast(sc, SG_TEAM, team, tlen, r->th);
		rows[SG_TEAM] = (size_t)(a - sc->agg);
		add_event(a, e, excluded);
		if (a->team[0] == '\0')
			agg_team(a, team, tlen);
	}
	if (sc->o->groups & GROUP_ALL) {
		a = row_fast(sc, SG_ALL, "all", 3, sc->allh);
		rows[SG_ALL] = (size_t)(a - sc->agg);
		add_event(a, e, excluded);
	}
	if (sc->o->groups & GROUP_LEVEL) {
		if ((lv = level_at(sc, agent, alen, e->ms)) > 0) {
			n = level_key(lv, lk);
			a = row_fast(sc, SG_LEVEL, lk, n, key_hash(lk, n));
			rows[SG_LEVEL] = (size_t)(a - sc->agg);
			add_event(a, e, excluded);
		} else
			sc->nolevel++;
	}
	if (sc->grading && e->known[C_QA])
		grade_note(sc, rec, ctx->idx, e, excluded, agent, alen, rows);
	/* fcr: the contact's customer, judged with its rows (SIZE_MAX
	 * is FCR_NOROW) */
	memcpy(fr.r, rows, sizeof(fr.r));
	switch (e->kind == K_CONTACT && ctx->fcr ? fcr_add(&sc->fcr,
	    r->cust, r->clen, r->ch, e->ms, &fr) : FCR_OK) {
	case FCR_NONE:
		sc->fcr_none++;
		break;
	case FCR_LATE:
		if (sc->fcr_late++ > 0)
			break;
		emp_warn("%s:%lu: field 'ts': a contact more than a day before "
		    "an earlier row's: not in fcr (the stream must be in time "
		    "order within a day; counted in the summary)", ctx->name,
		    r->line);
		break;
	}
	if (e->kind == K_HIRE || e->kind == K_EXIT)
		add_staff(sc, e, agent, alen, team, tlen);
	if (excluded)
		sc->excluded++;
	sc->scored++;
}

struct commit_arg {
	struct score	*sc;
	const struct readctx *ctx;
};

static void
commit_batch(void *arg, void *result)
{
	struct commit_arg *ca = arg;
	struct batchres *res = result;
	size_t i;

	for (i = 0; i < res->n; i++)
		event_add(ca->sc, ca->ctx, res, &res->r[i]);
}

int
score_header_twice(const struct csv_record *header, size_t *first,
    size_t *second)
{
	char a[256], names[EV_NCOLS][256];
	size_t i, seen[EV_NCOLS];
	int e;

	/* each name normalised once: no quadratic work on a wide header */
	for (e = 0; e < EV_NCOLS; e++) {
		csv_name_norm(names[e], ev_cols[e].name, sizeof(names[e]));
		seen[e] = SIZE_MAX;
	}
	for (i = 0; i < header->nfields; i++) {
		csv_name_norm(a, header->fields[i], sizeof(a));
		for (e = 0; e < EV_NCOLS; e++) {
			if (strcmp(a, names[e]) != 0)
				continue;
			if (seen[e] != SIZE_MAX) {
				*first = seen[e];
				*second = i;
				return 1;
			}
			seen[e] = i;
			break;
		}
	}
	return 0;
}

int
score_file(struct score *sc, const char *path)
{
	struct csv_reader *rd;
	struct csv_record *rec;
	struct readctx ctx;
	struct commit_arg ca;
	struct feeder_ops ops;
	struct batchres res[FEEDER_NSLOT];
	struct worker *w;
	void *wp[64], *rp[FEEDER_NSLOT];
	char q[256];
	size_t first, dup;
	int c, i, status = 0, nth = feeder_threads();

	/* --header: a headerless split (cli.h) */
	if ((rd = csv_open_table_as(path, 0, sc->o->cli.header, &rec, 0)) ==
	    NULL)
		return -1;
	ctx.o = sc->o;
	ctx.name = csv_reader_name(rd);
	for (c = 0; c < C_N; c++)
		ctx.idx[c] = csv_header_find(rec, ev_cols[col_ev[c]].name);
	if (ctx.idx[C_KIND] < 0 || ctx.idx[C_TS] < 0 || ctx.idx[C_AGENT] < 0) {
		emp_warn("%s:%lu: not an event stream: it needs the columns "
		    "kind, ts and agent", ctx.name, rec->line);
		csv_reader_close(rd);
		return -1;
	}
	/* (--header's was refused with the options) */
	if (sc->o->cli.header == NULL && score_header_twice(rec, &first,
	    &dup)) {
		msg_quote(q, sizeof(q), rec->fields[dup], rec->lens[dup]);
		emp_warn("%s:%lu: column '%s' named twice (columns %zu and "
		    "%zu): the second would go unread", ctx.name, rec->line,
		    q, first + 1, dup + 1);
		csv_reader_close(rd);
		return -1;
	}
	ctx.width = rec->nfields;
	ctx.names = xcalloc(ctx.width, sizeof(*ctx.names));
	for (i = 0; i < (int)ctx.width; i++)
		ctx.names[i] = xstrdup(rec->fields[i]);
	ctx.fcr = score_wants_fcr(sc->o);
	ctx.nval = 0;
	for (c = C_TS; c < C_N; c++)
		if (ctx.idx[c] >= 0 && c != C_AGENT && c != C_TEAM &&
		    c != C_ID && c != C_CHALLENGE && c != C_CONTACT &&
		    c != C_REVIEWER && c != C_CUSTOMER)
			ctx.val[ctx.nval++] = c;
	w = xcalloc((size_t)nth, sizeof(*w));
	for (i = 0; i < nth; i++) {
		w[i].ctx = &ctx;
		w[i].tz = tz_dup(sc->o->tz);
		w[i].lastday = INT64_MIN;
		wp[i] = &w[i];
	}
	memset(res, 0, sizeof(res));
	for (i = 0; i < FEEDER_NSLOT; i++)
		rp[i] = &res[i];
	ca.sc = sc;
	ca.ctx = &ctx;
	ops.convert = convert_batch;
	ops.commit = commit_batch;
	ops.arg = &ca;
	ops.workers = wp;
	ops.results = rp;
	ops.nthreads = nth;
	if (feeder_run_ordered(rd, &ops) == -1) {
		emp_warn("%s", csv_reader_error(rd));
		status = -1;
	}
	for (i = 0; i < FEEDER_NSLOT; i++) {
		free(res[i].r);
		sb_free(&res[i].text);
	}
	for (i = 0; i < nth; i++)
		tz_free(w[i].tz);
	free(w);
	for (i = 0; i < (int)ctx.width; i++)
		free(ctx.names[i]);
	free(ctx.names);
	csv_reader_close(rd);
	return status;
}

/* Writing. */

/*
 * Graders (score.h): the reviewers' offsets and calibration rounds of
 * every period, into sc->grades; with --qa-adjust each evaluation's
 * reviewer's offset into the qa_adj of the rows it is in.  Before the
 * rows are sorted (the evaluations hold their indices).
 */
static int
cmp_qa_agent(const void *x, const void *y)
{
	const struct qaev *a = x, *b = y;

	if (a->period != b->period)
		return a->period < b->period ? -1 : 1;
	if (a->agent != b->agent)
		return a->agent < b->agent ? -1 : 1;
	return (a->reviewer > b->reviewer) - (a->reviewer < b->reviewer);
}

static int
cmp_qa_contact(const void *x, const void *y)
{
	const struct qaev *a = x, *b = y;

	if (a->period != b->period)
		return a->period < b->period ? -1 : 1;
	if (a->contact != b->contact)
		return a->contact < b->contact ? -1 : 1;
	return (a->reviewer > b->reviewer) - (a->reviewer < b->reviewer);
}

/* One reviewer's mean score in a cell of sorted evaluations. */
struct cell {
	uint32_t	 period, reviewer, agent;
	double		 mean;		/* points */
	double		 w;		/* evaluations */
	double		 d;		/* mean - the reference */
};

/* Union-find over reviewer indices, for grade_fit()'s linked sets. */
static size_t
grade_find(size_t *p, size_t k)
{
	while (p[k] != k)
		k = p[k] = p[p[k]];
	return k;
}

static void
grade_union(size_t *p, size_t a, size_t b)
{
	a = grade_find(p, a);
	b = grade_find(p, b);
	if (a != b)
		p[a < b ? b : a] = a < b ? a : b;
}

/*
 * The graders' model of one period (grade_period()): its n cells in agent
 * order, ri[i] the index of cell i's reviewer (nr of them), ai[i] that of
 * its agent (na of them, numbered in cell order).
 */
struct gmodel {
	struct cell	*c;
	size_t		 n, nr, na;
	size_t		*ri, *ai;
	double		*cw;		/* each cell's weight in the fit */
	double		*e;		/* each reviewer's raw offset */
	double		*en, *ew, *alpha, *m;
	double		*r, *p, *q;	/* grade_fit()'s */
	size_t		*comp;
	size_t		*size;		/* each reviewer's linked set's */
};

/* y = M x, M the reviewers' normal equations' matrix (grade_fit()). */
static void
grade_mul(const struct gmodel *m, const double *x, double *y)
{
	const struct cell *c = m->c;
	double sw, s;
	size_t i, j, k;

	memset(y, 0, m->nr * sizeof(*y));
	for (i = 0; i < m->n; i = j) {
		for (sw = s = 0, j = i; j < m->n && c[j].agent == c[i].agent;
		    j++) {
			sw += m->cw[j];
			s += m->cw[j] * x[m->ri[j]];
		}
		if (sw == 0)
			continue;
		s /= sw;
		for (k = i; k < j; k++)
			y[m->ri[k]] += m->cw[k] * (x[m->ri[k]] - s);
	}
}

/*
 * A score is the agent's level plus the reviewer's offset, fitted by
 * weighted least squares (weights m->cw, 0: the cell left out): the
 * agents' levels eliminated, the reviewers' normal equations M e = v
 * (M = diag(W_r) - sum over agents of w w' / W_a, v_r = sum over agents
 * of w_ar (mean - the agent's weighted mean)) solved by conjugate
 * gradients from the offsets in m->e until no reviewer's equation is off
 * by tol points or more of its weight.  M is singular (a constant added
 * to a linked set of reviewers changes nothing) but v lies in its range,
 * and grade_ref() measures each set from its median.  A reviewer without
 * a weighted cell keeps its e.  Each agent's level into m->alpha (of its
 * cells).
 */
static void
grade_fit(struct gmodel *m, double tol)
{
	const struct cell *c = m->c;
	double sw, s, rr, rr1, pq, a, worst;
	size_t i, j, k, iter, restart;

	memset(m->ew, 0, m->nr * sizeof(*m->ew));
	memset(m->en, 0, m->nr * sizeof(*m->en));
	for (i = 0; i < m->n; i = j) {
		for (sw = s = 0, j = i; j < m->n && c[j].agent == c[i].agent;
		    j++) {
			sw += m->cw[j];
			s += m->cw[j] * c[j].mean;
		}
		for (k = i; k < j && sw > 0; k++) {
			m->en[m->ri[k]] += m->cw[k] * (c[k].mean - s / sw);
			m->ew[m->ri[k]] += m->cw[k];
		}
	}
	for (restart = 0; restart < 10; restart++) {
		/* the residual, afresh: r = v - M e */
		grade_mul(m, m->e, m->q);
		for (rr = 0, worst = 0, k = 0; k < m->nr; k++) {
			m->r[k] = m->en[k] - m->q[k];
			m->p[k] = m->r[k];
			rr += m->r[k] * m->r[k];
			if (m->ew[k] > 0)
				worst = fmax(worst, fabs(m->r[k]) / m->ew[k]);
		}
		if (worst < tol)
			break;
		for (iter = 0; iter < 2 * m->nr + 100; iter++) {
			grade_mul(m, m->p, m->q);
			for (pq = 0, k = 0; k < m->nr; k++)
				pq += m->p[k] * m->q[k];
			if (!(pq > 0))
				break;
			a = rr / pq;
			for (rr1 = 0, worst = 0, k = 0; k < m->nr; k++) {
				m->e[k] += a * m->p[k];
				m->r[k] -= a * m->q[k];
				rr1 += m->r[k] * m->r[k];
				if (m->ew[k] > 0)
					worst = fmax(worst,
					    fabs(m->r[k]) / m->ew[k]);
			}
			if (worst < tol / 4)
				break;
			for (k = 0; k < m->nr; k++)
				m->p[k] = m->r[k] + rr1 / rr * m->p[k];
			rr = rr1;
		}
	}
	for (i = 0; i < m->n; i = j) {
		for (sw = s = 0, j = i; j < m->n && c[j].agent == c[i].agent;
		    j++) {
			sw += m->cw[j];
			s += m->cw[j] * (c[j].mean - m->e[m->ri[j]]);
		}
		for (k = i; k < j; k++)
			m->alpha[k] = sw > 0 ? s / sw : 0;
	}
}

/*
 * The sets of reviewers linked through shared agents with a weight (the
 * model fixes offsets only relative to the others of a set, not across
 * sets): m->comp, and each reviewer's set's size into m->size (0: the
 * reviewer has no weighted cell).
 */
static void
grade_link(struct gmodel *m)
{
	size_t i, j, k;

	for (k = 0; k < m->nr; k++) {
		m->comp[k] = k;
		m->size[k] = 0;
		m->en[k] = 0;
	}
	for (i = 0; i < m->n; i = j) {
		for (j = i; j < m->n && m->c[j].agent == m->c[i].agent; j++)
			if (m->cw[j] > 0) {
				grade_union(m->comp, m->ri[i], m->ri[j]);
				m->size[m->ri[j]] = 1;
			}
	}
	for (k = 0; k < m->nr; k++)
		if (m->size[k] > 0)
			m->en[grade_find(m->comp, k)] += 1;
	for (k = 0; k < m->nr; k++)
		if (m->size[k] > 0)
			m->size[k] = (size_t)m->en[grade_find(m->comp, k)];
}

/*
 * The reference of each reviewer of grade_link()'s sets, into ref[k]:
 * the median raw offset (m->e) of its set; NAN for a reviewer without a
 * weighted cell.
 */
static void
grade_ref(struct gmodel *m, double *ref)
{
	size_t i, k, n, root;

	for (k = 0; k < m->nr; k++)
		ref[k] = NAN;
	for (k = 0; k < m->nr; k++) {
		if (m->size[k] == 0 || !isnan(ref[k]))
			continue;
		root = grade_find(m->comp, k);
		for (n = 0, i = k; i < m->nr; i++)
			if (m->size[i] > 0 && grade_find(m->comp, i) == root)
				m->m[n++] = m->e[i];
		ref[k] = stats_median(m->m, n);
		for (i = k + 1; i < m->nr; i++)
			if (m->size[i] > 0 && grade_find(m->comp, i) == root)
				ref[i] = ref[k];
	}
}

/* splitmix64: the bootstrap's generator, the same on every machine. */
static uint64_t
grade_rand(uint64_t *s)
{
	uint64_t z;

	z = (*s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, n), n > 0, unbiased: draws below 2^64 mod n rejected. */
static size_t
grade_below(uint64_t *s, size_t n)
{
	uint64_t x, t = -(uint64_t)n % n;

	do
		x = grade_rand(s);
	while (x < t);
	return (size_t)(x % n);
}

static struct grade	*grade_get(struct score *, uint32_t, uint32_t);

static int
cmp_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return (a > b) - (a < b);
}

/* An agent of the model by name, for the bootstrap's draws. */
struct gagent {
	const char	*name;
	size_t		 i;		/* its index in the model */
};

static int
cmp_gagent(const void *x, const void *y)
{
	const struct gagent *a = x, *b = y;

	return strcmp(a->name, b->name);
}

/*
 * The grades of one period's n cells (agents graded by two or more
 * reviewers, in agent order) into sc->grades: each reviewer's offset
 * (the weighted mean of its cells' d, mean less the agent's level less
 * the reference, grade_fit() and grade_ref()), its agents k and, from
 * k >= 3 agents, the bootstrap over agents (emp-scores(5)): GRADE_B
 * replicates, each drawing the period's agents with replacement
 * (splitmix64 seeded with the FNV-1a hash of the period, the agents in
 * byte order of their names), refitting from the full fit's offsets
 * and taking the reference again; the reviewer's R replicates (those
 * in which its whole linked set stays linked, at least half of them,
 * else no interval) widened about the offset by sqrt(k/(k-1)) t(k-1)/z;
 * lo and hi their order statistics floor(0.025 (R+1)) and
 * ceil(0.975 (R+1)),
 * p = 2 (1 + those on the far side of 0, ties included) / (R+1), at
 * most 1.
 */
#define GRADE_B		999
#define GRADE_TOL	1e-11
#define GRADE_BTOL	1e-9

static void
grade_period(struct score *sc, struct cell *c, size_t n)
{
	struct gmodel m;
	struct grade *g;
	struct gagent *an;
	uint32_t *rid;
	double *e0, *ref, *rep, *x, *sw, *swd, f, z;
	size_t *kr, *mult, *size0, i, k, b, r, nx, far;
	uint64_t seed;
	const char *pn;

	memset(&m, 0, sizeof(m));
	m.c = c;
	m.n = n;
	m.ri = xcalloc(n + 1, sizeof(*m.ri));
	m.ai = xcalloc(n + 1, sizeof(*m.ai));
	m.cw = xcalloc(n + 1, sizeof(*m.cw));
	m.e = xcalloc(n + 1, sizeof(*m.e));
	m.en = xcalloc(n + 1, sizeof(*m.en));
	m.ew = xcalloc(n + 1, sizeof(*m.ew));
	m.alpha = xcalloc(n + 1, sizeof(*m.alpha));
	m.m = xcalloc(n + 1, sizeof(*m.m));
	m.comp = xcalloc(n + 1, sizeof(*m.comp));
	m.r = xcalloc(n + 1, sizeof(*m.r));
	m.p = xcalloc(n + 1, sizeof(*m.p));
	m.q = xcalloc(n + 1, sizeof(*m.q));
	m.size = xcalloc(n + 1, sizeof(*m.size));
	rid = xcalloc(n + 1, sizeof(*rid));
	e0 = xcalloc(n + 1, sizeof(*e0));
	ref = xcalloc(n + 1, sizeof(*ref));
	sw = xcalloc(n + 1, sizeof(*sw));
	swd = xcalloc(n + 1, sizeof(*swd));
	kr = xcalloc(n + 1, sizeof(*kr));
	size0 = xcalloc(n + 1, sizeof(*size0));
	mult = xcalloc(n + 1, sizeof(*mult));
	an = xcalloc(n + 1, sizeof(*an));
	for (i = 0; i < n; i++) {
		for (k = 0; k < m.nr && rid[k] != c[i].reviewer; k++)
			;
		if (k == m.nr)
			rid[m.nr++] = c[i].reviewer;
		m.ri[i] = k;
		if (i > 0 && c[i].agent != c[i - 1].agent)
			m.na++;
		if (i == 0 || c[i].agent != c[i - 1].agent) {
			an[m.na].name = sc->gname[c[i].agent - 1];
			an[m.na].i = m.na;
		}
		m.ai[i] = m.na;
		m.cw[i] = c[i].w;
		kr[k]++;
	}
	m.na = n > 0 ? m.na + 1 : 0;
	grade_link(&m);
	grade_fit(&m, GRADE_TOL);
	grade_ref(&m, ref);
	for (i = 0; i < n; i++) {
		c[i].d = c[i].mean - m.alpha[i] - ref[m.ri[i]];
		sw[m.ri[i]] += c[i].w;
		swd[m.ri[i]] += c[i].w * c[i].d;
	}
	for (k = 0; k < m.nr; k++) {
		g = grade_get(sc, c[0].period, rid[k]);
		g->off = swd[k] / sw[k];
		g->k = kr[k];
	}
	memcpy(e0, m.e, m.nr * sizeof(*e0));
	memcpy(size0, m.size, m.nr * sizeof(*size0));

	/* the bootstrap, when a reviewer has 3 agents or more */
	for (k = 0; k < m.nr && kr[k] < 3; k++)
		;
	if (k == m.nr)
		goto done;
	qsort(an, m.na, sizeof(*an), cmp_gagent);
	pn = sc->gname[c[0].period - 1];
	for (seed = 0xcbf29ce484222325ULL; *pn != '\0'; pn++)
		seed = (seed ^ (unsigned char)*pn) * 0x100000001b3ULL;
	rep = xcalloc(m.nr * GRADE_B, sizeof(*rep));
	x = xcalloc(GRADE_B, sizeof(*x));
	for (b = 0; b < GRADE_B; b++) {
		memset(mult, 0, m.na * sizeof(*mult));
		for (i = 0; i < m.na; i++)
			mult[an[grade_below(&seed, m.na)].i]++;
		for (i = 0; i < n; i++)
			m.cw[i] = c[i].w * (double)mult[m.ai[i]];
		grade_link(&m);
		for (i = 0, k = 0; k < m.nr; k++)
			if (m.size[k] != size0[k])
				m.size[k] = 0;	/* its set broken: no offset */
			else if (kr[k] >= 3)
				i++;
		memcpy(m.e, e0, m.nr * sizeof(*m.e));
		if (i > 0)	/* else nothing to fit */
			grade_fit(&m, GRADE_BTOL);
		grade_ref(&m, ref);
		for (k = 0; k < m.nr; k++)
			rep[k * GRADE_B + b] = m.e[k] - ref[k];
	}
	for (k = 0; k < m.nr; k++) {
		if (kr[k] < 3)
			continue;
		g = grade_get(sc, c[0].period, rid[k]);
		z = (double)kr[k];
		f = sqrt(z / (z - 1)) * stats_t975(z - 1) / 1.959963984540054;
		for (nx = 0, far = 0, b = 0; b < GRADE_B; b++) {
			if (isnan(rep[k * GRADE_B + b]))
				continue;
			z = g->off + f * (rep[k * GRADE_B + b] - g->off);
			x[nx++] = z;
			if (g->off >= 0 ? z <= 0 : z >= 0)
				far++;
		}
		if (2 * nx < GRADE_B)
			continue;
		qsort(x, nx, sizeof(*x), cmp_double);
		r = (nx + 1) * 25 / 1000;
		g->lo = x[(r < 1 ? 1 : r) - 1];
		r = ((nx + 1) * 975 + 999) / 1000;
		g->hi = x[(r > nx ? nx : r) - 1];
		g->p = fmin(1, 2 * (1 + (double)far) / (double)(nx + 1));
		g->boot = 1;
	}
	free(rep);
	free(x);
done:
	free(m.ri);
	free(m.ai);
	free(m.cw);
	free(m.e);
	free(m.en);
	free(m.ew);
	free(m.alpha);
	free(m.m);
	free(m.comp);
	free(m.r);
	free(m.p);
	free(m.q);
	free(m.size);
	free(rid);
	free(e0);
	free(ref);
	free(sw);
	free(swd);
	free(kr);
	free(size0);
	free(mult);
	free(an);
}

static struct grade *
grade_get(struct score *sc, uint32_t period, uint32_t reviewer)
{
	struct grade *g;
	char k[24];
	int n;

	n = snprintf(k, sizeof(k), "%u:%u", period, reviewer);
	if ((g = strmap_get(&sc->grades, k, (size_t)n)) == NULL) {
		g = xcalloc(1, sizeof(*g));
		g->k = 0;
		strmap_put(&sc->grades, k, (size_t)n, g);
	}
	return g;
}

/*
 * Cells of the evaluations [i, j) that share a period and a key (agent
 * or contact), sorted by reviewer: one per reviewer, its mean, into c;
 * their number.
 */
static size_t
cells_of(const struct qaev *q, size_t i, size_t j, struct cell *c)
{
	size_t n = 0, k, l;
	int64_t sum;

	for (k = i; k < j; k = l) {
		for (sum = 0, l = k; l < j && q[l].reviewer == q[k].reviewer;
		    l++)
			sum += q[l].v;
		c[n].period = q[k].period;
		c[n].reviewer = q[k].reviewer;
		c[n].w = (double)(l - k);
		c[n].mean = (double)sum / MICRO / c[n].w;
		n++;
	}
	return n;
}

static void
grade_compute(struct score *sc)
{
	struct qaev *q = sc->qa;
	struct cell *c, *all;
	struct grade *g;
	double *m, h;
	size_t i, j, k, l, n, nall = 0, na;

	if (sc->nqa == 0)
		return;
	c = xcalloc(sc->nqa, sizeof(*c));
	all = xcalloc(sc->nqa, sizeof(*all));
	m = xcalloc(sc->nqa, sizeof(*m));
	/* the cells of the agents graded by two or more reviewers, by
	 * period and agent, and each period's model (grade_period()) */
	qsort(q, sc->nqa, sizeof(*q), cmp_qa_agent);
	for (i = 0; i < sc->nqa; i = j) {
		for (j = i; j < sc->nqa && q[j].period == q[i].period &&
		    q[j].agent == q[i].agent; j++)
			;
		if ((n = cells_of(q, i, j, c)) < 2)
			continue;
		for (k = 0; k < n; k++) {
			c[k].agent = q[i].agent;
			all[nall++] = c[k];
		}
	}
	for (i = 0; i < nall; i = j) {
		for (j = i; j < nall && all[j].period == all[i].period; j++)
			;
		grade_period(sc, all + i, j - i);
	}
	/* calibration rounds: contacts graded by two or more reviewers */
	qsort(q, sc->nqa, sizeof(*q), cmp_qa_contact);
	for (i = 0; i < sc->nqa; i = j) {
		for (j = i; j < sc->nqa && q[j].period == q[i].period &&
		    q[j].contact == q[i].contact; j++)
			;
		if (q[i].contact == 0 || (n = cells_of(q, i, j, c)) < 2)
			continue;
		for (k = 0; k < n; k++)
			m[k] = c[k].mean;
		h = stats_median(m, n);
		for (k = 0; k < n; k++) {
			g = grade_get(sc, c[k].period, c[k].reviewer);
			g->rsum += c[k].mean - h;
			g->rn++;
		}
	}
	/* --qa-adjust: each evaluation less its reviewer's offset */
	for (i = 0; sc->o->qa_adjust && i < sc->nqa; i++) {
		char key[24];

		na = (size_t)snprintf(key, sizeof(key), "%u:%u", q[i].period,
		    q[i].reviewer);
		if ((g = strmap_get(&sc->grades, key, na)) == NULL ||
		    g->k == 0)
			continue;
		for (l = 0; l < SG_REVIEWER; l++)
			if (q[i].row[l] != SIZE_MAX)
				sc->agg[q[i].row[l]].qa_adj += g->off;
	}
	free(c);
	free(all);
	free(m);
}

/* The grade of a reviewer row, or NULL. */
static const struct grade *
grade_of(struct score *sc, const struct agg *a)
{
	uintptr_t p, r;
	char k[24];
	int n;

	p = (uintptr_t)strmap_get(&sc->gnames, a->period, strlen(a->period));
	r = (uintptr_t)strmap_get(&sc->gnames, a->key, strlen(a->key));
	if (p == 0 || r == 0)
		return NULL;
	n = snprintf(k, sizeof(k), "%u:%u", (unsigned)p, (unsigned)r);
	return strmap_get(&sc->grades, k, (size_t)n);
}

static void	field_u(struct csv_writer *, uint64_t);

static void
write_grade(struct score *sc, struct csv_writer *w, const struct agg *a)
{
	const struct grade *g = NULL;
	char buf[48];
	int dec = metrics[M_QA].decimals;

	if (a->level == SG_REVIEWER)
		g = grade_of(sc, a);
	if (g != NULL && g->k > 0) {
		num_fmt(buf, sizeof(buf), g->off, dec, 0);
		csv_writer_str(w, buf);
	} else
		csv_writer_str(w, "");
	if (g != NULL && g->boot) {
		num_fmt(buf, sizeof(buf), g->lo, dec, 0);
		csv_writer_str(w, buf);
		num_fmt(buf, sizeof(buf), g->hi, dec, 0);
		csv_writer_str(w, buf);
		num_fmt(buf, sizeof(buf), g->p, 4, 0);
		csv_writer_str(w, buf);
	} else {
		csv_writer_str(w, "");
		csv_writer_str(w, "");
		csv_writer_str(w, "");
	}
	if (g != NULL && g->rn > 0) {
		num_fmt(buf, sizeof(buf), g->rsum / (double)g->rn, dec, 0);
		csv_writer_str(w, buf);
	} else
		csv_writer_str(w, "");
	if (a->level == SG_REVIEWER)
		field_u(w, g != NULL ? g->rn : 0);
	else
		csv_writer_str(w, "");
}

static int
cmp_rows(const void *x, const void *y)
{
	const struct agg *a = x, *b = y;
	int c;

	if ((c = strcmp(a->period, b->period)) != 0)
		return c;
	if (a->level != b->level)
		return a->level - b->level;
	/* levels as numbers: 2 before 10 */
	if (a->level == SG_LEVEL && strlen(a->key) != strlen(b->key))
		return strlen(a->key) < strlen(b->key) ? -1 : 1;
	return strcmp(a->key, b->key);
}

/* A metric's value as a double, and whether it has one (n >= min-n). */
static int
metric_value(const struct score *sc, const struct agg *a, int m,
    double *v, uint64_t *n)
{
	const int64_t *s = a->s;
	int k;

	*v = 0;
	switch (m) {
	case M_AHT:
		*n = (uint64_t)s[S_HANDLE_N];
		*v = *n ? (double)s[S_HANDLE] / (double)*n / MICRO : 0;
		break;
	case M_TALK:
	case M_HOLD:
	case M_ACW:
		k = m == M_TALK ? S_TALK : m == M_HOLD ? S_HOLD : S_ACW;
		*n = (uint64_t)s[k + 1];
		*v = *n ? (double)s[k] / (double)*n / MICRO : 0;
		break;
	case M_CSAT:
		*n = (uint64_t)s[S_CSAT_N];
		*v = *n ? (double)s[S_CSAT] / (double)*n / MICRO : 0;
		break;
	case M_OCCUPANCY:
		*n = (uint64_t)s[S_STATE_N];
		*v = s[S_BUSY] + s[S_AVAIL] > 0 ? (double)s[S_BUSY] /
		    (double)(s[S_BUSY] + s[S_AVAIL]) : 0;
		if (s[S_BUSY] + s[S_AVAIL] == 0)
			return 0;
		break;
	case M_FCR:
		*n = (uint64_t)s[S_FCR_N];
		*v = *n ? (double)s[S_FCR_Y] / (double)*n : 0;
		break;
	case M_RESOLVED_RATE:
		*n = (uint64_t)s[S_RES_N];
		*v = *n ? (double)s[S_RES_Y] / (double)*n : 0;
		break;
	case M_NO_ESCALATION:
		*n = (uint64_t)s[S_RES_N];
		*v = *n ? (double)s[S_NOESC_Y] / (double)*n : 0;
		break;
	case M_TRANSFER_RATE:
		*n = (uint64_t)s[S_XFER_N];
		*v = *n ? (double)s[S_XFER_Y] / (double)*n : 0;
		break;
	case M_CSAT_RATE:
		*n = (uint64_t)s[S_CSAT_N];
		*v = *n ? (double)s[S_CSAT_GOOD] / (double)*n : 0;
		break;
	case M_NPS:
		*n = (uint64_t)s[S_NPS_N];
		*v = *n ? 100.0 * (double)(s[S_NPS_PRO] - s[S_NPS_DET]) /
		    (double)*n : 0;
		break;
	case M_QA:
		*n = (uint64_t)s[S_QA_N];
		if (a->qa_adj != 0)	/* --qa-adjust */
			*v = *n ? ((double)s[S_QA] / MICRO - a->qa_adj) /
			    (double)*n : 0;
		else
			*v = *n ? (double)s[S_QA] / (double)*n / MICRO : 0;
		break;
	case M_CONFIDENCE:
		*n = (uint64_t)s[S_CONF_N];
		*v = *n ? (double)s[S_CONF] / (double)*n / MICRO : 0;
		break;
	case M_ESAT:
		*n = (uint64_t)s[S_ESAT_N];
		*v = *n ? (double)s[S_ESAT] / (double)*n / MICRO : 0;
		break;
	case M_DECISION_S:
		*n = (uint64_t)s[S_DEC_S_N];
		*v = *n ? (double)s[S_DEC_S] / (double)*n / MICRO : 0;
		break;
	case M_DECISION_ESCALATED:
		*n = (uint64_t)s[S_DEC_ESC_N];
		*v = *n ? (double)s[S_DEC_ESC_Y] / (double)*n : 0;
		break;
	default:
		*n = 0;
		return 0;
	}
	return *n > 0 && *n >= (uint64_t)sc->o->min_n[m];
}

struct pv {
	double	v;
	size_t	row;
};

static int
cmp_pv(const void *x, const void *y)
{
	const struct pv *a = x, *b = y;

	return a->v < b->v ? -1 : a->v > b->v;
}

/* Index and rank for the rows [from, to) of one period and group. */
static void
index_group(struct score *sc, size_t from, size_t to)
{
	struct pv *pv = xcalloc(to - from, sizeof(*pv));
	double *wsum = xcalloc(to - from, sizeof(double));
	double v, pct, total;
	uint64_t n;
	size_t i, j, k, np, lo, hi;
	int m;

	for (m = 0; m < M_N; m++) {
		if (sc->o->weight[m] <= 0)
			continue;
		for (np = 0, i = from; i < to; i++)
			if (metric_value(sc, &sc->agg[i], m, &v, &n)) {
				pv[np].v = v;
				pv[np++].row = i;
			}
		qsort(pv, np, sizeof(*pv), cmp_pv);
		for (j = 0; j < np; j = k) {
			for (k = j; k < np && pv[k].v == pv[j].v; k++)
				;
			lo = j;		/* below */
			hi = k - j;	/* equal */
			pct = ((double)lo + 0.5 * (double)hi) / (double)np;
			if (metrics[m].lower_better)
				pct = 1 - pct;
			for (i = j; i < k; i++) {
				sc->agg[pv[i].row].index +=
				    sc->o->weight[m] * pct;
				sc->agg[pv[i].row].used |= 1u << m;
				wsum[pv[i].row - from] += sc->o->weight[m];
			}
		}
	}
	for (m = 0, total = 0; m < M_N; m++)
		if (sc->o->weight[m] > 0)
			total += sc->o->weight[m];
	for (i = from; i < to; i++) {
		/* no index from a handful of metrics: by default at least
		 * half of the weight must be present */
		if (wsum[i - from] > 0 &&
		    wsum[i - from] >= total * sc->o->min_weight - 1e-9) {
			sc->agg[i].index = 100 * sc->agg[i].index /
			    wsum[i - from];
			/* one decimal, as written, so that ties rank equal;
			 * half away from zero despite binary fractions */
			sc->agg[i].index = round(sc->agg[i].index * 10 +
			    1e-9) / 10;
			sc->agg[i].has_index = 1;
		}
	}
	for (i = from; i < to; i++) {
		if (!sc->agg[i].has_index)
			continue;
		sc->agg[i].rank = 1;
		for (j = from; j < to; j++)
			if (sc->agg[j].has_index &&
			    sc->agg[j].index > sc->agg[i].index)
				sc->agg[i].rank++;
	}
	free(pv);
	free(wsum);
}

/*
 * Headcount at the instant t: hires minus exits before it, plus those
 * employed before any record (an exit with no hire known: the count never
 * goes below zero in time order).
 */
static int
cmp_i64(const void *x, const void *y)
{
	const int64_t *a = x, *b = y;

	return *a < *b ? -1 : *a > *b;
}

static int64_t
staff_at(struct staff *st, int64_t t)
{
	int64_t hc = 0, run = 0, *ev;
	size_t i, j;

	if (!st->low_known) {
		/* events as (time, delta) pairs, sorted by time; all of one
		 * instant count together */
		ev = xcalloc(st->n * 2, sizeof(*ev));
		for (i = 0; i < st->n; i++) {
			ev[2 * i] = st->ts[i];
			ev[2 * i + 1] = st->delta[i];
		}
		qsort(ev, st->n, 2 * sizeof(*ev), cmp_i64);
		st->low = 0;
		for (i = 0; i < st->n; i = j) {
			for (j = i; j < st->n && ev[2 * j] == ev[2 * i]; j++)
				run += ev[2 * j + 1];
			if (run < st->low)
				st->low = run;
		}
		free(ev);
		st->low_known = 1;
	}
	for (i = 0; i < st->n; i++)
		if (st->ts[i] < t)
			hc += st->delta[i];
	return hc - st->low;
}

/* The UTC bounds [start, end) of a period key (period_span(), local days
 * in the time zone of the scores), or the span of activity for 'all' or
 * a key that is no period (a merged partial may hold any). */
static void
period_bounds(const struct score *sc, const char *period, int64_t *start,
    int64_t *end)
{
	int64_t from, to;

	*start = sc->min_ts;
	*end = sc->max_ts + 1;
	if (strcmp(period, "all") == 0 ||
	    period_span(period, &from, &to) == -1)
		return;
	(void)local_day_start(from, sc->o->tz, start);
	(void)local_day_start(to, sc->o->tz, end);
}

static void
field_u(struct csv_writer *w, uint64_t v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%llu", (unsigned long long)v);
	csv_writer_str(w, buf);
}

static void
write_metric(struct score *sc, struct csv_writer *w, const struct agg *a,
    int m)
{
	const int64_t *s = a->s;
	char buf[48];
	double v, lo, hi;
	uint64_t n = 0, k = 0;
	int ok;

	switch (m) {
	case M_CONTACTS:
		field_u(w, (uint64_t)s[S_CONTACTS]);
		return;
	case M_SURVEYS:
		field_u(w, (uint64_t)s[S_SURVEYS]);
		return;
	case M_DECISIONS:
		field_u(w, (uint64_t)s[S_DECISIONS]);
		return;
	case M_DECISION_AMOUNT:
		stats_fmt_ratio(buf, s[S_AMOUNT], MICRO, metrics[m].decimals);
		csv_writer_str(w, buf);
		return;
	case M_EXCLUDED:
		field_u(w, (uint64_t)s[S_EXCLUDED]);
		return;
	case M_EXITS:
		field_u(w, (uint64_t)s[S_EXITS]);
		return;
	case M_TALK:
	case M_HOLD:
	case M_ACW:
		k = (uint64_t)s[m == M_TALK ? S_TALK : m == M_HOLD ? S_HOLD :
		    S_ACW];
		n = (uint64_t)s[m == M_TALK ? S_TALK_N : m == M_HOLD ?
		    S_HOLD_N : S_ACW_N];
		if (n >= (uint64_t)sc->o->min_n[m] && n > 0) {
			stats_fmt_ratio(buf, (int64_t)k, (i128)n * MICRO,
			    metrics[m].decimals);
			csv_writer_str(w, buf);
		} else
			csv_writer_str(w, "");
		field_u(w, n);
		return;
	case M_OCCUPANCY:
		n = (uint64_t)s[S_STATE_N];
		if (n >= (uint64_t)sc->o->min_n[m] && n > 0 &&
		    s[S_BUSY] + s[S_AVAIL] > 0) {
			stats_fmt_ratio(buf, s[S_BUSY], s[S_BUSY] + s[S_AVAIL],
			    metrics[m].decimals);
			csv_writer_str(w, buf);
		} else
			csv_writer_str(w, "");
		field_u(w, n);
		return;
	case M_CSAT:
		n = (uint64_t)s[S_CSAT_N];
		if (n >= (uint64_t)sc->o->min_n[m] && n > 0) {
			stats_fmt_ratio(buf, s[S_CSAT], (i128)n * MICRO,
			    metrics[m].decimals);
			csv_writer_str(w, buf);
		} else
			csv_writer_str(w, "");
		field_u(w, n);
		return;
	}
	ok = metric_value(sc, a, m, &v, &n);
	if (metrics[m].shape == SHAPE_RATE) {
		k = m == M_FCR ? (uint64_t)s[S_FCR_Y] :
		    m == M_RESOLVED_RATE ? (uint64_t)s[S_RES_Y] :
		    m == M_NO_ESCALATION ? (uint64_t)s[S_NOESC_Y] :
		    m == M_TRANSFER_RATE ? (uint64_t)s[S_XFER_Y] :
		    m == M_CSAT_RATE ? (uint64_t)s[S_CSAT_GOOD] :
		    (uint64_t)s[S_DEC_ESC_Y];
		if (ok) {
			stats_fmt_ratio(buf, (int64_t)k, (int64_t)n,
			    metrics[m].decimals);
			csv_writer_str(w, buf);
		} else
			csv_writer_str(w, "");
		field_u(w, n);
		if (n > 0) {
			stats_wilson(k, n, &lo, &hi);
			num_fmt(buf, sizeof(buf), lo, SCORES_INTERVAL_DEC, 0);
			csv_writer_str(w, buf);
			num_fmt(buf, sizeof(buf), hi, SCORES_INTERVAL_DEC, 0);
			csv_writer_str(w, buf);
		} else {
			csv_writer_str(w, "");
			csv_writer_str(w, "");
		}
		return;
	}
	if (ok && m == M_QA && a->qa_adj != 0) {
		num_fmt(buf, sizeof(buf), v, metrics[m].decimals, 0);
		csv_writer_str(w, buf);
	} else if (ok) {
		if (m == M_NPS)
			stats_fmt_ratio(buf, 100 * (s[S_NPS_PRO] -
			    s[S_NPS_DET]), (int64_t)n, metrics[m].decimals);
		else
			stats_fmt_ratio(buf, m == M_AHT ? s[S_HANDLE] :
			    m == M_QA ? s[S_QA] :
			    m == M_CONFIDENCE ? s[S_CONF] : m == M_ESAT ?
			    s[S_ESAT] : s[S_DEC_S], (i128)n * MICRO,
			    metrics[m].decimals);
		csv_writer_str(w, buf);
	} else
		csv_writer_str(w, "");
	field_u(w, n);
}

/* Headcount, exits or turnover (m): of the roster's hires and exits. */
static void
write_staff(struct score *sc, struct csv_writer *w, const struct agg *a,
    int m)
{
	struct staff *st;
	int64_t start, end, hs, he;
	char buf[48];

	if (m == M_EXITS) {
		field_u(w, (uint64_t)a->s[S_EXITS]);
		return;
	}
	sc->kb.len = 0;
	sb_addc(&sc->kb, '0' + a->level);
	sb_addc(&sc->kb, 0x1f);
	sb_adds(&sc->kb, a->key);
	st = strmap_get(&sc->staff, sc->kb.s, sc->kb.len);
	if (st == NULL) {
		csv_writer_str(w, "");
		return;
	}
	period_bounds(sc, a->period, &start, &end);
	hs = staff_at(st, start);
	he = staff_at(st, end);
	if (m == M_HEADCOUNT) {
		stats_fmt_ratio(buf, hs + he, 2, metrics[m].decimals);
		csv_writer_str(w, buf);
	} else if (hs + he > 0 && (hs + he) / 2 >= sc->o->min_n[m]) {
		stats_fmt_ratio(buf, 2 * a->s[S_EXITS], hs + he,
		    metrics[m].decimals);
		csv_writer_str(w, buf);
	} else
		csv_writer_str(w, "");
}

/* A row's index, index_metrics and rank; used is scratch. */
static void
write_index(struct csv_writer *w, const struct agg *a, struct strbuf *used)
{
	char buf[48];
	int m;

	if (!a->has_index) {
		csv_writer_str(w, "");
		csv_writer_str(w, "");
		csv_writer_str(w, "");
		return;
	}
	num_fmt(buf, sizeof(buf), a->index, SCORES_INDEX_DEC, 0);
	csv_writer_str(w, buf);
	used->len = 0;
	for (m = 0; m < M_N; m++) {
		if (!(a->used & (1u << m)))
			continue;
		if (used->len > 0)
			sb_addc(used, ';');
		sb_adds(used, metrics[m].name);
	}
	csv_writer_str(w, sb_str(used));
	snprintf(buf, sizeof(buf), "%d", a->rank);
	csv_writer_str(w, buf);
}

void
score_write(struct score *sc, struct csv_writer *w)
{
	struct strbuf used = { 0 };
	char buf[48];
	size_t i, j;
	int m, k;

	csv_writer_str(w, SCORES_PERIOD);
	csv_writer_str(w, SCORES_GROUP);
	csv_writer_str(w, SCORES_KEY);
	csv_writer_str(w, SCORES_TEAM);
	for (m = 0; m < M_N; m++) {
		if (!(sc->o->metrics & (1u << m)))
			continue;
		if (m == M_HEADCOUNT || m == M_EXITS || m == M_TURNOVER) {
			csv_writer_str(w, metrics[m].name);
			continue;
		}
		for (k = 0; k < metric_shape_ncols(metrics[m].shape); k++)
			csv_writer_str(w, metric_col_name(buf, sizeof(buf),
			    metrics[m].name, (enum metric_part)k));
	}
	if (sc->o->index) {
		csv_writer_str(w, SCORES_INDEX);
		csv_writer_str(w, SCORES_INDEX_METRICS);
		csv_writer_str(w, SCORES_RANK);
	}
	if (sc->o->groups & GROUP_REVIEWER) {
		csv_writer_str(w, SCORES_QA_OFFSET);
		csv_writer_str(w, SCORES_QA_OFFSET_LO);
		csv_writer_str(w, SCORES_QA_OFFSET_HI);
		csv_writer_str(w, SCORES_QA_OFFSET_P);
		csv_writer_str(w, SCORES_QA_ROUND);
		csv_writer_str(w, SCORES_QA_ROUND_N);
	}
	csv_writer_endrow(w);

	/* the contacts still waiting: no repeat came */
	fcr_close(sc);
	if (sc->grading)
		grade_compute(sc);
	if (sc->nagg > 0)
		qsort(sc->agg, sc->nagg, sizeof(*sc->agg), cmp_rows);
	for (i = 0; i < sc->nagg; i = j) {
		for (j = i; j < sc->nagg &&
		    strcmp(sc->agg[j].period, sc->agg[i].period) == 0 &&
		    sc->agg[j].level == sc->agg[i].level; j++)
			;
		/* a grader's qa grades agents: no index */
		if (sc->agg[i].level != SG_REVIEWER)
			index_group(sc, i, j);
	}
	for (i = 0; i < sc->nagg; i++) {
		const struct agg *a = &sc->agg[i];

		csv_writer_str(w, a->period);
		csv_writer_str(w, scores_groups[a->level]);
		csv_writer_str(w, a->key);
		csv_writer_str(w, a->level == 2 ? "" : a->team);
		for (m = 0; m < M_N; m++) {
			if (!(sc->o->metrics & (1u << m)))
				continue;
			if (m == M_HEADCOUNT || m == M_EXITS ||
			    m == M_TURNOVER)
				write_staff(sc, w, a, m);
			else
				write_metric(sc, w, a, m);
		}
		if (sc->o->index)
			write_index(w, a, &used);
		if (sc->o->groups & GROUP_REVIEWER)
			write_grade(sc, w, a);
		csv_writer_endrow(w);
	}
	sb_free(&used);
}

/*
 * Partials: everything the scores are made of, exactly, so that partials
 * of any split of the events merge into what one pass would write.
 *   meta  period=the period kind, group=the groups, key=the zone,
 *         a, b = --since, --until in ms (empty when not given)
 *   span  a, b = first and last activity (ms)
 *   sum   one row's sums; team and a = its team and that team's time
 *   staff group, key, a = time, b = +1 hire or -1 exit
 *   repeat key = --repeat-window in ms, a, b = the first and last
 *         contact with a customer (empty when none)
 *   cluster  key = a customer, a, b = the first and last contact of
 *         one of its clusters at the shard's edges (score_fcr.h)
 *   fcr   period, group, key = a row, team = a customer, a = the time
 *         of a tentative contact in that row (its sums count it
 *         resolved; a merge takes back those another shard repeats)
 */
static void
groups_name(int g, char *buf, size_t size)
{
	size_t n = 0;
	int l;

	buf[0] = '\0';
	for (l = 0; l < SG_N; l++)
		if ((g & (1 << l)) && n < size)
			n += (size_t)snprintf(buf + n, size - n, "%s%s",
			    n > 0 ? ";" : "", scores_groups[l]);
}

struct staffrow {
	int		 level;
	const char	*key;
	int64_t		 ts;
	int		 delta;
};

static int
cmp_staff(const void *x, const void *y)
{
	const struct staffrow *a = x, *b = y;
	int c;

	if (a->level != b->level)
		return a->level - b->level;
	if ((c = strcmp(a->key, b->key)) != 0)
		return c;
	if (a->ts != b->ts)
		return a->ts < b->ts ? -1 : 1;
	return a->delta - b->delta;
}

/* A partial's row of type, period, group, key, team, a, b and empty
 * sums; a or b INT64_MIN: empty. */
static void
partial_row(struct csv_writer *w, const char *type, const char *period,
    const char *group, const char *key, size_t keylen, const char *team,
    size_t teamlen, int64_t a, int64_t b)
{
	int k;

	csv_writer_str(w, type);
	csv_writer_str(w, period);
	csv_writer_str(w, group);
	csv_writer_field(w, key, keylen);
	csv_writer_field(w, team, teamlen);
	if (a != INT64_MIN)
		csv_writer_int(w, a);
	else
		csv_writer_str(w, "");
	if (b != INT64_MIN)
		csv_writer_int(w, b);
	else
		csv_writer_str(w, "");
	for (k = 0; k < S_N; k++)
		csv_writer_str(w, "");
	csv_writer_endrow(w);
}

/*
 * fcr's rows of a partial: the window and range, the edge clusters and
 * the tentative contacts, one row for each row a contact is in (before
 * the rows are sorted: their indices name them); then every contact
 * still waiting is counted resolved in the sums.
 */
static void
partial_fcr(struct score *sc, struct csv_writer *w)
{
	struct fcr_item *it;
	const struct agg *a;
	char wb[32];
	size_t i, n;
	int k;

	int64_t h = sc->fcr.counted > 0 ? sc->fcr.max_ts -
	    sc->o->repeat_window : INT64_MAX;
	const struct recent *q;

	snprintf(wb, sizeof(wb), "%lld", (long long)sc->o->repeat_window);
	partial_row(w, "repeat", "", "", wb, strlen(wb), "", 0,
	    sc->fcr.counted > 0 ? sc->fcr.min_ts : INT64_MIN,
	    sc->fcr.counted > 0 ? sc->fcr.max_ts : INT64_MIN);
	n = fcr_export(&sc->fcr, &it);
	for (i = 0; i < n; i++) {
		if (!it[i].tentative) {
			partial_row(w, "cluster", "", "", it[i].cust,
			    it[i].len, "", 0, it[i].a, it[i].b);
			continue;
		}
		for (k = 0; k < FCR_ROWS; k++) {
			if (it[i].rows.r[k] == FCR_NOROW)
				continue;
			a = &sc->agg[it[i].rows.r[k]];
			/* b: counted resolved in the sums (1), or beyond
			 * the horizon and left out (0) */
			partial_row(w, "fcr", a->period,
			    scores_groups[a->level], a->key, strlen(a->key),
			    it[i].cust, it[i].len, it[i].a, it[i].a <= h);
		}
	}
	free(it);
	fcr_close(sc);
	/* the unresolved contacts beyond the horizon, left out */
	for (i = sc->rhead; i < sc->nrecent; i++) {
		q = &sc->recent[i];
		if (q->t <= h)
			continue;
		for (k = 0; k < FCR_ROWS; k++) {
			if (q->r[k] == UINT32_MAX)
				continue;
			a = &sc->agg[q->r[k]];
			partial_row(w, "recent", a->period,
			    scores_groups[a->level], a->key, strlen(a->key),
			    "", 0, q->t, INT64_MIN);
		}
	}
}

void
score_write_partial(struct score *sc, struct csv_writer *w)
{
	struct staffrow *sr = NULL;
	struct staff *st;
	size_t i, j, nsr = 0;
	char buf[64];
	int k;

	csv_writer_str(w, "type");
	csv_writer_str(w, SCORES_PERIOD);
	csv_writer_str(w, SCORES_GROUP);
	csv_writer_str(w, SCORES_KEY);
	csv_writer_str(w, SCORES_TEAM);
	csv_writer_str(w, "a");
	csv_writer_str(w, "b");
	for (k = 0; k < S_N; k++)
		csv_writer_str(w, partial_sums[k]);
	csv_writer_endrow(w);

	csv_writer_str(w, "meta");
	csv_writer_str(w, score_by_name(sc->o->by));
	groups_name(sc->o->groups, buf, sizeof(buf));
	csv_writer_str(w, buf);
	csv_writer_str(w, sc->o->tzname != NULL ? sc->o->tzname : "UTC");
	csv_writer_str(w, "");
	if (sc->o->since != INT64_MIN)
		csv_writer_int(w, sc->o->since);
	else
		csv_writer_str(w, "");
	if (sc->o->until != INT64_MAX)
		csv_writer_int(w, sc->o->until);
	else
		csv_writer_str(w, "");
	for (k = 0; k < S_N; k++)
		csv_writer_str(w, "");
	csv_writer_endrow(w);

	if (sc->min_ts <= sc->max_ts) {
		csv_writer_str(w, "span");
		csv_writer_str(w, "");
		csv_writer_str(w, "");
		csv_writer_str(w, "");
		csv_writer_str(w, "");
		csv_writer_int(w, sc->min_ts);
		csv_writer_int(w, sc->max_ts);
		for (k = 0; k < S_N; k++)
			csv_writer_str(w, "");
		csv_writer_endrow(w);
	}
	partial_fcr(sc, w);

	if (sc->nagg > 0)
		qsort(sc->agg, sc->nagg, sizeof(*sc->agg), cmp_rows);
	for (i = 0; i < sc->nagg; i++) {
		const struct agg *a = &sc->agg[i];

		csv_writer_str(w, "sum");
		csv_writer_str(w, a->period);
		csv_writer_str(w, scores_groups[a->level]);
		csv_writer_str(w, a->key);
		csv_writer_str(w, a->team);
		if (a->team_ts != INT64_MIN)
			csv_writer_int(w, a->team_ts);
		else
			csv_writer_str(w, "");
		csv_writer_str(w, "");
		for (k = 0; k < S_N; k++)
			csv_writer_int(w, a->s[k]);
		csv_writer_endrow(w);
	}

	for (i = 0; i < sc->staff.cap; i++) {
		if (sc->staff.tab[i].key == NULL)
			continue;
		st = sc->staff.tab[i].val;
		sr = xreallocarray(sr, nsr + st->n, sizeof(*sr));
		for (j = 0; j < st->n; j++) {
			sr[nsr].level = sc->staff.tab[i].key[0] - '0';
			sr[nsr].key = sc->staff.tab[i].key + 2;
			sr[nsr].ts = st->ts[j];
			sr[nsr++].delta = st->delta[j];
		}
	}
	if (nsr > 0)
		qsort(sr, nsr, sizeof(*sr), cmp_staff);
	for (i = 0; i < nsr; i++) {
		csv_writer_str(w, "staff");
		csv_writer_str(w, "");
		csv_writer_str(w, scores_groups[sr[i].level]);
		csv_writer_str(w, sr[i].key);
		csv_writer_str(w, "");
		csv_writer_int(w, sr[i].ts);
		csv_writer_int(w, sr[i].delta);
		for (k = 0; k < S_N; k++)
			csv_writer_str(w, "");
		csv_writer_endrow(w);
	}
	free(sr);
}

static int
parse_i64(const char *s, size_t n, int64_t *v)
{
	char buf[32], *end;

	if (n == 0 || n >= sizeof(buf))
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	errno = 0;
	*v = strtoll(buf, &end, 10);
	return *end != '\0' || errno != 0 ? -1 : 0;
}

/* Does a partial's --since/--until field say the same as ours? */
static int
bound_eq(const char *s, size_t n, int64_t ours, int64_t none)
{
	int64_t v;

	if (n == 0)
		return ours == none;
	return parse_i64(s, n, &v) == 0 && v == ours;
}

static int
level_index(const char *s)
{
	int l;

	/* a partial holds no reviewer rows (score.h) */
	for (l = 0; l < SG_REVIEWER; l++)
		if (strcmp(scores_groups[l], s) == 0)
			return l;
	return -1;
}

/* The number of sums of a partial's header if it names ours, in our
 * order (all, or the PARTIAL_SUMS_V1 of a partial older than fcr); 0 if
 * not. */
static int
sums_header(const struct csv_record *rec)
{
	int k, n;

	if (rec->nfields == 7 + S_N)
		n = S_N;
	else if (rec->nfields == 7 + PARTIAL_SUMS_V1)
		n = PARTIAL_SUMS_V1;
	else
		return 0;
	for (k = 0; k < n; k++)
		if (strcmp(rec->fields[7 + k], partial_sums[k]) != 0)
			return 0;
	return n;
}

/*
 * Whether one sum row of a partial file can be what --partial wrote: no
 * sum negative, no rate's count above its sample, no bounded mean's sum
 * outside its scale times its sample.  -1 with why when not (a crafted or
 * damaged file would print an fcr of 15 or a NaN).
 */
static int
sums_sane(const int64_t *v, char *why, size_t whysize)
{
	static const int rate[][2] = {
		{ S_RES_Y, S_RES_N }, { S_NOESC_Y, S_RES_N },
		{ S_XFER_Y, S_XFER_N }, { S_CSAT_GOOD, S_CSAT_N },
		{ S_DEC_ESC_Y, S_DEC_ESC_N }, { S_HANDLE_N, S_CONTACTS },
		{ S_FCR_Y, S_FCR_N }, { S_FCR_N, S_CONTACTS },
	};
	static const int mean[][3] = {
		{ S_CSAT, S_CSAT_N, M_CSAT }, { S_QA, S_QA_N, M_QA },
		{ S_CONF, S_CONF_N, M_CONFIDENCE },
		{ S_ESAT, S_ESAT_N, M_ESAT },
	};
	size_t i;
	double lo, hi;

	for (i = 0; i < S_N; i++)
		if (v[i] < 0) {
			snprintf(why, whysize, "sum '%s' is negative",
			    partial_sums[i]);
			return -1;
		}
	for (i = 0; i < sizeof(rate) / sizeof(rate[0]); i++)
		if (v[rate[i][0]] > v[rate[i][1]]) {
			snprintf(why, whysize, "sum '%s' is greater than '%s'",
			    partial_sums[rate[i][0]], partial_sums[rate[i][1]]);
			return -1;
		}
	if (v[S_NPS_PRO] > v[S_NPS_N] - v[S_NPS_DET]) {
		snprintf(why, whysize, "sums 'nps_pro' and 'nps_det' are "
		    "greater than 'nps_n'");
		return -1;
	}
	for (i = 0; i < sizeof(mean) / sizeof(mean[0]); i++) {
		lo = metrics[mean[i][2]].low * MICRO * (double)v[mean[i][1]];
		hi = (metrics[mean[i][2]].low + metrics[mean[i][2]].range) *
		    MICRO * (double)v[mean[i][1]];
		if ((double)v[mean[i][0]] < lo || (double)v[mean[i][0]] > hi) {
			snprintf(why, whysize, "sum '%s' is outside its scale "
			    "times '%s'", partial_sums[mean[i][0]],
			    partial_sums[mean[i][1]]);
			return -1;
		}
	}
	return 0;
}

int
score_merge_file(struct score *sc, const char *path)
{
	struct table tb;
	struct csv_record *rec;
	struct agg *a;
	char buf[64], gbuf[64], why[160];
	int64_t v, x, row[S_N];
	int rv, k, l, status = 0, seen_meta = 0, seen_repeat = 0, nsums;
	size_t width;

	/* raw: the header is the partials' own, and rows are checked here */
	if (table_open(&tb, path, TABLE_RAW) == -1)
		return -1;
	rv = csv_reader_next(tb.rd, &rec);
	if (rv != 1 || rec->err != NULL || rec->nfields < 7 ||
	    strcmp(rec->fields[0], "type") != 0 ||
	    (nsums = sums_header(rec)) == 0) {
		emp_warn("%s:1: not a partial file of this version of "
		    "emp-score (made with --partial)", tb.name);
		table_close(&tb);
		return -1;
	}
	width = 7 + (size_t)nsums;
	memset(row, 0, sizeof(row));
	while ((rv = table_next(&tb, &rec)) == 1) {
		why[0] = '\0';
		if (rec->err == NULL && rec->nfields == width &&
		    strcmp(rec->fields[0], "type") == 0)
			continue;	/* concatenated partials */
		if (rec->err != NULL || rec->nfields != width) {
			snprintf(why, sizeof(why), "%s", rec->err != NULL ?
			    rec->err : "wrong number of fields");
		} else if (strcmp(rec->fields[0], "meta") == 0) {
			groups_name(sc->o->groups, buf, sizeof(buf));
			if (strcmp(rec->fields[1], score_by_name(sc->o->by)) != 0 ||
			    strcmp(rec->fields[2], buf) != 0 ||
			    strcmp(rec->fields[3], sc->o->tzname != NULL ?
			    sc->o->tzname : "UTC") != 0 ||
			    !bound_eq(rec->fields[5], rec->lens[5],
			    sc->o->since, INT64_MIN) ||
			    !bound_eq(rec->fields[6], rec->lens[6],
			    sc->o->until, INT64_MAX)) {
				/* the file's "agent;team", as --group takes it */
				snprintf(gbuf, sizeof(gbuf), "%s",
				    rec->fields[2]);
				for (k = 0; gbuf[k] != '\0'; k++)
					if (gbuf[k] == ';')
						gbuf[k] = ',';
				snprintf(why, sizeof(why), "made with other "
				    "options (--by %s --group %s --tz %s%s); "
				    "give the same ones", rec->fields[1],
				    gbuf, rec->fields[3],
				    rec->lens[5] + rec->lens[6] > 0 ?
				    " and its own --since/--until" : "");
			}
			seen_meta = 1;
		} else if (strcmp(rec->fields[0], "span") == 0) {
			if (parse_i64(rec->fields[5], rec->lens[5], &v) ||
			    parse_i64(rec->fields[6], rec->lens[6], &x))
				snprintf(why, sizeof(why), "bad span");
			else {
				if (v < sc->min_ts)
					sc->min_ts = v;
				if (x > sc->max_ts)
					sc->max_ts = x;
			}
		} else if (strcmp(rec->fields[0], "sum") == 0) {
			if ((l = level_index(rec->fields[2])) < 0) {
				snprintf(why, sizeof(why), "bad group");
			} else {
				for (k = 0; k < nsums; k++)
					if (parse_i64(rec->fields[7 + k],
					    rec->lens[7 + k], &row[k])) {
						snprintf(why, sizeof(why),
						    "bad number in '%s'",
						    partial_sums[k]);
						break;
					}
				if (why[0] == '\0')
					(void)sums_sane(row, why, sizeof(why));
				if (why[0] != '\0')
					goto bad_row;
				period_note(sc, rec->fields[1], tb.name,
				    rec->line);
				a = row_get(sc, l, rec->fields[1],
				    rec->fields[3], rec->lens[3]);
				for (k = 0; k < S_N; k++) {
					if (__builtin_add_overflow(a->s[k],
					    row[k], &a->s[k])) {
						snprintf(why, sizeof(why),
						    "sum '%s' overflows",
						    partial_sums[k]);
						break;
					}
				}
				if (rec->lens[5] > 0 && parse_i64(rec->fields[5],
				    rec->lens[5], &v) == 0 && (v > a->team_ts ||
				    (v == a->team_ts &&
				    strcmp(rec->fields[4], a->team) > 0))) {
					agg_team(a, rec->fields[4],
					    rec->lens[4]);
					a->team_ts = v;
				} else if (l == 1 && a->team[0] == '\0')
					agg_team(a, rec->fields[4],
					    rec->lens[4]);
			}
		} else if (strcmp(rec->fields[0], "repeat") == 0) {
			if (parse_i64(rec->fields[3], rec->lens[3], &v) ||
			    v != sc->o->repeat_window)
				snprintf(why, sizeof(why), "made with another "
				    "--repeat-window (%s ms); give the same one",
				    rec->fields[3]);
			else if (rec->lens[5] + rec->lens[6] > 0 &&
			    (parse_i64(rec->fields[5], rec->lens[5], &v) ||
			    parse_i64(rec->fields[6], rec->lens[6], &x) ||
			    v > x))
				snprintf(why, sizeof(why), "bad repeat row");
			else if (rec->lens[5] > 0)
				fcr_merge_range(&sc->fm, tb.name, v, x);
			seen_repeat = 1;
		} else if (strcmp(rec->fields[0], "cluster") == 0) {
			if (rec->lens[3] == 0 ||
			    parse_i64(rec->fields[5], rec->lens[5], &v) ||
			    parse_i64(rec->fields[6], rec->lens[6], &x) ||
			    v > x)
				snprintf(why, sizeof(why), "bad cluster row");
			else
				fcr_merge_cluster(&sc->fm, rec->fields[3],
				    rec->lens[3], v, x);
		} else if (strcmp(rec->fields[0], "fcr") == 0) {
			if ((l = level_index(rec->fields[2])) < 0 ||
			    rec->lens[4] == 0 ||
			    parse_i64(rec->fields[5], rec->lens[5], &v))
				snprintf(why, sizeof(why), "bad fcr row");
			else {
				period_note(sc, rec->fields[1], tb.name,
				    rec->line);
				a = row_get(sc, l, rec->fields[1],
				    rec->fields[3], rec->lens[3]);
				fcr_merge_tentative(&sc->fm, rec->fields[4],
				    rec->lens[4], v, (size_t)(a - sc->agg),
				    rec->lens[6] == 0 || rec->fields[6][0] ==
				    '1');
			}
		} else if (strcmp(rec->fields[0], "recent") == 0) {
			if ((l = level_index(rec->fields[2])) < 0 ||
			    parse_i64(rec->fields[5], rec->lens[5], &v))
				snprintf(why, sizeof(why), "bad recent row");
			else {
				period_note(sc, rec->fields[1], tb.name,
				    rec->line);
				a = row_get(sc, l, rec->fields[1],
				    rec->fields[3], rec->lens[3]);
				fcr_merge_recent(&sc->fm, v, (size_t)(a -
				    sc->agg));
			}
		} else if (strcmp(rec->fields[0], "staff") == 0) {
			if ((l = level_index(rec->fields[2])) < 0 ||
			    parse_i64(rec->fields[5], rec->lens[5], &v) ||
			    parse_i64(rec->fields[6], rec->lens[6], &x) ||
			    (x != 1 && x != -1))
				snprintf(why, sizeof(why), "bad staff row");
			else
				staff_add(sc, l, rec->fields[3], rec->lens[3],
				    v, (int)x);
		} else
			snprintf(why, sizeof(why), "unknown row type");
bad_row:
		if (why[0] != '\0') {
			table_reject(&tb, rec->line, "%s", why);
			status = -1;
			break;
		}
	}
	if (rv == -1)
		status = -1;
	if (status == 0 && !seen_meta) {
		emp_warn("%s: no meta row: not a whole partial file", tb.name);
		status = -1;
	}
	/* older than fcr: merged, its contacts in no fcr */
	if (status == 0 && !seen_repeat && sc->fcr_old++ == 0)
		emp_warn("%s: a partial file without fcr (an older emp-score): "
		    "its contacts are in no fcr; make it again for fcr",
		    tb.name);
	table_close(&tb);
	return status;
}

uint64_t
score_rejected(const struct score *sc)
{
	return sc->rejected;
}

unsigned long
score_ledger_invalid(const struct score *sc)
{
	return sc->have_ledger ? sc->ledger.invalid : 0;
}

int
score_ledger(struct score *sc, const char *path, const char *roster)
{
	int rv;

	if (roster_load(&sc->roster, roster) == -1) {
		roster_free(&sc->roster);
		return EXIT_FAIL;
	}
	if ((rv = ledger_open(&sc->ledger, path, &sc->roster, 0, 10)) !=
	    LEDGER_OK) {
		ledger_close(&sc->ledger);
		roster_free(&sc->roster);
		return rv == LEDGER_BUSY ? EXIT_BUSY : EXIT_FAIL;
	}
	ledger_unlock(&sc->ledger);
	approved_init(&sc->approved, &sc->ledger);
	sc->ledger_path = path;
	sc->have_ledger = 1;
	return EXIT_OK;
}

int
score_roster(struct score *sc, const char *roster)
{
	if (roster_load_tz(&sc->lvroster, roster, sc->o->tz) == -1) {
		roster_free(&sc->lvroster);
		return EXIT_FAIL;
	}
	sc->have_lvroster = 1;
	return EXIT_OK;
}

static const char *
plural(uint64_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

void
score_summary(const struct score *sc, struct strbuf *sb)
{
	sb_printf(sb, "%llu events read, %llu scored, %llu rejected",
	    (unsigned long long)sc->read, (unsigned long long)sc->scored,
	    (unsigned long long)sc->rejected);
	if (sc->outside > 0)
		sb_printf(sb, ", %llu outside --since/--until",
		    (unsigned long long)sc->outside);
	sb_printf(sb, "; %llu %s excluded by challenge",
	    (unsigned long long)sc->excluded,
	    plural(sc->excluded, "review", "reviews"));
	if (sc->have_ledger)
		sb_printf(sb, " (%zu of %zu approved %s found)",
		    approved_seen(&sc->approved), sc->approved.n,
		    plural(sc->approved.n, "challenge", "challenges"));
	if (sc->rescored + sc->reassigned > 0)
		sb_printf(sb, "; %llu %s rescored and %llu reassigned by "
		    "challenge", (unsigned long long)sc->rescored,
		    plural(sc->rescored, "review", "reviews"),
		    (unsigned long long)sc->reassigned);
	if (sc->stale > 0)
		sb_printf(sb, "; %llu %s another score than when challenged: "
		    "counted as %s", (unsigned long long)sc->stale,
		    plural(sc->stale, "review has", "reviews have"),
		    plural(sc->stale, "it is", "they are"));
	if (sc->again > 0)
		sb_printf(sb, "; %llu %s an excluded one: counted",
		    (unsigned long long)sc->again,
		    plural(sc->again, "review repeats", "reviews repeat"));
	if (sc->other > 0)
		sb_printf(sb, "; %llu %s a challenge's id and kind but "
		    "another agent: counted", (unsigned long long)sc->other,
		    plural(sc->other, "review has", "reviews have"));
	if (sc->unbacked > 0)
		sb_printf(sb, "; %llu %s a challenge that no verified ledger "
		    "backs: not excluded", (unsigned long long)sc->unbacked,
		    plural(sc->unbacked, "review carries", "reviews carry"));
	if (score_ledger_invalid(sc) > 0)
		sb_printf(sb, "; %lu ledger %s not counted",
		    score_ledger_invalid(sc),
		    plural(score_ledger_invalid(sc), "line", "lines"));
	if (sc->nolevel > 0)
		sb_printf(sb, "; %llu %s the roster gives no level at %s time",
		    (unsigned long long)sc->nolevel, plural(sc->nolevel,
		    "event of an agent", "events of agents"),
		    plural(sc->nolevel, "its", "their"));
	if (sc->noreviewer > 0)
		sb_printf(sb, "; %llu QA %s no reviewer: in no grader's "
		    "offset", (unsigned long long)sc->noreviewer,
		    plural(sc->noreviewer, "evaluation has",
		    "evaluations have"));
	/* fcr: said once some contact names its customer */
	if (sc->fcr.counted + sc->fcr_late > 0 && sc->fcr_none > 0)
		sb_printf(sb, "; %llu %s no customer: not in fcr",
		    (unsigned long long)sc->fcr_none, plural(sc->fcr_none,
		    "contact has", "contacts have"));
	if (sc->fcr_late > 0)
		sb_printf(sb, "; %llu %s more than a day out of time order: "
		    "not in fcr", (unsigned long long)sc->fcr_late,
		    plural(sc->fcr_late, "contact", "contacts"));
	if (sc->fcr_beyond > 0)
		sb_printf(sb, "; %llu %s less than the repeat window before "
		    "the last: not in fcr (repeats yet to come)",
		    (unsigned long long)sc->fcr_beyond,
		    plural(sc->fcr_beyond, "contact", "contacts"));
}

void
score_free(struct score *sc)
{
	struct staff *st;
	size_t i;

	free(sc->merged);
	for (i = 0; i < sc->ngname; i++)
		free(sc->gname[i]);
	free(sc->gname);
	strmap_free(&sc->gnames);
	free(sc->qa);
	for (i = 0; i < sc->grades.cap; i++)
		free(sc->grades.tab[i].val);
	strmap_free(&sc->grades);

	for (i = 0; i < sc->nagg; i++) {
		free(sc->agg[i].period);
		free(sc->agg[i].key);
		free(sc->agg[i].team);
	}
	free(sc->agg);
	for (i = 0; i < sc->staff.cap; i++) {
		if (sc->staff.tab[i].key == NULL)
			continue;
		st = sc->staff.tab[i].val;
		free(st->ts);
		free(st->delta);
		free(st);
	}
	strmap_free(&sc->staff);
	strmap_free(&sc->periods);
	for (i = 0; i < sc->rixcap; i++)
		free(sc->rix[i].key);
	free(sc->rix);
	strmap_free(&sc->rows);
	sb_free(&sc->kb);
	if (sc->have_ledger) {
		approved_free(&sc->approved);
		ledger_close(&sc->ledger);
		roster_free(&sc->roster);
	}
	if (sc->have_lvroster)
		roster_free(&sc->lvroster);
	fcr_free(&sc->fcr);
	fcr_merge_free(&sc->fm);
	free(sc->recent);
	strmap_free(&sc->lvnames);
	free(sc->lvrows);
	free(sc);
}

/* Running emp-score. */

static int
run_events(void *arg, const char *path)
{
	return score_file(arg, path);
}

static int
run_partials(void *arg, const char *path)
{
	struct score *sc = arg;
	struct stat st;
	size_t i;

	/* the same file twice would count its sums twice */
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0) {
		for (i = 0; i < sc->nmerged; i++)
			if (sc->merged[i].dev == st.st_dev &&
			    sc->merged[i].ino == st.st_ino) {
				emp_warn("%s: the same file as %s, merged "
				    "already: its sums would count twice", path,
				    sc->merged[i].path);
				return -1;
			}
		sc->merged = xreallocarray(sc->merged, sc->nmerged + 1,
		    sizeof(*sc->merged));
		sc->merged[sc->nmerged].dev = st.st_dev;
		sc->merged[sc->nmerged].ino = st.st_ino;
		sc->merged[sc->nmerged++].path = path;
	}
	return score_merge_file(arg, path);
}

static int
cmp_nocase_ptr(const void *x, const void *y)
{
	const char *a = *(const char *const *)x, *b = *(const char *const *)y;
	int c = strcasecmp(a, b);

	return c != 0 ? c : strcmp(a, b);
}

/*
 * Names of the rows of level that differ only in ASCII case: scored
 * apart, as written; each pair said (at most CASE_WARN_MAX), since one
 * person or team split in two has half the evidence in each row.
 */
#define CASE_WARN_MAX	5

static void
case_warn(const struct score *sc, int level, const char *what,
    const char *how)
{
	const char **k;
	char a[256], b[256];
	size_t i, n = 0, pairs = 0;

	k = xreallocarray(NULL, sc->nagg + 1, sizeof(*k));
	for (i = 0; i < sc->nagg; i++)
		if (sc->agg[i].level == level)
			k[n++] = sc->agg[i].key;
	if (n > 1)
		qsort(k, n, sizeof(*k), cmp_nocase_ptr);
	for (i = 1; i < n; i++) {
		if (strcmp(k[i - 1], k[i]) == 0 ||
		    strcasecmp(k[i - 1], k[i]) != 0)
			continue;
		if (pairs++ < CASE_WARN_MAX) {
			msg_quote(a, sizeof(a), k[i - 1], strlen(k[i - 1]));
			msg_quote(b, sizeof(b), k[i], strlen(k[i]));
			emp_warn("%s '%s' and '%s' differ only in case: "
			    "scored apart; give them one name%s", what, a, b,
			    how);
		}
	}
	if (pairs > CASE_WARN_MAX)
		emp_warn("and %zu more pairs of %s that differ only in case",
		    pairs - CASE_WARN_MAX, what);
	free(k);
}

/*
 * The ledger is read first: one that cannot be used ends the run before
 * anything is written.  Then the output is made before the inputs are
 * read, so that one that cannot be made ends the run before the work; a
 * merge that failed gives it up (output_abort(): nothing reaches it).
 */
int
score_run(const struct score_opts *o, int argc, char *argv[])
{
	struct output out;
	struct strbuf sb = { 0 };
	struct score *sc;
	int status;

	sc = score_new(o);
	if (o->ledger != NULL &&
	    (status = score_ledger(sc, o->ledger, o->roster)) != EXIT_OK) {
		emp_warn("nothing written: the ledger cannot be used");
		score_free(sc);
		return status;
	}
	/* -g level: the rows in force at each event's time (merged
	 * partials hold their level rows already) */
	if ((o->groups & GROUP_LEVEL) && !o->merge &&
	    (o->roster == NULL || score_roster(sc, o->roster) != EXIT_OK)) {
		if (o->roster == NULL)
			emp_warn("-g level needs a roster (--roster)");
		emp_warn("nothing written: the roster cannot be used");
		score_free(sc);
		return EXIT_FAIL;
	}
	cli_output_open(&o->cli, &out);
	status = cli_each_input(argc, argv, o->merge ? run_partials :
	    run_events, sc);
	/* fcr: the tentative contacts that other shards repeat */
	if (o->merge && status == EXIT_OK &&
	    fcr_merge_finish(&sc->fm, fcr_adjust, sc) == -1)
		status = EXIT_FAIL;
	if (o->merge && status != EXIT_OK) {
		emp_warn("nothing written: the partial files could not all "
		    "be merged");
		score_free(sc);
		output_abort(&out);
		return EXIT_FAIL;
	}
	if (o->partial)
		score_write_partial(sc, &out.w);
	else {
		case_warn(sc, SG_AGENT, "agents", " (emp-ingest --agent-map)");
		case_warn(sc, SG_TEAM, "teams", "");
		score_write(sc, &out.w);
	}
	if (!o->merge)
		score_summary(sc, &sb);
	if (o->cli.strict && score_ledger_invalid(sc) > 0)
		status = EXIT_FAIL;
	status = cli_finish(&o->cli, status, score_rejected(sc),
	    o->merge ? NULL : &sb);
	score_free(sc);
	if (output_commit(&out) == -1)
		status = EXIT_FAIL;
	return status;
}
