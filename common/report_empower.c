/*
 * report_empower.c: emp-report's inputs and sections of issue 15: the
 * impact stream (emp-impact(5), "Impact of empowerment"), the exposure
 * stream (emp-exposure(5), "Authority and exposure") and the coaching
 * sessions of an event stream (emp-events(5)): the scorecard's list and
 * the team report's line per team (report_int.h states the contract).
 *
 * Every number is shown as the stream wrote it (schema.h's number rule);
 * the only ones computed here are minutes from seconds.  An effect whose
 * interval holds 0 is "no clear change", never better or worse; a row
 * without an estimate says its note instead of a number.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "events.h"	/* msg_quote() */
#include "parse.h"
#include "report.h"
#include "report_int.h"
#include "roster.h"
#include "schema.h"
#include "table.h"


/* Reading. */

/* Reports a field that is neither empty nor a number; 1 when so. */
static int
bad_number(struct table *tb, unsigned long line, const char *name,
    const char *s)
{
	char q[80];
	double d;

	if (*s == '\0' || report_num(s, &d) == 0)
		return 0;
	msg_quote(q, sizeof(q), s, strlen(s));
	table_reject(tb, line, "field '%s': invalid number '%s'", name, q);
	return 1;
}

static int
group_ok(const char *g)
{
	return strcmp(g, "agent") == 0 || strcmp(g, "team") == 0 ||
	    strcmp(g, "all") == 0;
}

int
report_read_impact(struct report *r, struct table *tb)
{
	struct csv_record *rec;
	int idx[IC_N], rv, bad;
	size_t i;

	for (i = 0; i < IC_N; i++)
		if ((idx[i] = table_col_exact(tb, impact_cols[i])) < 0)
			return table_no_column(tb, "an impact stream "
			    "(emp-impact(5))", impact_cols[i]);
	r->have_impact = 1;
	while ((rv = table_next(tb, &rec)) == 1) {
		const char *ch = csv_record_field(rec, idx[IC_CHANGE]);
		struct improw *m;

		if (strcmp(ch, IMPACT_AUTHORITY) != 0 &&
		    strcmp(ch, IMPACT_COACHING) != 0) {
			table_reject(tb, rec->line, "field 'change': not "
			    "authority or coaching");
			continue;
		}
		if (!group_ok(csv_record_field(rec, idx[IC_GROUP]))) {
			table_reject(tb, rec->line, "field 'group': not agent, "
			    "team or all");
			continue;
		}
		if (*csv_record_field(rec, idx[IC_KEY]) == '\0' ||
		    *csv_record_field(rec, idx[IC_METRIC]) == '\0') {
			table_reject(tb, rec->line, "no key or metric");
			continue;
		}
		for (i = IC_TREATED, bad = 0; i <= IC_EFFECT_HI && !bad; i++)
			bad = bad_number(tb, rec->line, impact_cols[i],
			    csv_record_field(rec, idx[i]));
		if (bad)
			continue;
		if ((*csv_record_field(rec, idx[IC_EFFECT]) == '\0') !=
		    (*csv_record_field(rec, idx[IC_EFFECT_LO]) == '\0') ||
		    (*csv_record_field(rec, idx[IC_EFFECT]) == '\0') !=
		    (*csv_record_field(rec, idx[IC_EFFECT_HI]) == '\0')) {
			table_reject(tb, rec->line, "fields 'effect', "
			    "'effect_lo' and 'effect_hi': all or none");
			continue;
		}
		if (r->nimp == r->capimp) {
			r->capimp = r->capimp ? 2 * r->capimp : 64;
			r->imp = xreallocarray(r->imp, r->capimp,
			    sizeof(*r->imp));
		}
		m = &r->imp[r->nimp++];
		for (i = 0; i < IC_N; i++)
			m->f[i] = xstrdup(csv_record_field(rec, idx[i]));
	}
	return rv == -1 ? -1 : 0;
}

int
report_read_exposure(struct report *r, struct table *tb)
{
	struct csv_record *rec;
	int idx[XC_N], rv, bad;
	size_t i;

	for (i = 0; i < XC_N; i++)
		if ((idx[i] = table_col_exact(tb, exposure_cols[i])) < 0 &&
		    i < XC_BASE_N)
			return table_no_column(tb, "an exposure stream "
			    "(emp-exposure(5))", exposure_cols[i]);
	r->have_exposure = 1;
	if (idx[XC_ALT_REC_LIMIT] >= 0)
		r->exp_alt = 1;
	while ((rv = table_next(tb, &rec)) == 1) {
		struct exprow *x;

		if (!group_ok(csv_record_field(rec, idx[XC_GROUP]))) {
			table_reject(tb, rec->line, "field 'group': not agent, "
			    "team or all");
			continue;
		}
		if (*csv_record_field(rec, idx[XC_KEY]) == '\0') {
			table_reject(tb, rec->line, "field 'key': empty");
			continue;
		}
		for (i = XC_LEVEL, bad = 0; i < XC_N && !bad; i++)
			bad = bad_number(tb, rec->line, exposure_cols[i],
			    csv_record_field(rec, idx[i]));
		if (bad)
			continue;
		if (r->nxrow == r->capxrow) {
			r->capxrow = r->capxrow ? 2 * r->capxrow : 64;
			r->xrow = xreallocarray(r->xrow, r->capxrow,
			    sizeof(*r->xrow));
		}
		x = &r->xrow[r->nxrow++];
		for (i = 0; i < XC_N; i++)
			x->f[i] = xstrdup(csv_record_field(rec, idx[i]));
	}
	return rv == -1 ? -1 : 0;
}

/* The UTC date of an event's time (its first 10 characters, a day that
 * exists); 0, or -1. */
static int
ts_date(const char *ts, char date[11])
{
	int64_t days;

	if (strlen(ts) < 10)
		return -1;
	memcpy(date, ts, 10);
	date[10] = '\0';
	if (parse_date_days(date, PD_ANY_TIME, &days) != PARSE_OK ||
	    (ts[10] != '\0' && ts[10] != 'T' && ts[10] != ' '))
		return -1;
	return 0;
}

/*
 * The coaching rows of an event stream: the other kinds only widen the
 * stream's span.  coach, focus and comment are bound by name; a column
 * the stream does not have reads as empty.
 */
int
report_read_events(struct report *r, struct table *tb)
{
	struct csv_record *rec;
	int ik = table_col_exact(tb, "kind"), it = table_col_exact(tb, "ts"),
	    ia = table_col_exact(tb, "agent"),
	    ic = table_col_exact(tb, "coach"),
	    ifo = table_col_exact(tb, "focus"),
	    ico = table_col_exact(tb, "comment"),
	    ics = table_col_exact(tb, "csat"), iq = table_col_exact(tb, "qa"),
	    irv = table_col_exact(tb, "reviewer"),
	    ich = table_col_exact(tb, "challenge");
	int rv;
	char date[11], q[80];

	r->have_events = 1;
	while ((rv = table_next(tb, &rec)) == 1) {
		const char *ts = csv_record_field(rec, it), *k;
		struct session *s;

		if (ts_date(ts, date) == -1) {
			msg_quote(q, sizeof(q), ts, strlen(ts));
			table_reject(tb, rec->line, "field 'ts': not a time "
			    "(YYYY-MM-DDTHH:MM:SSZ): '%s'", q);
			continue;
		}
		/* the span of activity, as emp-score's: hires and exits,
		 * which reach back years, do not stretch it */
		k = csv_record_field(rec, ik);
		if (strcmp(k, "hire") != 0 && strcmp(k, "exit") != 0) {
			if (r->evfirst[0] == '\0' ||
			    strcmp(date, r->evfirst) < 0)
				memcpy(r->evfirst, date, sizeof(date));
			if (strcmp(date, r->evlast) > 0)
				memcpy(r->evlast, date, sizeof(date));
		}
		if ((strcmp(k, "survey") == 0 || strcmp(k, "qa") == 0) &&
		    *csv_record_field(rec, ico) != '\0' &&
		    *csv_record_field(rec, ia) != '\0') {
			int qa = k[0] == 'q';

			report_qa_feedback(r, qa ? FB_QA : FB_SURVEY, ts,
			    csv_record_field(rec, ia),
			    csv_record_field(rec, qa ? iq : ics),
			    qa ? csv_record_field(rec, irv) : "",
			    csv_record_field(rec, ico),
			    csv_record_field(rec, ich));
			continue;
		}
		if (strcmp(k, "coaching") != 0)
			continue;
		if (*csv_record_field(rec, ia) == '\0') {
			table_reject(tb, rec->line, "field 'agent': empty");
			continue;
		}
		if (r->nses == r->capses) {
			r->capses = r->capses ? 2 * r->capses : 64;
			r->ses = xreallocarray(r->ses, r->capses,
			    sizeof(*r->ses));
		}
		s = &r->ses[r->nses];
		s->seq = r->nses++;
		s->agent = xstrdup(csv_record_field(rec, ia));
		s->date = xstrdup(date);
		s->coach = xstrdup(csv_record_field(rec, ic));
		s->focus = xstrdup(csv_record_field(rec, ifo));
		s->note = xstrdup(csv_record_field(rec, ico));
	}
	return rv == -1 ? -1 : 0;
}

void
report_empower_free(struct report *r)
{
	size_t i, k;

	for (i = 0; i < r->nimp; i++)
		for (k = 0; k < IC_N; k++)
			free(r->imp[i].f[k]);
	free(r->imp);
	for (i = 0; i < r->nxrow; i++)
		for (k = 0; k < XC_N; k++)
			free(r->xrow[i].f[k]);
	free(r->xrow);
	for (i = 0; i < r->nses; i++) {
		free(r->ses[i].agent);
		free(r->ses[i].date);
		free(r->ses[i].coach);
		free(r->ses[i].focus);
		free(r->ses[i].note);
	}
	free(r->ses);
}

/* Document building: rdoc_block() and rblock_cell() (report.c), and: */



/* Impact of empowerment. */



/*
 * A number of the impact stream as the report shows it: rates to 3
 * decimals, means to one fewer than the scores write (the stream keeps
 * more, for programs); REPORT_DASH when empty.  In buf (64 bytes).
 */
static const char *
imp_num(const char *metric, const char *s, char *buf)
{
	int m = metric_lookup(metric), dec;
	double d;

	if (*s == '\0' || report_num(s, &d) == -1)
		return report_or_dash(s);
	dec = m < 0 ? 3 : metrics[m].shape == SHAPE_RATE ? 3 :
	    metrics[m].decimals > 1 ? metrics[m].decimals - 1 : 1;
	num_fmt(buf, 64, d, dec, 0);
	return buf;
}

/*
 * The metrics whose authority effects the section shows: those of the
 * empowerment index (a default weight above 0: AHT, FCR, transfers,
 * CSAT share, NPS, QA, decision escalations).  The stream has every
 * metric; showing all of them would show a few "clear" effects by
 * chance alone.
 */
static int
imp_core(const char *metric)
{
	int m = metric_lookup(metric);

	return m >= 0 && metrics[m].weight > 0;
}

static int
metric_lower_better(const char *name)
{
	int m = metric_lookup(name);

	return m >= 0 && metrics[m].lower_better;
}

/* Is a row of the section's: all, or team (of team, when one is
 * given)? */
static int
imp_shown(const struct improw *m, const char *team)
{
	if (strcmp(m->f[IC_CHANGE], IMPACT_AUTHORITY) == 0 &&
	    !imp_core(m->f[IC_METRIC]))
		return 0;
	if (strcmp(m->f[IC_GROUP], "all") == 0)
		return 1;
	return strcmp(m->f[IC_GROUP], "team") == 0 &&
	    (team == NULL || strcmp(m->f[IC_KEY], team) == 0);
}

/*
 * One row, worded: "All agents, CSAT (share of 4-5): +0.10 (0.07 to
 * 0.13), better: 12 changes against 10 unchanged agents, 2026-W05..
 * 2026-W08 against 2026-W01..2026-W04."  An interval that holds 0: "no
 * clear change"; no estimate: the note.
 */
static void
impact_sentence(struct strbuf *sb, const struct improw *m)
{
	int coach = strcmp(m->f[IC_CHANGE], IMPACT_COACHING) == 0;
	double e, lo, hi, nc;
	const char *note = m->f[IC_NOTE], *mt = m->f[IC_METRIC], *dots;
	char b1[64], b2[64], b3[64];

	if (strcmp(m->f[IC_GROUP], "all") == 0)
		sb_adds(sb, "All agents, ");
	else
		sb_printf(sb, "%s %s, ", strcmp(m->f[IC_GROUP], "team") == 0 ?
		    "Team" : "Agent", m->f[IC_KEY]);
	sb_printf(sb, "%s: ", report_col_label(m->f[IC_METRIC]));
	if (report_num(m->f[IC_EFFECT], &e) == -1 ||
	    report_num(m->f[IC_EFFECT_LO], &lo) == -1 ||
	    report_num(m->f[IC_EFFECT_HI], &hi) == -1) {
		sb_printf(sb, "no estimate: %s", *note != '\0' ? note :
		    "the stream gives none");
		if (*m->f[IC_BEFORE] != '\0' && *m->f[IC_AFTER] != '\0')
			sb_printf(sb, " (the %s agents: %s before, %s after)",
			    coach ? "coached" : "changed",
			    imp_num(mt, m->f[IC_BEFORE], b1),
			    imp_num(mt, m->f[IC_AFTER], b2));
		sb_addc(sb, '.');
		return;
	}
	imp_num(mt, m->f[IC_EFFECT], b1);
	imp_num(mt, m->f[IC_EFFECT_LO], b2);
	imp_num(mt, m->f[IC_EFFECT_HI], b3);
	if (lo <= 0 && hi >= 0) {
		sb_adds(sb, "no clear change (");
		report_signed(sb, b1);
		sb_printf(sb, ", %s to %s)", b2, b3);
	} else {
		report_signed(sb, b1);
		sb_printf(sb, " (%s to %s), %s", b2, b3, (e > 0) !=
		    metric_lower_better(mt) ? "better" : "worse");
	}
	sb_printf(sb, ": %s %s%s against %s %s %s",
	    report_or_dash(m->f[IC_TREATED]), coach ? "session" : "change", report_num(m->f[IC_TREATED], &nc) ==
	    0 && nc == 1 ? "" : "s", report_or_dash(m->f[IC_CONTROLS]),
	    coach ? "uncoached" : "unchanged",
	    report_num(m->f[IC_CONTROLS], &nc) == 0 && nc == 1 ? "agent" :
	    "agents");
	if ((dots = strstr(m->f[IC_CHANGED], "..")) != NULL)
		/* several days of change: each has its own windows, and
		 * the union of them says nothing */
		sb_printf(sb, ", %s from %.*s to %s, each over the periods "
		    "before and after its own day", coach ? "sessions" :
		    "changes", (int)(dots - m->f[IC_CHANGED]),
		    m->f[IC_CHANGED], dots + 2);
	else if (*m->f[IC_AFTER_WINDOW] != '\0' &&
	    *m->f[IC_BEFORE_WINDOW] != '\0')
		sb_printf(sb, ", %s against %s", m->f[IC_AFTER_WINDOW],
		    m->f[IC_BEFORE_WINDOW]);
	if (*note != '\0')
		sb_printf(sb, " (%s)", note);
	sb_addc(sb, '.');
}

/* The effect as a table cell shows it: never without its interval,
 * "+0.053 (-0.007 to 0.112)"; a dash when there is none. */
static void
imp_effect_cell(struct strbuf *sb, const struct improw *m)
{
	const char *mt = m->f[IC_METRIC];
	char b1[64];
	double d;

	if (report_num(m->f[IC_EFFECT], &d) == -1 ||
	    report_num(m->f[IC_EFFECT_LO], &d) == -1 ||
	    report_num(m->f[IC_EFFECT_HI], &d) == -1) {
		sb_adds(sb, REPORT_DASH);
		return;
	}
	report_signed(sb, imp_num(mt, m->f[IC_EFFECT], b1));
	sb_printf(sb, " (%s", imp_num(mt, m->f[IC_EFFECT_LO], b1));
	sb_printf(sb, " to %s)", imp_num(mt, m->f[IC_EFFECT_HI], b1));
}

static void
impact_section(const struct report *r, const char *team, struct rdoc *doc)
{
	static const char *const kinds[2] = {
		IMPACT_AUTHORITY, IMPACT_COACHING
	};
	static const char *const heads[6] = {
		"metric", "before", "after", "control before",
		"control after", "effect (95%)"
	};
	/* the before and after columns, in the order of heads */
	static const int pair[4] = {
		IC_BEFORE, IC_AFTER, IC_CONTROL_BEFORE, IC_CONTROL_AFTER
	};
	struct strbuf sb = { 0 };
	struct rblock *b;
	size_t i, k, n, nall, shown, nest, q;
	char b1[64];
	double d;

	rdoc_block(doc, RB_H2, "Impact of empowerment");
	rdoc_block(doc, RB_PARA, "How the agents' metrics moved after a "
	    "change of their authority (level or limit) or a coaching "
	    "session, against the agents without one over the same periods "
	    "(a difference in differences, emp-impact(5)): the effect with "
	    "its 95% interval.  An interval that holds 0 is no clear change.  "
	    "Authority changes are shown on the metrics of the empowerment "
	    "index, coaching on each session's focus; the impact stream has "
	    "the others.");
	for (i = 0, nest = 0; i < r->nimp; i++)
		if (imp_shown(&r->imp[i], team) &&
		    report_num(r->imp[i].f[IC_EFFECT_LO], &d) == 0)
			nest++;
	if (nest >= 10) {
		sb_printf(&sb, "Each interval misses the true effect 1 time in "
		    "20: of the %zu estimates below, about %zu may look clear "
		    "by chance alone, so a lone clear effect among many is "
		    "weak evidence; one that holds across teams and over "
		    "later periods is stronger.", nest, (nest + 10) / 20);
		rdoc_para(doc, &sb);
	}
	for (k = 0, shown = 0; k < 2; k++) {
		for (i = 0, n = 0, nall = 0; i < r->nimp; i++)
			if (strcmp(r->imp[i].f[IC_CHANGE], kinds[k]) == 0 &&
			    imp_shown(&r->imp[i], team)) {
				n++;
				nall += strcmp(r->imp[i].f[IC_GROUP], "all") ==
				    0;
			}
		if (n == 0)
			continue;
		shown += n;
		rdoc_block(doc, RB_PARA, k == 0 ? "Authority changes:" :
		    "Coaching sessions:");
		if (nall > 0) {
			b = rdoc_table(doc, RB_PAIRS, 6, heads, k == 0 ?
			    "authority changes" : "coaching sessions");
			for (i = 0; i < r->nimp; i++) {
				const struct improw *m = &r->imp[i];

				if (strcmp(m->f[IC_CHANGE], kinds[k]) != 0 ||
				    strcmp(m->f[IC_GROUP], "all") != 0)
					continue;
				if (!imp_shown(m, team))
					continue;
				rblock_cell(b, TONE_PLAIN,
				    report_col_label(m->f[IC_METRIC]));
				for (q = 0; q < 4; q++)
					rblock_cell(b, TONE_NUM, imp_num(
					    m->f[IC_METRIC], m->f[pair[q]], b1));
				imp_effect_cell(&sb, m);
				rblock_cell(b, TONE_NUM, sb_str(&sb));
				sb.len = 0;
			}
		}
		for (i = 0; i < r->nimp; i++) {
			if (strcmp(r->imp[i].f[IC_CHANGE], kinds[k]) != 0 ||
			    !imp_shown(&r->imp[i], team))
				continue;
			impact_sentence(&sb, &r->imp[i]);
			rdoc_para(doc, &sb);
		}
	}
	if (shown == 0)
		rdoc_block(doc, RB_PARA, team == NULL ? "No rows of the "
		    "center or of a team in the impact stream." : "No rows of "
		    "the team or the center in the impact stream.");
	sb_free(&sb);
}

/* Authority and exposure. */

/* Minutes from a seconds field, to a tenth; "" when empty. */
static void
minutes(char *buf, size_t size, const char *s)
{
	double d;

	if (report_num(s, &d) == -1) {
		snprintf(buf, size, "%s", REPORT_DASH);
		return;
	}
	num_fmt(buf, size, d / 60, 1, 0);
}

/* "R (LO to HI)", "too few outcomes (4, fewer than 10; LO to HI)", or
 * "no outcomes known". */
static void
mistake_rate(struct strbuf *sb, const struct exprow *x)
{
	double o;

	if (*x->f[XC_MISTAKE_RATE] != '\0')
		sb_printf(sb, "%s (%s to %s)", x->f[XC_MISTAKE_RATE],
		    report_or_dash(x->f[XC_MISTAKE_LO]),
		    report_or_dash(x->f[XC_MISTAKE_HI]));
	else if (report_num(x->f[XC_OUTCOMES], &o) == 0 && o > 0) {
		sb_printf(sb, "too few outcomes (%s, fewer than 10",
		    x->f[XC_OUTCOMES]);
		if (*x->f[XC_MISTAKE_LO] != '\0')
			sb_printf(sb, "; %s to %s", x->f[XC_MISTAKE_LO],
			    report_or_dash(x->f[XC_MISTAKE_HI]));
		sb_addc(sb, ')');
	} else
		sb_adds(sb, "no outcomes known");
}

/* "C (at most H)", or "not estimated". */
static void
expected_cost(struct strbuf *sb, const struct exprow *x, const char *c,
    const char *hi)
{
	double o, m;

	if (*c == '\0' && report_num(x->f[XC_OUTCOMES], &o) == 0 &&
	    report_num(x->f[XC_MISTAKES], &m) == 0 && o >= 10 && m == 0)
		/* a rate of 0 is no cost of 0: the interval's upper end is
		 * not, and there is no mistake's cost to go by */
		sb_adds(sb, "not estimated (no mistake among the outcomes "
		    "known, so no cost of one to go by)");
	else if (*c == '\0')
		sb_adds(sb, "not estimated");
	else if (*hi != '\0')
		sb_printf(sb, "%s (%s at the upper end of the mistake rate's "
		    "95%% interval)", c, hi);
	else
		sb_adds(sb, c);
}

static void
exposure_sentence(struct strbuf *sb, const struct report *r,
    const struct exprow *x)
{
	char m[32];
	double o;

	if (strcmp(x->f[XC_GROUP], "all") == 0)
		sb_adds(sb, "All agents: ");
	else
		sb_printf(sb, "Team %s: ", x->f[XC_KEY]);
	minutes(m, sizeof(m), x->f[XC_AVOIDED_S]);
	sb_printf(sb, "%s decisions, %s escalated; the recommended limits "
	    "would avoid %s escalations (%s approval minutes saved) and "
	    "bring %s decisions, %s in amount, newly within authority.  ",
	    report_or_dash(x->f[XC_DECISIONS]),
	    report_or_dash(x->f[XC_ESCALATED]),
	    report_or_dash(x->f[XC_AVOIDED]), m,
	    report_or_dash(x->f[XC_NEW_DECISIONS]),
	    report_or_dash(x->f[XC_NEW_AMOUNT]));
	if (report_num(x->f[XC_OUTCOMES], &o) == 0 && o > 0) {
		sb_adds(sb, "Mistake rate ");
		mistake_rate(sb, x);
		sb_printf(sb, " over %s outcomes (%s mistakes)",
		    x->f[XC_OUTCOMES], report_or_dash(x->f[XC_MISTAKES]));
	} else
		sb_adds(sb, "No decision's outcome known: no mistake rate");
	sb_adds(sb, "; expected cost of mistakes in the new band: ");
	expected_cost(sb, x, x->f[XC_EXPECTED_COST],
	    x->f[XC_EXPECTED_COST_HI]);
	sb_addc(sb, '.');
	if (r->exp_alt) {
		minutes(m, sizeof(m), x->f[XC_ALT_AVOIDED_S]);
		sb_printf(sb, "  Under the compared policy: %s escalations "
		    "avoided (%s minutes saved), %s decisions, %s in amount, "
		    "newly within authority; expected cost ",
		    report_or_dash(x->f[XC_ALT_AVOIDED]), m,
		    report_or_dash(x->f[XC_ALT_NEW_DECISIONS]),
		    report_or_dash(x->f[XC_ALT_NEW_AMOUNT]));
		expected_cost(sb, x, x->f[XC_ALT_EXPECTED_COST],
		    x->f[XC_ALT_EXPECTED_COST_HI]);
		sb_addc(sb, '.');
	}
}

/* An agent row whose recommended limit is above the current one. */
static int
raised(const struct exprow *x)
{
	double l, rl;

	return strcmp(x->f[XC_GROUP], "agent") == 0 &&
	    report_num(x->f[XC_LIMIT], &l) == 0 &&
	    report_num(x->f[XC_REC_LIMIT], &rl) == 0 && rl > l;
}

static void
exposure_section(const struct report *r, const char *team,
    struct rdoc *doc)
{
	static const char *const heads[] = {
		"agent", "team", "limit", "recommended", "escalations avoided",
		"minutes saved", "newly within", "mistake rate (95%)",
		"expected cost", "compared: limit", "compared: avoided",
		"compared: newly within", "compared: expected cost"
	};
	struct strbuf sb = { 0 };
	struct rblock *b = NULL;
	const char *window = NULL;
	size_t i;
	char m[32];

	rdoc_block(doc, RB_H2, "Authority and exposure");
	for (i = 0; i < r->nxrow; i++)
		if (r->xrow[i].f[XC_WINDOW][0] != '\0') {
			window = r->xrow[i].f[XC_WINDOW];
			break;
		}
	sb_printf(&sb, "What the recommended limits would change over the "
	    "evidence window%s%s: the escalations that would no longer need "
	    "an approval, the approval time saved, the decisions newly "
	    "within the agent's authority, and the expected cost of the "
	    "mistakes in that band, from the mistake rate of the decisions "
	    "whose outcome is known (emp-exposure(5)).", window ? " " : "",
	    window ? window : "");
	rdoc_para(doc, &sb);
	for (i = 0; i < r->nxrow; i++) {
		const struct exprow *x = &r->xrow[i];

		if (strcmp(x->f[XC_GROUP], "all") != 0 &&
		    (strcmp(x->f[XC_GROUP], "team") != 0 ||
		    (team != NULL && strcmp(x->f[XC_KEY], team) != 0)))
			continue;
		exposure_sentence(&sb, r, x);
		rdoc_para(doc, &sb);
	}
	for (i = 0; i < r->nxrow; i++) {
		const struct exprow *x = &r->xrow[i];

		if (!raised(x) || (team != NULL &&
		    strcmp(x->f[XC_TEAM], team) != 0))
			continue;
		if (b == NULL) {
			rdoc_block(doc, RB_PARA, "The agents whose recommended "
			    "limit is above their current one:");
			b = rdoc_table(doc, RB_TABLE, r->exp_alt ? 13 : 9,
			    heads, NULL);
		}
		rblock_cell(b, TONE_PLAIN, x->f[XC_KEY]);
		rblock_cell(b, TONE_PLAIN, x->f[XC_TEAM]);
		rblock_cell(b, TONE_NUM, x->f[XC_LIMIT]);
		rblock_cell(b, TONE_NUM, x->f[XC_REC_LIMIT]);
		rblock_cell(b, TONE_NUM, report_or_dash(x->f[XC_AVOIDED]));
		minutes(m, sizeof(m), x->f[XC_AVOIDED_S]);
		rblock_cell(b, TONE_NUM, m);
		sb_printf(&sb, "%s (%s)", report_or_dash(x->f[XC_NEW_DECISIONS]),
		    report_or_dash(x->f[XC_NEW_AMOUNT]));
		rblock_cell(b, TONE_NUM, sb_str(&sb));
		sb.len = 0;
		mistake_rate(&sb, x);
		rblock_cell(b, TONE_NUM | TONE_WHOLE, sb_str(&sb));
		sb.len = 0;
		expected_cost(&sb, x, x->f[XC_EXPECTED_COST],
		    x->f[XC_EXPECTED_COST_HI]);
		rblock_cell(b, TONE_NUM, sb_str(&sb));
		sb.len = 0;
		if (!r->exp_alt)
			continue;
		rblock_cell(b, TONE_NUM,
		    report_or_dash(x->f[XC_ALT_REC_LIMIT]));
		rblock_cell(b, TONE_NUM, report_or_dash(x->f[XC_ALT_AVOIDED]));
		sb_printf(&sb, "%s (%s)",
		    report_or_dash(x->f[XC_ALT_NEW_DECISIONS]),
		    report_or_dash(x->f[XC_ALT_NEW_AMOUNT]));
		rblock_cell(b, TONE_NUM, sb_str(&sb));
		sb.len = 0;
		expected_cost(&sb, x, x->f[XC_ALT_EXPECTED_COST],
		    x->f[XC_ALT_EXPECTED_COST_HI]);
		rblock_cell(b, TONE_NUM, sb_str(&sb));
		sb.len = 0;
	}
	if (b == NULL)
		rdoc_block(doc, RB_PARA, "No agent's recommended limit is "
		    "above the current one.");
	else if (r->exp_alt)
		rdoc_block(doc, RB_PARA, "compared: under the compared policy "
		    "(emp-tier --compare).");
	sb_free(&sb);
}

/* Coaching. */


struct tcount {
	const char	*team;
	const char	*agent;		/* the first spelling seen */
};

static int
cmp_tcount(const void *a, const void *b)
{
	const struct tcount *x = a, *y = b;
	int c = strcmp(x->team, y->team);

	return c != 0 ? c : x->agent < y->agent ? -1 : x->agent > y->agent;
}

/*
 * The team report's coaching: sessions and agents coached per team (the
 * agent's team in the scores, else in the tiers), names compared as the
 * roster compares them.
 */
static void
coaching_team(const struct report *r, const char *team, struct rdoc *doc)
{
	static const char *const heads[] = {
		"team", "sessions", "agents coached"
	};
	struct tcount *tc = xcalloc(r->nses + 1, sizeof(*tc));
	struct strmap names, teams;
	struct strbuf sb = { 0 };
	struct rblock *b;
	size_t i, j, n = 0, ns, na, len;
	const char *k;
	void *v;

	strmap_init(&names, 1);
	strmap_init(&teams, 1);
	rdoc_block(doc, RB_H2, "Coaching");
	for (i = 0; i < r->nses; i++) {
		k = r->ses[i].agent;
		len = strlen(k);
		parse_trim(&k, &len);
		if ((v = strmap_get(&names, k, len)) == NULL) {
			v = r->ses[i].agent;
			strmap_put(&names, k, len, v);
		}
		tc[n].agent = v;
		if ((v = strmap_get(&teams, k, len)) == NULL) {
			v = (void *)(uintptr_t)report_team_of_agent(r,
			    r->ses[i].agent);
			if (*(const char *)v == '\0')
				for (j = 0; j < r->nent; j++) {
					if (r->ent[j].group != G_AGENT)
						continue;
					if (roster_name_eq(r->ent[j].key,
					    strlen(r->ent[j].key), k, len)) {
						v = r->ent[j].team;
						break;
					}
				}
			strmap_put(&teams, k, len, v);
		}
		tc[n].team = v;
		if (team == NULL || strcmp(tc[n].team, team) == 0)
			n++;
	}
	strmap_free(&names);
	strmap_free(&teams);
	if (r->evfirst[0] == '\0')
		sb_adds(&sb, "The event stream holds no events.");
	else
		sb_printf(&sb, "%zu coaching session%s%s%s in the event "
		    "stream, %s to %s.", n, n == 1 ? "" : "s", team != NULL ?
		    " of team " : "", team != NULL ? team : "", r->evfirst,
		    r->evlast);
	rdoc_para(doc, &sb);
	if (n > 0) {
		qsort(tc, n, sizeof(*tc), cmp_tcount);
		b = rdoc_table(doc, RB_TABLE, 3, heads, NULL);
		for (i = 0; i < n; i = j) {
			for (j = i, ns = 0, na = 0; j < n &&
			    strcmp(tc[j].team, tc[i].team) == 0; j++) {
				ns++;
				if (j == i || tc[j].agent != tc[j - 1].agent)
					na++;
			}
			rblock_cell(b, TONE_PLAIN, tc[i].team[0] != '\0' ?
			    tc[i].team : "(no team known)");
			sb_printf(&sb, "%zu", ns);
			rblock_cell(b, TONE_NUM, sb_str(&sb));
			sb.len = 0;
			sb_printf(&sb, "%zu", na);
			rblock_cell(b, TONE_NUM, sb_str(&sb));
			sb.len = 0;
		}
	}
	free(tc);
	sb_free(&sb);
}

static int
cmp_session(const void *a, const void *b)
{
	const struct session *x = *(const struct session *const *)a,
	    *y = *(const struct session *const *)b;
	int c = strcmp(x->date, y->date);

	return c != 0 ? c : x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
report_empower_agent(const struct report *r, const char *agent,
    struct rdoc *doc)
{
	static const char *const heads[] = {
		"date", "coach", "focus", "note"
	};
	const struct session **s;
	struct strbuf sb = { 0 };
	struct rblock *b;
	size_t i, n = 0;

	if (!r->have_events)
		return;
	rdoc_block(doc, RB_H2, "Coaching");
	s = xcalloc(r->nses + 1, sizeof(*s));
	for (i = 0; i < r->nses; i++)
		if (roster_name_eq(r->ses[i].agent, strlen(r->ses[i].agent),
		    agent, strlen(agent)))
			s[n++] = &r->ses[i];
	if (n == 0) {
		if (r->evfirst[0] != '\0')
			sb_printf(&sb, "No coaching sessions in the event "
			    "stream, %s to %s.", r->evfirst, r->evlast);
		else
			sb_adds(&sb, "No coaching sessions: the event stream "
			    "holds no events.");
		rdoc_para(doc, &sb);
	} else {
		qsort(s, n, sizeof(*s), cmp_session);
		sb_printf(&sb, "%zu coaching session%s in the event stream, "
		    "%s to %s:", n, n == 1 ? "" : "s", r->evfirst, r->evlast);
		rdoc_para(doc, &sb);
		b = rdoc_table(doc, RB_TABLE, 4, heads, NULL);
		for (i = 0; i < n; i++) {
			rblock_cell(b, TONE_PLAIN, s[i]->date);
			rblock_cell(b, s[i]->coach[0] ? TONE_PLAIN : TONE_NA,
			    report_or_dash(s[i]->coach));
			rblock_cell(b, s[i]->focus[0] ? TONE_PLAIN : TONE_NA,
			    s[i]->focus[0] ? report_col_label(s[i]->focus) :
			    REPORT_DASH);
			rblock_cell(b, s[i]->note[0] ? TONE_PLAIN : TONE_NA,
			    report_or_dash(s[i]->note));
		}
	}
	free(s);
	sb_free(&sb);
}

void
report_empower_team(const struct report *r, const char *team,
    struct rdoc *doc)
{
	if (r->have_impact)
		impact_section(r, team, doc);
	if (r->have_exposure)
		exposure_section(r, team, doc);
	if (r->have_events)
		coaching_team(r, team, doc);
}
