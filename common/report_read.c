/*
 * report_read.c: emp-report's inputs: scores, tiers, goals and a ledger
 * into the report's model (report_int.h), every row checked, the bad ones
 * reported with file:line and counted (report.h states the rules).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "events.h"	/* msg_quote() */
#include "hash.h"
#include "ledger.h"
#include "parse.h"
#include "report.h"
#include "report_int.h"
#include "schema.h"
#include "table.h"

size_t
report_col_add(struct report *r, const char *name)
{
	size_t i;
	int m;

	for (i = 0; i < r->ncol; i++)
		if (strcmp(r->col[i].name, name) == 0)
			return i;
	r->col = xreallocarray(r->col, r->ncol + 1, sizeof(*r->col));
	r->col[r->ncol].name = xstrdup(name);
	m = metric_lookup(name);
	r->col[r->ncol].has_n = m >= 0 && metrics[m].shape != SHAPE_COUNT;
	r->col[r->ncol].lower_better = m >= 0 && metrics[m].lower_better;
	r->col[r->ncol].shape = m >= 0 ? metrics[m].shape : SHAPE_COUNT;
	r->col[r->ncol].range = m >= 0 && metrics[m].shape == SHAPE_MEAN ?
	    metrics[m].range : 0;
	return r->ncol++;
}

int
report_num(const char *s, double *d)
{
	struct decimal dec;
	int fl = 0;

	if (s == NULL || parse_number(s, strlen(s), &fl, &dec) != PARSE_OK ||
	    (fl & PN_PERCENT))
		return -1;
	*d = (double)dec.m;
	for (int k = 0; k < dec.scale; k++)
		*d /= 10;
	return 0;
}

static size_t
ent_get(struct report *r, int group, const char *key)
{
	struct strbuf k = { 0 };
	void *v;
	struct ent *e;

	sb_printf(&k, "%d\037%s", group, key);
	if ((v = strmap_get(&r->entmap, k.s, k.len)) == NULL) {
		if (r->nent == r->capent) {
			r->capent = r->capent ? 2 * r->capent : 256;
			r->ent = xreallocarray(r->ent, r->capent,
			    sizeof(*r->ent));
		}
		e = &r->ent[r->nent];
		memset(e, 0, sizeof(*e));
		e->key = xstrdup(key);
		e->team = xstrdup("");
		e->group = group;
		v = (void *)(uintptr_t)++r->nent;
		strmap_put(&r->entmap, k.s, k.len, v);
	}
	sb_free(&k);
	return (uintptr_t)v - 1;
}

const char *
report_val(const struct report *r, size_t row, size_t col)
{
	size_t off;

	if (row == NONE || col == NONE ||
	    (off = r->val[r->row[row].at + col]) == NONE)
		return NULL;
	return r->arena.s + off;
}

size_t
report_agent_ent(const struct report *r, const char *agent)
{
	struct strbuf k = { 0 };
	void *v;

	sb_printf(&k, "%d\037%s", G_AGENT, agent);
	v = strmap_get(&r->entmap, k.s, k.len);
	sb_free(&k);
	return v == NULL ? NONE : (uintptr_t)v - 1;
}

static size_t
per_get(struct report *r, const char *p)
{
	void *v;

	if ((v = strmap_get(&r->permap, p, strlen(p))) == NULL) {
		if (r->nper == r->capper) {
			r->capper = r->capper ? 2 * r->capper : 64;
			r->per = xreallocarray(r->per, r->capper,
			    sizeof(*r->per));
		}
		r->per[r->nper] = xstrdup(p);
		v = (void *)(uintptr_t)++r->nper;
		strmap_put(&r->permap, p, strlen(p), v);
	}
	return (uintptr_t)v - 1;
}

/* Reports a field that is not a number; 1 when it is not.  Its value in
 * *d when it is one (d may be NULL). */
static int
not_number(struct table *tb, unsigned long line, const char *name,
    const char *s, double *d)
{
	char q[80];
	double v;

	if (*s == '\0' || report_num(s, d != NULL ? d : &v) == 0)
		return 0;
	msg_quote(q, sizeof(q), s, strlen(s));
	table_reject(tb, line, "field '%.64s': invalid number '%s'", name, q);
	return 1;
}

/* A count field (name_n): 0, or -1 when it is none. */
static int
count_of(const char *s, long *n)
{
	char *end;

	if (*s == '\0')
		return -1;
	errno = 0;
	*n = strtol(s, &end, 10);
	return *end != '\0' || errno || *n < 0 ? -1 : 0;
}

static int
read_scores(struct report *r, struct table *tb)
{
	struct csv_record *rec;
	int ip = table_col(tb, SCORES_PERIOD), ig = table_col(tb, SCORES_GROUP),
	    ik = table_col(tb, SCORES_KEY), it = table_col(tb, SCORES_TEAM);
	int *iv, *in, rv, bad, gi[GR_N];
	size_t i;
	long n;
	char q[80], nn[128];
	int64_t from, to;

	r->frozen = 1;
	for (i = 0; i < GR_N; i++)
		gi[i] = table_col_exact(tb, grader_cols[i]);
	iv = xcalloc(r->ncol, sizeof(*iv));
	in = xcalloc(r->ncol, sizeof(*in));
	for (i = 0; i < r->ncol; i++) {
		/* exactly: the scores have both decisions and decision_s,
		 * which csv_header_find() takes for one */
		iv[i] = table_col_exact(tb, r->col[i].name);
		in[i] = r->col[i].has_n ? table_col_exact(tb, metric_col_name(
		    nn, sizeof(nn), r->col[i].name, MP_N)) : -1;
	}
	while ((rv = table_next(tb, &rec)) == 1) {
		const char *g, *per;
		int group;
		struct row *ro;

		g = csv_record_field(rec, ig);
		for (group = G_AGENT; group <= G_ALL; group++)
			if (strcmp(g, scores_groups[group]) == 0)
				break;
		if (group > G_ALL && strcmp(g, scores_groups[SG_LEVEL]) == 0)
			continue;	/* emp-score -g level: not reported */
		if (group > G_ALL &&
		    strcmp(g, scores_groups[SG_REVIEWER]) == 0) {
			report_qa_grader(r, tb, rec, gi);
			continue;
		}
		if (group > G_ALL) {
			table_reject(tb, rec->line, "field 'group': not agent, "
			    "team, all, level or reviewer");
			continue;
		}
		per = csv_record_field(rec, ip);
		if (*per == '\0' || *csv_record_field(rec, ik) == '\0') {
			table_reject(tb, rec->line, "no period or key");
			continue;
		}
		if (period_span(per, &from, &to) == -1) {
			msg_quote(q, sizeof(q), per, strlen(per));
			table_reject(tb, rec->line, "field 'period': not a "
			    "period: '%s'", q);
			continue;
		}
		for (i = 0, bad = 0; i < r->ncol && !bad; i++) {
			const char *cs = csv_record_field(rec, in[i]);

			bad = not_number(tb, rec->line, r->col[i].name,
			    csv_record_field(rec, iv[i]), NULL);
			if (!bad && in[i] >= 0 && *cs != '\0' &&
			    count_of(cs, &n) == -1) {
				msg_quote(q, sizeof(q), cs, strlen(cs));
				table_reject(tb, rec->line, "field "
				    "'%.64s_n': not a count: '%s'",
				    r->col[i].name, q);
				bad = 1;
			}
		}
		if (bad)
			continue;
		if (r->nrow == r->caprow) {
			r->caprow = r->caprow ? 2 * r->caprow : 1024;
			r->row = xreallocarray(r->row, r->caprow,
			    sizeof(*r->row));
		}
		ro = &r->row[r->nrow++];
		ro->ent = ent_get(r, group, csv_record_field(rec, ik));
		ro->per = per_get(r, per);
		if (*csv_record_field(rec, it) != '\0') {
			free(r->ent[ro->ent].team);
			r->ent[ro->ent].team = xstrdup(csv_record_field(rec,
			    it));
		}
		if (r->nval + r->ncol > r->capval) {
			r->capval = r->capval ? 2 * r->capval : 8192;
			r->val = xreallocarray(r->val, r->capval,
			    sizeof(*r->val));
			r->cnt = xreallocarray(r->cnt, r->capval,
			    sizeof(*r->cnt));
		}
		ro->at = r->nval;
		for (i = 0; i < r->ncol; i++) {
			const char *s = csv_record_field(rec, iv[i]);

			if (*s != '\0') {
				r->val[r->nval] = r->arena.len;
				sb_add(&r->arena, s, strlen(s) + 1);
			} else
				r->val[r->nval] = NONE;
			if (in[i] < 0 ||
			    count_of(csv_record_field(rec, in[i]), &n) == -1)
				n = -1;
			r->cnt[r->nval++] = n;
		}
	}
	free(iv);
	free(in);
	return rv == -1 ? -1 : 0;
}

static int
read_tiers(struct report *r, struct table *tb)
{
	struct csv_record *rec;
	int idx[TC_N], rv, bad, iq = table_col_exact(tb, "qa_needed");
	size_t i;
	const char *act, *qn;
	long n;
	char q[80];

	for (i = 0; i < TC_N; i++)
		idx[i] = table_col(tb, tiers_cols[i]);
	if (iq >= 0)
		r->have_plan = 1;
	while ((rv = table_next(tb, &rec)) == 1) {
		struct tierrow *t;
		const char *a;

		if (*(a = csv_record_field(rec, idx[TC_AGENT])) == '\0') {
			table_reject(tb, rec->line, "field 'agent': empty");
			continue;
		}
		for (i = TC_TENURE, bad = 0; i <= TC_REC_LIMIT && !bad; i++)
			bad = not_number(tb, rec->line, tiers_cols[i],
			    csv_record_field(rec, idx[i]), NULL);
		if (bad)
			continue;
		act = csv_record_field(rec, idx[TC_ACTION]);
		for (i = 0; i < TA_N; i++)
			if (strcmp(act, tiers_actions[i]) == 0)
				break;
		if (i == TA_N) {
			table_reject(tb, rec->line, "field 'action': not "
			    "promote, raise, hold or review");
			continue;
		}
		qn = csv_record_field(rec, iq);
		if (iq >= 0 && *qn != '\0' && count_of(qn, &n) == -1) {
			msg_quote(q, sizeof(q), qn, strlen(qn));
			table_reject(tb, rec->line, "field 'qa_needed': not a "
			    "count: '%s'", q);
			continue;
		}
		t = xcalloc(1, sizeof(*t));
		t->agent = xstrdup(a);
		for (i = 0; i < TC_N; i++)
			t->f[i] = xstrdup(csv_record_field(rec, idx[i]));
		t->qa_needed = iq >= 0 ? xstrdup(qn) : NULL;
		if (r->ntier == r->captier) {
			r->captier = r->captier ? 2 * r->captier : 64;
			r->tiers = xreallocarray(r->tiers, r->captier,
			    sizeof(*r->tiers));
		}
		r->tiers[r->ntier++] = t;
		strmap_put(&r->tiermap, a, strlen(a), t);
	}
	return rv == -1 ? -1 : 0;
}

int
report_read(struct report *r, const char *path)
{
	struct table tb;
	int rv;

	if (table_open(&tb, path, TABLE_NAMES) == -1)
		return -1;
	if (table_col_exact(&tb, impact_cols[IC_CHANGE]) >= 0 &&
	    table_col_exact(&tb, impact_cols[IC_EFFECT_LO]) >= 0)
		rv = report_read_impact(r, &tb);
	else if (table_col_exact(&tb, exposure_cols[XC_AVOIDED]) >= 0 &&
	    table_col_exact(&tb, exposure_cols[XC_NEW_AMOUNT]) >= 0)
		rv = report_read_exposure(r, &tb);
	else if (table_col(&tb, SCORES_PERIOD) >= 0 &&
	    table_col(&tb, SCORES_GROUP) >= 0 &&
	    table_col(&tb, SCORES_KEY) >= 0)
		rv = read_scores(r, &tb);
	else if (table_col(&tb, tiers_cols[TC_AGENT]) >= 0 &&
	    table_col(&tb, tiers_cols[TC_ACTION]) >= 0 &&
	    table_col(&tb, tiers_cols[TC_REC_LEVEL]) >= 0)
		rv = read_tiers(r, &tb);
	else if (table_col_exact(&tb, "kind") >= 0 &&
	    table_col_exact(&tb, "ts") >= 0 &&
	    table_col_exact(&tb, "agent") >= 0)
		rv = report_read_events(r, &tb);
	else {
		emp_warn("%s: not an input of emp-report: no period, group "
		    "and key (scores), agent, action and rec_level (tiers), "
		    "change and effect_lo (impact), avoided and new_amount "
		    "(exposure), or kind, ts and agent (events) columns",
		    tb.name);
		rv = -1;
	}
	r->rejected += tb.rejected;
	table_close(&tb);
	return rv;
}

/* A date field (YYYY-MM-DD) or empty: 0, or 1 when it was rejected. */
static int
not_date(struct table *tb, unsigned long line, const char *name,
    const char *s, int64_t *days)
{
	char q[80];

	if (*s == '\0' || (strlen(s) == 10 &&
	    parse_date_days(s, PD_ANY_TIME, days) == PARSE_OK))
		return 0;
	msg_quote(q, sizeof(q), s, strlen(s));
	table_reject(tb, line, "field '%s': not a date (YYYY-MM-DD): '%s'",
	    name, q);
	return 1;
}

int
report_read_goals(struct report *r, const char *path)
{
	static const char *const c_due[] = { "due", "due_date", NULL };
	struct table tb;
	struct csv_record *rec;
	int ia, im, it, id, is, ib, rv;
	double d;
	char nn[128];

	if (table_open(&tb, path, TABLE_NAMES) == -1)
		return -1;
	if ((ia = table_col(&tb, "agent")) < 0 ||
	    (im = table_col(&tb, "metric")) < 0 ||
	    (it = table_col(&tb, "target")) < 0) {
		emp_warn("%s: not goals: no agent, metric and target columns",
		    tb.name);
		table_close(&tb);
		return -1;
	}
	id = table_col_any(&tb, c_due);
	is = table_col(&tb, "set");
	ib = table_col(&tb, "baseline");
	while ((rv = table_next(&tb, &rec)) == 1) {
		struct goal *g;
		const char *m, *t, *due, *set, *base;
		char q[80];
		int64_t days, sday, e;
		int mi;

		m = csv_record_field(rec, im);
		t = csv_record_field(rec, it);
		due = csv_record_field(rec, id);
		set = csv_record_field(rec, is);
		base = csv_record_field(rec, ib);
		if (*csv_record_field(rec, ia) == '\0') {
			table_reject(&tb, rec->line, "field 'agent': empty");
			continue;
		}
		mi = metric_lookup(m);
		if (strcmp(m, SCORES_INDEX) != 0 && mi < 0) {
			msg_quote(q, sizeof(q), m, strlen(m));
			table_reject(&tb, rec->line, "field 'metric': unknown "
			    "metric '%s'", q);
			continue;
		}
		if (*t == '\0') {
			table_reject(&tb, rec->line, "field 'target': empty");
			continue;
		}
		if (not_number(&tb, rec->line, "target", t, &d) ||
		    not_date(&tb, rec->line, "due", due, &days) ||
		    not_date(&tb, rec->line, "set", set, &sday))
			continue;
		if (*set != '\0' && *due != '\0' && sday > days) {
			table_reject(&tb, rec->line, "field 'set': %s is after "
			    "the due date %s", set, due);
			continue;
		}
		if (*base != '\0' && period_span(base, &sday, &e) == -1) {
			msg_quote(q, sizeof(q), base, strlen(base));
			table_reject(&tb, rec->line, "field 'baseline': not a "
			    "period: '%s'", q);
			continue;
		}
		if (r->frozen) {
			table_reject(&tb, rec->line, "goals must be read "
			    "before the scores");
			continue;
		}
		if (r->ngoal == r->capgoal) {
			r->capgoal = r->capgoal ? 2 * r->capgoal : 32;
			r->goal = xreallocarray(r->goal, r->capgoal,
			    sizeof(*r->goal));
		}
		g = &r->goal[r->ngoal++];
		memset(g, 0, sizeof(*g));
		g->agent = xstrdup(csv_record_field(rec, ia));
		g->metric = xstrdup(m);
		g->target_s = xstrdup(t);
		g->target = d;
		g->due = xstrdup(due);
		g->set = xstrdup(set);
		g->baseline = xstrdup(base);
		g->m = mi;
		g->col = report_col_add(r, m);
		g->lo = g->hi = NONE;
		if (mi >= 0 && metrics[mi].shape == SHAPE_RATE) {
			/* the bounds recover a rate below its minimum */
			g->lo = report_col_add(r, metric_col_name(nn,
			    sizeof(nn), m, MP_LO));
			g->hi = report_col_add(r, metric_col_name(nn,
			    sizeof(nn), m, MP_HI));
		}
	}
	r->rejected += tb.rejected;
	table_close(&tb);
	return rv == -1 ? -1 : 0;
}

int
report_read_ledger(struct report *r, const char *path, const char *roster)
{
	int rv;

	if (roster_load(&r->roster, roster) == -1) {
		roster_free(&r->roster);
		return -1;
	}
	if ((rv = ledger_open(&r->ledger, path, &r->roster, 0, 10)) !=
	    LEDGER_OK) {
		ledger_close(&r->ledger);
		roster_free(&r->roster);
		return rv == LEDGER_BUSY ? -2 : -1;
	}
	ledger_unlock(&r->ledger);
	/* a line not counted was reported with its line, as a rejected
	 * row is, and fails -s as one does */
	r->rejected += r->ledger.invalid;
	r->have_ledger = 1;
	r->ncst = ledger_stats(&r->ledger, LBY_AGENT, NULL, NULL, &r->cst);
	return 0;
}
