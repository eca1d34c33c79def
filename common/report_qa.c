/*
 * report_qa.c: emp-report's parts of issue 16, fair QA (report_int.h
 * states the contract):
 *  - Graders: the reviewer rows of the scores (emp-score -g reviewer):
 *    each reviewer's offset against the other reviewers of the same
 *    agents, with its 95% interval, "harsh" or "lenient" only when the
 *    interval lies wholly below or above 0 and Holm's method over the
 *    period's reviewers with a p-value (qa_offset_p) rejects 0 at 5%,
 *    "no clear difference" otherwise, "too few agents to say" without
 *    an interval (emp-score writes none below 3 agents); scores without
 *    qa_offset_p (an older emp-score, intervals too narrow): neither
 *    intervals nor verdicts; and the calibration rounds' mean deviation
 *    from the consensus;
 *  - the QA plan: the tiers' qa_needed, agents closest to a decision
 *    first (fewest evaluations needed, ties by name), and the total;
 *  - a scorecard's feedback: the agent's customer comments and QA notes
 *    of the event stream's last 28 days, newest first, at most FB_MAX of
 *    each, a challenged review marked "(challenged)".
 * Every number is shown as its stream wrote it (schema.h's number rule).
 */
#include <stdint.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "events.h"	/* msg_quote() */
#include "hash.h"
#include "parse.h"
#include "report.h"
#include "report_int.h"
#include "table.h"

#define FB_DAYS	28	/* the feedback's window, the stream's last days */

const char *const grader_cols[GR_N] = {
	[GR_PERIOD] = "period", [GR_KEY] = "key", [GR_QA] = "qa",
	[GR_QA_N] = "qa_n", [GR_OFFSET] = "qa_offset",
	[GR_OFFSET_LO] = "qa_offset_lo", [GR_OFFSET_HI] = "qa_offset_hi",
	[GR_OFFSET_P] = "qa_offset_p", [GR_ROUND] = "qa_round",
	[GR_ROUND_N] = "qa_round_n"
};

/* Reading. */

void
report_qa_grader(struct report *r, struct table *tb, struct csv_record *rec,
    const int gi[GR_N])
{
	struct grader *g;
	const char *s;
	char q[80];
	double d;
	int64_t from, to;
	size_t i;

	s = csv_record_field(rec, gi[GR_PERIOD]);
	if (*s == '\0' || *csv_record_field(rec, gi[GR_KEY]) == '\0') {
		table_reject(tb, rec->line, "no period or key");
		return;
	}
	if (period_span(s, &from, &to) == -1) {
		msg_quote(q, sizeof(q), s, strlen(s));
		table_reject(tb, rec->line, "field 'period': not a period: "
		    "'%s'", q);
		return;
	}
	for (i = GR_QA; i < GR_N; i++) {
		s = csv_record_field(rec, gi[i]);
		if (*s != '\0' && report_num(s, &d) == -1) {
			msg_quote(q, sizeof(q), s, strlen(s));
			table_reject(tb, rec->line, "field '%s': invalid "
			    "number '%s'", grader_cols[i], q);
			return;
		}
	}
	if ((*csv_record_field(rec, gi[GR_OFFSET_LO]) == '\0') !=
	    (*csv_record_field(rec, gi[GR_OFFSET_HI]) == '\0')) {
		table_reject(tb, rec->line, "fields 'qa_offset_lo' and "
		    "'qa_offset_hi': both or neither");
		return;
	}
	s = csv_record_field(rec, gi[GR_OFFSET_P]);
	if (gi[GR_OFFSET_P] >= 0 && (*s == '\0') !=
	    (*csv_record_field(rec, gi[GR_OFFSET_LO]) == '\0')) {
		table_reject(tb, rec->line, "field 'qa_offset_p': with the "
		    "interval, and only with it");
		return;
	}
	if (*s != '\0' && (report_num(s, &d) == -1 || d < 0 || d > 1)) {
		msg_quote(q, sizeof(q), s, strlen(s));
		table_reject(tb, rec->line, "field 'qa_offset_p': not a "
		    "p-value: '%s'", q);
		return;
	}
	if (r->ngrad == r->capgrad) {
		r->capgrad = r->capgrad ? 2 * r->capgrad : 32;
		r->grad = xreallocarray(r->grad, r->capgrad, sizeof(*r->grad));
	}
	g = &r->grad[r->ngrad++];
	for (i = 0; i < GR_N; i++)
		g->f[i] = xstrdup(csv_record_field(rec, gi[i]));
	g->nop = gi[GR_OFFSET_P] < 0;
}


/* Is (ts, seq) newer than b: a later time, else later in the stream? */
static int
ts_newer(const char *ts, size_t seq, const struct fbitem *b)
{
	int c = strcmp(ts, b->ts);

	return c != 0 ? c > 0 : seq > b->seq;
}

static int
fb_newer(const struct fbitem *a, const struct fbitem *b)
{
	return ts_newer(a->ts, a->seq, b);
}

static void
fb_clear(struct fbitem *it)
{
	free(it->ts);
	free(it->score);
	free(it->who);
	free(it->text);
}

/*
 * Keeps the agent's FB_MAX newest of the kind: the feedback's window is
 * the stream's last FB_DAYS days, a suffix in time, so the newest of the
 * window are among the newest of all, whatever the stream's last day
 * turns out to be.
 */
void
report_qa_feedback(struct report *r, int kind, const char *ts,
    const char *agent, const char *score, const char *who, const char *text,
    const char *challenge)
{
	struct fbagent *a;
	struct fbitem *slot;
	const char *k;
	size_t len, i;
	void *v;

	k = agent;
	len = strlen(k);
	parse_trim(&k, &len);
	if ((v = strmap_get(&r->fbmap, k, len)) == NULL) {
		if (r->nfb == r->capfb) {
			r->capfb = r->capfb ? 2 * r->capfb : 64;
			r->fb = xreallocarray(r->fb, r->capfb, sizeof(*r->fb));
		}
		memset(&r->fb[r->nfb], 0, sizeof(*r->fb));
		v = (void *)(uintptr_t)++r->nfb;
		strmap_put(&r->fbmap, k, len, v);
	}
	a = &r->fb[(uintptr_t)v - 1];
	size_t seq = r->fbseq++;

	if (a->n[kind] < FB_MAX)
		slot = &a->it[kind][a->n[kind]++];
	else {
		slot = &a->it[kind][0];
		for (i = 1; i < FB_MAX; i++)
			if (fb_newer(slot, &a->it[kind][i]))
				slot = &a->it[kind][i];
		if (!ts_newer(ts, seq, slot))
			return;
		fb_clear(slot);
	}
	slot->ts = xstrdup(ts);
	slot->score = xstrdup(score);
	slot->who = xstrdup(who);
	slot->text = xstrdup(text);
	slot->challenged = *challenge != '\0';
	slot->seq = seq;
}

void
report_qa_free(struct report *r)
{
	size_t i, k, j;

	for (i = 0; i < r->ngrad; i++)
		for (k = 0; k < GR_N; k++)
			free(r->grad[i].f[k]);
	free(r->grad);
	for (i = 0; i < r->nfb; i++)
		for (k = 0; k < FB_KINDS; k++)
			for (j = 0; j < r->fb[i].n[k]; j++)
				fb_clear(&r->fb[i].it[k][j]);
	free(r->fb);
	strmap_free(&r->fbmap);
}

/* Document building. */





/* Graders. */

enum verdict { V_HARSH, V_LENIENT, V_NONE, V_FEW, V_NOP };

#define HOLM_ALPHA	0.05

/*
 * A difference of QA points, s as the scores stream writes it, to one
 * decimal (a QA score's own precision; the stream keeps all of them),
 * signed with a + when sign is set and it is above 0.  0 is 0.0; a value
 * that is not 0 but would round to it gets the decimals that show its
 * sign (up to 4, as the stream has), so that an interval that excludes 0
 * never reads as touching it.  Text that is not a number as it is.
 */
static void
points(struct strbuf *sb, const char *s, int sign)
{
	double d, scale = 10;
	int prec = 1;

	if (report_num(s, &d) == -1) {
		sb_adds(sb, s);
		return;
	}
	while (d != 0 && round(d * scale) == 0 && prec < 4) {
		prec++;
		scale *= 10;
	}
	d = round(d * scale) / scale;
	if (d == 0)
		sb_adds(sb, "0.0");
	else
		sb_printf(sb, sign ? "%+.*f" : "%.*f", prec, d);
}

/*
 * What a reviewer's offset says, held tells whether Holm's method over
 * the period's reviewers with a p-value rejects its offset = 0: harsh or
 * lenient only then and when the interval lies wholly below or above 0.
 */
static enum verdict
grader_verdict(const struct grader *g, int held)
{
	double lo, hi;

	if (report_num(g->f[GR_OFFSET], &lo) == -1 ||
	    report_num(g->f[GR_OFFSET_LO], &lo) == -1 ||
	    report_num(g->f[GR_OFFSET_HI], &hi) == -1)
		return V_FEW;
	if (g->nop)
		return V_NOP;
	if (held && hi < 0)
		return V_HARSH;
	if (held && lo > 0)
		return V_LENIENT;
	return V_NONE;
}

struct holm {
	double	 p;
	size_t	 i;		/* the reviewer's index */
};

static int
cmp_holm(const void *a, const void *b)
{
	const struct holm *x = a, *y = b;

	if (x->p != y->p)
		return x->p < y->p ? -1 : 1;
	return (x->i > y->i) - (x->i < y->i);
}

/*
 * Holm's step-down over the n reviewers' p-values (those without one
 * are not in the family): held[i] set when reviewer i's offset = 0 is
 * rejected at HOLM_ALPHA, the family-wise error rate.
 */
static void
grader_holm(const struct grader *const *g, size_t n, int *held)
{
	struct holm *h;
	size_t i, m = 0;

	h = xcalloc(n + 1, sizeof(*h));
	for (i = 0; i < n; i++) {
		held[i] = 0;
		if (report_num(g[i]->f[GR_OFFSET_P], &h[m].p) == 0)
			h[m++].i = i;
	}
	qsort(h, m, sizeof(*h), cmp_holm);
	for (i = 0; i < m && h[i].p * (double)(m - i) < HOLM_ALPHA; i++)
		held[h[i].i] = 1;
	free(h);
}

static int
cmp_grader(const void *a, const void *b)
{
	const struct grader *x = *(const struct grader *const *)a,
	    *y = *(const struct grader *const *)b;

	return strcmp(x->f[GR_KEY], y->f[GR_KEY]);
}

/*
 * The reviewers of the latest period with reviewer rows that is not
 * after the report's, by name.
 */
static void
graders_section(const struct report *r, struct rdoc *doc)
{
	static const char *const heads[] = {
		"reviewer", "QA n", "offset (95%)", "verdict",
		"calibration (n)"
	};
	static const char *const words[] = {
		"harsh", "lenient", "no clear difference",
		"too few agents to say", "no p-value: rerun emp-score"
	};
	const struct grader **g;
	const char *per = NULL, *last = r->win[r->nwin - 1];
	struct strbuf sb = { 0 };
	struct rblock *b;
	size_t i, n = 0, nv[5] = { 0 };
	enum verdict v;
	int *held, nop = 0;

	rdoc_block(doc, RB_H2, "Graders");
	for (i = 0; i < r->ngrad; i++) {
		const char *p = r->grad[i].f[GR_PERIOD];

		if (strcmp(p, last) <= 0 && (per == NULL || strcmp(p, per) > 0))
			per = p;
	}
	if (per == NULL) {
		sb_printf(&sb, "No reviewer rows in the scores up to %s.",
		    last);
		rdoc_para(doc, &sb);
		sb_free(&sb);
		return;
	}
	g = xcalloc(r->ngrad, sizeof(*g));
	for (i = 0; i < r->ngrad; i++)
		if (strcmp(r->grad[i].f[GR_PERIOD], per) == 0)
			g[n++] = &r->grad[i];
	qsort(g, n, sizeof(*g), cmp_grader);
	held = xcalloc(n + 1, sizeof(*held));
	grader_holm(g, n, held);
	for (i = 0; i < n; i++) {
		nv[grader_verdict(g[i], held[i])]++;
		nop |= g[i]->nop;
	}
	sb_printf(&sb, "How each reviewer's QA scores compare with the other "
	    "reviewers' scores of the same agents in %s (emp-score -g "
	    "reviewer): the offset is how much higher or lower the reviewer "
	    "scores the agents they grade than the other reviewers grading "
	    "the same agents, measured from the median reviewer, with its "
	    "95%% interval over the agents.  A reviewer "
	    "is harsh or lenient only when the interval lies wholly below or "
	    "above 0 (and holds for the number of reviewers compared); "
	    "without an interval (fewer than 3 agents shared with "
	    "other reviewers) there is too little to say.  Calibration: the "
	    "mean deviation from the median score of the contacts several "
	    "reviewers graded, with their number.", per);
	rdoc_para(doc, &sb);
	if (nop)
		sb_printf(&sb, "These scores have no p-values (qa_offset_p: "
		    "an emp-score before them, whose intervals were too "
		    "narrow): no interval is shown and no reviewer is called "
		    "harsh or lenient; rerun emp-score -g reviewer.");
	else
		sb_printf(&sb, "Verdicts are corrected for the number of "
		    "reviewers compared (Holm's method on the bootstrap "
		    "p-values, 5%% for all %zu together).", n);
	rdoc_para(doc, &sb);
	if (nop)
		sb_printf(&sb, "%zu reviewer%s, no verdicts.", n,
		    n == 1 ? "" : "s");
	else
		sb_printf(&sb, "%zu reviewer%s: %zu harsh, %zu lenient, %zu "
		    "with no clear difference, %zu with too few agents to "
		    "say.", n, n == 1 ? "" : "s", nv[V_HARSH], nv[V_LENIENT],
		    nv[V_NONE], nv[V_FEW]);
	rdoc_para(doc, &sb);
	b = rdoc_table(doc, RB_TABLE, 5, heads, NULL);
	for (i = 0; i < n; i++) {
		const struct grader *x = g[i];

		v = grader_verdict(x, held[i]);
		rblock_cell(b, TONE_PLAIN, x->f[GR_KEY]);
		rblock_cell(b, TONE_NUM, report_or_dash(x->f[GR_QA_N]));
		if (*x->f[GR_OFFSET] == '\0')
			sb_adds(&sb, REPORT_DASH);
		else {
			points(&sb, x->f[GR_OFFSET], 1);
			if (*x->f[GR_OFFSET_LO] != '\0' && !x->nop) {
				sb_adds(&sb, " (");
				points(&sb, x->f[GR_OFFSET_LO], 0);
				sb_adds(&sb, " to ");
				points(&sb, x->f[GR_OFFSET_HI], 0);
				sb_addc(&sb, ')');
			}
		}
		rblock_cell(b, TONE_NUM | TONE_WHOLE, sb_str(&sb));
		sb.len = 0;
		rblock_cell(b, (v == V_HARSH || v == V_LENIENT ? TONE_BAD :
		    TONE_PLAIN) | TONE_WHOLE, words[v]);
		if (*x->f[GR_ROUND] == '\0')
			sb_adds(&sb, REPORT_DASH);
		else {
			points(&sb, x->f[GR_ROUND], 1);
			sb_printf(&sb, " (%s)",
			    report_or_dash(x->f[GR_ROUND_N]));
		}
		rblock_cell(b, TONE_NUM | TONE_WHOLE, sb_str(&sb));
		sb.len = 0;
	}
	free(held);
	free(g);
	sb_free(&sb);
}

/* The QA plan. */

struct pitem {
	const struct tierrow *t;
	long	 need;
};

static int
cmp_pitem(const void *a, const void *b)
{
	const struct pitem *x = a, *y = b;

	if (x->need != y->need)
		return x->need < y->need ? -1 : 1;
	return strcmp(x->t->agent, y->t->agent);
}

/* Is the tier row one of the team's agents (team NULL: every one)? */
static int
plan_of_team(const struct report *r, const struct tierrow *t,
    const char *team)
{
	return team == NULL ||
	    strcmp(report_team_of_agent(r, t->agent), team) == 0;
}

static void
plan_section(const struct report *r, const char *team, struct rdoc *doc)
{
	static const char *const heads[] = {
		"agent", "team", "QA evaluations needed", "action"
	};
	struct pitem *p = xcalloc(r->ntier + 1, sizeof(*p));
	struct strbuf sb = { 0 };
	struct rblock *b;
	size_t i, n = 0;
	long total = 0, need;
	char *end;

	rdoc_block(doc, RB_H2, "QA plan for this week");
	for (i = 0; i < r->ntier; i++) {
		const struct tierrow *t = r->tiers[i];

		if (t->qa_needed == NULL || *t->qa_needed == '\0' ||
		    !plan_of_team(r, t, team))
			continue;
		need = strtol(t->qa_needed, &end, 10);
		if (need <= 0)
			continue;
		p[n].t = t;
		p[n++].need = need;
		total += need;
	}
	if (n == 0) {
		rdoc_block(doc, RB_PARA, team == NULL ? "No agent needs more "
		    "QA evaluations for a decision on their QA gate (emp-tier "
		    "--plan)." : "No agent of the team needs more QA "
		    "evaluations for a decision on their QA gate (emp-tier "
		    "--plan).");
		free(p);
		return;
	}
	qsort(p, n, sizeof(*p), cmp_pitem);
	sb_printf(&sb, "%ld QA evaluation%s for %zu agent%s, to decide their "
	    "QA gates (emp-tier --plan); the agents closest to a decision "
	    "first:", total, total == 1 ? "" : "s", n, n == 1 ? "" : "s");
	rdoc_para(doc, &sb);
	b = rdoc_table(doc, RB_TABLE, 4, heads, NULL);
	for (i = 0; i < n; i++) {
		rblock_cell(b, TONE_PLAIN, p[i].t->agent);
		rblock_cell(b, TONE_PLAIN, report_team_of_agent(r,
		    p[i].t->agent));
		sb_printf(&sb, "%ld", p[i].need);
		rblock_cell(b, TONE_NUM, sb_str(&sb));
		sb.len = 0;
		rblock_cell(b, TONE_PLAIN, p[i].t->f[TC_ACTION]);
	}
	free(p);
	sb_free(&sb);
}

void
report_qa_team(const struct report *r, const char *team, struct rdoc *doc)
{
	if (r->ngrad > 0)
		graders_section(r, doc);
	if (r->have_plan)
		plan_section(r, team, doc);
}

/* A scorecard's feedback. */

static int
cmp_fb(const void *a, const void *b)
{
	const struct fbitem *x = *(const struct fbitem *const *)a,
	    *y = *(const struct fbitem *const *)b;

	return fb_newer(x, y) ? -1 : fb_newer(y, x) ? 1 : 0;
}

/* The first day of the feedback's window, in from (11 bytes). */
static void
fb_from(const struct report *r, char from[11])
{
	int64_t days, y;
	unsigned m, d;

	from[0] = '\0';
	if (parse_date_days(r->evlast, PD_ANY_TIME, &days) != PARSE_OK)
		return;
	civil_from_days(days - (FB_DAYS - 1), &y, &m, &d);
	snprintf(from, 11, "%04d-%02u-%02u", (int)y, m, d);
}

static void
fb_list(const struct report *r, const struct fbagent *a, int kind,
    const char *from, struct rdoc *doc)
{
	static const char *const sh[] = { "date", "CSAT", "comment" };
	static const char *const qh[] = { "date", "reviewer", "QA", "note" };
	const struct fbitem *s[FB_MAX];
	struct strbuf sb = { 0 };
	struct rblock *b;
	size_t i, n = 0;
	char date[11];

	for (i = 0; a != NULL && i < a->n[kind]; i++)
		if (strncmp(a->it[kind][i].ts, from, 10) >= 0)
			s[n++] = &a->it[kind][i];
	if (n == 0) {
		sb_printf(&sb, "No %s from %s to %s.", kind == FB_QA ?
		    "QA notes" : "customer comments", from, r->evlast);
		rdoc_para(doc, &sb);
		sb_free(&sb);
		return;
	}
	qsort(s, n, sizeof(*s), cmp_fb);
	sb_printf(&sb, "%s, %s to %s, newest first%s:", kind == FB_QA ?
	    "QA notes" : "Customer comments", from, r->evlast, n == FB_MAX ?
	    " (the latest 10)" : "");
	rdoc_para(doc, &sb);
	b = rdoc_table(doc, RB_TABLE, kind == FB_QA ? 4 : 3,
	    kind == FB_QA ? qh : sh, NULL);
	for (i = 0; i < n; i++) {
		snprintf(date, sizeof(date), "%.10s", s[i]->ts);
		rblock_cell(b, TONE_PLAIN, date);
		if (kind == FB_QA)
			rblock_cell(b, *s[i]->who ? TONE_PLAIN : TONE_NA,
			    report_or_dash(s[i]->who));
		rblock_cell(b, *s[i]->score ? TONE_NUM : TONE_NA | TONE_NUM,
		    report_or_dash(s[i]->score));
		sb_adds(&sb, s[i]->text);
		if (s[i]->challenged)
			sb_adds(&sb, " (challenged)");
		rblock_cell(b, TONE_PLAIN | TONE_WHOLE, sb_str(&sb));
		sb.len = 0;
	}
	sb_free(&sb);
}

void
report_qa_agent(const struct report *r, const char *agent,
    struct rdoc *doc)
{
	const struct tierrow *t;
	const struct fbagent *a = NULL;
	struct strbuf sb = { 0 };
	const char *k;
	size_t len;
	void *v;
	char from[11];
	long need;

	if (r->have_plan && (t = strmap_get(&r->tiermap, agent,
	    strlen(agent))) != NULL && t->qa_needed != NULL &&
	    *t->qa_needed != '\0') {
		rdoc_block(doc, RB_H2, "QA plan");
		need = strtol(t->qa_needed, NULL, 10);
		if (need > 0)
			sb_printf(&sb, "Your QA gate needs %ld more QA "
			    "evaluation%s to be decided.", need, need == 1 ?
			    "" : "s");
		else
			sb_adds(&sb, "Your QA gate needs no more QA "
			    "evaluations to be decided.");
		rdoc_para(doc, &sb);
	}
	sb_free(&sb);
	if (!r->have_events)
		return;
	rdoc_block(doc, RB_H2, "Feedback");
	if (r->evlast[0] == '\0') {
		rdoc_block(doc, RB_PARA, "No feedback: the event stream holds "
		    "no events.");
		return;
	}
	k = agent;
	len = strlen(k);
	parse_trim(&k, &len);
	if ((v = strmap_get(&r->fbmap, k, len)) != NULL)
		a = &r->fb[(uintptr_t)v - 1];
	fb_from(r, from);
	fb_list(r, a, FB_SURVEY, from, doc);
	fb_list(r, a, FB_QA, from, doc);
}
