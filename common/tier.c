/*
 * tier.c: the tier engine (tier.h states the rules).
 */
#include <errno.h>
#include <pwd.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "csvio.h"
#include "evidence.h"
#include "exposure.h"
#include "hash.h"
#include "parse.h"
#include "policy.h"
#include "roster.h"
#include "schema.h"
#include "scoresin.h"
#include "table.h"
#include "termsafe.h"
#include "tier.h"

static int64_t	local_today(void);
static const struct scoresin_ops scores_ops;

#define SLOT_INDEX	M_N		/* the slot map's entry for the index */
#define NOHIRE		INT64_MIN
#define NOEXIT		INT64_MAX

struct trow {
	size_t		 period;	/* index into t->periods */
	struct ev_stat	*st;		/* per slot */
};

enum action {	/* schema.h's tiers_actions[] */
	A_HOLD = TA_HOLD, A_PROMOTE = TA_PROMOTE, A_RAISE = TA_RAISE,
	A_REVIEW = TA_REVIEW
};

struct tagent {
	char		*name;
	char		*team;		/* the roster's */
	char		*sc_team;	/* the latest input row's */
	int		 in_roster;
	unsigned long	 line;		/* of the roster */
	int64_t		 since;		/* its effective day; INT64_MIN: none */
	int64_t		 hired, left;	/* days */
	int		 level;
	struct decimal	 limit;
	struct trow	*rows;
	size_t		 nrows, caprows;
	/* the evaluation */
	int		 listed;
	int		 tenure10;	/* -1: unknown */
	struct ev_stat	*pool;		/* per slot, over the window */
	size_t		 nwin;		/* periods of the window with a row */
	enum action	 action;
	int		 rec_level;
	struct decimal	 rec_limit;
	struct strbuf	 reasons;
	struct strbuf	 blocked;
	/* --plan (tier.h): the largest sample of the qa gates that bear on
	 * the recommendation (qa_gated: there is one), what the window
	 * lacks of it */
	int		 qa_gated;
	uint64_t	 qa_sample, qa_needed;
	/* under --compare's policy (alt_ok 0: its levels do not have the
	 * agent's) */
	int		 alt_ok;
	int		 alt_level;
	struct decimal	 alt_limit;
	enum action	 alt_action;
	/* --accept */
	size_t		 raw;		/* the roster row in force: t->raw[] */
	int		 accept;	/* a new row to write */
};

/* A roster row as read (--accept writes them all back). */
struct rawrow {
	char		**f;
	size_t		 *len;
	size_t		  n;
	unsigned long	  line;
	int		  header;	/* the header, or a repeat of it */
};

struct tperiod {
	char		*name;
	int64_t		 start, end;	/* days; end is the day after */
	size_t		 rank;		/* order by start */
	int		 in_window;
};

/* One rung of the ladder: a limit of a level. */
struct rung {
	const struct level *lv;
	size_t		 step;		/* index into lv->limits */
};

struct tier {
	struct policy	*pol;
	int		 slot[M_N + 1];	/* metric -> slot, or -1 */
	int		 slot_metric[M_N + 1];
	int		 nslot;
	struct rung	*rungs;
	size_t		 nrungs;
	struct strmap	 agents;
	struct tagent	**alist;
	size_t		 nagents, capagents;
	struct scoresin	 si;		/* the scores' reader, its periods */
	struct tperiod	*periods;
	size_t		 nperiods, capperiods;
	size_t		*by_rank;	/* rank -> period index */
	int		 include_partial;
	int64_t		 today;		/* days; for the default review day */
	int64_t		 as_of;
	int64_t		 win_from, win_to;	/* days, inclusive */
	size_t		 win_first, win_last;	/* ranks */
	size_t		 nwin;		/* periods in the window */
	uint64_t	 rejected, scores_only, roster_only, left;
	uint64_t	 unhired;	/* hired after the review day */
	uint64_t	 badvalues;	/* score values taken as unknown */
	uint64_t	 lost;		/* means the scores left empty */
	uint64_t	 count[4];
	int		 roster_read;
	/* --compare: the second policy, its ladder, what it moves */
	struct policy	*alt_pol;
	char		*alt_name;
	struct rung	*alt_rungs;
	size_t		 alt_nrungs;
	uint64_t	 alt_moved;
	/* --plan: the QA evaluations needed, and by how many agents */
	int		 plan;
	uint64_t	 plan_evals, plan_agents;
	/* --accept: the roster's rows as read, and its columns */
	int		 keep_raw;
	int		 raw_tsv;	/* the roster was TSV */
	struct rawrow	*raw;
	size_t		 nraw, capraw;
	unsigned long	 raw_broken;	/* the line of a broken record; 0 */
	int		 rc_level, rc_limit, rc_effective, rc_by, rc_at;
	uint64_t	 accepted, acc_count[4], nlisted;
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

/* The slots of pol's gate metrics, and its ladder into *rungs (*n). */
static void
use_policy(struct tier *t, struct policy *pol, struct rung **rungs,
    size_t *n)
{
	size_t i, j;

	for (i = 0; i < pol->nlevels; i++) {
		for (j = 0; j < pol->levels[i].ngates; j++)
			use_metric(t, pol->levels[i].gates[j].metric);
		for (j = 0; j < pol->levels[i].nlimits; j++) {
			*rungs = xreallocarray(*rungs, *n + 1,
			    sizeof(**rungs));
			(*rungs)[*n].lv = &pol->levels[i];
			(*rungs)[(*n)++].step = j;
		}
	}
}

struct tier *
tier_new(struct policy *pol)
{
	struct tier *t = xcalloc(1, sizeof(*t));
	size_t i;

	t->pol = pol;
	for (i = 0; i <= M_N; i++)
		t->slot[i] = -1;
	use_policy(t, pol, &t->rungs, &t->nrungs);
	strmap_init(&t->agents, 0);
	scoresin_init(&t->si, t->slot_metric, t->nslot, SCORESIN_WARN,
	    "evidence windows", &scores_ops, t, &t->rejected, &t->badvalues);
	t->today = INT64_MAX;
	return t;
}

void
tier_set_today(struct tier *t, int64_t today, int include_partial)
{
	t->today = today;
	t->include_partial = include_partial;
}

void
tier_set_compare(struct tier *t, struct policy *pol, const char *name)
{
	t->alt_pol = pol;
	t->alt_name = xstrdup(name);
	use_policy(t, pol, &t->alt_rungs, &t->alt_nrungs);
}

void
tier_set_plan(struct tier *t)
{
	t->plan = 1;
}

void
tier_keep_roster(struct tier *t)
{
	t->keep_raw = 1;
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

/* ---- the scores (scoresin.h) into per-agent rows ---- */

static void
scores_period(void *arg, size_t index, const char *name, int64_t start,
    int64_t end)
{
	struct tier *t = arg;
	struct tperiod *p;

	(void)index;	/* t->nperiods */
	if (t->nperiods == t->capperiods) {
		t->capperiods = t->capperiods ? 2 * t->capperiods : 32;
		t->periods = xreallocarray(t->periods, t->capperiods,
		    sizeof(*t->periods));
	}
	p = &t->periods[t->nperiods++];
	memset(p, 0, sizeof(*p));
	p->name = xstrdup(name);
	p->start = start;
	p->end = end;
}

static void *
scores_agent(void *arg, const char *key, size_t len)
{
	(void)len;	/* key is NUL-terminated: no SCORESIN_TRIM */
	return agent_get(arg, key);
}

/* The agent's row for period p, new and empty when there is none; when
 * there is one, NULL (a duplicate in scores), or with add, that row (the
 * sums of partial files add up). */
static struct trow *
row_new(struct tier *t, struct tagent *a, size_t p, int add)
{
	struct trow *row;
	size_t i;

	for (i = 0; i < a->nrows; i++)
		if (a->rows[i].period == p)
			return add ? &a->rows[i] : NULL;
	if (a->nrows == a->caprows) {
		a->caprows = a->caprows ? 2 * a->caprows : 8;
		a->rows = xreallocarray(a->rows, a->caprows, sizeof(*a->rows));
	}
	row = &a->rows[a->nrows++];
	row->period = p;
	row->st = xcalloc((size_t)t->nslot + 1, sizeof(*row->st));
	return row;
}

static void *
scores_row(void *arg, void *a, size_t p, int add)
{
	return row_new(arg, a, p, add);
}

static void
scores_fill(void *arg, void *r, const struct ev_stat *st, int add)
{
	struct tier *t = arg;
	struct trow *row = r;
	int k;

	for (k = 0; k < t->nslot; k++) {
		if (add)
			evidence_add(&row->st[k], &st[k]);
		else
			row->st[k] = st[k];
	}
}

static void
scores_team(void *arg, void *agent, const char *team, size_t len)
{
	struct tagent *a = agent;

	(void)arg;
	free(a->sc_team);
	a->sc_team = xstrndup(team, len);
}

static const struct scoresin_ops scores_ops = {
	scores_period, scores_agent, scores_row, scores_fill, scores_team
};

int
tier_read_scores(struct tier *t, const char *path)
{
	/* --compare adds slots after tier_new() */
	t->si.nslot = t->nslot;
	return scoresin_read(&t->si, path);
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

/* Keeps a copy of a roster record (--accept writes it back). */
static void
raw_add(struct tier *t, const struct csv_record *r, int header)
{
	struct rawrow *w;
	size_t i;

	if (t->nraw == t->capraw) {
		t->capraw = t->capraw ? 2 * t->capraw : 64;
		t->raw = xreallocarray(t->raw, t->capraw, sizeof(*t->raw));
	}
	w = &t->raw[t->nraw++];
	w->n = r->nfields;
	w->line = r->line;
	w->header = header;
	w->f = xreallocarray(NULL, r->nfields + 1, sizeof(*w->f));
	w->len = xreallocarray(NULL, r->nfields + 1, sizeof(*w->len));
	for (i = 0; i < r->nfields; i++) {
		w->f[i] = xmalloc(r->lens[i] + 1);
		memcpy(w->f[i], r->fields[i], r->lens[i]);
		w->f[i][r->lens[i]] = '\0';
		w->len[i] = r->lens[i];
	}
}

static const char *const level_cols[] = { "level", "current level", NULL };
static const char *const limit_cols[] = { "limit", "current limit", NULL };

int
tier_roster_cols(struct table *tb, struct tier_rcols *c)
{
	static const char *const c_hired[] = {
		"hired", "hire date", "start date", NULL
	};
	static const char *const c_exit[] = {
		"exit", "exit date", "end date", "termination date", NULL
	};

	c->agent = table_col(tb, "agent");
	c->team = table_col(tb, "team");
	c->hired = table_col_any(tb, c_hired);
	c->exit = table_col_any(tb, c_exit);
	c->level = table_col_any(tb, level_cols);
	c->limit = table_col_any(tb, limit_cols);
	c->role = table_col(tb, "role");
	c->effective = table_col(tb, "effective");
	if (c->agent < 0 || c->level < 0) {
		table_no_column(tb, "a roster", c->agent < 0 ? "agent" :
		    "level");
		return -1;
	}
	return 0;
}

int
tier_roster_row(struct table *tb, const struct csv_record *r,
    const struct tier_rcols *c, const struct policy *pol, int64_t not_after,
    struct tier_rrow *out)
{
	const char *s;
	char *end;
	size_t n;
	int rv, flags, role;

	s = csv_record_field_len(r, c->agent, &n);
	parse_trim(&s, &n);
	if (n == 0) {
		table_reject(tb, r->line, "field 'agent': no agent");
		return -1;
	}
	out->name = s;
	out->namelen = n;
	if (csv_header_find(r, "agent") == c->agent &&
	    csv_header_find_any(r, level_cols) == c->level)
		return 0;	/* a repeated header */
	/*
	 * The roster also says who decides challenges (roster.h): a lead or
	 * an admin without a level is staff, not an agent to tier, and is
	 * left out without a word; one with a level is tiered as any agent.
	 */
	s = csv_record_field_len(r, c->role, &n);
	parse_trim(&s, &n);
	if ((role = roster_role(s, n)) < 0) {
		table_reject(tb, r->line, "field 'role': unknown role '%.*s': "
		    "use agent, lead or admin", (int)(n > 40 ? 40 : n), s);
		return -1;
	}
	s = csv_record_field_len(r, c->level, &n);
	parse_trim(&s, &n);
	if (n == 0 && role != ROLE_AGENT)
		return 0;
	/* dated rows (roster.h) */
	out->since = INT64_MIN;
	if (c->effective >= 0 && *csv_record_field(r, c->effective) != '\0') {
		if (roster_date(tb, r, c->effective, "effective",
		    &out->since) == -1)
			return -1;
		if (out->since > not_after)
			return 0;	/* not in force yet */
	}
	s = csv_record_field(r, c->level);
	errno = 0;
	out->level = strtol(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || errno != 0 ||
	    out->level < 1 || (size_t)out->level > pol->nlevels) {
		table_reject(tb, r->line, "field 'level': invalid level '%s': "
		    "the policy has levels 1 to %zu", s, pol->nlevels);
		return -1;
	}
	s = csv_record_field(r, c->limit);
	flags = 0;
	rv = parse_number(s, strlen(s), &flags, &out->limit);
	if (rv == PARSE_EMPTY)
		out->limit = pol->levels[out->level - 1].limits[0];
	else if (rv != PARSE_OK || (flags & PN_PERCENT) ||
	    out->limit.m < 0) {
		table_reject(tb, r->line, "field 'limit': invalid amount '%s'",
		    s);
		return -1;
	}
	s = csv_record_field_len(r, c->team, &n);
	parse_trim(&s, &n);
	out->team = s;
	out->teamlen = n;
	return 1;
}

int
tier_read_roster(struct tier *t, const char *path)
{
	struct table tb;
	struct csv_record *r;
	struct tagent *a;
	const struct level *lv;
	struct tier_rcols c;
	struct tier_rrow row;
	int64_t hired, left, today = local_today();
	int rv;
	char lo[32], hi[32], *name, why[160];

	t->roster_read = 1;
	if (table_open(&tb, path, 0) == -1)
		return -1;
	/* every record comes here, checked below, so that --accept can
	 * keep the ones the table would refuse too */
	tb.flags |= TABLE_RAW;
	if (tier_roster_cols(&tb, &c) == -1) {
		table_close(&tb);
		return -1;
	}
	if (t->keep_raw) {
		raw_add(t, &tb.head, 1);
		t->raw_tsv = csv_reader_delim(tb.rd) == '\t';
		t->rc_level = c.level;
		t->rc_limit = c.limit;
		t->rc_effective = c.effective;
		t->rc_by = table_col(&tb, "accepted_by");
		t->rc_at = table_col(&tb, "accepted");
	}
	while ((rv = table_next(&tb, &r)) == 1) {
		if (t->keep_raw) {
			raw_add(t, r, csv_header_find(r, "agent") == c.agent &&
			    csv_header_find_any(r, level_cols) == c.level);
			if (r->err != NULL && t->raw_broken == 0)
				t->raw_broken = r->line;
		}
		if (csv_record_check(r, tb.head.nfields, NULL, why,
		    sizeof(why)) == -1) {
			table_reject(&tb, r->line, "%s", why);
			continue;
		}
		/* the row in force today counts */
		if (tier_roster_row(&tb, r, &c, t->pol, today, &row) != 1)
			continue;
		lv = &t->pol->levels[row.level - 1];
		hired = NOHIRE;
		left = NOEXIT;
		if (roster_date(&tb, r, c.hired, "hired", &hired) == -1 ||
		    roster_date(&tb, r, c.exit, "exit", &left) == -1)
			continue;
		if (decimal_cmp(&row.limit, &lv->limits[0]) < 0 ||
		    decimal_cmp(&row.limit, &lv->limits[lv->nlimits - 1]) > 0) {
			/* kept: the roster says what the agent has now */
			decimal_format(&lv->limits[0], lo);
			decimal_format(&lv->limits[lv->nlimits - 1], hi);
			emp_warn("%s:%lu: field 'limit': %s is outside level "
			    "%ld's limits, %s to %s", tb.name, r->line,
			    csv_record_field(r, c.limit), row.level, lo, hi);
		}
		/* names trimmed as emp-ingest trims them */
		name = xstrndup(row.name, row.namelen);
		a = agent_get(t, name);
		free(name);
		if (a->in_roster && a->since == row.since) {
			table_reject(&tb, r->line, "agent '%s' is in the "
			    "roster already (line %lu)%s: this row is ignored",
			    a->name, a->line, row.since == INT64_MIN ? "" :
			    " with the same effective date");
			continue;
		}
		if (a->in_roster && a->since > row.since)
			continue;	/* an older row */
		a->in_roster = 1;
		a->line = r->line;
		a->since = row.since;
		a->raw = t->nraw - 1;
		free(a->team);
		a->team = xstrndup(row.team, row.teamlen);
		a->hired = hired;
		a->left = left;
		a->level = (int)row.level;
		a->limit = row.limit;
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

/*
 * A gate over the window: pass (the pooled value clears the threshold
 * from at least the sample), short (it does not, but the 95% interval
 * reaches the threshold: not clear), FAIL (the whole interval is on the
 * wrong side: a clear shortfall) or unknown (too small a sample, or no
 * value).
 */
enum gstate { G_PASS, G_SHORT, G_FAIL, G_UNKNOWN };

static const char *const gstate_names[] = {
	"pass", "short", "FAIL", "unknown"
};

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

static void
add_num(struct strbuf *sb, double v, int dec)
{
	char buf[64];

	num_fmt(buf, sizeof(buf), v, dec, 0);
	sb_adds(sb, buf);
}

static int
metric_dec(int metric)
{
	return metric == PM_INDEX ? 1 : metrics[metric].decimals;
}

/* The sample a gate needs; 0 for metrics without a count. */
static uint64_t
gate_need(const struct level *lv, const struct gate *g)
{
	if (!policy_metric_has_n(g->metric))
		return 0;
	return (uint64_t)(g->min_n >= 0 ? g->min_n : lv->sample);
}

/*
 * One gate over pooled evidence st (per slot; NULL: none): its state and,
 * in tok when not NULL, "qa 91.25>=85 (n=12)", "fcr 0.45<0.7 (n=160, 95%
 * 0.37-0.53: clear)", "fcr 0.66<0.7 (n=40, 95% 0.51-0.78: not clear)",
 * "qa ? (n=2<4: needs 2 more QA evaluations)".
 */
static enum gstate
gate_eval(const struct tier *t, const struct level *lv, const struct gate *g,
    const struct ev_stat *st, struct strbuf *tok)
{
	const int m = g->metric, k = slot_of(t, m);
	const struct ev_stat *s = st != NULL ? &st[k] : NULL;
	static const struct ev_stat none;
	uint64_t need = gate_need(lv, g), n;
	double v = 0, th = decimal_double(&g->value), lo, hi, eps;
	int hv, pass, hasiv = 0, dec = metric_dec(m);
	enum gstate state;

	if (s == NULL)
		s = &none;
	hv = evidence_value(s, m, &v);
	n = s->n;
	if (tok != NULL) {
		sb_adds(tok, policy_metric_name(m));
		sb_addc(tok, ' ');
	}
	if (!hv || n < need) {
		/* nothing known for want of the column, not of evidence */
		if (!hv && n == 0 && s->lost == 0 && k >= 0 &&
		    t->si.nocol[k]) {
			if (tok != NULL)
				sb_adds(tok, "? (no column in the scores)");
			return G_UNKNOWN;
		}
		if (tok != NULL) {
			if (hv)
				add_num(tok, v, dec);
			else
				sb_addc(tok, '?');
			if (policy_metric_has_n(m) && n < need) {
				sb_printf(tok, " (n=%llu<%llu: needs %llu more "
				    "%s", (unsigned long long)n,
				    (unsigned long long)need,
				    (unsigned long long)(need - n),
				    evidence_noun(m, need - n));
				if (s->lost > 0)
					sb_printf(tok, "; %llu more in periods "
					    "below emp-score's minimum sample, "
					    "which scores leave empty",
					    (unsigned long long)s->lost);
				sb_addc(tok, ')');
			} else if (policy_metric_has_n(m))
				sb_printf(tok, " (n=%llu: no value)",
				    (unsigned long long)n);
		}
		return G_UNKNOWN;
	}
	eps = 1e-9 * (fabs(th) > 1 ? fabs(th) : 1);
	pass = g->op == GATE_MIN ? v >= th - eps : v <= th + eps;
	if (pass)
		state = G_PASS;
	else {
		hasiv = evidence_interval(s, m, &lo, &hi) == 0;
		state = hasiv && (g->op == GATE_MIN ? hi < th - eps :
		    lo > th + eps) ? G_FAIL : G_SHORT;
	}
	if (tok == NULL)
		return state;
	add_num(tok, v, dec);
	sb_adds(tok, g->op == GATE_MIN ? (pass ? ">=" : "<") :
	    (pass ? "<=" : ">"));
	add_decimal(tok, &g->value);
	/* " (n=40, 95% 0.51-0.78: not clear)", " (2 periods)", "" */
	if (policy_metric_has_n(m))
		sb_printf(tok, " (n=%llu", (unsigned long long)n);
	else if (evidence_per_period(m))
		sb_printf(tok, " (%llu period%s", (unsigned long long)s->den,
		    s->den == 1 ? "" : "s");
	if (!pass && hasiv) {
		sb_adds(tok, ", 95% ");
		add_num(tok, lo, metrics[m].shape == SHAPE_RATE ?
		    SCORES_INTERVAL_DEC : dec);
		sb_addc(tok, '-');
		add_num(tok, hi, metrics[m].shape == SHAPE_RATE ?
		    SCORES_INTERVAL_DEC : dec);
		sb_adds(tok, state == G_FAIL ? ": clear" : ": not clear");
	} else if (!pass)
		sb_adds(tok, policy_metric_has_n(m) || evidence_per_period(m) ?
		    ": no interval" : " (no interval");
	if (policy_metric_has_n(m) || evidence_per_period(m) || !pass)
		sb_addc(tok, ')');
	return state;
}

static void
tenure_format(struct strbuf *sb, int tenure10)
{
	struct decimal d = { tenure10, 1 };

	add_decimal(sb, &d);
}

/* The first day with tenure >= tenure10: floor(days * 480 / 1461). */
static int64_t
tenure_day(const struct tagent *a, int tenure10)
{
	return a->hired + ((int64_t)tenure10 * 1461 + 479) / 480;
}

static const struct decimal *
rung_limit(const struct rung *r)
{
	return &r->lv->limits[r->step];
}

/*
 * Whether the agent may stand on rung r: its tenure and the gates of its
 * level (with the raise-only ones above the level's first limit), all
 * passing over the window.  Tokens go to tok ("; "-separated), the first
 * that does not pass to first; with ex, the gate lines of --explain.
 */
static int
rung_check(const struct tier *t, const struct tagent *a, const struct rung *r,
    struct strbuf *tok, struct strbuf *first)
{
	const struct level *lv = r->lv;
	int need = lv->tenure10[r->step], ok = 1;
	struct strbuf one = { 0 };
	size_t i;

	if (need > 0) {
		sb_adds(&one, "tenure ");
		if (a->tenure10 < 0) {
			sb_adds(&one, "? (no hire date; needs ");
			tenure_format(&one, need);
			sb_addc(&one, ')');
			ok = 0;
		} else {
			tenure_format(&one, a->tenure10);
			sb_adds(&one, a->tenure10 >= need ? ">=" : "<");
			tenure_format(&one, need);
			ok = a->tenure10 >= need;
		}
		if (!ok && first != NULL)
			sb_adds(first, sb_str(&one));
		tok_sep(tok);
		sb_adds(tok, sb_str(&one));
	}
	for (i = 0; i < lv->ngates; i++) {
		const struct gate *g = &lv->gates[i];

		if (g->raise && r->step == 0)
			continue;
		one.len = 0;
		if (gate_eval(t, lv, g, a->pool, &one) != G_PASS) {
			ok = 0;
			if (first != NULL && first->len == 0)
				sb_adds(first, sb_str(&one));
		}
		tok_sep(tok);
		sb_adds(tok, sb_str(&one));
	}
	sb_free(&one);
	return ok;
}

/* The agent's rung: the highest of its level at or below its limit; the
 * one before the level's first when its limit is below them all. */
static int
agent_rung(const struct tier *t, const struct tagent *a)
{
	int i, pos = -1;

	for (i = 0; i < (int)t->nrungs; i++) {
		if (t->rungs[i].lv->num < a->level)
			pos = i;
		else if (t->rungs[i].lv->num == a->level &&
		    decimal_cmp(rung_limit(&t->rungs[i]), &a->limit) <= 0)
			pos = i;
	}
	return pos;
}

/* The next rung above rung r that is above the agent's standing (one of
 * its own level above its limit, or of a higher level); t->nrungs when
 * there is none.  From r = agent_rung(): the first to climb to. */
static int
next_rung(const struct tier *t, const struct tagent *a, int r)
{
	while (++r < (int)t->nrungs && t->rungs[r].lv->num == a->level &&
	    decimal_cmp(rung_limit(&t->rungs[r]), &a->limit) <= 0)
		;	/* a limit above the level's ladder */
	return r;
}

/*
 * --plan: the qa gates of level lv that apply on its rung step (the raise
 * gates only above the level's first limit; step 0 for the review check,
 * which has none of them) raise a->qa_sample to their sample.
 */
static void
qa_gates(const struct level *lv, size_t step, struct tagent *a)
{
	const struct gate *g;
	uint64_t need;
	size_t i;

	for (i = 0; i < lv->ngates; i++) {
		g = &lv->gates[i];
		if (g->metric != M_QA || (g->raise && step == 0))
			continue;
		need = gate_need(lv, g);
		a->qa_gated = 1;
		if (need > a->qa_sample)
			a->qa_sample = need;
	}
}

/* a->qa_needed from a->qa_sample and the QA evaluations of the window. */
static void
qa_plan(const struct tier *t, struct tagent *a)
{
	int k = slot_of(t, M_QA);
	uint64_t n = k >= 0 && a->pool != NULL ? a->pool[k].n : 0;

	a->qa_needed = a->qa_gated && n < a->qa_sample ?
	    a->qa_sample - n : 0;
}

/*
 * Evaluates one agent into a->action, rec_*, reasons and blocked:
 *  - review, when a gate of its level falls clearly short over the window;
 *  - else the highest rung above its own that its tenure and the window
 *    allow, climbing rung by rung and stopping at the first that does not
 *    pass: promote when that rung is of a higher level, raise when it is
 *    a higher limit of the same;
 *  - else hold, blocked by the first thing the next rung lacks.
 * Nothing ever lowers a level or a limit.
 */
static void
agent_eval(struct tier *t, struct tagent *a)
{
	const struct level *lv = &t->pol->levels[a->level - 1];
	struct strbuf tok = { 0 }, first = { 0 }, one = { 0 };
	int r, best = -1;
	size_t i;

	a->reasons.len = 0;
	a->blocked.len = 0;
	a->rec_level = a->level;
	a->rec_limit = a->limit;
	a->action = A_HOLD;
	a->qa_gated = 0;
	a->qa_sample = 0;
	qa_gates(lv, 0, a);
	for (i = 0; i < lv->ngates; i++) {
		if (lv->gates[i].raise)
			continue;
		one.len = 0;
		if (gate_eval(t, lv, &lv->gates[i], a->pool, &one) == G_FAIL) {
			tok_sep(&a->blocked);
			sb_adds(&a->blocked, sb_str(&one));
			a->action = A_REVIEW;
		}
		tok_sep(&a->reasons);
		sb_adds(&a->reasons, sb_str(&one));
	}
	sb_free(&one);
	if (a->action == A_REVIEW) {
		qa_plan(t, a);
		return;
	}
	for (r = next_rung(t, a, agent_rung(t, a)); r < (int)t->nrungs;
	    r = next_rung(t, a, r)) {
		tok.len = 0;
		first.len = 0;
		if (!rung_check(t, a, &t->rungs[r], &tok, &first))
			break;
		best = r;
		sb_free(&a->reasons);
		a->reasons = tok;
		memset(&tok, 0, sizeof(tok));
	}
	if (best >= 0) {
		const struct rung *B = &t->rungs[best];

		a->action = B->lv->num > a->level ? A_PROMOTE : A_RAISE;
		a->rec_level = B->lv->num;
		if (decimal_cmp(rung_limit(B), &a->limit) > 0)
			a->rec_limit = *rung_limit(B);
	} else if (r < (int)t->nrungs) {
		sb_free(&a->reasons);
		a->reasons = tok;
		memset(&tok, 0, sizeof(tok));
		sb_adds(&a->blocked, sb_str(&first));
	}
	/* the rung where the climb stops */
	if (r < (int)t->nrungs)
		qa_gates(t->rungs[r].lv, t->rungs[r].step, a);
	qa_plan(t, a);
	sb_free(&tok);
	sb_free(&first);
}

/* The review day: --as-of, else the last day of the latest period, but
 * not after yesterday. */
static int64_t
review_day(const struct tier *t, int have_as_of, int64_t as_of)
{
	int64_t last = INT64_MIN;
	size_t i;

	if (have_as_of)
		return as_of;
	for (i = 0; i < t->nperiods; i++)
		if (t->periods[i].end > last)
			last = t->periods[i].end;
	last--;
	if (t->today != INT64_MAX && t->today - 1 < last)
		last = t->today - 1;
	return last;
}

/* Marks the periods of the window that ends on day E (exclusive);
 * returns how many there are. */
static size_t
window_mark(struct tier *t, int64_t E)
{
	int64_t W0 = E - t->pol->window;
	struct tperiod *p;
	size_t i;

	t->nwin = 0;
	t->win_from = INT64_MAX;
	t->win_to = E - 1;
	for (i = 0; i < t->nperiods; i++) {
		p = &t->periods[t->by_rank[i]];
		p->in_window = p->start < E && p->end > W0 &&
		    (t->include_partial || p->end <= E);
		if (!p->in_window)
			continue;
		if (t->nwin == 0) {
			t->win_first = i;
			t->win_from = p->start;
		}
		t->win_last = i;
		t->nwin++;
	}
	return t->nwin;
}

/*
 * The evidence window: the whole periods (ending on or before the review
 * day; with include_partial, also the one the review day is in) that
 * overlap the policy's window of days ending with the latest of them.
 * -1 (reported) when there is no such period.
 */
static int
window_set(struct tier *t)
{
	int64_t E = INT64_MIN;
	size_t i;
	struct tperiod *p;
	char d[16];

	for (i = 0; i < t->nperiods; i++) {
		p = &t->periods[i];
		if (t->include_partial) {
			/* the end of the period the review day is in */
			if (p->start <= t->as_of && p->end > E)
				E = p->end;
		} else if (p->end <= t->as_of + 1 && p->end > E)
			E = p->end;
	}
	if (E != INT64_MIN && window_mark(t, E) > 0)
		return 0;
	t->nwin = 0;
	for (i = 0; i < t->nperiods; i++)
		t->periods[i].in_window = 0;
	date_format(t->as_of * 86400000, d);
	emp_warn("no whole period on or before the review day, %s: no "
	    "evidence, every agent holds (--as-of, --include-partial)", d);
	return 0;
}

static void
window_name(const struct tier *t, struct strbuf *sb)
{
	if (t->nwin == 0)
		return;
	sb_adds(sb, t->periods[t->by_rank[t->win_first]].name);
	if (t->win_last != t->win_first) {
		sb_adds(sb, "..");
		sb_adds(sb, t->periods[t->by_rank[t->win_last]].name);
	}
}

/*
 * Every listed agent under --compare's policy, into alt_*: the same
 * review day and inputs, that policy's window, gates and ladder.  The
 * engine's policy, ladder and window are swapped for the time of it and
 * put back, with each agent's own recommendation.
 */
static void
evaluate_alt(struct tier *t)
{
	struct policy *pol = t->pol;
	struct rung *rungs = t->rungs;
	size_t nrungs = t->nrungs, nwin = t->nwin;
	size_t win_first = t->win_first, win_last = t->win_last;
	int64_t win_from = t->win_from, win_to = t->win_to;
	struct tagent *a, keep;
	struct ev_stat *pool;
	char *inwin;
	size_t i, j, anwin;
	int k;

	inwin = xmalloc(t->nperiods + 1);
	for (i = 0; i < t->nperiods; i++)
		inwin[i] = (char)t->periods[i].in_window;
	t->pol = t->alt_pol;
	t->rungs = t->alt_rungs;
	t->nrungs = t->alt_nrungs;
	/* the first window exists: so does this one (a period ends on
	 * the window's last day) */
	if (window_set(t) == -1)
		t->nwin = 0;
	pool = xcalloc((size_t)t->nslot + 1, sizeof(*pool));
	for (i = 0; i < t->nagents; i++) {
		a = t->alist[i];
		if (!a->listed || (size_t)a->level > t->pol->nlevels)
			continue;
		memset(pool, 0, ((size_t)t->nslot + 1) * sizeof(*pool));
		anwin = 0;
		for (j = 0; j < a->nrows; j++) {
			if (!t->periods[a->rows[j].period].in_window)
				continue;
			anwin++;
			for (k = 0; k < t->nslot; k++)
				evidence_add(&pool[k], &a->rows[j].st[k]);
		}
		keep = *a;
		memset(&a->reasons, 0, sizeof(a->reasons));
		memset(&a->blocked, 0, sizeof(a->blocked));
		a->pool = pool;
		a->nwin = anwin;
		agent_eval(t, a);
		keep.alt_ok = 1;
		keep.alt_level = a->rec_level;
		keep.alt_limit = a->rec_limit;
		keep.alt_action = a->action;
		sb_free(&a->reasons);
		sb_free(&a->blocked);
		*a = keep;
		if (a->alt_level != a->rec_level ||
		    decimal_cmp(&a->alt_limit, &a->rec_limit) != 0)
			t->alt_moved++;
	}
	free(pool);
	t->pol = pol;
	t->rungs = rungs;
	t->nrungs = nrungs;
	t->nwin = nwin;
	t->win_first = win_first;
	t->win_last = win_last;
	t->win_from = win_from;
	t->win_to = win_to;
	for (i = 0; i < t->nperiods; i++)
		t->periods[i].in_window = inwin[i];
	free(inwin);
}

int
tier_evaluate(struct tier *t, int have_as_of, int64_t as_of)
{
	struct tperiod **order;
	struct tagent *a;
	size_t i, j;
	int64_t days;
	int k;

	if (t->nperiods == 0) {
		emp_warn("%s", "no review date: the scores have no agent rows");
		return -1;
	}
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
	t->as_of = review_day(t, have_as_of, as_of);
	if (window_set(t) == -1)
		return -1;
	sort_tier = t;
	for (i = 0; i < t->nagents; i++) {
		a = t->alist[i];
		if (a->nrows > 1)
			qsort(a->rows, a->nrows, sizeof(*a->rows), cmp_row);
		a->pool = xcalloc((size_t)t->nslot + 1, sizeof(*a->pool));
		for (j = 0; j < a->nrows; j++) {
			if (!t->periods[a->rows[j].period].in_window)
				continue;
			a->nwin++;
			for (k = 0; k < t->nslot; k++)
				evidence_add(&a->pool[k], &a->rows[j].st[k]);
		}
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
		if (a->left <= t->as_of) {
			t->left++;
			continue;
		}
		if (a->hired != NOHIRE && a->hired > t->as_of) {
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
			days = t->as_of - a->hired;
			a->tenure10 = days <= 0 ? 0 :
			    (int)(days * 480 / 1461);
		}
		agent_eval(t, a);
		t->count[a->action]++;
		t->plan_evals += a->qa_needed;
		if (a->qa_needed > 0)
			t->plan_agents++;
		for (k = 0; k < t->nslot; k++)
			t->lost += a->pool[k].lost;
	}
	if (t->lost > 0)
		emp_warn("%llu observations of means are in periods where the "
		    "scores leave the value empty (below emp-score's minimum "
		    "sample) and are not in the evidence: give emp-tier a "
		    "partial file (emp-score --partial) to use them",
		    (unsigned long long)t->lost);
	if (t->alt_pol != NULL)
		evaluate_alt(t);
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

/* The tiers stream's columns under --compare, after tiers_cols[]. */
static const char *const alt_cols[3] = {
	"alt_level", "alt_limit", "alt_action"
};

void
tier_write(struct tier *t, struct csv_writer *w)
{
	struct strbuf sb = { 0 }, win = { 0 };
	struct tagent *a;
	struct decimal hv;
	size_t i;

	window_name(t, &win);
	for (i = 0; i < TC_N; i++)
		csv_writer_str(w, tiers_cols[i]);
	for (i = 0; t->alt_pol != NULL && i < 3; i++)
		csv_writer_str(w, alt_cols[i]);
	if (t->plan)
		csv_writer_str(w, "qa_needed");
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
		csv_writer_str(w, sb_str(&win));
		if (t->alt_pol != NULL && a->alt_ok) {
			csv_writer_int(w, a->alt_level);
			put_decimal(w, &a->alt_limit);
			csv_writer_str(w, tiers_actions[a->alt_action]);
		} else if (t->alt_pol != NULL) {
			csv_writer_str(w, "");
			csv_writer_str(w, "");
			csv_writer_str(w, "");
		}
		if (t->plan)
			csv_writer_int(w, (int64_t)a->qa_needed);
		csv_writer_endrow(w);
	}
	sb_free(&sb);
	sb_free(&win);
}

/* One line per period of the window: the gate metrics in it. */
static void
explain_periods(const struct tier *t, const struct tagent *a,
    struct strbuf *ex)
{
	const struct trow *r;
	double v;
	size_t rank, j;
	int k, m, any;

	if (t->nwin == 0)
		return;
	sb_adds(ex, "the window's periods:\n");
	for (rank = t->win_first; rank <= t->win_last; rank++) {
		r = NULL;
		for (j = 0; j < a->nrows; j++)
			if (t->periods[a->rows[j].period].rank == rank)
				r = &a->rows[j];
		sb_printf(ex, "  %-10s", t->periods[t->by_rank[rank]].name);
		if (r == NULL) {
			sb_adds(ex, " no scores\n");
			continue;
		}
		any = 0;
		for (k = 0; k < t->nslot; k++) {
			m = t->slot_metric[k];
			sb_adds(ex, any++ ? "; " : " ");
			sb_adds(ex, policy_metric_name(m));
			sb_addc(ex, ' ');
			if (evidence_value(&r->st[k], m, &v))
				add_num(ex, v, metric_dec(m));
			else
				sb_addc(ex, '?');
			if (policy_metric_has_n(m))
				sb_printf(ex, " (n=%llu)",
				    (unsigned long long)(r->st[k].n));
		}
		sb_addc(ex, '\n');
	}
}

/* The gate lines of one level over the window. */
static void
explain_gates(const struct tier *t, const struct tagent *a,
    const struct level *lv, struct strbuf *ex)
{
	struct strbuf tok = { 0 };
	enum gstate st;
	size_t i;

	sb_printf(ex, "gates of level %d (%s) over the window:\n", lv->num,
	    lv->name);
	for (i = 0; i < lv->ngates; i++) {
		tok.len = 0;
		st = gate_eval(t, lv, &lv->gates[i], a->pool, &tok);
		sb_printf(ex, "  %-8s %s%s\n", gstate_names[st], sb_str(&tok),
		    lv->gates[i].raise ? " (above the level's first limit)" :
		    "");
	}
	sb_free(&tok);
}

/* --plan's line of --explain (tier.h). */
static void
explain_plan(const struct tier *t, const struct tagent *a, struct strbuf *ex)
{
	int k = slot_of(t, M_QA);
	uint64_t n = k >= 0 && a->pool != NULL ? a->pool[k].n : 0;

	if (!a->qa_gated)
		sb_adds(ex, "plan: no qa gate bears on the recommendation: no "
		    "QA evaluations needed\n");
	else if (a->qa_needed > 0)
		sb_printf(ex, "plan: qa needs %llu more %s to be decided "
		    "(n=%llu<%llu in the window)\n",
		    (unsigned long long)a->qa_needed,
		    evidence_noun(M_QA, a->qa_needed),
		    (unsigned long long)n, (unsigned long long)a->qa_sample);
	else
		sb_printf(ex, "plan: qa has its sample (n=%llu>=%llu in the "
		    "window): no more QA evaluations needed\n",
		    (unsigned long long)n, (unsigned long long)a->qa_sample);
}

int
tier_explain(struct tier *t, const char *agent, struct strbuf *ex)
{
	const struct policy *pol = t->pol;
	struct tagent *a;
	const struct level *lv, *shown = NULL;
	struct strbuf tok = { 0 }, first = { 0 };
	struct decimal hv;
	char d1[16], d2[16];
	int r, first_r, ok;

	a = strmap_get(&t->agents, agent, strlen(agent));
	if (a == NULL || !a->in_roster)
		return -1;
	lv = &pol->levels[a->level - 1];
	/* names are data: escaped for the terminal (termsafe.h) */
	sb_adds(ex, "agent ");
	termsafe_sb(ex, a->name, strlen(a->name));
	sb_adds(ex, ", team ");
	termsafe_sb(ex, agent_team(a), strlen(agent_team(a)));
	sb_addc(ex, '\n');
	date_format(t->as_of * 86400000, d1);
	sb_printf(ex, "as of %s; evidence window ", d1);
	if (t->nwin > 0) {
		window_name(t, ex);
		date_format(t->win_from * 86400000, d1);
		date_format(t->win_to * 86400000, d2);
		sb_printf(ex, ", %s to %s (%zu period%s; scores in %zu)\n",
		    d1, d2, t->nwin, t->nwin == 1 ? "" : "s", a->nwin);
	} else
		sb_adds(ex, "none: no whole period on or before it\n");
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
	if (a->action == A_REVIEW)
		sb_printf(ex, "why review: a clear shortfall of level %d over "
		    "the window (%s): a review with the team lead, not a "
		    "demotion\n", lv->num, sb_str(&a->blocked));
	else {
		sb_adds(ex, "the ladder above the standing:\n");
		first_r = next_rung(t, a, agent_rung(t, a));
		for (r = first_r; r < (int)t->nrungs; r = next_rung(t, a, r)) {
			const struct rung *R = &t->rungs[r];

			tok.len = 0;
			first.len = 0;
			ok = rung_check(t, a, R, &tok, &first);
			sb_printf(ex, "  level %d, limit ", R->lv->num);
			add_decimal(ex, rung_limit(R));
			if (ok) {
				sb_adds(ex, ": passes\n");
				continue;
			}
			sb_printf(ex, ": blocked by %s", sb_str(&first));
			if (a->tenure10 >= 0 &&
			    a->tenure10 < R->lv->tenure10[R->step]) {
				date_format(tenure_day(a,
				    R->lv->tenure10[R->step]) * 86400000, d2);
				sb_printf(ex, " (tenure reached on %s)", d2);
			}
			sb_addc(ex, '\n');
			shown = R->lv;
			break;
		}
		if (first_r == (int)t->nrungs)
			sb_adds(ex, "  none: the top limit of the top level\n");
	}
	if (a->blocked.len > 0 && a->action != A_REVIEW)
		sb_printf(ex, "blocked by: %s\n", sb_str(&a->blocked));
	if (t->plan)
		explain_plan(t, a, ex);
	explain_gates(t, a, lv, ex);
	if (shown != NULL && shown != lv)
		explain_gates(t, a, shown, ex);
	explain_periods(t, a, ex);
	sb_free(&tok);
	sb_free(&first);
	return 0;
}

/* "; under POLICY: N would move" under --compare. */
static void
alt_summary(const struct tier *t, struct strbuf *sb)
{
	if (t->alt_pol == NULL)
		return;
	sb_printf(sb, "; under %s: %llu would move", t->alt_name,
	    (unsigned long long)t->alt_moved);
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
	    "the roster without scores, %llu left%s; %llu rows rejected; "
	    "window ",
	    (unsigned long long)(t->count[0] + t->count[1] + t->count[2] +
	    t->count[3]), (unsigned long long)t->count[A_PROMOTE],
	    (unsigned long long)t->count[A_RAISE],
	    (unsigned long long)t->count[A_HOLD],
	    (unsigned long long)t->count[A_REVIEW],
	    (unsigned long long)t->scores_only,
	    (unsigned long long)t->roster_only,
	    (unsigned long long)t->left, unhired,
	    (unsigned long long)t->rejected);
	if (t->nwin > 0)
		window_name(t, sb);
	else
		sb_adds(sb, "none (no whole period)");
	alt_summary(t, sb);
	if (t->plan)
		sb_printf(sb, "; plan: %llu %s for %llu agent%s",
		    (unsigned long long)t->plan_evals,
		    evidence_noun(M_QA, t->plan_evals),
		    (unsigned long long)t->plan_agents,
		    t->plan_agents == 1 ? "" : "s");
}

/*
 * --accept: which agents get a new row (a->accept).  Every listed agent
 * to promote or raise, or with names (-a), those of them named; -1
 * (reported) when a name is not in the roster.  A named agent with
 * nothing to accept, and an agent with a row effective today already,
 * are warned about and left out.
 */
int
tier_accept_pick(struct tier *t, const char *const *names, size_t nnames,
    const char *roster)
{
	struct tagent *a;
	size_t i, j, n;
	int64_t today = local_today();
	int bad = 0, named;

	for (j = 0; j < nnames; j++) {
		for (i = 0; i < t->nagents; i++)
			if (t->alist[i]->in_roster && roster_name_eq(names[j],
			    strlen(names[j]), t->alist[i]->name,
			    strlen(t->alist[i]->name)))
				break;
		if (i == t->nagents) {
			emp_warn("-a: agent '%s' is not in the roster %s: "
			    "nothing written", names[j], roster);
			bad = 1;
		}
	}
	if (bad)
		return -1;
	for (i = 0; i < t->nagents; i++) {
		a = t->alist[i];
		if (!a->in_roster)
			continue;
		named = nnames == 0;
		for (j = 0; j < nnames && !named; j++)
			named = roster_name_eq(names[j], strlen(names[j]),
			    a->name, strlen(a->name));
		if (!named)
			continue;
		if (!a->listed || (a->action != A_PROMOTE &&
		    a->action != A_RAISE)) {
			if (nnames > 0)
				emp_warn("-a: agent '%s' has nothing to accept "
				    "(%s)", a->name, a->listed ?
				    tiers_actions[a->action] :
				    "no recommendation");
			continue;
		}
		if (a->since == today) {
			emp_warn("agent '%s' has a row effective today already "
			    "(line %lu): not accepted again", a->name,
			    a->line);
			continue;
		}
		a->accept = 1;
		t->accepted++;
		t->acc_count[a->action]++;
	}
	n = 0;
	for (i = 0; i < t->nagents; i++)
		n += (size_t)t->alist[i]->listed;
	t->nlisted = n;
	if (t->raw_broken != 0) {
		emp_warn("%s:%lu: a record that cannot be read cannot be "
		    "written back as it was: nothing written; mend the "
		    "roster first", roster, t->raw_broken);
		return -1;
	}
	return 0;
}

/* One roster row: its fields, then the added columns (add of them) from
 * extra, or empty. */
static void
raw_write(struct csv_writer *w, const struct rawrow *r, size_t add,
    const char *const *extra)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		csv_writer_field(w, r->f[i], r->len[i]);
	for (i = 0; i < add; i++)
		csv_writer_str(w, extra != NULL ? extra[i] : "");
	csv_writer_endrow(w);
}

void
tier_accept_write(struct tier *t, struct csv_writer *w)
{
	const char *names[4], *vals[4], *f;
	const struct rawrow *h = &t->raw[0], *r;
	struct tagent *a;
	size_t add = 0, i, j, len;
	int col[4], c_level, c_limit, c_eff, c_by, c_at;
	char lvbuf[24], limbuf[48], day[16], now[40], uid[24];
	const char *by;
	struct passwd *pw;
	time_t tnow = time(NULL);

	/* the columns an accepted row needs, added when absent */
	c_level = t->rc_level;
	if ((c_limit = t->rc_limit) < 0) {
		c_limit = (int)(h->n + add);
		names[add++] = "limit";
	}
	if ((c_eff = t->rc_effective) < 0) {
		c_eff = (int)(h->n + add);
		names[add++] = "effective";
	}
	if ((c_by = t->rc_by) < 0) {
		c_by = (int)(h->n + add);
		names[add++] = "accepted_by";
	}
	if ((c_at = t->rc_at) < 0) {
		c_at = (int)(h->n + add);
		names[add++] = "accepted";
	}
	for (i = 0; i < t->nraw; i++) {
		r = &t->raw[i];
		if (r->header)
			raw_write(w, r, add, names);
		else
			raw_write(w, r, r->n == h->n ? add : 0, NULL);
	}
	date_format(local_today() * 86400000, day);
	time_format((int64_t)tnow * 1000, now);
	/* who: the login name of the real uid, never the environment */
	if ((pw = getpwuid(getuid())) != NULL && pw->pw_name != NULL)
		by = pw->pw_name;
	else {
		snprintf(uid, sizeof(uid), "%lu", (unsigned long)getuid());
		by = uid;
	}
	col[0] = c_level;
	col[1] = c_limit;
	col[2] = c_eff;
	col[3] = c_by;
	for (i = 0; i < t->nagents; i++) {
		a = t->alist[i];
		if (!a->accept)
			continue;
		r = &t->raw[a->raw];
		snprintf(lvbuf, sizeof(lvbuf), "%d", a->rec_level);
		decimal_format(&a->rec_limit, limbuf);
		vals[0] = lvbuf;
		vals[1] = limbuf;
		vals[2] = day;
		vals[3] = by;
		for (j = 0; j < h->n + add; j++) {
			if (j == (size_t)col[0])
				f = vals[0];
			else if (j == (size_t)col[1])
				f = vals[1];
			else if (j == (size_t)col[2])
				f = vals[2];
			else if (j == (size_t)col[3])
				f = vals[3];
			else if (j == (size_t)c_at)
				f = now;
			else if (j < r->n) {
				csv_writer_field(w, r->f[j], r->len[j]);
				continue;
			} else
				f = "";
			len = strlen(f);
			csv_writer_field(w, f, len);
		}
		csv_writer_endrow(w);
	}
}

void
tier_accept_summary(const struct tier *t, struct strbuf *sb)
{
	char day[16];

	date_format(local_today() * 86400000, day);
	sb_printf(sb, "accepted %llu of %llu agents (%llu promote, %llu "
	    "raise), effective %s", (unsigned long long)t->accepted,
	    (unsigned long long)t->nlisted,
	    (unsigned long long)t->acc_count[A_PROMOTE],
	    (unsigned long long)t->acc_count[A_RAISE], day);
	alt_summary(t, sb);
}

struct tier_view *
tier_views(const struct tier *t, size_t *n)
{
	struct tier_view *v = xreallocarray(NULL, t->nagents + 1, sizeof(*v));
	const struct tagent *a;
	size_t i;

	*n = 0;
	for (i = 0; i < t->nagents; i++) {
		a = t->alist[i];
		if (!a->listed)
			continue;
		memset(&v[*n], 0, sizeof(v[*n]));
		v[*n].name = a->name;
		v[*n].team = agent_team(a);
		v[*n].level = a->level;
		v[*n].limit = a->limit;
		v[*n].rec_level = a->rec_level;
		v[*n].rec_limit = a->rec_limit;
		v[*n].action = (int)a->action;
		v[*n].alt_action = -1;
		if (t->alt_pol != NULL && a->alt_ok) {
			v[*n].has_alt = 1;
			v[*n].alt_level = a->alt_level;
			v[*n].alt_limit = a->alt_limit;
			v[*n].alt_action = (int)a->alt_action;
		}
		(*n)++;
	}
	return v;
}

int
tier_window(const struct tier *t, int64_t *from, int64_t *to,
    struct strbuf *name)
{
	if (t->nwin == 0)
		return -1;
	*from = t->win_from;
	*to = t->win_to;
	if (name != NULL)
		window_name(t, name);
	return 0;
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
			free(a->rows[j].st);
		free(a->rows);
		free(a->pool);
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
	free(t->rungs);
	strmap_free(&t->agents);
	scoresin_free(&t->si);
	policy_free(t->pol);
	policy_free(t->alt_pol);
	free(t->alt_name);
	free(t->alt_rungs);
	for (i = 0; i < t->nraw; i++) {
		for (j = 0; j < t->raw[i].n; j++)
			free(t->raw[i].f[j]);
		free(t->raw[i].f);
		free(t->raw[i].len);
	}
	free(t->raw);
	free(t);
}

/* Each line of text as a warning. */
static void
emp_warn_lines(const char *text)
{
	const char *nl;

	while (*text != '\0') {
		nl = strchr(text, '\n');
		if (nl == NULL)
			nl = text + strlen(text);
		emp_warn("%.*s", (int)(nl - text), text);
		text = *nl != '\0' ? nl + 1 : nl;
	}
}

/* Today in the local calendar, in days since 1970-01-01. */
static int64_t
local_today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL)
		return INT64_MAX;
	return days_from_civil(tm.tm_year + 1900, (unsigned)tm.tm_mon + 1,
	    (unsigned)tm.tm_mday);
}

/* Whether the roster lists agent (tier_explain()'s look-up). */
static int
roster_knows(const struct tier *t, const char *agent)
{
	const struct tagent *a;

	a = strmap_get(&t->agents, agent, strlen(agent));
	return a != NULL && a->in_roster;
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
	if (pol->notes.len > 0)
		emp_warn_lines(sb_str(&pol->notes));
	if (o->compare != NULL) {
		/* a bad second policy is a bad option too */
		if ((pol = policy_load(o->compare, &sb)) == NULL) {
			emp_warn("%s", sb_str(&sb));
			sb_free(&sb);
			tier_free(t);
			return EXIT_USAGE;
		}
		sb_free(&sb);
		if (pol->notes.len > 0)
			emp_warn_lines(sb_str(&pol->notes));
		tier_set_compare(t, pol, o->compare);
	}
	if (o->accept)
		tier_keep_roster(t);
	if (o->plan)
		tier_set_plan(t);
	tier_set_today(t, local_today(), o->include_partial);
	/* what the options name is checked before the scores are read,
	 * however many there are: the roster, the agent to explain */
	/* --accept writes the roster back under the user's name: not one
	 * that anyone may have written */
	if ((o->accept && roster_check_writers(o->roster) == -1) ||
	    tier_read_roster(t, o->roster) == -1)
		status = EXIT_FAIL;
	else if (o->explain != NULL && !roster_knows(t, o->explain)) {
		tier_free(t);
		emp_warn("agent '%s' is not in the roster %s", o->explain,
		    o->roster);
		return EXIT_FAIL;
	}
	if (status == EXIT_OK &&
	    cli_each_input(argc, argv, read_scores, t) != EXIT_OK)
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
	if (o->accept) {
		if (tier_accept_pick(t, o->agents, o->nagents,
		    o->roster) == -1) {
			tier_free(t);
			return EXIT_FAIL;
		}
		/* a TSV roster is written back as TSV, as -t would */
		struct cli c = o->cli;

		c.tsv |= t->raw_tsv;
		cli_output_open(&c, &out);
		tier_accept_write(t, &out.w);
		if (!o->cli.quiet)
			tier_accept_summary(t, &sb);
		status = cli_finish(&o->cli, status, tier_rejected(t), &sb);
	} else if (o->exposure != NULL) {
		struct exposure *x;

		if ((x = exposure_read(t, o->exposure)) == NULL) {
			tier_free(t);
			return EXIT_FAIL;
		}
		cli_output_open(&o->cli, &out);
		exposure_write(x, &out.w);
		if (!o->cli.quiet)
			exposure_summary(x, &sb);
		status = cli_finish(&o->cli, status, tier_rejected(t) +
		    exposure_rejected(x), &sb);
		exposure_free(x);
	} else {
		cli_output_open(&o->cli, &out);
		tier_write(t, &out.w);
		if (!o->cli.quiet)
			tier_summary(t, &sb);
		status = cli_finish(&o->cli, status, tier_rejected(t), &sb);
	}
	tier_free(t);
	if (output_commit(&out) == -1)
		status = EXIT_FAIL;
	return status;
}
