/*
 * report.c: the report's model after the reads (report_read.c), and the
 * documents built from it, which report_render.c writes (report.h states
 * the rules).
 */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emp.h"
#include "evidence.h"
#include "hash.h"
#include "ledger.h"
#include "parse.h"
#include "report.h"
#include "report_int.h"
#include "schema.h"
#include "stats.h"

/* Columns every report shows; goals add theirs. */
static const char *const base_cols[] = {
	"index", "rank", "contacts", "aht_s", "resolved_rate", "no_escalation",
	"transfer_rate", "csat", "csat_rate", "nps", "qa", "confidence",
	"decision_s", "headcount", "turnover", "fcr"
};
static const int leading[] = { C_NOESC, C_DECISION_S, C_CONFIDENCE };
/* fcr proper beside the disposition flag (C_FCR, resolved_rate): "—"
 * where the events name no customer */
static const int lagging[] = { C_CSAT_RATE, C_NPS, C_FCR, C_FCR_REPEAT,
	C_TURNOVER };
static const int agent_cols[] = {
	C_FCR, C_CSAT_RATE, C_NOESC, C_QA, C_CONFIDENCE
};
static const int card_cols[] = {
	C_INDEX, C_NOESC, C_DECISION_S, C_CONFIDENCE, C_CSAT_RATE, C_NPS,
	C_FCR, C_QA, C_AHT, C_TRANSFER, C_CONTACTS
};
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

const char *
report_col_label(const char *name)
{
	static const struct { const char *name, *label; } l[] = {
		{ "index", "empowerment index" },
		{ "contacts", "contacts" },
		{ "aht_s", "handle time (s)" },
		{ "fcr", "first-contact resolution" },
		{ "resolved_rate", "resolved (disposition)" },
		{ "no_escalation", "resolved without escalation" },
		{ "transfer_rate", "transfer rate" },
		{ "csat", "CSAT (1-5)" },
		{ "csat_rate", "CSAT (share of 4-5)" },
		{ "nps", "NPS" },
		{ "qa", "QA (0-100)" },
		{ "confidence", "agent confidence (1-5)" },
		{ "decision_s", "decision time (s)" },
		{ "decision_escalated", "decisions needing approval" },
		{ "turnover", "turnover" },
	};
	size_t i;

	for (i = 0; i < NELEM(l); i++)
		if (strcmp(l[i].name, name) == 0)
			return l[i].label;
	return name;
}

struct report *
report_new(const struct report_opts *o)
{
	struct report *r = xcalloc(1, sizeof(*r));
	size_t i;

	r->o = *o;
	for (i = 0; i < NELEM(base_cols); i++)
		report_col_add(r, base_cols[i]);
	strmap_init(&r->entmap, 0);
	strmap_init(&r->permap, 0);
	strmap_init(&r->tiermap, 0);
	strmap_init(&r->fbmap, 1);
	r->center = NONE;
	return r;
}

/* Up to 4 decimals, by the one number rule (schema.h). */
#define REPORT_DEC	4

static int	dval(const struct report *, size_t, size_t, double *);
static const struct report *sort_r;	/* for the qsort comparisons */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
report_prepare(struct report *r)
{
	char **sorted;
	size_t i, j = 0, n, last, first;
	char *active;
	double dv;
	int64_t s, e;
	unsigned m, d;
	int64_t y;

	if (r->nrow == 0) {
		emp_warn("no scores to report: give a scores file "
		    "(emp-scores(5))");
		return -1;
	}
	/* the summary: the whole center, else the one team */
	j = 0;
	for (i = 0; i < r->nent; i++)
		if (r->ent[i].group == G_ALL)
			r->center = i;
	if (r->center == NONE)
		for (i = 0, j = 0; i < r->nent; i++)
			if (r->ent[i].group == G_TEAM) {
				r->center = i;
				j++;
			}
	if (r->center == NONE || j > 1) {
		emp_warn("no summary row: the scores need the 'all' group "
		    "(emp-score -g agent,team,all)");
		return -1;
	}

	/* the periods in which the center had contacts (not only hires) */
	active = xcalloc(r->nper, sizeof(*active));
	for (i = 0; i < r->nrow; i++)
		if (r->row[i].ent == r->center &&
		    dval(r, i, C_CONTACTS, &dv) == 0 && dv > 0)
			active[r->row[i].per] = 1;
	sorted = xcalloc(r->nper, sizeof(*sorted));
	for (i = 0, n = 0; i < r->nper; i++)
		if (active[i])
			sorted[n++] = r->per[i];
	if (n == 0)
		for (i = 0; i < r->nper; i++)
			sorted[n++] = r->per[i];
	free(active);
	qsort(sorted, n, sizeof(*sorted), cmp_str);
	r->firstday = INT64_MAX;
	for (i = 0; i < n; i++)
		if (period_span(sorted[i], &s, &e) == 0 && s != INT64_MIN &&
		    s < r->firstday)
			r->firstday = s;
	last = n - 1;
	if (r->o.period != NULL) {
		for (i = 0; i < n; i++)
			if (strcmp(sorted[i], r->o.period) == 0)
				break;
		if (i == n) {
			emp_warn("period '%s' is not in the scores (with "
			    "any contacts)", r->o.period);
			free(sorted);
			return -1;
		}
		last = i;
	}
	first = last + 1 > (size_t)r->o.periods ?
	    last + 1 - (size_t)r->o.periods : 0;
	r->nwin = last + 1 - first;
	r->win = xcalloc(r->nwin, sizeof(*r->win));
	for (i = 0; i < r->nwin; i++)
		r->win[i] = sorted[first + i];
	free(sorted);
	r->perslot = xcalloc(r->nper, sizeof(*r->perslot));
	for (i = 0; i < r->nper; i++)
		r->perslot[i] = NONE;
	for (i = 0; i < r->nwin; i++)
		r->perslot[(uintptr_t)strmap_get(&r->permap, r->win[i],
		    strlen(r->win[i])) - 1] = i;
	for (i = 0; i < r->nent; i++) {
		r->ent[i].slot = xcalloc(r->nwin, sizeof(size_t));
		for (j = 0; j < r->nwin; j++)
			r->ent[i].slot[j] = NONE;
	}
	for (i = 0; i < r->nrow; i++)
		if ((j = r->perslot[r->row[i].per]) != NONE)
			r->ent[r->row[i].ent].slot[j] = i;
	r->lastday[0] = '\0';
	if (period_span(r->win[r->nwin - 1], &s, &e) == 0 &&
	    e != INT64_MAX) {
		civil_from_days(e - 1, &y, &m, &d);
		snprintf(r->lastday, sizeof(r->lastday), "%04d-%02u-%02u",
		    (int)y, m, d);
	}
	report_goals_judge(r);
	return 0;
}

/* Document building. */

static struct rblock *
blk(struct rdoc *doc, enum rblock_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

struct rblock *
rdoc_block(struct rdoc *doc, enum rblock_kind kind, const char *text)
{
	struct rblock *b;

	if (doc->n == doc->cap) {
		doc->cap = doc->cap ? 2 * doc->cap : 32;
		doc->b = xreallocarray(doc->b, doc->cap, sizeof(*doc->b));
	}
	b = &doc->b[doc->n++];
	memset(b, 0, sizeof(*b));
	b->kind = kind;
	b->text = text != NULL ? xstrdup(text) : NULL;
	return b;
}

static struct rblock *
blk(struct rdoc *doc, enum rblock_kind kind, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	if (fmt == NULL)
		return rdoc_block(doc, kind, NULL);
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return rdoc_block(doc, kind, buf);
}

void
rblock_cell(struct rblock *b, int tone, const char *s)
{
	if (b->ncell == b->capcell) {
		b->capcell = b->capcell ? 2 * b->capcell : 64;
		b->cell = xreallocarray(b->cell, b->capcell,
		    sizeof(*b->cell));
	}
	b->cell[b->ncell].s = xstrdup(s);
	b->cell[b->ncell++].tone = tone;
}

static void
cell(struct rblock *b, int tone, const char *s)
{
	rblock_cell(b, tone, s);
}

static void
cellf(struct rblock *b, int tone, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
cellf(struct rblock *b, int tone, const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	cell(b, tone, buf);
}

struct rblock *
rdoc_table(struct rdoc *doc, enum rblock_kind kind, size_t ncols,
    const char *const *heads, const char *text)
{
	struct rblock *b = rdoc_block(doc, kind, text);
	size_t i;

	b->ncols = ncols;
	for (i = 0; i < ncols; i++)
		rblock_cell(b, TONE_PLAIN, heads[i]);
	return b;
}

static struct rblock *
table(struct rdoc *doc, size_t ncols, const char *const *heads)
{
	return rdoc_table(doc, RB_TABLE, ncols, heads, NULL);
}

void
rdoc_para(struct rdoc *doc, struct strbuf *sb)
{
	rdoc_block(doc, RB_PARA, sb_str(sb));
	sb->len = 0;
}

const char *
report_or_dash(const char *s)
{
	return *s != '\0' ? s : REPORT_DASH;
}

void
report_signed(struct strbuf *sb, const char *s)
{
	double d;

	if (report_num(s, &d) == 0 && d > 0 && *s != '+')
		sb_addc(sb, '+');
	sb_adds(sb, s);
}

/* The row of entity e in window slot w, or NONE. */
static size_t
row_at(const struct report *r, size_t e, size_t w)
{
	return e == NONE || w == NONE ? NONE : r->ent[e].slot[w];
}

static long
cnt(const struct report *r, size_t row, size_t c)
{
	return row == NONE ? -1 : r->cnt[r->row[row].at + c];
}

static int
dval(const struct report *r, size_t row, size_t c, double *d)
{
	return report_num(report_val(r, row, c), d);
}

/* A value and its count, or why there is none. */
static void
cell_value(struct rblock *b, const struct report *r, size_t row, size_t c)
{
	const char *v = report_val(r, row, c);
	long n = cnt(r, row, c);

	if (v != NULL && n >= 0)
		cellf(b, TONE_NUM, "%s (%ld)", v, n);
	else if (v != NULL)
		cell(b, TONE_NUM, v);
	else if (n > 0)
		cellf(b, TONE_NA | TONE_NUM, "n<min (%ld)", n);
	else
		cell(b, TONE_NA | TONE_NUM, "\xe2\x80\x94");
}

/* The latest slot before w at which entity e has a row, or NONE. */
static size_t
prev_slot(const struct report *r, size_t e, size_t w)
{
	while (w-- > 0)
		if (r->ent[e].slot[w] != NONE)
			return w;
	return NONE;
}

/*
 * How changes and differences are judged (emp-report(1), "How changes
 * are judged"): better or worse only when the difference is clear at
 * the 95% level, |x - y| > Z95 * se, with
 *  - a rate (a share with a Wilson interval in the scores): the pooled
 *    two-proportion test, se^2 = p(1 - p)(1/nx + 1/ny) with p = (x nx +
 *    y ny) / (nx + ny);
 *  - a mean on a bounded scale of width R: Popoviciu's bound on the
 *    variance of one observation, R^2/4, so se^2 = R^2/4 (1/nx + 1/ny):
 *    clear even at the widest spread the scale allows;
 *  - anything else (durations, amounts, the index, counts, turnover):
 *    never clear, for the scores carry no spread to test with.
 * Against a median (ny == 0), whose own spread is unknown, every rate
 * and bounded mean takes the widest spread its scale allows, R^2/4 per
 * observation with R = 1 for a rate: se^2 = R^2 / (4 nx).
 */
#define Z95	1.959963984540054

enum judgement { J_NONE, J_SAME, J_UNCLEAR, J_BETTER, J_WORSE };

static enum judgement
judge(const struct rcol *col, double x, long nx, double y, long ny)
{
	double se2, p;
	int clear;

	if (x == y)
		return J_SAME;
	if (nx <= 0 || ny < 0 || (col->shape == SHAPE_RATE &&
	    (x < 0 || x > 1 || y < 0 || y > 1)))
		return J_UNCLEAR;
	if (col->shape == SHAPE_RATE && ny > 0) {
		p = (x * nx + y * ny) / (double)(nx + ny);
		se2 = p * (1 - p) * (1.0 / nx + 1.0 / ny);
	} else if (col->shape == SHAPE_RATE)
		se2 = 1.0 / (4.0 * nx);
	else if (col->shape == SHAPE_MEAN && col->range > 0)
		se2 = col->range * col->range / 4 *
		    (1.0 / nx + (ny > 0 ? 1.0 / ny : 0));
	else
		return J_UNCLEAR;
	clear = (x - y) * (x - y) > Z95 * Z95 * se2;
	if (!clear)
		return J_UNCLEAR;
	return (x < y) == (col->lower_better != 0) ? J_BETTER : J_WORSE;
}

static int
judgement_tone(enum judgement j)
{
	return j == J_BETTER ? TONE_GOOD : j == J_WORSE ? TONE_BAD :
	    TONE_PLAIN;
}

/* Change and its direction from row p to row q. */
static void
cell_change(struct rblock *b, const struct report *r, size_t q, size_t p,
    size_t c, int with_dir)
{
	double x, y;
	char buf[32];
	enum judgement j;
	int tone;

	if (dval(r, q, c, &x) == -1 || dval(r, p, c, &y) == -1) {
		cell(b, TONE_NA | TONE_NUM, "\xe2\x80\x94");
		if (with_dir)
			cell(b, TONE_NA, "\xe2\x80\x94");
		return;
	}
	num_fmt(buf, sizeof(buf), x - y, REPORT_DEC, NUM_SIGN);
	j = strcmp(buf, "0") == 0 ? J_SAME :
	    judge(&r->col[c], x, cnt(r, q, c), y, cnt(r, p, c));
	tone = judgement_tone(j);
	cell(b, tone | TONE_NUM, buf);
	if (with_dir)
		cell(b, tone, j == J_BETTER ? "better" : j == J_WORSE ?
		    "worse" : j == J_SAME ? "same" : "no clear change");
}

/* Agents by team, then name. */
static int
cmp_team(const void *a, const void *b)
{
	const struct ent *x = &sort_r->ent[*(const size_t *)a];
	const struct ent *y = &sort_r->ent[*(const size_t *)b];
	int d = strcmp(x->team, y->team);

	return d != 0 ? d : strcmp(x->key, y->key);
}

/*
 * The medians of every column over each team's agents with a row in the
 * latest period, computed once: the agents are sorted by team, so the
 * work grows with the agents, not with agents times teams.
 */
static void
team_medians(struct report *r)
{
	size_t *ag, na = 0, i, j, k, c, t = 0, w = r->nwin - 1;
	double *v;

	if (r->med != NULL)
		return;
	ag = xcalloc(r->nent + 1, sizeof(*ag));
	for (i = 0; i < r->nent; i++)
		if (r->ent[i].group == G_AGENT && r->ent[i].slot[w] != NONE)
			ag[na++] = i;
	sort_r = r;
	qsort(ag, na, sizeof(*ag), cmp_team);
	r->med = xcalloc((na + 1) * r->ncol, sizeof(*r->med));
	r->hasmed = xcalloc((na + 1) * r->ncol, sizeof(*r->hasmed));
	strmap_init(&r->medmap, 0);
	v = xcalloc(na + 1, sizeof(*v));
	for (i = 0; i < na; i = j, t++) {
		const char *team = r->ent[ag[i]].team;

		for (j = i; j < na && strcmp(r->ent[ag[j]].team, team) == 0;
		    j++)
			;
		strmap_put(&r->medmap, team, strlen(team),
		    (void *)(uintptr_t)(t + 1));
		for (c = 0; c < r->ncol; c++) {
			size_t n = 0;

			for (k = i; k < j; k++)
				if (dval(r, r->ent[ag[k]].slot[w], c,
				    &v[n]) == 0)
					n++;
			if (n == 0)
				continue;
			r->med[t * r->ncol + c] = stats_median(v, n);
			r->hasmed[t * r->ncol + c] = 1;
		}
	}
	free(v);
	free(ag);
}

/* The median of column c over the team's agents in the latest period. */
static int
team_median(struct report *r, const char *team, size_t c, double *out)
{
	void *t;
	size_t k;

	team_medians(r);
	if ((t = strmap_get(&r->medmap, team, strlen(team))) == NULL)
		return -1;
	k = ((uintptr_t)t - 1) * r->ncol + c;
	if (!r->hasmed[k])
		return -1;
	*out = r->med[k];
	return 0;
}

static void
trend(struct rdoc *doc, const struct report *r, size_t e, const int *cols,
    size_t ncols)
{
	struct rblock *b = blk(doc, RB_TREND, NULL);
	size_t i, w, row;

	b->nperiods = r->nwin;
	b->periods = r->win;
	b->series = xcalloc(ncols, sizeof(*b->series));
	b->nseries = ncols;
	for (i = 0; i < ncols; i++) {
		struct rseries *s = &b->series[i];
		size_t c = (size_t)cols[i];

		s->label = xstrdup(report_col_label(r->col[c].name));
		s->lower_better = r->col[c].lower_better;
		s->v = xcalloc(r->nwin, sizeof(*s->v));
		s->vs = xcalloc(r->nwin, sizeof(*s->vs));
		for (w = 0; w < r->nwin; w++) {
			row = row_at(r, e, w);
			if (dval(r, row, c, &s->v[w]) == -1)
				s->v[w] = NAN;
			else
				s->vs[w] = xstrdup(report_val(r, row, c));
		}
	}
}

static void
indicators(struct rdoc *doc, const struct report *r, size_t e,
    const int *cols, size_t n)
{
	static const char *const heads[] = {
		"metric", "value", "previous", "change", "direction"
	};
	struct rblock *b = table(doc, 5, heads);
	size_t i, w = r->nwin - 1, q, p;

	q = row_at(r, e, w);
	p = row_at(r, e, prev_slot(r, e, w));
	for (i = 0; i < n; i++) {
		size_t c = (size_t)cols[i];

		cellf(b, TONE_PLAIN, "%s%s", report_col_label(r->col[c].name),
		    r->col[c].lower_better ? " (lower better)" : "");
		cell_value(b, r, q, c);
		cell_value(b, r, p, c);
		cell_change(b, r, q, p, c, 1);
	}
}

static const struct tierrow *
tier_of(const struct report *r, const char *agent)
{
	return strmap_get(&r->tiermap, agent, strlen(agent));
}

const char *
report_team_of_agent(const struct report *r, const char *agent)
{
	size_t e = report_agent_ent(r, agent);
	const struct tierrow *t;

	if (e != NONE && r->ent[e].team[0] != '\0')
		return r->ent[e].team;
	if ((t = tier_of(r, agent)) != NULL)
		return t->f[TC_TEAM];
	return "";
}

/* A period's kind from its name, for "in 2 weeks". */
static const char *
period_kind(const char *p, int many)
{
	size_t n = strlen(p);

	if (n == 8 && p[5] == 'W')
		return many ? "weeks" : "week";
	if (n == 7 && p[5] == 'Q')
		return many ? "quarters" : "quarter";
	if (n == 7)
		return many ? "months" : "month";
	if (n == 10)
		return many ? "days" : "day";
	return many ? "periods" : "period";
}

/* A goal's pooled value with its sample, or why there is none. */
static void
cell_pool(struct rblock *b, const struct gpool *p)
{
	unsigned long long h = p->have;

	if (p->ok && p->periods)
		cellf(b, TONE_NUM, "%s (%llu period%s)", p->s, h,
		    h == 1 ? "" : "s");
	else if (p->ok)
		cellf(b, TONE_NUM, "%s (%llu)", p->s, h);
	else if (h > 0)
		cellf(b, TONE_NA | TONE_NUM, "n<min (%llu)", h);
	else
		cell(b, TONE_NA | TONE_NUM, "\xe2\x80\x94");
}

/* The status, said plainly: what is missing when there is none. */
static void
cell_status(struct rblock *b, const struct goal *g)
{
	const struct gpool *p = &g->win;
	unsigned long long more = p->need > p->have ? p->need - p->have : 0;

	switch (g->status) {
	case GS_MET:
		cell(b, TONE_GOOD | TONE_WHOLE, "met");
		break;
	case GS_NOT_MET:
		cell(b, TONE_BAD | TONE_WHOLE, "not met");
		break;
	case GS_ON_TRACK:
		cell(b, TONE_GOOD | TONE_WHOLE, "on track");
		break;
	case GS_BEHIND:
		cell(b, TONE_BAD | TONE_WHOLE, "behind");
		break;
	case GS_OVERDUE:
		if (p->periods)
			cell(b, TONE_BAD | TONE_WHOLE, "overdue: no value in "
			    "the window");
		else
			cellf(b, TONE_BAD | TONE_WHOLE, "overdue: %llu of %llu "
			    "%s", (unsigned long long)p->have,
			    (unsigned long long)p->need,
			    evidence_noun(g->m, p->need));
		break;
	case GS_TOO_EARLY:
		if (p->periods)
			cell(b, TONE_PLAIN | TONE_WHOLE, "too early: no value "
			    "yet");
		else
			cellf(b, TONE_PLAIN | TONE_WHOLE, "too early: needs "
			    "%llu more %s", more, evidence_noun(g->m, more));
		break;
	}
}

/* Observations a pool could not count, said rather than guessed. */
static void
lost_note(struct rdoc *doc, const struct goal *g, const struct gpool *p,
    const char *what)
{
	unsigned long long n = p->ev.lost, k = p->lostper;

	if (n == 0)
		return;
	blk(doc, RB_PARA, "%s, %s%s: %llu %s in %llu %s below the minimum "
	    "sample %s not counted.", g->agent, g->metric, what, n,
	    evidence_noun(g->m, n), k, period_kind(p->lostname, k != 1),
	    n == 1 ? "is" : "are");
}

/*
 * Whether an agent is of the team: its agent rows' team in the scores,
 * else the tiers' (fallback, may be NULL: not of it).  NULL team: all.
 */
static int
of_team(const struct report *r, const char *team, const char *agent,
    const char *fallback)
{
	size_t e;

	if (team == NULL)
		return 1;
	if ((e = report_agent_ent(r, agent)) != NONE)
		return strcmp(r->ent[e].team, team) == 0;
	return fallback != NULL && strcmp(fallback, team) == 0;
}

/* Whether a goal is shown: the agent's, else the team's agents', else
 * all (agent and team NULL). */
static int
goal_shown(const struct report *r, const struct goal *g, const char *agent,
    const char *team)
{
	return (agent == NULL || strcmp(agent, g->agent) == 0) &&
	    of_team(r, team, g->agent, NULL);
}

/* The goals of the agent, else of the team's agents, else all. */
static void
goals(struct rdoc *doc, const struct report *r, const char *agent,
    const char *team)
{
	static const char *const heads[] = {
		"agent", "metric", "target", "window", "baseline", "value",
		"progress", "status"
	};
	struct rblock *b = NULL;
	size_t i;

	for (i = 0; i < r->ngoal; i++) {
		const struct goal *g = &r->goal[i];
		int lb = r->col[g->col].lower_better;

		if (!goal_shown(r, g, agent, team))
			continue;
		if (b == NULL) {
			blk(doc, RB_PARA, "Each goal is judged on the agent's "
			    "scores pooled over its window, from the day it "
			    "was set to its due date, against a baseline from "
			    "before it; samples in brackets.  A status needs "
			    "the metric's minimum sample.");
			b = table(doc, 8, heads);
		}
		cell(b, TONE_PLAIN, g->agent);
		cellf(b, TONE_PLAIN, "%s%s", g->metric,
		    lb ? " (lower better)" : "");
		cellf(b, TONE_NUM, "%s%s", lb ? "<= " : ">= ", g->target_s);
		if (g->from[0] != '\0' || g->to[0] != '\0')
			cellf(b, TONE_PLAIN, "%s to %s", g->from[0] ? g->from :
			    "\xe2\x80\x94", g->to[0] ? g->to : "\xe2\x80\x94");
		else
			cell(b, TONE_NA, "\xe2\x80\x94");
		if (g->has_base)
			cell_pool(b, &g->base);
		else
			cell(b, TONE_NA | TONE_NUM, "\xe2\x80\x94");
		cell_pool(b, &g->win);
		if (g->win.ok)
			/* 0.6 / 0.8 is 0.7499...: 75% */
			cellf(b, TONE_NUM, "%d%%",
			    (int)floor(g->progress * 100 + 1e-9));
		else
			cell(b, TONE_NA | TONE_NUM, "\xe2\x80\x94");
		cell_status(b, g);
	}
	if (b == NULL) {
		blk(doc, RB_PARA, agent != NULL ? "No goals set (goals are "
		    "the agent's own: --goals FILE)." : "No goals given "
		    "(--goals FILE).");
		return;
	}
	for (i = 0; i < r->ngoal; i++) {
		const struct goal *g = &r->goal[i];

		if (!goal_shown(r, g, agent, team))
			continue;
		lost_note(doc, g, &g->win, "");
		lost_note(doc, g, &g->base, " (baseline)");
	}
}

/* As emp-challenge list --stats writes them (schema.h), "—" for none. */
static void
median_days(char *buf, size_t size, double ms)
{
	if (ms < 0)
		snprintf(buf, size, "\xe2\x80\x94");
	else
		num_fmt_days(buf, size, ms);
}

/* An approval rate is shown from this many decided challenges on. */
#define RATE_MIN_DECIDED	5

/* ledger_stats()'s selection: the challenges of a team's agents. */
struct team_sel {
	const struct report	*r;
	const char		*team;
};

static int
team_selected(const struct challenge *c, const void *arg)
{
	const struct team_sel *ts = arg;

	return of_team(ts->r, ts->team, c->agent, NULL);
}

/*
 * One table of challenge counts (emp-challenge list --stats's, by
 * agent, cause or decider): by decider only the decided are counted
 * ("decided", no pending or withdrawn), by agent no approval rate (an
 * agent's few challenges would make it noise).  *hidden counts the rows
 * whose rate is left out for too few decisions.
 */
static void
challenge_table(struct rdoc *doc, const struct ledger_stats *as, size_t n,
    enum ledger_by by, unsigned *hidden)
{
	static const char *const heads[3][8] = {
		{ "agent", "opened", "approved", "denied", "revoked",
		  "pending", "withdrawn", "median days" },
		{ "cause", "opened", "approved", "denied", "revoked",
		  "pending", "rate", "median days" },
		{ "decider", "decided", "approved", "denied", "revoked",
		  "rate", "median days", NULL },
	};
	struct rblock *b;
	unsigned long tot[ST_N + 1] = { 0 }, yes, all;
	size_t i, k, nc = by == LBY_DECIDER ? 7 : 8;
	char buf[32];

	b = table(doc, nc, heads[by]);
	for (i = 0; i <= n; i++) {
		struct ledger_stats t;
		const struct ledger_stats *a = &as[i];

		if (i == n) {	/* the totals */
			memset(&t, 0, sizeof(t));
			t.key = "all";
			t.opened = tot[ST_N];
			for (k = 0; k < ST_N; k++)
				t.n[k] = tot[k];
			t.median_ms = -2;
			a = &t;
		}
		cell(b, TONE_PLAIN, a->key[0] != '\0' ? a->key :
		    by == LBY_CAUSE ? "(none)" : "\xe2\x80\x94");
		cellf(b, TONE_NUM, "%lu", a->opened);
		cellf(b, TONE_NUM, "%lu", a->n[ST_APPROVED]);
		cellf(b, TONE_NUM, "%lu", a->n[ST_DENIED]);
		cellf(b, TONE_NUM, "%lu", a->n[ST_REVOKED]);
		if (by != LBY_DECIDER)
			cellf(b, TONE_NUM, "%lu", a->n[ST_PENDING]);
		if (by == LBY_AGENT)
			cellf(b, TONE_NUM, "%lu", a->n[ST_WITHDRAWN]);
		else {
			yes = a->n[ST_APPROVED] + a->n[ST_REVOKED];
			all = yes + a->n[ST_DENIED];
			if (all >= RATE_MIN_DECIDED) {
				num_fmt(buf, sizeof(buf), (double)yes /
				    (double)all, 2, 0);
				cell(b, TONE_NUM, buf);
			} else {
				cell(b, TONE_NA | TONE_NUM, "\xe2\x80\x94");
				if (all > 0 && i < n)
					(*hidden)++;
			}
		}
		if (a->median_ms == -2)
			cell(b, TONE_NUM, "");
		else {
			median_days(buf, sizeof(buf), a->median_ms);
			cell(b, a->median_ms < 0 ? TONE_NA | TONE_NUM :
			    TONE_NUM, buf);
		}
		tot[ST_N] += a->opened;
		for (k = 0; k < ST_N; k++)
			tot[k] += a->n[k];
	}
}

/*
 * The challenges of the team's agents (all: team NULL): by agent, by
 * cause and by decider (the dispute analytics).
 */
static void
challenges_team(struct rdoc *doc, const struct report *r, const char *team)
{
	struct team_sel ts = { r, team };
	struct ledger_stats *as;
	size_t i, n;
	unsigned hidden = 0;

	if (!r->have_ledger) {
		blk(doc, RB_PARA, "No ledger given (--ledger FILE).");
		return;
	}
	if (r->ledger.invalid > 0)
		blk(doc, RB_PARA, "%lu line%s of the ledger %s not counted: a "
		    "signature that does not verify against the roster, or a "
		    "broken rule (emp-challenge verify names them).",
		    r->ledger.invalid, r->ledger.invalid == 1 ? "" : "s",
		    r->ledger.invalid == 1 ? "is" : "are");
	if (r->ncst == 0) {
		blk(doc, RB_PARA, "No challenges in the ledger.");
		return;
	}
	for (i = 0; i < r->ncst; i++)
		if (of_team(r, team, r->cst[i].key, NULL))
			break;
	if (i == r->ncst) {
		blk(doc, RB_PARA, "No challenges by the team's agents in the "
		    "ledger.");
		return;
	}
	blk(doc, RB_PARA, "Challenges by agent, by cause and by decider.  "
	    "Approved counts those still approved, revoked those approved "
	    "and then revoked (their reviews count again); median days: "
	    "from opening to decision.");
	n = ledger_stats(&r->ledger, LBY_AGENT, team_selected, &ts, &as);
	challenge_table(doc, as, n, LBY_AGENT, &hidden);
	free(as);
	n = ledger_stats(&r->ledger, LBY_CAUSE, team_selected, &ts, &as);
	challenge_table(doc, as, n, LBY_CAUSE, &hidden);
	free(as);
	n = ledger_stats(&r->ledger, LBY_DECIDER, team_selected, &ts, &as);
	if (n > 0)
		challenge_table(doc, as, n, LBY_DECIDER, &hidden);
	else
		blk(doc, RB_PARA, "No challenge decided yet.");
	free(as);
	blk(doc, RB_PARA, "Rate: the approval rate, the share of the decided "
	    "challenges that were approved, (approved + revoked) / (approved "
	    "+ revoked + denied), shown from %d decided on%s", RATE_MIN_DECIDED,
	    hidden > 0 ? ": on fewer, each decision is a quarter of it or "
	    "more, so it is not shown (\xe2\x80\x94)." : ".");
}

static void
challenges_agent(struct rdoc *doc, const struct report *r,
    const char *agent)
{
	static const char *const heads[] = {
		"challenge", "review", "status", "opened", "decided",
		"grounds", "note"
	};
	struct rblock *b = NULL;
	size_t i;
	char t[32];

	if (!r->have_ledger) {
		blk(doc, RB_PARA, "No ledger given (--ledger FILE).");
		return;
	}
	for (i = 0; i < r->ncst; i++)
		if (strcmp(r->cst[i].key, agent) == 0) {
			const struct ledger_stats *a = &r->cst[i];

			median_days(t, sizeof(t), a->median_ms);
			blk(doc, RB_PARA, "%lu opened: %lu approved, %lu "
			    "denied, %lu revoked%s, %lu pending, %lu "
			    "withdrawn; median days to decision %s.",
			    a->opened, a->n[ST_APPROVED], a->n[ST_DENIED],
			    a->n[ST_REVOKED], a->n[ST_REVOKED] == 0 ? "" :
			    a->n[ST_REVOKED] == 1 ? " (its review counts "
			    "again)" : " (their reviews count again)",
			    a->n[ST_PENDING],
			    a->n[ST_WITHDRAWN], t);
		}
	for (i = 0; i < r->ledger.nch; i++) {
		const struct challenge *c = &r->ledger.ch[i];

		if (strcmp(c->agent, agent) != 0)
			continue;
		if (b == NULL)
			b = table(doc, 7, heads);
		cell(b, TONE_PLAIN, c->id);
		cell(b, TONE_PLAIN, c->review);
		cell(b, c->status == ST_APPROVED ? TONE_GOOD :
		    c->status == ST_DENIED || c->status == ST_REVOKED ?
		    TONE_BAD : TONE_PLAIN, ledger_statuses[c->status]);
		date_format(c->opened, t);
		cell(b, TONE_PLAIN, t);
		if (c->decided != 0)
			date_format(c->decided, t);
		else
			strcpy(t, "\xe2\x80\x94");
		cell(b, c->decided ? TONE_PLAIN : TONE_NA, t);
		cell(b, TONE_PLAIN, c->grounds);
		if (c->status == ST_REVOKED) {
			struct strbuf nb = { 0 };

			date_format(c->revoked, t);
			sb_printf(&nb, "%s%srevoked %s: %s",
			    c->note != NULL ? c->note : "",
			    c->note != NULL && *c->note != '\0' ? "; " : "", t,
			    c->revoke_note != NULL ? c->revoke_note : "");
			cell(b, TONE_PLAIN, sb_str(&nb));
			sb_free(&nb);
		} else
			cell(b, TONE_PLAIN, c->note != NULL ? c->note : "");
	}
	if (b == NULL)
		blk(doc, RB_PARA, "No challenges.");
}

/* Agents by rank in the latest period, then by name. */

static int
cmp_agents(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	const struct report *r = sort_r;
	size_t rx = r->ent[x].slot[r->nwin - 1], ry = r->ent[y].slot[r->nwin - 1];
	double kx, ky;
	int hx = dval(r, rx, C_RANK, &kx) == 0, hy = dval(r, ry, C_RANK, &ky) == 0;

	if (hx != hy)
		return hy - hx;
	if (hx && kx != ky)
		return kx < ky ? -1 : 1;
	return strcmp(r->ent[x].key, r->ent[y].key);
}

static int
action_tone(const char *a)
{
	if (strcmp(a, "promote") == 0 || strcmp(a, "raise") == 0)
		return TONE_GOOD;
	if (strcmp(a, "review") == 0)
		return TONE_BAD;
	return TONE_PLAIN;
}

/*
 * The team report: of the whole center (team NULL, entity r->center), or
 * of one team (its team entity c): the headline from c's rows, the
 * agents, goals, challenges and tiers of the team's agents only.
 */
static void	tiers_section(const struct report *, const char *,
		    struct rdoc *);

static void
team_doc(struct report *r, size_t c, const char *team, struct rdoc *doc)
{
	struct rblock *b;
	const char *heads[6 + NELEM(agent_cols)];
	size_t *ag, na = 0, nteam = 0, i, k, w = r->nwin - 1, pw;

	pw = prev_slot(r, c, w);
	ag = xcalloc(r->nent + 1, sizeof(*ag));
	for (i = 0; i < r->nent; i++) {
		if (r->ent[i].group == G_TEAM && r->ent[i].slot[w] != NONE)
			nteam++;
		if (r->ent[i].group == G_AGENT && r->ent[i].slot[w] != NONE &&
		    (team == NULL || strcmp(r->ent[i].team, team) == 0))
			ag[na++] = i;
	}
	{
		struct strbuf t = { 0 }, who = { 0 };

		if (team == NULL) {
			sb_printf(&t, "Team report: %s", r->win[w]);
			doc->title = xstrdup(r->win[w]);
			sb_printf(&who, "%zu agents in %zu teams", na, nteam);
		} else {
			sb_printf(&t, "Team %s, %s %s", team,
			    period_kind(r->win[w], 0), r->win[w]);
			doc->title = xstrdup(sb_str(&t));
			sb_printf(&who, "%zu agents of team %s", na, team);
		}
		blk(doc, RB_H1, "%s", sb_str(&t));
		blk(doc, RB_PARA, "%s in %s%s%s; %sover %zu periods, %s to "
		    "%s.  Counts are in brackets; n<min: too small a sample to "
		    "tell; \xe2\x80\x94: no data.", sb_str(&who), r->win[w],
		    pw != NONE ? ", compared with " : "",
		    pw != NONE ? r->win[pw] : "", team == NULL ? "trend " :
		    "the indicators and the trend are the team's, ", r->nwin,
		    r->win[0], r->win[w]);
		sb_free(&t);
		sb_free(&who);
	}
	blk(doc, RB_H2, "Leading indicators");
	indicators(doc, r, c, leading, NELEM(leading));
	blk(doc, RB_H2, "Lagging indicators");
	indicators(doc, r, c, lagging, NELEM(lagging));
	blk(doc, RB_H2, "Trend");
	{
		int tc[NELEM(leading) + NELEM(lagging) + 1];

		for (i = 0; i < NELEM(leading); i++)
			tc[i] = leading[i];
		for (k = 0; k < NELEM(lagging); k++)
			tc[i + k] = lagging[k];
		tc[i + k] = C_CONTACTS;
		trend(doc, r, c, tc, NELEM(tc));
	}

	blk(doc, RB_H2, "Agents");
	for (i = 0, k = 0; i < na; i++)
		if (report_val(r, r->ent[ag[i]].slot[w], C_RANK) != NULL)
			k++;
	blk(doc, RB_PARA, "%zu of %zu agents ranked in %s; the others have "
	    "too few metrics with enough data to rank.", k, na, r->win[w]);
	heads[0] = "agent";
	heads[1] = "team";
	heads[2] = "index";
	heads[3] = "rank";
	heads[4] = "change";
	for (i = 0; i < NELEM(agent_cols); i++)
		heads[5 + i] = r->col[agent_cols[i]].name;
	heads[5 + i] = "tier action";
	b = table(doc, 6 + NELEM(agent_cols), heads);
	sort_r = r;
	qsort(ag, na, sizeof(*ag), cmp_agents);
	for (i = 0; i < na; i++) {
		const struct ent *e = &r->ent[ag[i]];
		const struct tierrow *t = tier_of(r, e->key);
		size_t q = e->slot[w], p = row_at(r, ag[i],
		    prev_slot(r, ag[i], w));
		const char *v;

		cell(b, TONE_PLAIN, e->key);
		cell(b, TONE_PLAIN, e->team);
		v = report_val(r, q, C_INDEX);
		cell(b, v ? TONE_NUM : TONE_NA | TONE_NUM,
		    v ? v : "\xe2\x80\x94");
		v = report_val(r, q, C_RANK);
		cell(b, v ? TONE_NUM : TONE_NA | TONE_NUM,
		    v ? v : "\xe2\x80\x94");
		cell_change(b, r, q, p, C_INDEX, 0);
		for (k = 0; k < NELEM(agent_cols); k++)
			cell_value(b, r, q, (size_t)agent_cols[k]);
		if (t != NULL)
			cell(b, action_tone(t->f[TC_ACTION]), t->f[TC_ACTION]);
		else
			cell(b, TONE_NA, "\xe2\x80\x94");
	}
	free(ag);

	blk(doc, RB_H2, "Goals");
	goals(doc, r, NULL, team);
	blk(doc, RB_H2, "Challenges");
	challenges_team(doc, r, team);

	tiers_section(r, team, doc);
	report_qa_team(r, team, doc);
	report_empower_team(r, team, doc);
}

/* The team report's tier recommendations: of the team's agents. */
static void
tiers_section(const struct report *r, const char *team, struct rdoc *doc)
{
	static const char *const tiers_heads[] = {
		"agent", "team", "level", "limit", "recommended", "action",
		"blocked by"
	};
	static const char *const acts[4] = {
		"promote", "raise", "hold", "review"
	};
	struct rblock *b;
	unsigned long nact[4] = { 0 };
	size_t i, k, nt;

	blk(doc, RB_H2, "Tier recommendations");
	if (r->ntier == 0) {
		blk(doc, RB_PARA, "No tier recommendations given "
		    "(emp-tier's output as an input).");
		return;
	}
	for (i = 0, nt = 0; i < r->ntier; i++) {
		if (!of_team(r, team, r->tiers[i]->agent,
		    r->tiers[i]->f[TC_TEAM]))
			continue;
		nt++;
		for (k = 0; k < 4; k++)
			if (strcmp(r->tiers[i]->f[TC_ACTION], acts[k]) == 0)
				nact[k]++;
	}
	if (nt == 0) {
		blk(doc, RB_PARA, "No tier recommendations for the team's "
		    "agents.");
		return;
	}
	blk(doc, RB_PARA, "%zu agents: %lu promote, %lu raise, %lu hold, "
	    "%lu review.  Those who move or need a review:", nt,
	    nact[0], nact[1], nact[2], nact[3]);
	b = table(doc, 7, tiers_heads);
	for (i = 0; i < r->ntier; i++) {
		const struct tierrow *t = r->tiers[i];

		if (strcmp(t->f[TC_ACTION], "hold") == 0 ||
		    !of_team(r, team, t->agent, t->f[TC_TEAM]))
			continue;
		cell(b, TONE_PLAIN, t->agent);
		cell(b, TONE_PLAIN, t->f[TC_TEAM]);
		cell(b, TONE_NUM, t->f[TC_LEVEL]);
		cell(b, TONE_NUM, t->f[TC_LIMIT]);
		cellf(b, TONE_PLAIN, "level %s, limit %s",
		    t->f[TC_REC_LEVEL], t->f[TC_REC_LIMIT]);
		cell(b, action_tone(t->f[TC_ACTION]), t->f[TC_ACTION]);
		cell(b, TONE_PLAIN, t->f[TC_BLOCKED]);
	}
}

void
report_team(struct report *r, struct rdoc *doc)
{
	team_doc(r, r->center, NULL, doc);
}

int
report_team_of(struct report *r, const char *team, struct rdoc *doc)
{
	struct strbuf k = { 0 };
	void *v;

	sb_printf(&k, "%d\037%s", G_TEAM, team);
	v = strmap_get(&r->entmap, k.s, k.len);
	sb_free(&k);
	if (v == NULL)
		return -1;
	team_doc(r, (uintptr_t)v - 1, team, doc);
	return 0;
}

/*
 * A gate as emp-tiers(5) writes it: "name value OP threshold[ (n=...)]",
 * the operator the one that holds (>= or <= passed, < or > failed), no
 * operator when unknown ("qa 90 (n=2<3)", "fcr ? (n=0<3)").  The
 * shortfall streak is a note below its review count ("shortfall 1<3")
 * and failed at it ("shortfall 3>=3").  Returns 1 passed, -1 failed, 0
 * unknown or a note.
 */
static int
gate_state(const char *g)
{
	const char *p = strchr(g, ' '), *end;
	int ge;

	if (p == NULL)
		return 0;
	if ((end = strstr(p, " (")) == NULL)
		end = p + strlen(p);
	for (; p < end; p++)
		if (*p == '<' || *p == '>')
			break;
	if (p == end)
		return 0;
	ge = p[1] == '=';
	if (strncmp(g, "shortfall ", 10) == 0)
		return ge ? -1 : 0;
	return ge ? 1 : -1;
}

/* "; "-separated gates as table rows: the gate, and what it says. */
static void
gates(struct rblock *b, const char *list)
{
	const char *p = list, *q;
	char buf[512];
	int st;

	while (*p != '\0') {
		if ((q = strstr(p, "; ")) == NULL)
			q = p + strlen(p);
		snprintf(buf, sizeof(buf), "%.*s", (int)(q - p), p);
		st = gate_state(buf);
		cell(b, st > 0 ? TONE_GOOD : st < 0 ? TONE_BAD : TONE_PLAIN,
		    buf);
		cell(b, st > 0 ? TONE_GOOD : st < 0 ? TONE_BAD : TONE_PLAIN,
		    st > 0 ? "passed" : st < 0 ? "failed" :
		    strncmp(buf, "shortfall ", 10) == 0 ? "note" : "unknown");
		p = *q ? q + 2 : q;
	}
}

static void	tier_standing(const struct tierrow *, struct rdoc *);

int
report_agent(struct report *r, const char *agent, struct rdoc *doc)
{
	static const char *const heads[] = {
		"metric", "value", "team median", "vs median", "previous",
		"change"
	};
	size_t e = report_agent_ent(r, agent), w = r->nwin - 1, q, p, i, c;
	size_t nrk = 0;
	const struct tierrow *t = tier_of(r, agent);
	const char *rank, *team;
	struct rblock *b;
	double med, x;
	char buf[32];

	if (e == NONE && t == NULL)
		return -1;
	for (i = 0; i < r->nent; i++)
		if (r->ent[i].group == G_AGENT &&
		    report_val(r, r->ent[i].slot[w], C_RANK) != NULL)
			nrk++;
	q = row_at(r, e, w);
	p = row_at(r, e, e == NONE ? NONE : prev_slot(r, e, w));
	team = e != NONE ? r->ent[e].team : t->f[TC_TEAM];
	doc->title = xstrdup(agent);
	blk(doc, RB_H1, "Scorecard: %s, %s", agent, r->win[w]);
	rank = report_val(r, q, C_RANK);
	if (q == NONE)
		blk(doc, RB_PARA, "Team %s.  No scores in %s.", team,
		    r->win[w]);
	else if (rank != NULL)
		blk(doc, RB_PARA, "Team %s.  Empowerment index %s, rank %s "
		    "of %zu ranked in %s.", team, report_val(r, q, C_INDEX), rank,
		    nrk, r->win[w]);
	else
		blk(doc, RB_PARA, "Team %s.  Not ranked in %s: too few "
		    "metrics with enough data yet.", team, r->win[w]);

	blk(doc, RB_H2, "Metrics against the team");
	b = table(doc, 6, heads);
	for (i = 0; i < NELEM(card_cols); i++) {
		c = (size_t)card_cols[i];
		cellf(b, TONE_PLAIN, "%s%s", report_col_label(r->col[c].name),
		    r->col[c].lower_better ? " (lower better)" : "");
		cell_value(b, r, q, c);
		if (team_median(r, team, c, &med) == -1) {
			cell(b, TONE_NA | TONE_NUM, "\xe2\x80\x94");
			cell(b, TONE_NA, "\xe2\x80\x94");
		} else {
			enum judgement j;

			num_fmt(buf, sizeof(buf), med, REPORT_DEC, 0);
			cell(b, TONE_NUM, buf);
			if (dval(r, q, c, &x) == -1)
				cell(b, TONE_NA, "\xe2\x80\x94");
			else if (x == med)
				cell(b, TONE_PLAIN, "at median");
			else if (r->col[c].shape == SHAPE_COUNT)
				/* the index and contacts: no test */
				cell(b, TONE_PLAIN, x > med ? "above" : "below");
			else if ((j = judge(&r->col[c], x, cnt(r, q, c), med,
			    0)) == J_BETTER || j == J_WORSE)
				cell(b, judgement_tone(j), j == J_BETTER ?
				    "better" : "worse");
			else
				cell(b, TONE_PLAIN, "not clear");
		}
		cell_value(b, r, p, c);
		cell_change(b, r, q, p, c, 0);
	}
	blk(doc, RB_H2, "Trend");
	trend(doc, r, e, card_cols, NELEM(card_cols) - 1);
	blk(doc, RB_H2, "Goals");
	goals(doc, r, agent, NULL);
	blk(doc, RB_H2, "Challenges");
	challenges_agent(doc, r, agent);
	tier_standing(t, doc);
	report_qa_agent(r, agent, doc);
	report_empower_agent(r, agent, doc);
	return 0;
}

/* A scorecard's tier standing: the agent's recommendation, or none. */
static void
tier_standing(const struct tierrow *t, struct rdoc *doc)
{
	static const char *const gh[] = { "gate", "result" };
	struct rblock *b;

	blk(doc, RB_H2, "Tier standing");
	if (t == NULL) {
		blk(doc, RB_PARA, "No tier recommendation given.");
		return;
	}
	blk(doc, RB_PARA, "Level %s with a limit of %s, tenure %s months.  "
	    "Recommendation: %s (level %s, limit %s).", t->f[TC_LEVEL],
	    t->f[TC_LIMIT], t->f[TC_TENURE], t->f[TC_ACTION],
	    t->f[TC_REC_LEVEL], t->f[TC_REC_LIMIT]);
	if (t->f[TC_BLOCKED][0] != '\0') {
		blk(doc, RB_PARA, "What the next step needs:");
		b = table(doc, 2, gh);
		gates(b, t->f[TC_BLOCKED]);
	} else
		blk(doc, RB_PARA, "Nothing blocks the next step.");
	if (t->f[TC_REASONS][0] != '\0') {
		blk(doc, RB_PARA, "Every gate, measured:");
		b = table(doc, 2, gh);
		gates(b, t->f[TC_REASONS]);
	}
}

size_t
report_agents(struct report *r, const char ***names)
{
	size_t i;

	if (r->agents == NULL) {
		r->agents = xcalloc(r->nent + r->ntier + 1,
		    sizeof(*r->agents));
		for (i = 0; i < r->nent; i++)
			if (r->ent[i].group == G_AGENT)
				r->agents[r->nagents++] = r->ent[i].key;
		for (i = 0; i < r->ntier; i++)
			if (report_agent_ent(r, r->tiers[i]->agent) == NONE)
				r->agents[r->nagents++] = r->tiers[i]->agent;
		qsort(r->agents, r->nagents, sizeof(*r->agents), cmp_str);
	}
	*names = r->agents;
	return r->nagents;
}

unsigned long
report_rejected(const struct report *r)
{
	return r->rejected;
}

void
rdoc_free(struct rdoc *doc)
{
	size_t i, j, k;

	for (i = 0; i < doc->n; i++) {
		struct rblock *b = &doc->b[i];

		free(b->text);
		for (j = 0; j < b->ncell; j++)
			free(b->cell[j].s);
		free(b->cell);
		for (j = 0; j < b->nseries; j++) {
			free(b->series[j].label);
			free(b->series[j].v);
			for (k = 0; k < b->nperiods; k++)
				free(b->series[j].vs[k]);
			free(b->series[j].vs);
		}
		free(b->series);
	}
	free(doc->b);
	free(doc->title);
	memset(doc, 0, sizeof(*doc));
}

void
report_free(struct report *r)
{
	size_t i;

	for (i = 0; i < r->ncol; i++)
		free(r->col[i].name);
	free(r->col);
	sb_free(&r->arena);
	free(r->val);
	free(r->cnt);
	free(r->row);
	for (i = 0; i < r->nent; i++) {
		free(r->ent[i].key);
		free(r->ent[i].team);
		free(r->ent[i].slot);
	}
	free(r->ent);
	strmap_free(&r->entmap);
	for (i = 0; i < r->nper; i++)
		free(r->per[i]);
	free(r->per);
	strmap_free(&r->permap);
	free(r->win);
	free(r->perslot);
	for (i = 0; i < r->ntier; i++) {
		for (size_t k = 0; k < TC_N; k++)
			free(r->tiers[i]->f[k]);
		free(r->tiers[i]->agent);
		free(r->tiers[i]->qa_needed);
		free(r->tiers[i]);
	}
	free(r->tiers);
	strmap_free(&r->tiermap);
	for (i = 0; i < r->ngoal; i++) {
		free(r->goal[i].agent);
		free(r->goal[i].metric);
		free(r->goal[i].target_s);
		free(r->goal[i].due);
		free(r->goal[i].set);
		free(r->goal[i].baseline);
	}
	free(r->goal);
	if (r->have_ledger) {
		ledger_close(&r->ledger);
		roster_free(&r->roster);
	}
	free(r->cst);
	free(r->agents);
	if (r->med != NULL)
		strmap_free(&r->medmap);
	free(r->med);
	free(r->hasmed);
	report_empower_free(r);
	report_qa_free(r);
	free(r);
}
