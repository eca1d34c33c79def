/*
 * impact.c: emp-tier --impact (impact.h; the estimator is stated in
 * emp-impact(5)).
 *
 * In the order it runs: the roster's dated rows of every agent (a change
 * is a row whose level or limit differs from the agent's previous row),
 * the coaching sessions, the agent rows of the scores by period into
 * per-agent prefix sums over the periods in date order (a window's pool
 * is two look-ups); then one cohort per change kind and day: its before
 * and after windows, its candidate controls (no change of the kind in
 * the windows), and, per metric, the controls' differences, computed once
 * and shared by every row the cohort is in.  A row pools its cohorts:
 * effect = sum w_g effect_g, Welch per cohort, the controls' parts summed
 * as if perfectly correlated (conservative).
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "evidence.h"
#include "hash.h"
#include "impact.h"
#include "parse.h"
#include "policy.h"
#include "schema.h"
#include "scoresin.h"
#include "stats.h"
#include "table.h"

enum { K_AUTH, K_COACH, K_N };

static const char *const kind_names[K_N] = {
	IMPACT_AUTHORITY, IMPACT_COACHING
};

/* One metric of one agent in one period, or pooled. */
struct cell {
	double		 num, den;
	uint64_t	 n;
};

/* A dated roster row. */
struct hrow {
	int64_t		 since;		/* INT64_MIN: undated */
	int		 level;
	struct decimal	 limit;
	char		*team;
	unsigned long	 line;
};

struct prow {
	size_t		 period;
	struct cell	*c;		/* per slot */
};

struct iagent {
	char		*name;
	char		*sc_team;	/* the latest scores row's */
	struct hrow	*hist;
	size_t		 nhist;
	struct prow	*rows;
	size_t		 nrows, caprows;
	struct cell	*pre;		/* (nperiods + 1) x nslot prefix sums
					 * by period rank */
	struct change	**ch[K_N];	/* its changes by day */
	size_t		 nch[K_N];
	uint64_t	 stamp;		/* distinct counting */
	int		 was_ctl[K_N];
};

struct cohort;

struct change {
	struct iagent	*a;
	int		 kind;
	int64_t		 day;
	int		 focus;		/* slot of the coaching's metric */
	const char	*team;
	int		 left_out;
	int64_t		 other;		/* the change that left it out */
	struct cohort	*co;
};

/* The controls of a cohort for one metric. */
struct cstat {
	int		 done;
	size_t		 n;
	double		 mean_d, s2_d, mean_b, mean_a;
};

struct cohort {
	int		 kind;
	int64_t		 day;
	size_t		 b0, nb, a0, na;	/* ranks of the windows */
	int64_t		 from, to;	/* the windows' days, to exclusive */
	struct iagent	**cand;		/* no change of the kind in from..to */
	size_t		 ncand;
	struct cstat	*cs;		/* per slot */
};

struct period {
	char		*name;
	int64_t		 start, end;	/* end: the day after */
};

struct impact {
	const struct tier_opts *o;
	struct policy	*pol;
	int64_t		 W;
	int		 slot_metric[M_N];
	int		 slot[M_N];
	int		 nslot;
	int		 present[M_N];	/* per slot: some row has a sample */
	struct strmap	 amap;
	struct iagent	**alist;
	size_t		 nagents, capagents;
	struct scoresin	 si;		/* the scores' reader, its periods */
	struct period	*periods;	/* in date order after impact_sort() */
	size_t		 nperiods, capperiods;
	struct change	*ch;		/* every change */
	size_t		 nch, capch;
	struct cohort	*co;
	size_t		 nco;
	uint64_t	 rejected, badvalues;
	size_t		 unmeasured;	/* coaching without a measured focus */
	uint64_t	 stamp;
	size_t		 rows, noest;
	double		*scratch;
	size_t		 capscratch;
};

static struct iagent *
agent_get(struct impact *im, const char *name, size_t len)
{
	struct iagent *a;

	if ((a = strmap_get(&im->amap, name, len)) != NULL)
		return a;
	a = xcalloc(1, sizeof(*a));
	a->name = xstrndup(name, len);
	strmap_put(&im->amap, a->name, len, a);
	if (im->nagents == im->capagents) {
		im->capagents = im->capagents ? 2 * im->capagents : 64;
		im->alist = xreallocarray(im->alist, im->capagents,
		    sizeof(*im->alist));
	}
	im->alist[im->nagents++] = a;
	return a;
}

static void
change_add(struct impact *im, struct iagent *a, int kind, int64_t day,
    int focus, const char *team)
{
	struct change *c;

	if (im->nch == im->capch) {
		im->capch = im->capch ? 2 * im->capch : 64;
		im->ch = xreallocarray(im->ch, im->capch, sizeof(*im->ch));
	}
	c = &im->ch[im->nch++];
	memset(c, 0, sizeof(*c));
	c->a = a;
	c->kind = kind;
	c->day = day;
	c->focus = focus;
	c->team = team;
}

/* ---- the roster's history ---- */

static int
read_roster(struct impact *im, const char *path)
{
	struct table tb;
	struct csv_record *r;
	struct iagent *a;
	struct tier_rcols c;
	struct tier_rrow row;
	struct hrow *h;
	size_t i;
	int rv, dup;

	if (table_open(&tb, path, 0) == -1)
		return -1;
	if (tier_roster_cols(&tb, &c) == -1) {
		table_close(&tb);
		return -1;
	}
	while ((rv = table_next(&tb, &r)) == 1) {
		/* every dated row: the whole history */
		if (tier_roster_row(&tb, r, &c, im->pol, INT64_MAX, &row) != 1)
			continue;
		a = agent_get(im, row.name, row.namelen);
		for (i = 0, dup = 0; i < a->nhist && !dup; i++)
			dup = a->hist[i].since == row.since;
		if (dup) {
			table_reject(&tb, r->line, "agent '%s' is in the "
			    "roster already (line %lu)%s: this row is ignored",
			    a->name, a->hist[i - 1].line, row.since ==
			    INT64_MIN ? "" : " with the same effective date");
			continue;
		}
		a->hist = xreallocarray(a->hist, a->nhist + 1,
		    sizeof(*a->hist));
		h = &a->hist[a->nhist++];
		h->since = row.since;
		h->level = (int)row.level;
		h->limit = row.limit;
		h->line = r->line;
		h->team = xstrndup(row.team, row.teamlen);
	}
	im->rejected += tb.rejected;
	table_close(&tb);
	return rv == -1 ? -1 : 0;
}

static int
cmp_hrow(const void *x, const void *y)
{
	const struct hrow *a = x, *b = y;

	return a->since < b->since ? -1 : a->since > b->since;
}

/* The agent's roster row in force on day, or NULL. */
static const struct hrow *
hist_at(const struct iagent *a, int64_t day)
{
	const struct hrow *h = NULL;
	size_t i;

	for (i = 0; i < a->nhist && a->hist[i].since <= day; i++)
		h = &a->hist[i];
	return h;
}

static const char *
agent_team(const struct iagent *a, int64_t day)
{
	const struct hrow *h = hist_at(a, day);

	if (h != NULL && *h->team != '\0')
		return h->team;
	return a->sc_team != NULL ? a->sc_team : "";
}

/* ---- the coaching sessions ---- */

static int
read_coaching(struct impact *im, const char *path)
{
	struct table tb;
	struct csv_record *r;
	const char *s, *f;
	size_t n, fn;
	int64_t day;
	int ck, cts, ca, cfo, rv, m;
	char mname[64];

	if (table_open(&tb, path, 0) == -1)
		return -1;
	ck = table_col(&tb, "kind");
	cts = table_col(&tb, "ts");
	ca = table_col(&tb, "agent");
	cfo = table_col(&tb, "focus");
	if (ck < 0 || cts < 0 || ca < 0 || cfo < 0) {
		table_no_column(&tb, "an event stream with coaching sessions",
		    ck < 0 ? "kind" : cts < 0 ? "ts" : ca < 0 ? "agent" :
		    "focus");
		table_close(&tb);
		return -1;
	}
	while ((rv = table_next(&tb, &r)) == 1) {
		if (strcmp(csv_record_field(r, ck), IMPACT_COACHING) != 0)
			continue;
		s = csv_record_field_len(r, ca, &n);
		parse_trim(&s, &n);
		if (n == 0) {
			table_reject(&tb, r->line, "field 'agent': no agent");
			continue;
		}
		if (parse_date_days(csv_record_field(r, cts), PD_ANY_TIME,
		    &day) != PARSE_OK) {
			table_reject(&tb, r->line, "field 'ts': invalid time "
			    "'%s'", csv_record_field(r, cts));
			continue;
		}
		/* a session without a focus, or on a count, is measured on
		 * nothing but is coaching still: its agent is no control */
		f = csv_record_field_len(r, cfo, &fn);
		parse_trim(&f, &fn);
		snprintf(mname, sizeof(mname), "%.*s", (int)fn, f);
		m = fn == 0 ? -1 : metric_lookup(mname);
		if (fn > 0 && (m < 0 || fn >= sizeof(mname))) {
			table_reject(&tb, r->line, "field 'focus': unknown "
			    "metric '%s'", csv_record_field(r, cfo));
			continue;
		}
		if (m < 0 || im->slot[m] < 0)
			im->unmeasured++;
		change_add(im, agent_get(im, s, n), K_COACH, day, m < 0 ? -1 :
		    im->slot[m], NULL);
	}
	im->rejected += tb.rejected;
	table_close(&tb);
	return rv == -1 ? -1 : 0;
}

/* ---- the scores (scoresin.h) into per-agent rows ---- */

static void
scores_period(void *arg, size_t index, const char *name, int64_t start,
    int64_t end)
{
	struct impact *im = arg;
	struct period *p;

	(void)index;	/* im->nperiods */
	if (im->nperiods == im->capperiods) {
		im->capperiods = im->capperiods ? 2 * im->capperiods : 32;
		im->periods = xreallocarray(im->periods, im->capperiods,
		    sizeof(*im->periods));
	}
	p = &im->periods[im->nperiods++];
	p->name = xstrdup(name);
	p->start = start;
	p->end = end;
}

static void *
scores_agent(void *arg, const char *key, size_t len)
{
	return agent_get(arg, key, len);
}

static struct prow *
row_get(struct impact *im, struct iagent *a, size_t p, int add)
{
	struct prow *row;
	size_t i;

	for (i = a->nrows; i-- > 0;)
		if (a->rows[i].period == p)
			return add ? &a->rows[i] : NULL;
	if (a->nrows == a->caprows) {
		a->caprows = a->caprows ? 2 * a->caprows : 8;
		a->rows = xreallocarray(a->rows, a->caprows, sizeof(*a->rows));
	}
	row = &a->rows[a->nrows++];
	row->period = p;
	row->c = xcalloc((size_t)im->nslot, sizeof(*row->c));
	return row;
}

static void *
scores_row(void *arg, void *a, size_t p, int add)
{
	return row_get(arg, a, p, add);
}

static void
cell_add(struct impact *im, int k, struct cell *c, const struct ev_stat *e)
{
	if (!e->has || e->n == 0 || e->den <= 0)
		return;
	c->num += e->num;
	c->den += e->den;
	c->n += e->n;
	im->present[k] = 1;
}

static void
scores_fill(void *arg, void *r, const struct ev_stat *st, int add)
{
	struct impact *im = arg;
	struct prow *row = r;
	int k;

	(void)add;	/* a new row's cells are 0 */
	for (k = 0; k < im->nslot; k++)
		cell_add(im, k, &row->c[k], &st[k]);
}

static void
scores_team(void *arg, void *agent, const char *team, size_t len)
{
	struct iagent *a = agent;

	(void)arg;
	free(a->sc_team);
	a->sc_team = xstrndup(team, len);
}

static const struct scoresin_ops scores_ops = {
	scores_period, scores_agent, scores_row, scores_fill, scores_team
};

static int
read_scores(void *arg, const char *path)
{
	struct impact *im = arg;

	return scoresin_read(&im->si, path);
}

/* ---- windows, cohorts, controls ---- */

static int
cmp_period(const void *x, const void *y)
{
	const struct period *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Periods into date order, each agent's rows into prefix sums. */
static void
impact_sort(struct impact *im)
{
	size_t *rank, i, j, np = im->nperiods, ns = (size_t)im->nslot;
	struct iagent *a;
	struct period *sorted;
	int k;

	rank = xreallocarray(NULL, np + 1, sizeof(*rank));
	sorted = xreallocarray(NULL, np + 1, sizeof(*sorted));
	if (np > 0) {	/* no periods: im->periods is NULL */
		memcpy(sorted, im->periods, np * sizeof(*sorted));
		qsort(sorted, np, sizeof(*sorted), cmp_period);
	}
	for (i = 0; i < np; i++) {
		rank[scoresin_period(&im->si, sorted[i].name)] = i;
	}
	free(im->periods);
	im->periods = sorted;
	for (i = 0; i < im->nagents; i++) {
		a = im->alist[i];
		a->pre = xcalloc((np + 1) * ns, sizeof(*a->pre));
		for (j = 0; j < a->nrows; j++) {
			memcpy(&a->pre[(rank[a->rows[j].period] + 1) * ns],
			    a->rows[j].c, ns * sizeof(*a->pre));
			free(a->rows[j].c);
		}
		free(a->rows);
		a->rows = NULL;
		a->nrows = 0;
		for (j = 1; j <= np; j++)
			for (k = 0; k < im->nslot; k++) {
				a->pre[j * ns + k].num +=
				    a->pre[(j - 1) * ns + k].num;
				a->pre[j * ns + k].den +=
				    a->pre[(j - 1) * ns + k].den;
				a->pre[j * ns + k].n +=
				    a->pre[(j - 1) * ns + k].n;
			}
		if (a->nhist > 1)
			qsort(a->hist, a->nhist, sizeof(*a->hist), cmp_hrow);
	}
	free(rank);
}

/* The agent's value of slot k pooled over ranks r0 .. r0 + nr - 1, with
 * at least the metric's minimum sample: 1, else 0. */
static int
pooled(const struct impact *im, const struct iagent *a, int k, size_t r0,
    size_t nr, double *v, uint64_t *n)
{
	size_t ns = (size_t)im->nslot;
	const struct cell *hi = &a->pre[(r0 + nr) * ns + k];
	const struct cell *lo = &a->pre[r0 * ns + k];
	double den = hi->den - lo->den;

	if (nr == 0)
		return 0;
	*n = hi->n - lo->n;
	if (*n < (uint64_t)metrics[im->slot_metric[k]].min_n || *n == 0 ||
	    den <= 0)
		return 0;
	*v = (hi->num - lo->num) / den;
	return 1;
}

static int
cmp_change(const void *x, const void *y)
{
	const struct change *a = x, *b = y;
	int c;

	if (a->kind != b->kind)
		return a->kind - b->kind;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	if ((c = strcmp(a->a->name, b->a->name)) != 0)
		return c;
	return a->focus - b->focus;
}

/* The changes of the roster's history, every change sorted by kind and
 * day, the cohorts with their windows, who is left out, the
 * candidate controls. */
static void
impact_cohorts(struct impact *im)
{
	struct iagent *a;
	struct cohort *co;
	struct change *c;
	size_t i, j, r, l;
	int K;

	for (i = 0; i < im->nagents; i++) {
		a = im->alist[i];
		for (j = 1; j < a->nhist; j++)
			if (a->hist[j].level != a->hist[j - 1].level ||
			    decimal_cmp(&a->hist[j].limit,
			    &a->hist[j - 1].limit) != 0)
				change_add(im, a, K_AUTH, a->hist[j].since, -1,
				    NULL);
	}
	if (im->nch > 1)
		qsort(im->ch, im->nch, sizeof(*im->ch), cmp_change);
	for (i = 0; i < im->nch; i++) {
		c = &im->ch[i];
		a = c->a;
		c->team = agent_team(a, c->day);
		a->ch[c->kind] = xreallocarray(a->ch[c->kind],
		    a->nch[c->kind] + 1, sizeof(*a->ch[c->kind]));
		a->ch[c->kind][a->nch[c->kind]++] = c;
		if (im->nco == 0 || im->co[im->nco - 1].kind != c->kind ||
		    im->co[im->nco - 1].day != c->day) {
			im->co = xreallocarray(im->co, im->nco + 1,
			    sizeof(*im->co));
			co = &im->co[im->nco++];
			memset(co, 0, sizeof(*co));
			co->kind = c->kind;
			co->day = c->day;
		}
	}
	for (i = 0, j = 0; i < im->nco; i++) {
		co = &im->co[i];
		for (; j < im->nch && im->ch[j].kind == co->kind &&
		    im->ch[j].day == co->day; j++)
			im->ch[j].co = co;
		/* before: whole periods ending on or before the day that
		 * overlap the W days before it; after: starting on or after
		 * it and overlapping the W days from it */
		co->nb = co->na = 0;
		for (r = 0; r < im->nperiods; r++) {
			const struct period *p = &im->periods[r];

			if (p->end <= co->day && p->end > co->day - im->W) {
				if (co->nb++ == 0)
					co->b0 = r;
			} else if (p->start >= co->day &&
			    p->start < co->day + im->W) {
				if (co->na++ == 0)
					co->a0 = r;
			}
		}
		co->from = co->nb > 0 ? im->periods[co->b0].start :
		    co->day - im->W;
		co->to = co->na > 0 ? im->periods[co->a0 + co->na - 1].end :
		    co->day + im->W;
		co->cs = xcalloc((size_t)im->nslot, sizeof(*co->cs));
		co->cand = xreallocarray(NULL, im->nagents + 1,
		    sizeof(*co->cand));
		for (l = 0; l < im->nagents; l++) {
			a = im->alist[l];
			if (co->kind == K_AUTH && a->nhist == 0)
				continue;	/* history unknown */
			for (r = 0; r < a->nch[co->kind]; r++)
				if (a->ch[co->kind][r]->day >= co->from &&
				    a->ch[co->kind][r]->day < co->to)
					break;
			if (r == a->nch[co->kind])
				co->cand[co->ncand++] = a;
		}
	}
	for (i = 0; i < im->nch; i++) {
		c = &im->ch[i];
		K = c->kind;
		for (r = 0; r < c->a->nch[K]; r++) {
			const struct change *o = c->a->ch[K][r];

			if (o != c && o->day >= c->co->from &&
			    o->day < c->co->to) {
				c->left_out = 1;
				c->other = o->day;
				break;
			}
		}
	}
}

/* The controls of cohort co for slot k (computed once). */
static const struct cstat *
controls(struct impact *im, struct cohort *co, int k)
{
	struct cstat *cs = &co->cs[k];
	double b, af, sd = 0, sb = 0, sa = 0, m, ss = 0;
	uint64_t n;
	size_t i, nd = 0;

	if (cs->done)
		return cs;
	cs->done = 1;
	if (im->capscratch < co->ncand + 1) {
		im->capscratch = co->ncand + 1;
		im->scratch = xreallocarray(im->scratch, im->capscratch,
		    sizeof(*im->scratch));
	}
	for (i = 0; i < co->ncand; i++) {
		if (!pooled(im, co->cand[i], k, co->b0, co->nb, &b, &n) ||
		    !pooled(im, co->cand[i], k, co->a0, co->na, &af, &n))
			continue;
		im->scratch[nd++] = af - b;
		sd += af - b;
		sb += b;
		sa += af;
	}
	cs->n = nd;
	if (nd == 0)
		return cs;
	m = sd / (double)nd;
	for (i = 0; i < nd; i++)
		ss += (im->scratch[i] - m) * (im->scratch[i] - m);
	cs->mean_d = m;
	cs->s2_d = nd > 1 ? ss / (double)(nd - 1) : 0;
	cs->mean_b = sb / (double)nd;
	cs->mean_a = sa / (double)nd;
	return cs;
}

/* ---- the rows ---- */

struct est {
	size_t		 treated, controls;
	uint64_t	 n_before, n_after;
	int		 has_vals, has_ctl, has_est;
	double		 before, after, cbefore, cafter;
	double		 effect, lo, hi;
	int64_t		 first, last;	/* days */
	size_t		 wb0, wb1, wa0, wa1;	/* ranks; wb1 < wb0: none */
	int		 has_bw, has_aw;
	struct strbuf	 note;
};

/* One cohort's part of a row. */
struct part {
	struct cohort	*co;
	size_t		 nch;		/* changes */
	size_t		 nt;
	double		 mean_d, s2_t, mean_b, mean_a;
	uint64_t	 nb, na;
	const struct cstat *cs;
	int		 usable;
	char		 why[96];
};

static void
part_why(struct impact *im, struct part *p, int k)
{
	int m = im->slot_metric[k];

	const char *what = p->co->kind == K_AUTH ? "change" : "session";

	p->usable = 0;
	if (p->co->nb < 2)
		snprintf(p->why, sizeof(p->why), "%zu period%s before the "
		    "%s, fewer than 2", p->co->nb, p->co->nb == 1 ? "" : "s",
		    what);
	else if (p->co->na < 2)
		snprintf(p->why, sizeof(p->why), "%zu period%s after the "
		    "%s, fewer than 2", p->co->na, p->co->na == 1 ? "" : "s",
		    what);
	else if (p->nt == 0)
		snprintf(p->why, sizeof(p->why), "no %s agent with %d "
		    "%s in each window", p->co->kind == K_AUTH ? "changed" :
		    "coached", metrics[m].min_n,
		    evidence_noun(m, (uint64_t)metrics[m].min_n));
	else if (p->cs->n == 0)
		snprintf(p->why, sizeof(p->why), "no control agents: cannot "
		    "estimate");
	else if (p->cs->n < im->o->min_controls)
		snprintf(p->why, sizeof(p->why), "%zu control agent%s, fewer "
		    "than %llu", p->cs->n, p->cs->n == 1 ? "" : "s",
		    (unsigned long long)im->o->min_controls);
	else
		p->usable = 1;
}

/* The estimate of slot k over the changes chs[0..n) (sorted by day; not
 * left out) into *e, parts[] (n of them) its scratch; count_all: the
 * controls are stamped (impact's stamp) even for a single cohort. */
static void
estimate(struct impact *im, struct change **chs, size_t n, int k,
    struct est *e, struct part *parts, int count_all)
{
	size_t np = 0, i, j, q, nt = 0, nuse = 0, ncw;
	double b, af, sum, ss, w, var_t = 0, sc = 0, df = 0, dfg, at, bc;
	uint64_t nb, na;
	struct part *p;
	int use;

	memset(e, 0, offsetof(struct est, note));
	e->note.len = 0;
	for (i = 0; i < n; i = j) {
		p = &parts[np++];
		memset(p, 0, sizeof(*p));
		p->co = chs[i]->co;
		sum = ss = 0;
		for (j = i; j < n && chs[j]->co == p->co; j++) {
			p->nch++;
			if (!pooled(im, chs[j]->a, k, p->co->b0, p->co->nb, &b,
			    &nb) || !pooled(im, chs[j]->a, k, p->co->a0,
			    p->co->na, &af, &na))
				continue;
			if (im->capscratch < p->nt + 1 + n) {
				im->capscratch = 2 * (p->nt + 1 + n);
				im->scratch = xreallocarray(im->scratch,
				    im->capscratch, sizeof(*im->scratch));
			}
			im->scratch[p->nt++] = af - b;
			sum += af - b;
			p->mean_b += b;
			p->mean_a += af;
			p->nb += nb;
			p->na += na;
		}
		if (p->nt > 0) {
			p->mean_d = sum / (double)p->nt;
			p->mean_b /= (double)p->nt;
			p->mean_a /= (double)p->nt;
			for (q = 0; q < p->nt; q++)
				ss += (im->scratch[q] - p->mean_d) *
				    (im->scratch[q] - p->mean_d);
			p->s2_t = p->nt > 1 ? ss / (double)(p->nt - 1) : 0;
		}
		p->cs = p->co->nb > 0 && p->co->na > 0 ?
		    controls(im, p->co, k) : NULL;
		if (p->cs == NULL) {
			static const struct cstat none;

			p->cs = &none;
		}
		part_why(im, p, k);
		if (p->usable) {
			nuse++;
			nt += p->nt;
		}
	}
	/* what is shown: the usable cohorts, else all of them */
	use = nuse > 0;
	ncw = 0;
	for (i = 0; i < np; i++) {
		p = &parts[i];
		if (use && !p->usable)
			continue;
		if (ncw++ == 0 || p->co->day < e->first)
			e->first = p->co->day;
		if (ncw == 1 || p->co->day > e->last)
			e->last = p->co->day;
		if (p->co->nb > 0) {
			if (!e->has_bw || p->co->b0 < e->wb0)
				e->wb0 = p->co->b0;
			if (!e->has_bw || p->co->b0 + p->co->nb - 1 > e->wb1)
				e->wb1 = p->co->b0 + p->co->nb - 1;
			e->has_bw = 1;
		}
		if (p->co->na > 0) {
			if (!e->has_aw || p->co->a0 < e->wa0)
				e->wa0 = p->co->a0;
			if (!e->has_aw || p->co->a0 + p->co->na - 1 > e->wa1)
				e->wa1 = p->co->a0 + p->co->na - 1;
			e->has_aw = 1;
		}
		e->treated += p->nt;
		e->n_before += p->nb;
		e->n_after += p->na;
	}
	/* the treated's means weighted by their number; the controls' by
	 * the same weights */
	if (e->treated > 0) {
		double wc = 0;

		for (i = 0; i < np; i++) {
			p = &parts[i];
			if ((use && !p->usable) || p->nt == 0)
				continue;
			w = (double)p->nt / (double)e->treated;
			e->before += w * p->mean_b;
			e->after += w * p->mean_a;
			if (p->cs->n > 0) {
				e->cbefore += w * p->cs->mean_b;
				e->cafter += w * p->cs->mean_a;
				wc += w;
			}
		}
		e->has_vals = 1;
		if (wc > 0) {
			e->cbefore /= wc;
			e->cafter /= wc;
			e->has_ctl = 1;
		}
	}
	/* distinct controls */
	im->stamp++;
	for (i = 0; i < np; i++) {
		p = &parts[i];
		if (use && !p->usable)
			continue;
		if (np == 1 && !count_all) {
			e->controls = p->cs->n;
			break;
		}
		if (p->co->nb == 0 || p->co->na == 0)
			continue;
		for (j = 0; j < p->co->ncand; j++) {
			struct iagent *a = p->co->cand[j];

			if (a->stamp == im->stamp || !pooled(im, a, k,
			    p->co->b0, p->co->nb, &b, &nb) || !pooled(im, a, k,
			    p->co->a0, p->co->na, &af, &na))
				continue;
			a->stamp = im->stamp;
			e->controls++;
		}
	}
	if (!use && np > 1) {
		/* cohorts without an estimate, each for its own reason:
		 * their windows and values side by side would say nothing */
		size_t nch = 0;
		int same = 1;

		for (i = 0; i < np; i++) {
			nch += parts[i].nch;
			same &= strcmp(parts[i].why, parts[0].why) == 0;
		}
		memset(e, 0, offsetof(struct est, note));
		e->first = parts[0].co->day;
		e->last = parts[np - 1].co->day;
		for (i = 0; i < np; i++) {
			if (parts[i].co->day < e->first)
				e->first = parts[i].co->day;
			if (parts[i].co->day > e->last)
				e->last = parts[i].co->day;
		}
		sb_printf(&e->note, "no estimate for any of its %zu %s%s: %s%s",
		    nch, parts[0].co->kind == K_AUTH ? "change" : "session",
		    nch == 1 ? "" : "s", parts[0].why, same ? "" :
		    "; and other reasons (see the agent rows)");
		return;
	}
	if (!use) {
		sb_adds(&e->note, np > 0 ? parts[0].why : "no change");
		return;
	}
	/* the estimate */
	e->effect = 0;
	for (i = 0; i < np; i++) {
		p = &parts[i];
		if (!p->usable)
			continue;
		w = (double)p->nt / (double)nt;
		e->effect += w * (p->mean_d - p->cs->mean_d);
		bc = p->cs->s2_d / (double)p->cs->n;
		if (p->nt == 1) {
			/* one changed agent: its spread is taken to be the
			 * controls' (a prediction interval) */
			at = p->cs->s2_d;
			dfg = (double)p->cs->n - 1;
		} else {
			at = p->s2_t / (double)p->nt;
			dfg = at * at / ((double)p->nt - 1) +
			    bc * bc / ((double)p->cs->n - 1);
			dfg = dfg > 0 ? (at + bc) * (at + bc) / dfg :
			    (double)(p->nt + p->cs->n - 2);
		}
		var_t += w * w * at;
		sc += w * sqrt(bc);
		if (df == 0 || dfg < df)
			df = dfg;
	}
	w = stats_t975(df) * sqrt(var_t + sc * sc);
	e->lo = e->effect - w;
	e->hi = e->effect + w;
	e->has_est = 1;
	if (nuse < np) {
		size_t left = 0;

		for (i = 0; i < np; i++)
			if (!parts[i].usable)
				left += parts[i].nch;
		for (i = 0; parts[i].usable; i++)
			;
		sb_printf(&e->note, "%zu %s%s left out of the estimate: "
		    "%s", left, parts[i].co->kind == K_AUTH ? "change" :
		    "session", left == 1 ? "" : "s", parts[i].why);
	}
}

static void
put_num(struct csv_writer *w, int has, double v, int dec)
{
	char buf[64];

	if (!has) {
		csv_writer_str(w, "");
		return;
	}
	num_fmt(buf, sizeof(buf), v, dec, 0);
	csv_writer_str(w, buf);
}

static void
put_span(struct impact *im, struct csv_writer *w, int has, size_t r0,
    size_t r1)
{
	struct strbuf sb = { 0 };

	if (has) {
		sb_adds(&sb, im->periods[r0].name);
		if (r1 != r0) {
			sb_adds(&sb, "..");
			sb_adds(&sb, im->periods[r1].name);
		}
	}
	csv_writer_str(w, sb_str(&sb));
	sb_free(&sb);
}

static void
write_row(struct impact *im, struct csv_writer *w, int kind,
    const char *group, const char *key, const char *team, int k,
    struct est *e)
{
	int m = im->slot_metric[k];
	int dec = metrics[m].shape == SHAPE_RATE ? SCORES_INTERVAL_DEC :
	    metrics[m].decimals + 2;
	char d1[16], d2[16], buf[40];

	csv_writer_str(w, kind_names[kind]);
	csv_writer_str(w, group);
	csv_writer_str(w, key);
	csv_writer_str(w, team);
	csv_writer_str(w, metrics[m].name);
	date_format(e->first * 86400000, d1);
	date_format(e->last * 86400000, d2);
	if (e->first != e->last)
		snprintf(buf, sizeof(buf), "%s..%s", d1, d2);
	else
		snprintf(buf, sizeof(buf), "%s", d1);
	csv_writer_str(w, buf);
	put_span(im, w, e->has_bw, e->wb0, e->wb1);
	put_span(im, w, e->has_aw, e->wa0, e->wa1);
	csv_writer_int(w, (int64_t)e->treated);
	csv_writer_int(w, (int64_t)e->controls);
	csv_writer_int(w, (int64_t)e->n_before);
	csv_writer_int(w, (int64_t)e->n_after);
	put_num(w, e->has_vals, e->before, dec);
	put_num(w, e->has_vals, e->after, dec);
	put_num(w, e->has_ctl, e->cbefore, dec);
	put_num(w, e->has_ctl, e->cafter, dec);
	put_num(w, e->has_est, e->effect, dec);
	put_num(w, e->has_est, e->lo, dec);
	put_num(w, e->has_est, e->hi, dec);
	csv_writer_str(w, sb_str(&e->note));
	csv_writer_endrow(w);
	im->rows++;
	if (!e->has_est) {
		im->noest++;
		if (strcmp(group, "all") == 0)
			emp_warn("%s %s: no estimate: %s", kind_names[kind],
			    metrics[m].name, sb_str(&e->note));
	}
}

static int
cmp_team_change(const void *x, const void *y)
{
	const struct change *a = *(const struct change *const *)x;
	const struct change *b = *(const struct change *const *)y;
	int c;

	if ((c = strcmp(a->team, b->team)) != 0)
		return c;
	return a->day < b->day ? -1 : a->day > b->day;
}

static int
cmp_agent_change(const void *x, const void *y)
{
	const struct change *a = *(const struct change *const *)x;
	const struct change *b = *(const struct change *const *)y;
	int c;

	if ((c = strcmp(a->a->name, b->a->name)) != 0)
		return c;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return a->focus - b->focus;
}

/* The changes of chs[0..n) that bear on slot k (sorted by day) into
 * sel; their number. */
static size_t
select_k(struct change **chs, size_t n, int k, struct change **sel)
{
	size_t i, ns = 0;

	for (i = 0; i < n; i++)
		if (!chs[i]->left_out && (chs[i]->kind == K_AUTH ||
		    chs[i]->focus == k))
			sel[ns++] = chs[i];
	return ns;
}

static void
write_kind(struct impact *im, struct csv_writer *w, int kind)
{
	struct change **all, **byteam, **sel;
	struct part *parts;
	struct est e;
	size_t i, j, n = 0, ns, t0;
	int k;
	char d[16];

	for (i = 0; i < im->nch; i++)
		n += im->ch[i].kind == kind;
	if (n == 0)
		return;
	all = xreallocarray(NULL, n, sizeof(*all));
	byteam = xreallocarray(NULL, n, sizeof(*byteam));
	sel = xreallocarray(NULL, n, sizeof(*sel));
	parts = xreallocarray(NULL, n, sizeof(*parts));
	memset(&e, 0, sizeof(e));
	for (i = 0, j = 0; i < im->nch; i++)
		if (im->ch[i].kind == kind)
			all[j++] = &im->ch[i];	/* by day */
	/* all */
	for (k = 0; k < im->nslot; k++) {
		if (!im->present[k] || (ns = select_k(all, n, k, sel)) == 0)
			continue;
		estimate(im, sel, ns, k, &e, parts, 1);
		write_row(im, w, kind, "all", "all", "", k, &e);
		/* who served as a control */
		if (e.has_est)
			for (i = 0; i < im->nagents; i++)
				if (im->alist[i]->stamp == im->stamp)
					im->alist[i]->was_ctl[kind] = 1;
	}
	/* teams */
	memcpy(byteam, all, n * sizeof(*all));
	qsort(byteam, n, sizeof(*byteam), cmp_team_change);
	for (i = 0; i < n; i = t0) {
		for (t0 = i; t0 < n && strcmp(byteam[t0]->team,
		    byteam[i]->team) == 0; t0++)
			;
		for (k = 0; k < im->nslot; k++) {
			if (!im->present[k] || (ns = select_k(byteam + i,
			    t0 - i, k, sel)) == 0)
				continue;
			estimate(im, sel, ns, k, &e, parts, 0);
			write_row(im, w, kind, "team", byteam[i]->team,
			    byteam[i]->team, k, &e);
		}
	}
	/* agents */
	memcpy(byteam, all, n * sizeof(*all));
	qsort(byteam, n, sizeof(*byteam), cmp_agent_change);
	for (i = 0; i < n; i++) {
		struct change *c = byteam[i];

		for (k = 0; k < im->nslot; k++) {
			if (!im->present[k] || (kind == K_COACH &&
			    c->focus != k))
				continue;
			if (!c->left_out) {
				estimate(im, &c, 1, k, &e, parts, 0);
			} else {
				/* its values, no estimate */
				c->left_out = 0;
				estimate(im, &c, 1, k, &e, parts, 0);
				c->left_out = 1;
				e.has_est = 0;
				e.treated = 0;
				e.controls = 0;
				e.has_ctl = 0;
				e.note.len = 0;
				date_format(c->other * 86400000, d);
				sb_printf(&e.note, "left out: another %s of "
				    "the agent on %s in its windows", kind ==
				    K_AUTH ? "change" : "coaching session", d);
			}
			write_row(im, w, kind, "agent", c->a->name, c->team,
			    k, &e);
		}
	}
	sb_free(&e.note);
	free(all);
	free(byteam);
	free(sel);
	free(parts);
}

static void
impact_summary(struct impact *im, struct strbuf *sb)
{
	size_t n[K_N] = { 0 }, left[K_N] = { 0 }, ag[K_N] = { 0 };
	size_t ctl[K_N] = { 0 }, i;
	int K;

	for (i = 0; i < im->nch; i++) {
		n[im->ch[i].kind]++;
		/* a session measured on nothing is left out of nothing */
		left[im->ch[i].kind] += im->ch[i].left_out &&
		    (im->ch[i].kind == K_AUTH || im->ch[i].focus >= 0);
	}
	for (i = 0; i < im->nagents; i++)
		for (K = 0; K < K_N; K++) {
			ag[K] += im->alist[i]->nch[K] > 0;
			ctl[K] += im->alist[i]->was_ctl[K];
		}
	sb_printf(sb, "%zu authority change%s of %zu agent%s (%zu left out), "
	    "%zu controls", n[K_AUTH], n[K_AUTH] == 1 ? "" : "s", ag[K_AUTH],
	    ag[K_AUTH] == 1 ? "" : "s", left[K_AUTH], ctl[K_AUTH]);
	if (im->o->coaching != NULL) {
		sb_printf(sb, "; %zu coaching session%s of %zu agent%s (%zu "
		    "left out", n[K_COACH], n[K_COACH] == 1 ? "" : "s",
		    ag[K_COACH], ag[K_COACH] == 1 ? "" : "s", left[K_COACH]);
		if (im->unmeasured > 0)
			sb_printf(sb, ", %zu not measured: no focus or a "
			    "count", im->unmeasured);
		sb_printf(sb, "), %zu controls", ctl[K_COACH]);
	}
	sb_printf(sb, "; %zu row%s, %zu without an estimate", im->rows,
	    im->rows == 1 ? "" : "s", im->noest);
	if (im->rejected + im->badvalues > 0)
		sb_printf(sb, "; %llu row%s rejected",
		    (unsigned long long)(im->rejected + im->badvalues),
		    im->rejected + im->badvalues == 1 ? "" : "s");
}

static void
impact_free(struct impact *im)
{
	struct iagent *a;
	size_t i, j;

	for (i = 0; i < im->nagents; i++) {
		a = im->alist[i];
		for (j = 0; j < a->nhist; j++)
			free(a->hist[j].team);
		free(a->hist);
		for (j = 0; j < a->nrows; j++)
			free(a->rows[j].c);
		free(a->rows);
		free(a->pre);
		free(a->ch[0]);
		free(a->ch[1]);
		free(a->name);
		free(a->sc_team);
		free(a);
	}
	free(im->alist);
	for (i = 0; i < im->nperiods; i++)
		free(im->periods[i].name);
	free(im->periods);
	for (i = 0; i < im->nco; i++) {
		free(im->co[i].cs);
		free(im->co[i].cand);
	}
	free(im->co);
	free(im->ch);
	free(im->scratch);
	strmap_free(&im->amap);
	scoresin_free(&im->si);
	policy_free(im->pol);
}

int
impact_run(const struct tier_opts *o, int argc, char *argv[])
{
	struct impact im;
	struct output out;
	struct strbuf sb = { 0 };
	int status = EXIT_OK, m, K;
	size_t i;

	memset(&im, 0, sizeof(im));
	im.o = o;
	im.pol = o->policy != NULL ? policy_load(o->policy, &sb) :
	    policy_default(&sb);
	if (im.pol == NULL)
		emp_warn("%s", sb_str(&sb));
	sb_free(&sb);
	if (im.pol == NULL)
		return o->policy != NULL ? EXIT_USAGE : EXIT_FAIL;
	im.W = o->impact_window > 0 ? o->impact_window : im.pol->window;
	for (m = 0; m < M_N; m++) {
		im.slot[m] = -1;
		if (metrics[m].shape == SHAPE_COUNT || evidence_per_period(m))
			continue;
		im.slot_metric[im.nslot] = m;
		im.slot[m] = im.nslot++;
	}
	strmap_init(&im.amap, 0);
	scoresin_init(&im.si, im.slot_metric, im.nslot, SCORESIN_TRIM,
	    "windows", &scores_ops, &im, &im.rejected, &im.badvalues);
	if (read_roster(&im, o->roster) == -1 || (o->coaching != NULL &&
	    read_coaching(&im, o->coaching) == -1) ||
	    cli_each_input(argc, argv, read_scores, &im) != EXIT_OK) {
		impact_free(&im);
		emp_warn("nothing written: the scores, the roster and the "
		    "coaching sessions could not all be read");
		return EXIT_FAIL;
	}
	/* the default reaches two whole periods a side, the fewest an
	 * estimate takes: 59 days by month, 181 by quarter */
	if (o->impact_window == 0 && im.si.kind_days > 0 &&
	    2 * im.si.kind_days - 1 > im.W)
		im.W = 2 * im.si.kind_days - 1;
	impact_sort(&im);
	impact_cohorts(&im);
	cli_output_open(&o->cli, &out);
	for (i = 0; i < IC_N; i++)
		csv_writer_str(&out.w, impact_cols[i]);
	csv_writer_endrow(&out.w);
	for (K = 0; K < K_N; K++)
		write_kind(&im, &out.w, K);
	if (!o->cli.quiet)
		impact_summary(&im, &sb);
	status = cli_finish(&o->cli, status, im.rejected + im.badvalues, &sb);
	impact_free(&im);
	if (output_commit(&out) == -1)
		status = EXIT_FAIL;
	return status;
}
