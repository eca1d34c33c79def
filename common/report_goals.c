/*
 * report_goals.c: every goal judged over its own window (emp-report(1),
 * Goals; report_int.h).
 *
 * The window is [set, due] in days: set absent, from the first period of
 * the scores with contacts (report_prepare()'s firstday); due absent,
 * open.  Its evidence is the agent's rows of
 * every period of the scores that overlaps it and does not end after the
 * report's period, pooled with evidence.h (the index, headcount and
 * turnover, which it does not pool: the mean of the per-period values).
 * The baseline is the agent's pooled value over the stated baseline
 * period, else over as many periods of the scores as the window holds,
 * the last ones that end by the day the goal was set.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emp.h"
#include "evidence.h"
#include "hash.h"
#include "parse.h"
#include "report.h"
#include "report_int.h"
#include "schema.h"

/* A period of the scores and its span, in days: [s, e). */
struct gper {
	const char	*name;
	size_t		 per;
	int64_t		 s, e;
};

static int
cmp_gper(const void *a, const void *b)
{
	const struct gper *x = a, *y = b;

	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	if (x->e != y->e)
		return x->e < y->e ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* Adds one row's metric to the pool. */
static void
pool_row(const struct report *r, const struct goal *g, size_t row,
    struct gpool *p)
{
	const char *v = report_val(r, row, g->col);
	struct ev_stat ev;

	if (evidence_from_scores(g->m, v, r->cnt[r->row[row].at + g->col],
	    report_val(r, row, g->lo), report_val(r, row, g->hi), &ev) == -1)
		return;
	if (ev.lost > 0 && p->lostper++ == 0)
		p->lostname = r->per[r->row[row].per];
	evidence_add(&p->ev, &ev);
	if (ev.has)
		p->nper++;
}

/* The pool's value as shown, its sample and whether it is enough. */
static void
pool_end(const struct goal *g, struct gpool *p)
{
	double v = 0;
	int dec;

	p->has = evidence_value(&p->ev, g->m, &v);
	if (evidence_per_period(g->m) || metrics[g->m].shape == SHAPE_COUNT) {
		p->have = p->nper;
		p->need = 1;
		p->periods = 1;
	} else {
		p->have = p->ev.n;	/* lost observations are not in n */
		p->need = metrics[g->m].min_n > 0 ?
		    (uint64_t)metrics[g->m].min_n : 1;
	}
	if (p->has) {
		dec = g->m < 0 ? SCORES_INDEX_DEC : metrics[g->m].decimals;
		num_fmt(p->s, sizeof(p->s), v, dec, 0);
		/* judged as shown */
		if (report_num(p->s, &p->v) == -1)
			p->v = v;
	}
	p->ok = p->has && p->have >= p->need;
}

/* Whether x reaches the target in the metric's direction. */
static int
reaches(const struct report *r, const struct goal *g, double x)
{
	return r->col[g->col].lower_better ? x <= g->target : x >= g->target;
}

/*
 * On track: the move from the baseline toward the target is at least the
 * share of the window's time elapsed, (end of the report's period - start)
 * / (due + 1 - start) in days.
 */
static int
on_track(const struct report *r, const struct goal *g, int64_t start,
    int64_t due, int64_t le)
{
	double sgn = r->col[g->col].lower_better ? -1 : 1, gap, move, el;

	if (!g->base.ok || due == INT64_MAX || start == INT64_MIN ||
	    start == INT64_MAX || le == INT64_MAX)
		return 0;
	el = due + 1 - start > 0 ? (double)(le - start) /
	    (double)(due + 1 - start) : 1;
	el = el < 0 ? 0 : el > 1 ? 1 : el;
	gap = sgn * (g->target - g->base.v);
	move = sgn * (g->win.v - g->base.v);
	return gap > 0 && move >= el * gap;
}

/*
 * The goal's window as shown, progress and status, from its pools: the
 * window's first day start (INT64_MIN: none), due (INT64_MAX: none) and
 * the end of the report's period le, in days.
 */
static void
judge(struct report *r, struct goal *g, int64_t start, int64_t due,
    int64_t le)
{
	double x = g->win.v;

	if (start != INT64_MIN)
		date_format(start * 86400000, g->from);
	if (due != INT64_MAX)
		snprintf(g->to, sizeof(g->to), "%s", g->due);
	else
		snprintf(g->to, sizeof(g->to), "%s", r->lastday);
	g->passed = due != INT64_MAX && le != INT64_MAX && le - 1 > due;
	if (g->win.has) {
		if (reaches(r, g, x))
			g->progress = 1;
		else if (r->col[g->col].lower_better)
			g->progress = x > 0 ? g->target / x : 0;
		else
			g->progress = g->target != 0 ? x / g->target : 0;
		if (g->progress < 0)
			g->progress = 0;
		if (g->progress > 1)
			g->progress = 1;
	}
	if (!g->win.ok)
		g->status = g->passed ? GS_OVERDUE : GS_TOO_EARLY;
	else if (reaches(r, g, x))
		g->status = GS_MET;
	else if (g->passed)
		g->status = GS_NOT_MET;
	else
		g->status = on_track(r, g, start, due, le) ? GS_ON_TRACK :
		    GS_BEHIND;
}

void
report_goals_judge(struct report *r)
{
	struct gper *gp;
	size_t ngp = 0, i, j, k, taken, *first, *next, *stamp, row, e, pass = 0;
	unsigned char *role;
	int64_t s, e64, le;

	if (r->ngoal == 0)
		return;
	if (period_span(r->win[r->nwin - 1], &s, &le) == -1)
		le = INT64_MAX;
	gp = xcalloc(r->nper + 1, sizeof(*gp));
	for (i = 0; i < r->nper; i++)
		if (period_span(r->per[i], &gp[ngp].s, &gp[ngp].e) == 0) {
			gp[ngp].name = r->per[i];
			gp[ngp].per = i;
			ngp++;
		}
	qsort(gp, ngp, sizeof(*gp), cmp_gper);
	/* each entity's rows, the last read first */
	first = xcalloc(r->nent + 1, sizeof(*first));
	next = xcalloc(r->nrow + 1, sizeof(*next));
	for (i = 0; i < r->nent; i++)
		first[i] = NONE;
	for (i = 0; i < r->nrow; i++) {
		next[i] = first[r->row[i].ent];
		first[r->row[i].ent] = i;
	}
	stamp = xcalloc(r->nper + 1, sizeof(*stamp));
	role = xcalloc(r->nper + 1, 1);
	for (i = 0; i < r->ngoal; i++) {
		struct goal *g = &r->goal[i];
		int64_t set = INT64_MIN, due = INT64_MAX, from;
		void *v;

		if (g->set[0] != '\0')
			(void)parse_date_days(g->set, PD_ANY_TIME, &set);
		from = set != INT64_MIN || r->firstday == INT64_MAX ? set :
		    r->firstday;
		if (g->due[0] != '\0')
			(void)parse_date_days(g->due, PD_ANY_TIME, &due);
		memset(role, 0, r->nper + 1);
		for (j = 0, k = 0; j < ngp; j++)
			if (gp[j].s <= due && gp[j].e > from &&
			    gp[j].e <= le) {
				role[gp[j].per] |= 1;
				k++;
			}
		if (g->baseline[0] != '\0') {
			v = strmap_get(&r->permap, g->baseline,
			    strlen(g->baseline));
			if (v != NULL && period_span(g->baseline, &s,
			    &e64) == 0 && e64 <= le) {
				role[(uintptr_t)v - 1] |= 2;
				g->has_base = 1;
			}
		} else if (set != INT64_MIN) {
			for (j = ngp, taken = 0; j-- > 0 && taken < k; )
				if (gp[j].e <= set && gp[j].e <= le) {
					role[gp[j].per] |= 2;
					taken++;
				}
			g->has_base = taken > 0;
		}
		pass++;
		e = report_agent_ent(r, g->agent);
		for (row = e == NONE ? NONE : first[e]; row != NONE;
		    row = next[row]) {
			size_t per = r->row[row].per;

			/* one row a period: the last read, as the report */
			if (stamp[per] == pass)
				continue;
			stamp[per] = pass;
			if (role[per] & 1)
				pool_row(r, g, row, &g->win);
			if (role[per] & 2)
				pool_row(r, g, row, &g->base);
		}
		pool_end(g, &g->win);
		pool_end(g, &g->base);
		judge(r, g, from, due, le);
	}
	free(role);
	free(stamp);
	free(next);
	free(first);
	free(gp);
}
