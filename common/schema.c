/*
 * schema.c: the streams' names and the number rule (see schema.h).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "schema.h"
#include "stats.h"

/*
 * The default index weights count resolution once (no_escalation nearly
 * repeats resolved_rate, and fcr, the repeat-contact measure, is a
 * column until -w weights it: most exports name no customer, and an index
 * must mean the same for every agent) and nothing self-reported (confidence, esat): those weigh
 * 0 and stay columns; -w may weight them (emp-score(1), Index).  The
 * last fields, where there are any, are a bounded mean's scale and its
 * lowest value (qa 0-100, csat, confidence and esat 1-5, nps -100 to
 * 100), for emp-report's conservative test of a change (emp-report(1),
 * How changes are judged) and emp-tier's intervals (evidence.h).
 */
const struct metric_info metrics[M_N] = {
	[M_CONTACTS] = { "contacts", SHAPE_COUNT, 0, 0, 0, 0 },
	[M_AHT] = { "aht_s", SHAPE_MEAN, 10, 0.5, 1, 3 },
	[M_TALK] = { "talk_s", SHAPE_MEAN, 10, 0, 1, 3 },
	[M_HOLD] = { "hold_s", SHAPE_MEAN, 10, 0, 1, 3 },
	[M_ACW] = { "acw_s", SHAPE_MEAN, 10, 0, 1, 3 },
	[M_OCCUPANCY] = { "occupancy", SHAPE_MEAN, 1, 0, 0, 4 },
	[M_FCR] = { "fcr", SHAPE_RATE, 20, 0, 0, 4 },
	[M_RESOLVED_RATE] = { "resolved_rate", SHAPE_RATE, 20, 3, 0, 4 },
	[M_NO_ESCALATION] = { "no_escalation", SHAPE_RATE, 20, 0, 0, 4 },
	[M_TRANSFER_RATE] = { "transfer_rate", SHAPE_RATE, 20, 1, 1, 4 },
	[M_SURVEYS] = { "surveys", SHAPE_COUNT, 0, 0, 0, 0 },
	[M_CSAT] = { "csat", SHAPE_MEAN, 10, 0, 0, 3, 4, 1 },
	[M_CSAT_RATE] = { "csat_rate", SHAPE_RATE, 10, 3, 0, 4 },
	[M_NPS] = { "nps", SHAPE_MEAN, 10, 1, 0, 1, 200, -100 },
	[M_QA] = { "qa", SHAPE_MEAN, 3, 2, 0, 3, 100, 0 },
	[M_CONFIDENCE] = { "confidence", SHAPE_MEAN, 2, 0, 0, 3, 4, 1 },
	[M_ESAT] = { "esat", SHAPE_MEAN, 2, 0, 0, 3, 4, 1 },
	[M_DECISIONS] = { "decisions", SHAPE_COUNT, 0, 0, 0, 0 },
	[M_DECISION_AMOUNT] = { "decision_amount", SHAPE_COUNT, 0, 0, 0, 6 },
	[M_DECISION_S] = { "decision_s", SHAPE_MEAN, 5, 0, 1, 3 },
	[M_DECISION_ESCALATED] = { "decision_escalated", SHAPE_RATE, 5, 0.5,
	    1, 4 },
	[M_EXCLUDED] = { "excluded", SHAPE_COUNT, 0, 0, 0, 0 },
	[M_HEADCOUNT] = { "headcount", SHAPE_COUNT, 0, 0, 0, 1 },
	[M_EXITS] = { "exits", SHAPE_COUNT, 0, 0, 0, 0 },
	[M_TURNOVER] = { "turnover", SHAPE_COUNT, 1, 0, 0, 4 },
};

int
metric_lookup(const char *name)
{
	int m;

	for (m = 0; m < M_N; m++)
		if (strcmp(metrics[m].name, name) == 0)
			return m;
	return -1;
}

const char *const metric_part_suffix[4] = { "", "_n", "_lo", "_hi" };

int
metric_shape_ncols(int shape)
{
	return shape == SHAPE_RATE ? 4 : shape == SHAPE_MEAN ? 2 : 1;
}

char *
metric_col_name(char *buf, size_t size, const char *base,
    enum metric_part part)
{
	snprintf(buf, size, "%s%s", base, metric_part_suffix[part]);
	return buf;
}

static const char *const by_names[BY_N] = {
	"day", "week", "month", "quarter", "all"
};

const char *
score_by_name(enum score_by by)
{
	return by_names[by];
}

int
score_by_lookup(const char *s, enum score_by *by)
{
	int i;

	for (i = 0; i < BY_N; i++)
		if (strcmp(by_names[i], s) == 0) {
			*by = (enum score_by)i;
			return 0;
		}
	return -1;
}

const char *const scores_groups[SG_N] = { "agent", "team", "all", "level",
    "reviewer" };

const char *const partial_sums[S_N] = {
	"contacts", "handle", "handle_n", "talk", "talk_n", "hold", "hold_n",
	"acw", "acw_n",
	"busy", "avail", "state_n", "res_y", "res_n", "noesc_y", "xfer_y",
	"xfer_n", "surveys", "csat", "csat_n", "csat_good", "nps_pro",
	"nps_det", "nps_n", "qa", "qa_n", "conf", "conf_n", "esat", "esat_n",
	"decisions", "amount", "dec_s", "dec_s_n", "dec_esc_y", "dec_esc_n",
	"excluded", "exits", "fcr_y", "fcr_n"
};

const char *const tiers_cols[TC_N] = {
	[TC_AGENT] = "agent",
	[TC_TEAM] = "team",
	[TC_TENURE] = "tenure_months",
	[TC_LEVEL] = "level",
	[TC_LIMIT] = "limit",
	[TC_REC_LEVEL] = "rec_level",
	[TC_REC_LIMIT] = "rec_limit",
	[TC_REC_LIMIT_HV] = "rec_limit_high_value",
	[TC_ACTION] = "action",
	[TC_REASONS] = "reasons",
	[TC_BLOCKED] = "blocked_by",
	[TC_WINDOW] = "window",
};

const char *const tiers_actions[TA_N] = {
	"hold", "promote", "raise", "review"
};

const char *const impact_cols[IC_N] = {
	"change", "group", "key", "team", "metric", "changed",
	"before_window", "after_window", "treated", "controls", "n_before",
	"n_after", "before", "after", "control_before", "control_after",
	"effect", "effect_lo", "effect_hi", "note"
};

const char *const exposure_cols[XC_N] = {
	"group", "key", "team", "window", "level", "limit", "rec_limit",
	"decisions", "amount", "within", "within_amount", "escalated",
	"escalated_amount", "approval_s", "avoided", "avoided_s",
	"new_decisions", "new_amount", "outcomes", "mistakes",
	"mistake_rate", "mistake_lo", "mistake_hi", "mistake_cost",
	"expected_cost", "expected_cost_hi", "alt_rec_limit", "alt_avoided",
	"alt_avoided_s", "alt_new_decisions", "alt_new_amount",
	"alt_expected_cost", "alt_expected_cost_hi"
};

const char *const ledger_cols[LC_N] = {
	"seq", "ts", "action", "challenge", "review", "kind", "agent",
	"actor", "cause", "text", "score", "reassign", "sig", "sum"
};

size_t
num_trim(char *buf, size_t n)
{
	if (memchr(buf, '.', n) != NULL) {
		while (n > 0 && buf[n - 1] == '0')
			n--;
		if (n > 0 && buf[n - 1] == '.')
			n--;
	}
	if (n == 2 && (buf[0] == '-' || buf[0] == '+') && buf[1] == '0')
		buf[0] = '0', n = 1;
	buf[n] = '\0';
	return n;
}

/*
 * Whether v lies exactly halfway between two numbers of dec decimals:
 * then 2 * 10^dec * v is an odd integer.  With v = odd * 2^e, that is
 * e == -(dec + 1) (5^dec * odd is odd).
 */
static int
num_is_tie(double v, int dec)
{
	int e;
	double f = frexp(fabs(v), &e);
	int64_t m;

	if (f == 0 || !isfinite(f))
		return 0;
	m = (int64_t)ldexp(f, 53);
	e -= 53;
	while ((m & 1) == 0) {
		m >>= 1;
		e++;
	}
	return e == -(dec + 1);
}

size_t
num_fmt(char *buf, size_t size, double v, int dec, int flags)
{
	char tmp[352];
	int n;

	/* printf rounds the binary value correctly, a tie to even: move a
	 * tie off itself, away from zero, and printf rounds it so */
	if (num_is_tie(v, dec))
		v = nextafter(v, v > 0 ? HUGE_VAL : -HUGE_VAL);
	n = snprintf(tmp, sizeof(tmp), flags & NUM_SIGN ? "%+.*f" : "%.*f",
	    dec, v);
	if (n < 0 || (size_t)n >= sizeof(tmp))
		n = snprintf(tmp, sizeof(tmp), "%g", v);
	n = (int)num_trim(tmp, (size_t)n);
	if (size > 0)
		snprintf(buf, size, "%s", tmp);
	return size == 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
}

size_t
num_fmt_days(char *buf, size_t size, double ms)
{
	char tmp[48];
	size_t n;

	if (ms < 0) {
		if (size > 0)
			buf[0] = '\0';
		return 0;
	}
	/* exactly: twice the (whole or half) ms over twice a day's */
	n = stats_fmt_ratio(tmp, (i128)(int64_t)(2 * ms), (i128)2 * 86400000,
	    2);
	if (size > 0)
		snprintf(buf, size, "%s", tmp);
	return size == 0 ? 0 : n < size ? n : size - 1;
}
