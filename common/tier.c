/*
 * tier.c: the tier engine (tier.h states the rules).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "hash.h"
#include "parse.h"
#include "policy.h"
#include "schema.h"
#include "table.h"
#include "tier.h"

#define SLOT_INDEX	M_N		/* the slot map's entry for the index */
#define NOHIRE		INT64_MIN
#define NOEXIT		INT64_MAX

struct trow {
	size_t		 period;	/* index into t->periods */
	struct decimal	*v;		/* per slot */
	long		*n;		/* per slot; -1: no count */
	unsigned char	*has;		/* per slot: v holds a value */
};

enum action {	/* schema.h's tiers_actions[] */
	A_HOLD = TA_HOLD, A_PROMOTE = TA_PROMOTE, A_RAISE = TA_RAISE,
	A_REVIEW = TA_REVIEW
};

struct tagent {
	char		*name;
	char		*team;		/* the roster's */
	char		*sc_team;	/* the latest scores row's */
	int		 in_roster;
	unsigned long	 line;		/* of the roster */
	int64_t		 hired, left;	/* days */
	int		 level;
	struct decimal	 limit;
	struct trow	*rows;
	size_t		 nrows, caprows;
	/* the evaluation */
	int		 listed;
	int		 tenure10;	/* -1: unknown */
	enum action	 action;
	int		 rec_level;
	struct decimal	 rec_limit;
	struct strbuf	 reasons;
	struct strbuf	 blocked;
};

struct tperiod {
	char		*name;
	int64_t		 start, end;	/* days; end is the day after */
	size_t		 rank;		/* order by start */
};

struct tier {
	struct policy	*pol;
	int		 slot[M_N + 1];	/* metric -> slot, or -1 */
	int		 slot_metric[M_N + 1];
	int		 nslot;
	struct strmap	 agents;
	struct tagent	**alist;
	size_t		 nagents, capagents;
	struct strmap	 pmap;
	struct tperiod	*periods;
	size_t		 nperiods, capperiods;
	size_t		*by_rank;	/* rank -> period index */
	int64_t		 as_of;
	int		 have_cur;
	size_t		 cur;		/* the latest period's rank */
	size_t		 nperiods_used;
	uint64_t	 rejected, scores_only, roster_only, left;
	uint64_t	 unhired;	/* hired after the review day */
	uint64_t	 badvalues;	/* score values taken as unknown */
	uint64_t	 count[4];
	int		 roster_read;
};

static void
use_metric(struct tier *t, int metric)
{
	int k = metric == PM_INDEX ? SLOT_INDEX : metric;

	if (t->slot[k] == -1) {
		t->slot_metric[t->nslot] = metric;
		t->slot[k] = t->nslot++;
	}
}

static int
slot_of(const struct tier *t, int metric)
{
	return t->slot[metric == PM_INDEX ? SLOT_INDEX : metric];
}

struct tier *
tier_new(struct policy *pol)
{
	struct tier *t = xcalloc(1, sizeof(*t));
	size_t i, j;

	t->pol = pol;
	for (i = 0; i <= M_N; i++)
		t->slot[i] = -1;
	for (i = 0; i < pol->nlevels; i++)
		for (j = 0; j < pol->levels[i].ngates; j++)
			use_metric(t, pol->levels[i].gates[j].metric);
	strmap_init(&t->agents, 0);
	strmap_init(&t->pmap, 0);
	return t;
}

static struct tagent *
agent_get(struct tier *t, const char *name)
{
	struct tagent *a;

	if ((a = strmap_get(&t->agents, name, strlen(name))) != NULL)
		return a;
	a = xcalloc(1, sizeof(*a));
	a->name = xstrdup(name);
	a->hired = NOHIRE;
	a->left = NOEXIT;
	strmap_put(&t->agents, name, strlen(name), a);
	if (t->nagents == t->capagents) {
		t->capagents = t->capagents ? 2 * t->capagents : 64;
		t->alist = xreallocarray(t->alist, t->capagents,
		    sizeof(*t->alist));
	}
	t->alist[t->nagents++] = a;
	return a;
}

/* The index of a period, added when new; SIZE_MAX when not a period. */
static size_t
period_get(struct tier *t, const char *name)
{
	struct tperiod *p;
	void *v;
	int64_t start, end;

	if ((v = strmap_get(&t->pmap, name, strlen(name))) != NULL)
		return (size_t)((uintptr_t)v - 1);
	if (period_span(name, &start, &end) == -1)
		return SIZE_MAX;
	if (t->nperiods == t->capperiods) {
		t->capperiods = t->capperiods ? 2 * t->capperiods : 32;
		t->periods = xreallocarray(t->periods, t->capperiods,
		    sizeof(*t->periods));
	}
	p = &t->periods[t->nperiods];
	p->name = xstrdup(name);
	p->start = start;
	p->end = end;
	strmap_put(&t->pmap, name, strlen(name),
	    (void *)(uintptr_t)(t->nperiods + 1));
	return t->nperiods++;
}

static void
row_free(struct trow *r)
{
	free(r->v);
	free(r->n);
	free(r->has);
}

int
tier_read_scores(struct tier *t, const char *path)
{
	struct table tb;
	struct csv_record *r;
	struct tagent *a;
	struct trow row;
	const char *s;
	char nname[80];
	int col_period, col_group, col_key, col_team, rv, k, flags;
	int *col_v, *col_n;
	size_t p, i;
	long n;
	char *end;

	if (table_open(&tb, path, 0) == -1)
		return -1;
	col_period = table_col(&tb, SCORES_PERIOD);
	col_group = table_col(&tb, SCORES_GROUP);
	col_key = table_col(&tb, SCORES_KEY);
	col_team = table_col(&tb, SCORES_TEAM);
	if (col_period < 0 || col_group < 0 || col_key < 0) {
		table_no_column(&tb, "a scores stream (emp-scores(5))",
		    col_period < 0 ? SCORES_PERIOD : col_group < 0 ?
		    SCORES_GROUP : SCORES_KEY);
		table_close(&tb);
		return -1;
	}
	col_v = xcalloc((size_t)t->nslot + 1, sizeof(int));
	col_n = xcalloc((size_t)t->nslot + 1, sizeof(int));
	for (k = 0; k < t->nslot; k++) {
		s = policy_metric_name(t->slot_metric[k]);
		col_v[k] = table_col(&tb, s);
		col_n[k] = policy_metric_has_n(t->slot_metric[k]) ?
		    table_col(&tb, metric_col_name(nname, sizeof(nname), s,
		    MP_N)) : -1;
		if (col_v[k] < 0)
			emp_warn("%s: no column '%s': its gates are unknown",
			    tb.name, s);
	}
	while ((rv = table_next(&tb, &r)) == 1) {
		if (strcmp(csv_record_field(r, col_group),
		    scores_groups[0]) != 0)
			continue;
		s = csv_record_field(r, col_key);
		if (*s == '\0') {
			table_reject(&tb, r->line, "field 'key': no agent");
			continue;
		}
		if ((p = period_get(t, csv_record_field(r, col_period))) ==
		    SIZE_MAX) {
			if (strcmp(csv_record_field(r, col_period),
			    SCORES_PERIOD) == 0)
				continue;	/* a repeated header */
			table_reject(&tb, r->line, "field 'period': invalid "
			    "period '%s'", csv_record_field(r, col_period));
			continue;
		}
		a = agent_get(t, s);
		for (i = 0; i < a->nrows; i++)
			if (a->rows[i].period == p)
				break;
		if (i < a->nrows) {
			table_reject(&tb, r->line, "agent '%s' has a row for "
			    "%s already: this one is ignored", a->name,
			    t->periods[p].name);
			continue;
		}
		row.period = p;
		row.v = xcalloc((size_t)t->nslot + 1, sizeof(*row.v));
		row.n = xcalloc((size_t)t->nslot + 1, sizeof(*row.n));
		row.has = xcalloc((size_t)t->nslot + 1, 1);
		for (k = 0; k < t->nslot; k++) {
			row.n[k] = -1;
			if (col_n[k] >= 0) {
				s = csv_record_field(r, col_n[k]);
				errno = 0;
				n = strtol(s, &end, 10);
				if (*s >= '0' && *s <= '9' && *end == '\0' &&
				    errno == 0)
					row.n[k] = n;
				else if (*s != '\0') {
					emp_warn("%s:%lu: field '%s_n': "
					    "invalid count '%s'", tb.name,
					    r->line, policy_metric_name(
					    t->slot_metric[k]), s);
					t->badvalues++;
				}
			}
			if (col_v[k] < 0)
				continue;
			s = csv_record_field(r, col_v[k]);
			flags = 0;
			rv = parse_number(s, strlen(s), &flags, &row.v[k]);
			if (rv == PARSE_OK && !(flags & PN_PERCENT))
				row.has[k] = 1;
			else if (rv != PARSE_EMPTY) {
				emp_warn("%s:%lu: field '%s': invalid value "
				    "'%s': taken as unknown", tb.name, r->line,
				    policy_metric_name(t->slot_metric[k]), s);
				t->badvalues++;
			}
		}
		if (col_team >= 0) {
			free(a->sc_team);
			a->sc_team = xstrdup(csv_record_field(r, col_team));
		}
		if (a->nrows == a->caprows) {
			a->caprows = a->caprows ? 2 * a->caprows : 8;
			a->rows = xreallocarray(a->rows, a->caprows,
			    sizeof(*a->rows));
		}
		a->rows[a->nrows++] = row;
	}
	t->rejected += tb.rejected;
	free(col_v);
	free(col_n);
	table_close(&tb);
	return rv == -1 ? -1 : 0;
}

/* A roster date column (absent or empty: *days unchanged); -1 when it
 * cannot be read (reported and counted). */
static int
roster_date(struct table *tb, const struct csv_record *r, int col,
    const char *what, int64_t *days)
{
	if (col < 0 || parse_date_days(csv_record_field(r, col), PD_ANY_TIME,
	    days) != PARSE_BAD)
		return 0;
	table_reject(tb, r->line, "field '%s': invalid date '%s'", what,
	    csv_record_field(r, col));
	return -1;
}

int
tier_read_roster(struct tier *t, const char *path)
{
	static const char *const c_hired[] = {
		"hired", "hire date", "start date", NULL
	};
	static const char *const c_exit[] = {
		"exit", "exit date", "end date", "termination date", NULL
	};
	static const char *const c_level[] = {
		"level", "current level", NULL
	};
	static const char *const c_limit[] = {
		"limit", "current limit", NULL
	};
	struct table tb;
	struct csv_record *r;
	struct tagent *a;
	const struct level *lv;
	const char *s;
	struct decimal lim;
	int64_t hired, left;
	int ca, ct, ch, ce, cl, cm, rv, flags;
	char *end, lo[32], hi[32];
	long level;

	t->roster_read = 1;
	if (table_open(&tb, path, 0) == -1)
		return -1;
	ca = table_col(&tb, "agent");
	ct = table_col(&tb, "team");
	ch = table_col_any(&tb, c_hired);
	ce = table_col_any(&tb, c_exit);
	cl = table_col_any(&tb, c_level);
	cm = table_col_any(&tb, c_limit);
	if (ca < 0 || cl < 0) {
		table_no_column(&tb, "a roster", ca < 0 ? "agent" : "level");
		table_close(&tb);
		return -1;
	}
	while ((rv = table_next(&tb, &r)) == 1) {
		s = csv_record_field(r, ca);
		if (*s == '\0') {
			table_reject(&tb, r->line, "field 'agent': no agent");
			continue;
		}
		if (csv_header_find(r, "agent") == ca &&
		    csv_header_find_any(r, c_level) == cl)
			continue;	/* a repeated header */
		s = csv_record_field(r, cl);
		errno = 0;
		level = strtol(s, &end, 10);
		if (*s < '0' || *s > '9' || *end != '\0' || errno != 0 ||
		    level < 1 || (size_t)level > t->pol->nlevels) {
			table_reject(&tb, r->line, "field 'level': invalid "
			    "level '%s': the policy has levels 1 to %zu", s,
			    t->pol->nlevels);
			continue;
		}
		lv = &t->pol->levels[level - 1];
		s = csv_record_field(r, cm);
		flags = 0;
		rv = parse_number(s, strlen(s), &flags, &lim);
		if (rv == PARSE_EMPTY)
			lim = lv->limits[0];
		else if (rv != PARSE_OK || (flags & PN_PERCENT) || lim.m < 0) {
			table_reject(&tb, r->line, "field 'limit': invalid "
			    "amount '%s'", s);
			continue;
		}
		hired = NOHIRE;
		left = NOEXIT;
		if (roster_date(&tb, r, ch, "hired", &hired) == -1 ||
		    roster_date(&tb, r, ce, "exit", &left) == -1)
			continue;
		if (decimal_cmp(&lim, &lv->limits[0]) < 0 ||
		    decimal_cmp(&lim, &lv->limits[lv->nlimits - 1]) > 0) {
			/* kept: the roster says what the agent has now */
			decimal_format(&lv->limits[0], lo);
			decimal_format(&lv->limits[lv->nlimits - 1], hi);
			emp_warn("%s:%lu: field 'limit': %s is outside level "
			    "%ld's limits, %s to %s", tb.name, r->line,
			    csv_record_field(r, cm), level, lo, hi);
		}
		a = agent_get(t, csv_record_field(r, ca));
		if (a->in_roster) {
			table_reject(&tb, r->line, "agent '%s' is in the "
			    "roster already (line %lu): this row is ignored",
			    a->name, a->line);
			continue;
		}
		a->in_roster = 1;
		a->line = r->line;
		a->team = xstrdup(csv_record_field(r, ct));
		a->hired = hired;
		a->left = left;
		a->level = (int)level;
		a->limit = lim;
	}
	t->rejected += tb.rejected;
	table_close(&tb);
	return rv == -1 ? -1 : 0;
}

static int
cmp_period(const void *x, const void *y)
{
	const struct tperiod *a = *(const struct tperiod *const *)x;
	const struct tperiod *b = *(const struct tperiod *const *)y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return strcmp(a->name, b->name);
}

static int
cmp_agent(const void *x, const void *y)
{
	const struct tagent *a = *(const struct tagent *const *)x;
	const struct tagent *b = *(const struct tagent *const *)y;

	return strcmp(a->name, b->name);
}

static struct tier *sort_tier;	/* for cmp_row: qsort has no context */

static int
cmp_row(const void *x, const void *y)
{
	const struct trow *a = x, *b = y;
	size_t ra = sort_tier->periods[a->period].rank;
	size_t rb = sort_tier->periods[b->period].rank;

	return ra < rb ? -1 : ra > rb;
}

enum gstate { G_PASS, G_FAIL, G_UNKNOWN };

static const char *const gstate_names[] = { "pass", "FAIL", "unknown" };

/* The latest row of an agent, when it is in the latest period. */
static const struct trow *
latest_row(const struct tier *t, const struct tagent *a)
{
	const struct trow *r;

	if (!t->have_cur || a->nrows == 0)
		return NULL;
	r = &a->rows[a->nrows - 1];
	return t->periods[r->period].rank == t->cur ? r : NULL;
}

/* Appends "; " between tokens. */
static void
tok_sep(struct strbuf *sb)
{
	if (sb->len > 0)
		sb_adds(sb, "; ");
}

static void
add_decimal(struct strbuf *sb, const struct decimal *d)
{
	char buf[48];

	decimal_format(d, buf);
	sb_adds(sb, buf);
}

/*
 * One gate in one row (NULL: no row): its state and, in tok when not NULL,
 * "qa 91.2>=85 (n=12)", "qa 78<85 (n=12)", "csat_rate 0.9 (n=6<10)",
 * "qa ? (n=0<3)"; no comparison means unknown.
 */
static enum gstate
gate_eval(const struct tier *t, const struct level *lv, const struct gate *g,
    const struct trow *r, struct strbuf *tok)
{
	int k = slot_of(t, g->metric), c, has_n;
	long need = g->min_n >= 0 ? g->min_n : lv->sample, n = 0;
	enum gstate st;

	has_n = policy_metric_has_n(g->metric);
	if (r != NULL)
		n = r->n[k];
	if (tok != NULL) {
		sb_adds(tok, policy_metric_name(g->metric));
		sb_addc(tok, ' ');
	}
	if (r == NULL || !r->has[k] || (has_n && n >= 0 && n < need)) {
		st = G_UNKNOWN;
		if (tok != NULL) {
			if (r != NULL && r->has[k])
				add_decimal(tok, &r->v[k]);
			else
				sb_addc(tok, '?');
		}
	} else {
		c = decimal_cmp(&r->v[k], &g->value);
		if (g->op == GATE_MIN)
			st = c >= 0 ? G_PASS : G_FAIL;
		else
			st = c <= 0 ? G_PASS : G_FAIL;
		if (tok != NULL) {
			add_decimal(tok, &r->v[k]);
			sb_adds(tok, g->op == GATE_MIN ?
			    (st == G_PASS ? ">=" : "<") :
			    (st == G_PASS ? "<=" : ">"));
			add_decimal(tok, &g->value);
		}
	}
	if (tok != NULL && has_n && (r == NULL || n >= 0)) {
		if (st == G_UNKNOWN && n < need)
			sb_printf(tok, " (n=%ld<%ld)", n, need);
		else
			sb_printf(tok, " (n=%ld)", n);
	}
	return st;
}

/* What a gate that did not pass needs, in words, into nd. */
static void
gate_needed(const struct tier *t, const struct level *lv,
    const struct gate *g, const struct trow *r, enum gstate st,
    struct strbuf *nd)
{
	int k = slot_of(t, g->metric);
	long need = g->min_n >= 0 ? g->min_n : lv->sample;

	tok_sep(nd);
	sb_adds(nd, policy_metric_name(g->metric));
	if (st == G_FAIL) {
		sb_adds(nd, g->op == GATE_MIN ? " at least " : " at most ");
		add_decimal(nd, &g->value);
		sb_adds(nd, " (now ");
		add_decimal(nd, &r->v[k]);
		sb_addc(nd, ')');
	} else if (r != NULL && r->has[k])
		sb_printf(nd, " from a sample of %ld or more (now %ld)", need,
		    r->n[k]);
	else
		sb_adds(nd, ": a value in the latest period (none now)");
}

/* Whether a row qualifies for a level (1) or falls short of it (0). */
static int
row_qualifies(const struct tier *t, const struct level *lv,
    const struct trow *r)
{
	size_t i;

	for (i = 0; i < lv->ngates; i++)
		if (!lv->gates[i].raise &&
		    gate_eval(t, lv, &lv->gates[i], r, NULL) != G_PASS)
			return 0;
	return 1;
}

static int
row_short(const struct tier *t, const struct level *lv, const struct trow *r)
{
	size_t i;

	for (i = 0; i < lv->ngates; i++)
		if (!lv->gates[i].raise &&
		    gate_eval(t, lv, &lv->gates[i], r, NULL) == G_FAIL)
			return 1;
	return 0;
}

/* Consecutive periods back from the latest for which pred holds. */
static int
streak(const struct tier *t, const struct tagent *a, const struct level *lv,
    int (*pred)(const struct tier *, const struct level *,
    const struct trow *))
{
	const struct trow *r, *next = NULL;
	size_t i;
	int k = 0;

	if (latest_row(t, a) == NULL)
		return 0;
	for (i = a->nrows; i-- > 0; next = r) {
		r = &a->rows[i];
		if (next != NULL && t->periods[r->period].end !=
		    t->periods[next->period].start)
			break;
		if (!pred(t, lv, r))
			break;
		k++;
	}
	return k;
}

/* The step of the agent's limit on its level's ladder (-1: below it). */
static int
limit_step(const struct level *lv, const struct decimal *limit)
{
	int i;

	for (i = (int)lv->nlimits - 1; i >= 0; i--)
		if (decimal_cmp(&lv->limits[i], limit) <= 0)
			return i;
	return -1;
}

static void
tenure_format(struct strbuf *sb, int tenure10)
{
	struct decimal d = { tenure10, 1 };

	add_decimal(sb, &d);
}


/*
 * Evaluates one agent into a->action, rec_*, reasons and blocked; with ex,
 * also writes the gate lines of --explain into it.
 */
static void
agent_eval(struct tier *t, struct tagent *a, struct strbuf *ex)
{
	const struct policy *pol = t->pol;
	const struct level *lv = &pol->levels[a->level - 1], *glv;
	const struct level *next = (size_t)a->level < pol->nlevels ?
	    lv + 1 : NULL;
	const struct trow *r = latest_row(t, a);
	struct strbuf tok = { 0 }, nd = { 0 };
	enum gstate st;
	int step, shortk, k, i, need, pass_all = 1, raise = 0;
	int64_t day;
	char date[16];

	a->reasons.len = 0;
	a->blocked.len = 0;
	a->rec_level = a->level;
	a->rec_limit = a->limit;
	a->action = A_HOLD;
	step = limit_step(lv, &a->limit);
	shortk = streak(t, a, lv, row_short);
	if (shortk >= pol->review) {
		/* sustained shortfall: the level's own gates */
		a->action = A_REVIEW;
		glv = lv;
		k = -1;
	} else if (step < (int)lv->nlimits - 1) {
		raise = 1;
		glv = lv;
		k = streak(t, a, lv, row_qualifies);
	} else if (next != NULL) {
		glv = next;
		k = streak(t, a, next, row_qualifies);
	} else {
		glv = lv;
		k = -1;
		pass_all = 0;	/* nothing above: a hold */
	}
	if (ex != NULL) {
		sb_printf(ex, "gates of level %d (%s), in %s:\n", glv->num,
		    glv->name, t->have_cur ? t->periods[t->by_rank[t->cur]].name
		    : "no period");
	}
	/* tenure, for a promotion */
	if (glv != lv && a->action != A_REVIEW) {
		tok.len = 0;
		sb_adds(&tok, "tenure ");
		if (a->tenure10 < 0) {
			sb_adds(&tok, "?");
			st = G_UNKNOWN;
		} else {
			tenure_format(&tok, a->tenure10);
			st = a->tenure10 >= glv->tenure10 ? G_PASS : G_FAIL;
			sb_adds(&tok, st == G_PASS ? ">=" : "<");
			tenure_format(&tok, glv->tenure10);
		}
		tok_sep(&a->reasons);
		sb_adds(&a->reasons, sb_str(&tok));
		if (st != G_PASS && a->blocked.len == 0)
			sb_adds(&a->blocked, sb_str(&tok));
		if (st != G_PASS)
			pass_all = 0;
		if (ex != NULL)
			sb_printf(ex, "  %-8s %s\n", gstate_names[st],
			    sb_str(&tok));
		if (ex != NULL && st == G_FAIL) {
			/* the first day with floor(days * 480 / 1461) >= T */
			day = a->hired + ((int64_t)glv->tenure10 * 1461 + 479) /
			    480;
			date_format(day * 86400000, date);
			tok_sep(&nd);
			sb_adds(&nd, "tenure ");
			tenure_format(&nd, glv->tenure10);
			sb_printf(&nd, " months, on %s", date);
		}
	}
	for (i = 0; i < (int)glv->ngates; i++) {
		const struct gate *g = &glv->gates[i];

		if (g->raise && !raise)
			continue;
		tok.len = 0;
		st = gate_eval(t, glv, g, r, &tok);
		tok_sep(&a->reasons);
		sb_adds(&a->reasons, sb_str(&tok));
		if (st != G_PASS && a->blocked.len == 0 &&
		    (a->action != A_REVIEW || st == G_FAIL))
			sb_adds(&a->blocked, sb_str(&tok));
		if (st != G_PASS)
			pass_all = 0;
		if (ex != NULL)
			sb_printf(ex, "  %-8s %s%s\n", gstate_names[st],
			    sb_str(&tok), g->raise ? " (for a raise)" : "");
		if (ex != NULL && st != G_PASS)
			gate_needed(t, glv, g, r, st, &nd);
	}
	if (k >= 0) {
		tok.len = 0;
		need = glv->periods;
		sb_printf(&tok, "periods %d%s%d", k, k >= need ? ">=" : "<",
		    need);
		tok_sep(&a->reasons);
		sb_adds(&a->reasons, sb_str(&tok));
		if (k < need) {
			pass_all = 0;
			if (a->blocked.len == 0)
				sb_adds(&a->blocked, sb_str(&tok));
			if (ex != NULL) {
				tok_sep(&nd);
				sb_printf(&nd, "%d qualifying period%s in a row "
				    "(now %d)", need, need == 1 ? "" : "s", k);
			}
		}
		if (ex != NULL)
			sb_printf(ex, "  %-8s %s (consecutive qualifying "
			    "periods)\n", k >= need ? "pass" : "FAIL",
			    sb_str(&tok));
	}
	if (shortk > 0) {
		tok.len = 0;
		sb_printf(&tok, "shortfall %d%s%d", shortk,
		    shortk >= pol->review ? ">=" : "<", pol->review);
		tok_sep(&a->reasons);
		sb_adds(&a->reasons, sb_str(&tok));
		if (ex != NULL)
			sb_printf(ex, "  %-8s %s (consecutive periods short "
			    "of level %d)\n", shortk >= pol->review ? "FAIL" :
			    "note", sb_str(&tok), lv->num);
	}
	if (ex != NULL && nd.len > 0)
		sb_printf(ex, "needed: %s\n", sb_str(&nd));
	sb_free(&nd);
	if (a->action != A_REVIEW && pass_all) {
		if (raise) {
			a->action = A_RAISE;
			a->rec_limit = lv->limits[step + 1];
		} else {
			a->action = A_PROMOTE;
			a->rec_level = next->num;
			if (decimal_cmp(&next->limits[0], &a->limit) > 0)
				a->rec_limit = next->limits[0];
		}
	}
	sb_free(&tok);
}

int
tier_evaluate(struct tier *t, int have_as_of, int64_t as_of)
{
	struct tperiod **order;
	struct tagent *a;
	size_t i, j, w;
	int64_t last = INT64_MIN, days;

	order = xreallocarray(NULL, t->nperiods + 1, sizeof(*order));
	for (i = 0; i < t->nperiods; i++)
		order[i] = &t->periods[i];
	if (t->nperiods > 1)
		qsort(order, t->nperiods, sizeof(*order), cmp_period);
	t->by_rank = xreallocarray(NULL, t->nperiods + 1, sizeof(size_t));
	for (i = 0; i < t->nperiods; i++) {
		order[i]->rank = i;
		t->by_rank[i] = (size_t)(order[i] - t->periods);
	}
	free(order);
	if (!have_as_of) {
		for (i = 0; i < t->nperiods; i++)
			if (t->periods[i].end > last)
				last = t->periods[i].end;
		if (t->nperiods == 0 || last == INT64_MAX) {
			emp_warn("no review date: %s; give --as-of",
			    t->nperiods == 0 ? "the scores have no agent rows" :
			    "the period 'all' has no end");
			return -1;
		}
		as_of = last - 1;
	}
	t->as_of = as_of;
	/* rows of periods that start after the review day do not count */
	sort_tier = t;
	for (i = 0; i < t->nagents; i++) {
		a = t->alist[i];
		for (j = w = 0; j < a->nrows; j++) {
			if (t->periods[a->rows[j].period].start > as_of) {
				row_free(&a->rows[j]);
				continue;
			}
			a->rows[w++] = a->rows[j];
			if (!t->have_cur ||
			    t->periods[a->rows[j].period].rank > t->cur) {
				t->cur = t->periods[a->rows[j].period].rank;
				t->have_cur = 1;
			}
		}
		a->nrows = w;
		if (a->nrows > 1)
			qsort(a->rows, a->nrows, sizeof(*a->rows), cmp_row);
	}
	if (t->nagents > 1)
		qsort(t->alist, t->nagents, sizeof(*t->alist), cmp_agent);
	for (i = 0; i < t->nagents; i++) {
		a = t->alist[i];
		if (!a->in_roster) {
			if (a->nrows > 0) {
				emp_warn("agent '%s' is in the scores but not "
				    "in the roster: not listed", a->name);
				t->scores_only++;
			}
			continue;
		}
		if (a->left <= as_of) {
			t->left++;
			continue;
		}
		if (a->hired != NOHIRE && a->hired > as_of) {
			t->unhired++;
			continue;
		}
		if (a->nrows == 0) {
			emp_warn("agent '%s' is in the roster but has no "
			    "scores", a->name);
			t->roster_only++;
		}
		a->listed = 1;
		if (a->hired == NOHIRE)
			a->tenure10 = -1;
		else {
			days = as_of - a->hired;
			a->tenure10 = days <= 0 ? 0 :
			    (int)(days * 480 / 1461);
		}
		agent_eval(t, a, NULL);
		t->count[a->action]++;
	}
	return 0;
}

static void
put_decimal(struct csv_writer *w, const struct decimal *d)
{
	char buf[48];

	csv_writer_field(w, buf, decimal_format(d, buf));
}

/* rec_limit x high-value, exactly (NULL when it does not fit). */
static int
high_value(const struct policy *pol, const struct decimal *lim,
    struct decimal *out)
{
	const struct decimal *hv = &pol->high_value;

	if (lim->scale + hv->scale > DEC_MAXDIGITS ||
	    (hv->m != 0 && lim->m > INT64_MAX / hv->m))
		return -1;
	out->m = lim->m * hv->m;
	out->scale = lim->scale + hv->scale;
	return 0;
}

static const char *
agent_team(const struct tagent *a)
{
	if (a->team != NULL && *a->team != '\0')
		return a->team;
	return a->sc_team != NULL ? a->sc_team : "";
}

void
tier_write(struct tier *t, struct csv_writer *w)
{
	struct strbuf sb = { 0 };
	struct tagent *a;
	struct decimal hv;
	size_t i;

	for (i = 0; i < TC_N; i++)
		csv_writer_str(w, tiers_cols[i]);
	csv_writer_endrow(w);
	for (i = 0; i < t->nagents; i++) {
		a = t->alist[i];
		if (!a->listed)
			continue;
		csv_writer_str(w, a->name);
		csv_writer_str(w, agent_team(a));
		sb.len = 0;
		if (a->tenure10 >= 0)
			tenure_format(&sb, a->tenure10);
		csv_writer_field(w, sb.s != NULL ? sb.s : "", sb.len);
		csv_writer_int(w, a->level);
		put_decimal(w, &a->limit);
		csv_writer_int(w, a->rec_level);
		put_decimal(w, &a->rec_limit);
		if (high_value(t->pol, &a->rec_limit, &hv) == 0)
			put_decimal(w, &hv);
		else
			csv_writer_str(w, "");
		csv_writer_str(w, tiers_actions[a->action]);
		csv_writer_str(w, sb_str(&a->reasons));
		csv_writer_str(w, sb_str(&a->blocked));
		csv_writer_endrow(w);
	}
	sb_free(&sb);
}

static void
explain_history(struct tier *t, struct tagent *a, const struct level *lv,
    int nper, struct strbuf *ex)
{
	const struct trow *r;
	struct strbuf tok = { 0 };
	size_t rank, j, i;
	int shown = 0;

	if (!t->have_cur)
		return;
	sb_printf(ex, "recent periods against level %d (%s):\n", lv->num,
	    lv->name);
	for (rank = t->cur + 1; rank-- > 0 && shown < nper; shown++) {
		r = NULL;
		for (j = 0; j < a->nrows; j++)
			if (t->periods[a->rows[j].period].rank == rank)
				r = &a->rows[j];
		sb_printf(ex, "  %-10s ", t->periods[t->by_rank[rank]].name);
		if (r == NULL) {
			sb_adds(ex, "no scores\n");
			continue;
		}
		if (row_qualifies(t, lv, r)) {
			sb_adds(ex, "qualifies\n");
			continue;
		}
		sb_adds(ex, row_short(t, lv, r) ? "short:" : "unknown:");
		for (i = 0; i < lv->ngates; i++) {
			if (lv->gates[i].raise)
				continue;
			tok.len = 0;
			if (gate_eval(t, lv, &lv->gates[i], r, &tok) !=
			    G_PASS)
				sb_printf(ex, " %s;", sb_str(&tok));
		}
		ex->len--;
		sb_addc(ex, '\n');
	}
	sb_free(&tok);
}

int
tier_explain(struct tier *t, const char *agent, struct strbuf *ex)
{
	const struct policy *pol = t->pol;
	struct tagent *a;
	const struct level *lv, *glv;
	struct decimal hv;
	char d1[16], d2[16];
	int step, nper;

	a = strmap_get(&t->agents, agent, strlen(agent));
	if (a == NULL || !a->in_roster)
		return -1;
	lv = &pol->levels[a->level - 1];
	sb_printf(ex, "agent %s, team %s\n", a->name, agent_team(a));
	date_format(t->as_of * 86400000, d1);
	sb_printf(ex, "as of %s; latest period %s; %zu period%s with scores\n",
	    d1, t->have_cur ? t->periods[t->by_rank[t->cur]].name : "none",
	    a->nrows, a->nrows == 1 ? "" : "s");
	if (!a->listed && a->left <= t->as_of) {
		date_format(a->left * 86400000, d2);
		sb_printf(ex, "left on %s: no recommendation\n", d2);
		return 0;
	}
	if (!a->listed) {
		date_format(a->hired * 86400000, d2);
		sb_printf(ex, "hired on %s, after the review day: no "
		    "recommendation\n", d2);
		return 0;
	}
	sb_printf(ex, "standing: level %d (%s), limit ", lv->num, lv->name);
	add_decimal(ex, &a->limit);
	if (a->tenure10 >= 0) {
		date_format(a->hired * 86400000, d2);
		sb_adds(ex, ", tenure ");
		tenure_format(ex, a->tenure10);
		sb_printf(ex, " months (hired %s)\n", d2);
	} else
		sb_adds(ex, ", tenure unknown (no hire date)\n");
	sb_printf(ex, "recommendation: %s: level %d, limit ",
	    tiers_actions[a->action], a->rec_level);
	add_decimal(ex, &a->rec_limit);
	if (high_value(pol, &a->rec_limit, &hv) == 0) {
		sb_adds(ex, " (");
		add_decimal(ex, &hv);
		sb_adds(ex, " for high-value customers)");
	}
	sb_addc(ex, '\n');
	step = limit_step(lv, &a->limit);
	glv = lv;
	if (a->action == A_REVIEW)
		sb_printf(ex, "why review: short of level %d in %d periods in "
		    "a row: a review with the team lead, not a demotion\n",
		    lv->num, pol->review);
	if (step < (int)lv->nlimits - 1) {
		sb_adds(ex, "next step: a raise to ");
		add_decimal(ex, &lv->limits[step + 1]);
		sb_printf(ex, " within level %d: its gates in %d period%s in "
		    "a row, and the raise gates in the latest\n", lv->num,
		    lv->periods, lv->periods == 1 ? "" : "s");
	} else if ((size_t)a->level < pol->nlevels) {
		glv = lv + 1;
		sb_printf(ex, "next step: promotion to level %d (%s): tenure "
		    "and its gates in %d period%s in a row\n", glv->num,
		    glv->name, glv->periods, glv->periods == 1 ? "" : "s");
	} else
		sb_adds(ex, "next step: none: the top limit of the top level\n");
	agent_eval(t, a, ex);
	if (a->blocked.len > 0)
		sb_printf(ex, "blocked by: %s\n", sb_str(&a->blocked));
	nper = glv->periods > pol->review ? glv->periods : pol->review;
	explain_history(t, a, a->action == A_REVIEW ? lv : glv, nper, ex);
	if (glv != lv)
		explain_history(t, a, lv, pol->review, ex);
	return 0;
}

void
tier_summary(const struct tier *t, struct strbuf *sb)
{
	char unhired[64] = "";

	if (t->unhired > 0)
		snprintf(unhired, sizeof(unhired), ", %llu not hired yet",
		    (unsigned long long)t->unhired);
	sb_printf(sb, "%llu agents: %llu promote, %llu raise, %llu hold, "
	    "%llu review; %llu in the scores but not the roster, %llu in "
	    "the roster without scores, %llu left%s; %llu rows rejected",
	    (unsigned long long)(t->count[0] + t->count[1] + t->count[2] +
	    t->count[3]), (unsigned long long)t->count[A_PROMOTE],
	    (unsigned long long)t->count[A_RAISE],
	    (unsigned long long)t->count[A_HOLD],
	    (unsigned long long)t->count[A_REVIEW],
	    (unsigned long long)t->scores_only,
	    (unsigned long long)t->roster_only,
	    (unsigned long long)t->left, unhired,
	    (unsigned long long)t->rejected);
}

uint64_t
tier_rejected(const struct tier *t)
{
	return t->rejected + t->badvalues;
}

void
tier_free(struct tier *t)
{
	struct tagent *a;
	size_t i, j;

	if (t == NULL)
		return;
	for (i = 0; i < t->nagents; i++) {
		a = t->alist[i];
		for (j = 0; j < a->nrows; j++)
			row_free(&a->rows[j]);
		free(a->rows);
		free(a->name);
		free(a->team);
		free(a->sc_team);
		sb_free(&a->reasons);
		sb_free(&a->blocked);
		free(a);
	}
	free(t->alist);
	for (i = 0; i < t->nperiods; i++)
		free(t->periods[i].name);
	free(t->periods);
	free(t->by_rank);
	strmap_free(&t->agents);
	strmap_free(&t->pmap);
	policy_free(t->pol);
	free(t);
}

static int
read_scores(void *arg, const char *path)
{
	return tier_read_scores(arg, path);
}

int
tier_run(const struct tier_opts *o, int argc, char *argv[])
{
	struct output out;
	struct strbuf sb = { 0 };
	struct policy *pol;
	struct tier *t;
	int status = EXIT_OK;

	/* a bad policy file is a bad option; a bad built-in one, our bug */
	pol = o->policy != NULL ? policy_load(o->policy, &sb) :
	    policy_default(&sb);
	if (pol == NULL)
		emp_warn("%s", sb_str(&sb));
	sb_free(&sb);
	if (pol == NULL)
		return o->policy != NULL ? EXIT_USAGE : EXIT_FAIL;

	t = tier_new(pol);
	if (tier_read_roster(t, o->roster) == -1)
		status = EXIT_FAIL;
	if (cli_each_input(argc, argv, read_scores, t) != EXIT_OK)
		status = EXIT_FAIL;
	if (status != EXIT_OK) {
		tier_free(t);
		emp_warn("nothing written: the scores and the roster could "
		    "not all be read");
		return EXIT_FAIL;
	}
	if (tier_evaluate(t, o->have_as_of, o->as_of) == -1) {
		tier_free(t);
		return EXIT_FAIL;
	}
	if (o->explain != NULL) {
		if (tier_explain(t, o->explain, &sb) == -1) {
			sb_free(&sb);
			tier_free(t);
			emp_warn("agent '%s' is not in the roster %s",
			    o->explain, o->roster);
			return EXIT_FAIL;
		}
		fputs(sb_str(&sb), stdout);
		sb_free(&sb);
		tier_free(t);
		return emp_exit_stdout();
	}
	cli_output_open(&o->cli, &out);
	tier_write(t, &out.w);
	if (!o->cli.quiet)
		tier_summary(t, &sb);
	status = cli_finish(&o->cli, status, tier_rejected(t), &sb);
	tier_free(t);
	if (output_commit(&out) == -1)
		status = EXIT_FAIL;
	return status;
}
