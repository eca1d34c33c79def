/*
 * scoresin.c: agent evidence by period from scores or partial files
 * (scoresin.h states the rules).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "evidence.h"
#include "hash.h"
#include "parse.h"
#include "policy.h"
#include "schema.h"
#include "scoresin.h"
#include "table.h"

/* Columns of a scores stream for one slot (-1: absent). */
struct scol {
	int	v, n, lo, hi;
};

/* A partial row's look-up of one sum, in the columns the file's header
 * gives them (col[], by enum partial_sum; -1: absent). */
struct sums_arg {
	struct table		*tb;
	const struct csv_record	*r;
	const int		*col;
	int			 bad;
};

void
scoresin_init(struct scoresin *si, const int *slot_metric, int nslot,
    int flags, const char *windows, const struct scoresin_ops *ops,
    void *arg, uint64_t *rejected, uint64_t *badvalues)
{
	memset(si, 0, sizeof(*si));
	si->slot_metric = slot_metric;
	si->nslot = nslot;
	si->flags = flags;
	si->windows = windows;
	si->ops = ops;
	si->arg = arg;
	si->rejected = rejected;
	si->badvalues = badvalues;
	strmap_init(&si->pmap, 0);
}

size_t
scoresin_period(const struct scoresin *si, const char *name)
{
	void *v;

	if ((v = strmap_get(&si->pmap, name, strlen(name))) == NULL)
		return SIZE_MAX;
	return (size_t)((uintptr_t)v - 1);
}

/*
 * The index of a period, added when new; SIZE_MAX when not a period (*why
 * says why).  Periods of all the inputs are of one kind: a day, a week, a
 * month or a quarter; 'all' has no dates to put in a window.
 */
static size_t
period_get(struct scoresin *si, const char *name, const char **why)
{
	size_t p;
	int64_t start, end, len;

	if ((p = scoresin_period(si, name)) != SIZE_MAX)
		return p;
	*why = "invalid period";
	if (period_span(name, &start, &end) == -1)
		return SIZE_MAX;
	if (start == INT64_MIN || end == INT64_MAX) {
		*why = "no dates in period";
		return SIZE_MAX;
	}
	/* a kind: 1, 7, 28-31 or 90-92 days */
	len = end - start;
	len = len >= 28 && len <= 31 ? 30 : len >= 90 && len <= 92 ? 91 : len;
	if (si->nperiods > 0 && len != si->kind_days) {
		*why = "a period of another kind than the first in";
		return SIZE_MAX;
	}
	si->kind_days = len;
	si->ops->period(si->arg, si->nperiods, name, start, end);
	strmap_put(&si->pmap, name, strlen(name),
	    (void *)(uintptr_t)(si->nperiods + 1));
	return si->nperiods++;
}

static int64_t
sums_get(int sum, void *arg)
{
	struct sums_arg *sa = arg;
	const char *s;
	uint64_t v;
	int rv;

	if (sa->col[sum] < 0)
		return 0;
	s = csv_record_field(sa->r, sa->col[sum]);
	if ((rv = parse_count(s, &v)) == PARSE_EMPTY)
		return 0;
	if (rv != PARSE_OK || v > INT64_MAX) {
		if (!sa->bad)
			table_reject(sa->tb, sa->r->line, "field '%s': invalid "
			    "sum '%s'", partial_sums[sum], s);
		sa->bad = 1;
		return 0;
	}
	return (int64_t)v;
}

/* A scores row's evidence into st[]; a value that cannot be read is
 * warned about, counted and left unknown. */
static void
row_scores(struct scoresin *si, struct table *tb, const struct csv_record *r,
    const struct scol *sc, struct ev_stat *st)
{
	const char *v;
	uint64_t n;
	int64_t count;
	int k, m, rv;

	for (k = 0; k < si->nslot; k++) {
		m = si->slot_metric[k];
		if (sc[k].v < 0)
			continue;
		v = csv_record_field(r, sc[k].v);
		rv = sc[k].n >= 0 ? parse_count(csv_record_field(r, sc[k].n),
		    &n) : PARSE_EMPTY;
		count = rv == PARSE_OK && n <= INT64_MAX ? (int64_t)n : -1;
		if (rv != PARSE_BAD && evidence_from_scores(m, v, count,
		    sc[k].lo >= 0 ? csv_record_field(r, sc[k].lo) : NULL,
		    sc[k].hi >= 0 ? csv_record_field(r, sc[k].hi) : NULL,
		    &st[k]) == 0)
			continue;
		emp_warn("%s:%lu: field '%s': invalid value '%s' (or its "
		    "count): taken as unknown", tb->name, r->line,
		    policy_metric_name(m), v);
		memset(&st[k], 0, sizeof(st[k]));
		(*si->badvalues)++;
	}
}

/* A partial row's evidence into st[]; -1 for one that cannot be read
 * (rejected). */
static int
row_sums(struct scoresin *si, struct table *tb, const struct csv_record *r,
    const int *col, struct ev_stat *st)
{
	struct sums_arg sa = { tb, r, col, 0 };
	int k, m;

	for (k = 0; k < si->nslot; k++) {
		m = si->slot_metric[k];
		if (evidence_per_period(m))
			continue;	/* not in partials: unknown */
		(void)evidence_from_sums(m, sums_get, &sa, &st[k]);
	}
	return sa.bad ? -1 : 0;
}

/* The columns of each slot's metric, with the warnings of
 * SCORESIN_WARN. */
static void
bind_slots(struct scoresin *si, struct table *tb, int partial,
    struct scol *sc)
{
	const char *s;
	char nname[80];
	int k, m;

	for (k = 0; k < si->nslot; k++) {
		m = si->slot_metric[k];
		s = policy_metric_name(m);
		sc[k].v = sc[k].n = sc[k].lo = sc[k].hi = -1;
		if (partial) {
			if ((si->flags & SCORESIN_WARN) &&
			    evidence_per_period(m) && !si->partial_index) {
				emp_warn("%s: a partial file has no '%s': its "
				    "gates are unknown; give emp-tier scores",
				    tb->name, s);
				si->partial_index = 1;
			}
			if (evidence_per_period(m))
				si->nocol[k] = 1;
			continue;
		}
		sc[k].v = table_col(tb, s);
		if (policy_metric_has_n(m)) {
			sc[k].n = table_col(tb, metric_col_name(nname,
			    sizeof(nname), s, MP_N));
			sc[k].lo = table_col(tb, metric_col_name(nname,
			    sizeof(nname), s, MP_LO));
			sc[k].hi = table_col(tb, metric_col_name(nname,
			    sizeof(nname), s, MP_HI));
		}
		if (sc[k].v < 0)
			si->nocol[k] = 1;
		if (sc[k].v < 0 && (si->flags & SCORESIN_WARN))
			emp_warn("%s: no column '%s': its gates are unknown",
			    tb->name, s);
	}
}

/* A field, trimmed under SCORESIN_TRIM. */
static const char *
field(const struct scoresin *si, const struct csv_record *r, int col,
    size_t *len)
{
	const char *s;

	if (si->flags & SCORESIN_TRIM) {
		s = csv_record_field_len(r, col, len);
		parse_trim(&s, len);
	} else {
		s = csv_record_field(r, col);
		*len = strlen(s);
	}
	return s;
}

int
scoresin_read(struct scoresin *si, const char *path)
{
	struct table tb;
	struct csv_record *r;
	struct scol sc[M_N + 1];
	struct ev_stat st[M_N + 1];
	const char *s, *why, *pname;
	void *a, *row;
	int cp, cg, ckey, cteam, ctype, partial, pcol[S_N], rv, k;
	size_t p, n;

	if (table_open(&tb, path, 0) == -1)
		return -1;
	ctype = table_col_exact(&tb, "type");
	partial = ctype >= 0 && table_col_exact(&tb, "res_y") >= 0;
	cp = table_col(&tb, SCORES_PERIOD);
	cg = table_col(&tb, SCORES_GROUP);
	ckey = table_col(&tb, SCORES_KEY);
	cteam = table_col(&tb, SCORES_TEAM);
	if (cp < 0 || cg < 0 || ckey < 0) {
		table_no_column(&tb, "a scores stream (emp-scores(5)) nor a "
		    "partial file", cp < 0 ? SCORES_PERIOD : cg < 0 ?
		    SCORES_GROUP : SCORES_KEY);
		table_close(&tb);
		return -1;
	}
	for (k = 0; k < S_N; k++)
		pcol[k] = partial ? table_col_exact(&tb, partial_sums[k]) : -1;
	bind_slots(si, &tb, partial, sc);
	while ((rv = table_next(&tb, &r)) == 1) {
		if (partial) {
			s = csv_record_field(r, ctype);
			if (strcmp(s, "meta") == 0 && strcmp(csv_record_field(r,
			    cp), "all") == 0) {
				table_reject(&tb, r->line, "a partial file by "
				    "period 'all': %s need dates: write it "
				    "with --by week or month", si->windows);
				rv = -1;
				break;
			}
			if (strcmp(s, "sum") != 0)
				continue;	/* meta, span, staff, header */
		}
		if (strcmp(csv_record_field(r, cg), scores_groups[SG_AGENT]) != 0)
			continue;
		s = field(si, r, ckey, &n);
		if (n == 0) {
			table_reject(&tb, r->line, "field 'key': no agent");
			continue;
		}
		pname = csv_record_field(r, cp);
		if ((p = period_get(si, pname, &why)) == SIZE_MAX) {
			if (strcmp(pname, SCORES_PERIOD) == 0)
				continue;	/* a repeated header */
			if (strcmp(why, "invalid period") == 0) {
				table_reject(&tb, r->line, "field 'period': %s "
				    "'%s'", why, pname);
				continue;
			}
			table_reject(&tb, r->line, "field 'period': %s '%s': "
			    "%s need periods of days, weeks, months or quarters, "
			    "one kind per input", why, pname, si->windows);
			rv = -1;	/* the rest cannot be windowed either */
			break;
		}
		a = si->ops->agent(si->arg, s, n);
		if ((row = si->ops->row(si->arg, a, p, partial)) == NULL) {
			table_reject(&tb, r->line, "agent '%.*s' has a row for "
			    "%s already: this one is ignored", (int)n, s,
			    pname);
			continue;
		}
		memset(st, 0, sizeof(st));
		if (partial) {
			if (row_sums(si, &tb, r, pcol, st) == -1)
				continue;
		} else
			row_scores(si, &tb, r, sc, st);
		si->ops->fill(si->arg, row, st, partial);
		if (cteam >= 0) {
			s = field(si, r, cteam, &n);
			si->ops->team(si->arg, a, s, n);
		}
	}
	*si->rejected += tb.rejected;
	table_close(&tb);
	return rv == -1 ? -1 : 0;
}

void
scoresin_free(struct scoresin *si)
{
	strmap_free(&si->pmap);
}
