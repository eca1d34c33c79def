/*
 * exposure.c: emp-tier --exposure (exposure.h, emp-exposure(5)).
 *
 * The rules, stated once (emp-exposure(5) says the same):
 *  - Only kind decision rows are read; other kinds are skipped unread.
 *    A decision row counts when its agent is a listed agent (names
 *    trimmed, ASCII case ignored, as roster_name_eq() compares them) and
 *    the UTC date of its ts lies in the evidence window (both ends in).
 *  - Every decision row is read whole (ts, amount, escalated, decision_s,
 *    reversed, cost; the columns found by name, each optional but ts):
 *    one that cannot be read is reported with file:line and counted as
 *    rejected, whoever's it is.
 *  - Money and seconds are summed exactly, in millionths (stats_micro(),
 *    as emp-score sums them) into 128 bits, and written rounded to the
 *    cent and to the second.
 *  - The bands of an agent with limit L and recommended limit R: within
 *    amount <= L; new L < amount <= R (empty when R <= L); an escalated
 *    decision in the new band is an avoided approval.
 *  - The mistake rate is mistakes / outcomes with Wilson's 95% interval;
 *    the rate is left empty below MIN_OUTCOMES outcomes (its bounds are
 *    written from one outcome on).  The expected cost of the new band is
 *    new_decisions x rate x the mean cost of the mistakes whose cost is
 *    known; team and all rows apply the same to their own sums (a pooled
 *    rate), not a sum of their agents' estimates.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events.h"
#include "exposure.h"
#include "feeder.h"
#include "hash.h"
#include "parse.h"
#include "schema.h"
#include "stats.h"

#define MIN_OUTCOMES	10	/* below: no mistake rate */
#define MAX_WARN	100	/* rejected rows reported, then one line */
#define MICRO		1000000

/* One row's sums; money and seconds in millionths. */
struct xsum {
	uint64_t	 decisions, within, escalated, avoided, newd;
	uint64_t	 outcomes, mistakes, costed;
	uint64_t	 alt_avoided, alt_newd;
	i128		 amount, within_amount, escalated_amount, approval_s;
	i128		 avoided_s, new_amount, mistake_cost;
	i128		 alt_avoided_s, alt_new_amount;
};

/* One listed agent: its view, its bounds in millionths, its sums. */
struct xagent {
	const struct tier_view	*v;
	int64_t			 lim, rec, alt;
	struct xsum		 s;
};

struct exposure {
	struct tier_view	*views;
	struct xagent		*ag;
	size_t			 nag;
	struct strmap		 names;		/* trimmed name, case ignored
						 * -> index + 1 */
	int			 has_window, has_alt;
	int64_t			 from, to;	/* days, both in */
	char			*win;		/* its name, "" for none */
	uint64_t		 decisions;	/* decision rows read */
	uint64_t		 counted, outside, unlisted, rejected;
	uint64_t		 warned;
};

/* The columns read, found by name. */
enum { X_KIND, X_TS, X_AGENT, X_AMOUNT, X_ESCALATED, X_DECISION_S,
    X_REVERSED, X_COST, X_N };
static const int x_ev[X_N] = {
	EV_KIND, EV_TS, EV_AGENT, EV_AMOUNT, EV_ESCALATED, EV_DECISION_S,
	EV_REVERSED, EV_COST
};

/* A limit in millionths; one too large to hold covers every amount. */
static int64_t
limit_micro(const struct decimal *d)
{
	int64_t v;

	if (stats_micro(d, &v) != PARSE_OK)
		return d->m < 0 ? -1 : INT64_MAX;
	return v;
}

static void
reject(struct exposure *x, const char *name, unsigned long line,
    const char *why)
{
	x->rejected++;
	if (x->warned++ < MAX_WARN)
		emp_warn("%s:%lu: %s", name, line, why);
	else if (x->warned == MAX_WARN + 1)
		emp_warn("further rejected events are not shown");
}

/* Adds one decision of amount a (known when ak) to the bands of limit
 * lim up to rec. */
static void
add_band(uint64_t *newd, i128 *new_amount, uint64_t *avoided,
    i128 *avoided_s, int64_t lim, int64_t rec, const int *known,
    const int64_t *v)
{
	if (!known[X_AMOUNT] || v[X_AMOUNT] <= lim || v[X_AMOUNT] > rec)
		return;
	(*newd)++;
	*new_amount += v[X_AMOUNT];
	if (known[X_ESCALATED] && v[X_ESCALATED] == 1) {
		(*avoided)++;
		if (known[X_DECISION_S])
			*avoided_s += v[X_DECISION_S];
	}
}

static void
add_decision(struct xagent *a, const int *known, const int64_t *v)
{
	struct xsum *s = &a->s;
	int esc = known[X_ESCALATED] && v[X_ESCALATED] == 1;

	s->decisions++;
	if (known[X_AMOUNT]) {
		s->amount += v[X_AMOUNT];
		if (v[X_AMOUNT] <= a->lim) {
			s->within++;
			s->within_amount += v[X_AMOUNT];
		}
	}
	if (esc) {
		s->escalated++;
		if (known[X_AMOUNT])
			s->escalated_amount += v[X_AMOUNT];
		if (known[X_DECISION_S])
			s->approval_s += v[X_DECISION_S];
	}
	add_band(&s->newd, &s->new_amount, &s->avoided, &s->avoided_s,
	    a->lim, a->rec, known, v);
	if (a->v->has_alt)
		add_band(&s->alt_newd, &s->alt_new_amount, &s->alt_avoided,
		    &s->alt_avoided_s, a->lim, a->alt, known, v);
	if (known[X_REVERSED]) {
		s->outcomes++;
		if (v[X_REVERSED] == 1) {
			s->mistakes++;
			if (known[X_COST]) {
				s->costed++;
				s->mistake_cost += v[X_COST];
			}
		}
	}
}

struct xfile {
	struct exposure	*x;
	const char	*name;
	int		 idx[X_N];
	size_t		 width;
};

static void
exposure_one(struct csv_record *rec, void *arg)
{
	struct xfile *f = arg;
	struct exposure *x = f->x;
	const char *s;
	size_t n, i;
	int64_t v[X_N], day;
	int known[X_N], c, rv;
	char err[512];
	void *p;

	if (rec->blank)
		return;
	for (i = 0; i < rec->nfields && rec->lens[i] == 0; i++)
		;
	if (i == rec->nfields && rec->err == NULL)
		return;		/* ",,,,": a blank line */
	if (rec->err != NULL) {
		reject(x, f->name, rec->line, rec->err);
		return;
	}
	if (rec->nfields != f->width) {
		snprintf(err, sizeof(err), "expected %zu fields, found %zu",
		    f->width, rec->nfields);
		reject(x, f->name, rec->line, err);
		return;
	}
	s = rec->fields[f->idx[X_KIND]];
	n = rec->lens[f->idx[X_KIND]];
	parse_trim(&s, &n);
	if (n != 8 || memcmp(s, "decision", 8) != 0)
		return;
	x->decisions++;
	memset(known, 0, sizeof(known));
	for (c = X_TS; c < X_N; c++) {
		if (c == X_AGENT || f->idx[c] < 0)
			continue;
		rv = ev_read(x_ev[c], rec->fields[f->idx[c]],
		    rec->lens[f->idx[c]], &v[c], err, sizeof(err));
		if (rv == -1) {
			reject(x, f->name, rec->line, err);
			return;
		}
		known[c] = rv;
	}
	s = rec->fields[f->idx[X_AGENT]];
	n = rec->lens[f->idx[X_AGENT]];
	parse_trim(&s, &n);
	if (!known[X_TS] || n == 0) {
		reject(x, f->name, rec->line, !known[X_TS] ?
		    "field 'ts': missing timestamp" :
		    "field 'agent': missing agent");
		return;
	}
	if (!parse_utf8(s, n)) {
		reject(x, f->name, rec->line, "field 'agent': " PARSE_NOT_UTF8);
		return;
	}
	if ((p = strmap_get(&x->names, s, n)) == NULL) {
		x->unlisted++;
		return;
	}
	/* the UTC day of the ts, rounded down */
	day = v[X_TS] >= 0 ? v[X_TS] / 86400000 :
	    -((-v[X_TS] + 86399999) / 86400000);
	if (!x->has_window || day < x->from || day > x->to) {
		x->outside++;
		return;
	}
	x->counted++;
	add_decision(&x->ag[(uintptr_t)p - 1], known, v);
}

/* Reads one event stream; -1 (reported) when it cannot be read. */
static int
exposure_file(struct exposure *x, const char *path)
{
	struct csv_reader *rd;
	struct csv_record *rec;
	struct xfile f;
	int c, status = 0;

	if ((rd = csv_open_table(path, 0, &rec, 0)) == NULL)
		return -1;
	f.x = x;
	f.name = csv_reader_name(rd);
	for (c = 0; c < X_N; c++)
		f.idx[c] = csv_header_find(rec, ev_cols[x_ev[c]].name);
	if (f.idx[X_KIND] < 0 || f.idx[X_TS] < 0 || f.idx[X_AGENT] < 0) {
		emp_warn("%s:%lu: not an event stream: it needs the columns "
		    "kind, ts and agent", f.name, rec->line);
		csv_reader_close(rd);
		return -1;
	}
	f.width = rec->nfields;
	if (feeder_run(rd, exposure_one, &f) == -1) {
		emp_warn("%s", csv_reader_error(rd));
		status = -1;
	}
	csv_reader_close(rd);
	return status;
}

struct exposure *
exposure_read(const struct tier *t, const char *path)
{
	struct exposure *x = xcalloc(1, sizeof(*x));
	struct strbuf sb = { 0 };
	size_t i;

	x->views = tier_views(t, &x->nag);
	x->ag = xcalloc(x->nag + 1, sizeof(*x->ag));
	strmap_init(&x->names, 1);
	for (i = 0; i < x->nag; i++) {
		const char *s = x->views[i].name;
		size_t n = strlen(s);

		x->ag[i].v = &x->views[i];
		x->ag[i].lim = limit_micro(&x->views[i].limit);
		x->ag[i].rec = limit_micro(&x->views[i].rec_limit);
		if (x->views[i].has_alt) {
			x->has_alt = 1;
			x->ag[i].alt = limit_micro(&x->views[i].alt_limit);
		}
		/* two names the same but for case: the first (in name
		 * order) takes the events */
		parse_trim(&s, &n);
		if (strmap_get(&x->names, s, n) == NULL)
			strmap_put(&x->names, s, n, (void *)(uintptr_t)(i + 1));
	}
	x->has_window = tier_window(t, &x->from, &x->to, &sb) == 0;
	x->win = xstrdup(sb_str(&sb));
	sb_free(&sb);
	if (!x->has_window)
		emp_warn("--exposure %s: no evidence window: no rows "
		    "written", path);
	if (exposure_file(x, path) == -1) {
		exposure_free(x);
		return NULL;
	}
	return x;
}

/* Writing. */

static void
sum_add(struct xsum *to, const struct xsum *s)
{
	to->decisions += s->decisions;
	to->within += s->within;
	to->escalated += s->escalated;
	to->avoided += s->avoided;
	to->newd += s->newd;
	to->outcomes += s->outcomes;
	to->mistakes += s->mistakes;
	to->costed += s->costed;
	to->alt_avoided += s->alt_avoided;
	to->alt_newd += s->alt_newd;
	to->amount += s->amount;
	to->within_amount += s->within_amount;
	to->escalated_amount += s->escalated_amount;
	to->approval_s += s->approval_s;
	to->avoided_s += s->avoided_s;
	to->new_amount += s->new_amount;
	to->mistake_cost += s->mistake_cost;
	to->alt_avoided_s += s->alt_avoided_s;
	to->alt_new_amount += s->alt_new_amount;
}

static void
put_u(struct csv_writer *w, uint64_t v)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%llu", (unsigned long long)v);
	csv_writer_str(w, buf);
}

/* Millionths as money (2 decimals at most) or seconds (whole). */
static void
put_micro(struct csv_writer *w, i128 v, int dec)
{
	char buf[48];

	csv_writer_field(w, buf, stats_fmt_ratio(buf, v, MICRO, dec));
}

static void
put_limit(struct csv_writer *w, const struct decimal *d)
{
	char buf[48];

	csv_writer_field(w, buf, decimal_format(d, buf));
}

/* The expected cost of newd decisions in a band, and its upper bound
 * with the rate's (hi); empty when the rate is empty or no mistake has
 * a known cost. */
static void
put_expected(struct csv_writer *w, const struct xsum *s, uint64_t newd,
    double hi)
{
	char buf[48];
	double mean;

	if (s->outcomes < MIN_OUTCOMES || s->costed == 0) {
		csv_writer_str(w, "");
		csv_writer_str(w, "");
		return;
	}
	/* newd x (mistakes / outcomes) x (cost / costed), exactly */
	csv_writer_field(w, buf, stats_fmt_ratio(buf, (i128)newd *
	    s->mistakes * s->mistake_cost, (i128)s->outcomes * s->costed *
	    MICRO, 2));
	mean = (double)s->mistake_cost / MICRO / (double)s->costed;
	csv_writer_field(w, buf, num_fmt(buf, sizeof(buf),
	    (double)newd * hi * mean, 2, 0));
}

static void
put_row(const struct exposure *x, struct csv_writer *w, const char *group,
    const char *key, const char *team, const struct xagent *a,
    const struct xsum *s)
{
	char buf[48];
	double lo = 0, hi = 0;
	int i, alt = a != NULL ? a->v->has_alt : 1;

	csv_writer_str(w, group);
	csv_writer_str(w, key);
	csv_writer_str(w, team);
	csv_writer_str(w, x->win);
	if (a != NULL) {
		csv_writer_int(w, a->v->level);
		put_limit(w, &a->v->limit);
		put_limit(w, &a->v->rec_limit);
	} else {
		csv_writer_str(w, "");
		csv_writer_str(w, "");
		csv_writer_str(w, "");
	}
	put_u(w, s->decisions);
	put_micro(w, s->amount, 2);
	put_u(w, s->within);
	put_micro(w, s->within_amount, 2);
	put_u(w, s->escalated);
	put_micro(w, s->escalated_amount, 2);
	put_micro(w, s->approval_s, 0);
	put_u(w, s->avoided);
	put_micro(w, s->avoided_s, 0);
	put_u(w, s->newd);
	put_micro(w, s->new_amount, 2);
	put_u(w, s->outcomes);
	put_u(w, s->mistakes);
	if (s->outcomes >= MIN_OUTCOMES)
		csv_writer_field(w, buf, stats_fmt_ratio(buf, s->mistakes,
		    s->outcomes, SCORES_INTERVAL_DEC));
	else
		csv_writer_str(w, "");
	if (s->outcomes > 0) {
		stats_wilson(s->mistakes, s->outcomes, &lo, &hi);
		csv_writer_field(w, buf, num_fmt(buf, sizeof(buf), lo,
		    SCORES_INTERVAL_DEC, 0));
		csv_writer_field(w, buf, num_fmt(buf, sizeof(buf), hi,
		    SCORES_INTERVAL_DEC, 0));
	} else {
		csv_writer_str(w, "");
		csv_writer_str(w, "");
	}
	put_micro(w, s->mistake_cost, 2);
	put_expected(w, s, s->newd, hi);
	if (x->has_alt) {
		if (!alt) {
			for (i = XC_ALT_REC_LIMIT; i < XC_N; i++)
				csv_writer_str(w, "");
		} else {
			if (a != NULL)
				put_limit(w, &a->v->alt_limit);
			else
				csv_writer_str(w, "");
			put_u(w, s->alt_avoided);
			put_micro(w, s->alt_avoided_s, 0);
			put_u(w, s->alt_newd);
			put_micro(w, s->alt_new_amount, 2);
			put_expected(w, s, s->alt_newd, hi);
		}
	}
	csv_writer_endrow(w);
}

static int
cmp_team(const void *p, const void *q)
{
	const struct xagent *a = *(const struct xagent *const *)p;
	const struct xagent *b = *(const struct xagent *const *)q;
	int c = strcmp(a->v->team, b->v->team);

	if (c != 0)
		return c;
	return strcmp(a->v->name, b->v->name);
}

void
exposure_write(struct exposure *x, struct csv_writer *w)
{
	struct xagent **by;
	struct xsum all, team;
	size_t i, j, ncol = x->has_alt ? XC_N : XC_BASE_N;

	for (i = 0; i < ncol; i++)
		csv_writer_str(w, exposure_cols[i]);
	csv_writer_endrow(w);
	if (!x->has_window)
		return;
	memset(&all, 0, sizeof(all));
	for (i = 0; i < x->nag; i++)
		sum_add(&all, &x->ag[i].s);
	put_row(x, w, "all", "all", "", NULL, &all);
	/* the teams by name: the agents sorted by team */
	by = xreallocarray(NULL, x->nag + 1, sizeof(*by));
	for (i = 0; i < x->nag; i++)
		by[i] = &x->ag[i];
	qsort(by, x->nag, sizeof(*by), cmp_team);
	for (i = 0; i < x->nag; i = j) {
		memset(&team, 0, sizeof(team));
		for (j = i; j < x->nag &&
		    strcmp(by[j]->v->team, by[i]->v->team) == 0; j++)
			sum_add(&team, &by[j]->s);
		if (*by[i]->v->team != '\0')
			put_row(x, w, "team", by[i]->v->team, by[i]->v->team,
			    NULL, &team);
	}
	free(by);
	for (i = 0; i < x->nag; i++)
		put_row(x, w, "agent", x->ag[i].v->name, x->ag[i].v->team,
		    &x->ag[i], &x->ag[i].s);
}

void
exposure_summary(const struct exposure *x, struct strbuf *sb)
{
	struct xsum all;
	char buf[48];
	size_t i;

	memset(&all, 0, sizeof(all));
	for (i = 0; i < x->nag; i++)
		sum_add(&all, &x->ag[i].s);
	sb_printf(sb, "%llu decision%s of %zu agent%s: ",
	    (unsigned long long)all.decisions, all.decisions == 1 ? "" : "s",
	    x->nag, x->nag == 1 ? "" : "s");
	if (x->has_window) {
		sb_printf(sb, "%llu escalations the recommended limits avoid "
		    "(", (unsigned long long)all.avoided);
		stats_fmt_ratio(buf, all.avoided_s, MICRO, 0);
		sb_printf(sb, "%s s), %llu decisions (", buf,
		    (unsigned long long)all.newd);
		stats_fmt_ratio(buf, all.new_amount, MICRO, 2);
		sb_printf(sb, "%s) newly within authority", buf);
		if (x->has_alt) {
			sb_printf(sb, "; under the compared policy %llu "
			    "avoided, %llu decisions (",
			    (unsigned long long)all.alt_avoided,
			    (unsigned long long)all.alt_newd);
			stats_fmt_ratio(buf, all.alt_new_amount, MICRO, 2);
			sb_printf(sb, "%s) newly within", buf);
		}
	} else
		sb_adds(sb, "no evidence window, no rows");
	sb_printf(sb, "; %llu decisions outside the window, %llu of agents "
	    "not listed; %llu rows rejected; window ",
	    (unsigned long long)x->outside, (unsigned long long)x->unlisted,
	    (unsigned long long)x->rejected);
	if (x->has_window)
		sb_adds(sb, x->win);
	else
		sb_adds(sb, "none (no whole period)");
}

uint64_t
exposure_rejected(const struct exposure *x)
{
	return x->rejected;
}

void
exposure_free(struct exposure *x)
{
	if (x == NULL)
		return;
	free(x->views);
	free(x->ag);
	strmap_free(&x->names);
	free(x->win);
	free(x);
}
