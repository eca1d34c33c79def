/*
 * evidence.c: pooled sufficient statistics (see evidence.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "evidence.h"
#include "parse.h"
#include "schema.h"
#include "stats.h"

#define MICRO	1e6
#define Z95	1.959963984540054

/* Whether k successes in n give these written bounds. */
static int
wilson_gives(uint64_t k, uint64_t n, const char *lo, const char *hi)
{
	char b[48];
	double l, h;

	stats_wilson(k, n, &l, &h);
	num_fmt(b, sizeof(b), l, SCORES_INTERVAL_DEC, 0);
	if (strcmp(b, lo) != 0)
		return 0;
	num_fmt(b, sizeof(b), h, SCORES_INTERVAL_DEC, 0);
	return strcmp(b, hi) == 0;
}

/*
 * The successes behind a rate's written Wilson bounds: the one k near the
 * interval's centre whose bounds are written the same; -1 when none or
 * more than one is.
 */
static int
wilson_invert(const char *lo, const char *hi, uint64_t n, uint64_t *k)
{
	double l, h, c, p, zz = Z95 * Z95;
	int64_t k0, j, found = -1;

	if (parse_double(lo, &l) != PARSE_OK ||
	    parse_double(hi, &h) != PARSE_OK || n == 0)
		return -1;
	c = (l + h) / 2;
	p = c * (1 + zz / (double)n) - zz / (2 * (double)n);
	k0 = (int64_t)llround(p * (double)n);
	for (j = k0 - 3; j <= k0 + 3; j++) {
		if (j < 0 || (uint64_t)j > n || !wilson_gives((uint64_t)j, n,
		    lo, hi))
			continue;
		if (found >= 0)
			return -1;
		found = j;
	}
	if (found < 0)
		return -1;
	*k = (uint64_t)found;
	return 0;
}

int
evidence_per_period(int metric)
{
	return metric < 0 || metric == M_HEADCOUNT || metric == M_TURNOVER;
}

int
evidence_from_scores(int metric, const char *value, int64_t count,
    const char *lo, const char *hi, struct ev_stat *out)
{
	int shape;
	uint64_t n, k;
	double v = 0;
	int has_v;

	memset(out, 0, sizeof(*out));
	has_v = value != NULL && *value != '\0';
	if (has_v && parse_double(value, &v) != PARSE_OK)
		return -1;
	if (evidence_per_period(metric)) {
		out->num = v;
		out->den = has_v;
		out->has = has_v;
		return 0;
	}
	shape = metrics[metric].shape;
	if (shape == SHAPE_COUNT) {
		out->num = v;
		out->has = has_v;
		return 0;
	}
	if (count <= 0)		/* none, or 0: a value has no count */
		return has_v ? -1 : 0;
	n = (uint64_t)count;
	out->n = n;
	out->has = 1;
	if (has_v) {
		out->num = shape == SHAPE_RATE ? (double)llround(v * (double)n) :
		    v * (double)n;
		out->den = (double)n;
		return 0;
	}
	if (shape == SHAPE_RATE && lo != NULL && hi != NULL &&
	    wilson_invert(lo, hi, n, &k) == 0) {
		out->num = (double)k;
		out->den = (double)n;
		return 0;
	}
	out->n = 0;	/* the value's observations: none */
	out->has = 0;
	out->lost = n;
	return 0;
}

int
evidence_from_sums(int metric, int64_t (*get)(int sum, void *),
    void *arg, struct ev_stat *out)
{
	static const struct {
		int		 metric;
		int		 num, den;	/* enum partial_sum; den -1: none */
		int		 micro;		/* num in millionths */
	} map[] = {
		{ M_CONTACTS, S_CONTACTS, -1, 0 },
		{ M_AHT, S_HANDLE, S_HANDLE_N, 1 },
		{ M_TALK, S_TALK, S_TALK_N, 1 },
		{ M_HOLD, S_HOLD, S_HOLD_N, 1 },
		{ M_ACW, S_ACW, S_ACW_N, 1 },
		{ M_FCR, S_FCR_Y, S_FCR_N, 0 },
		{ M_RESOLVED_RATE, S_RES_Y, S_RES_N, 0 },
		{ M_NO_ESCALATION, S_NOESC_Y, S_RES_N, 0 },
		{ M_TRANSFER_RATE, S_XFER_Y, S_XFER_N, 0 },
		{ M_SURVEYS, S_SURVEYS, -1, 0 },
		{ M_CSAT, S_CSAT, S_CSAT_N, 1 },
		{ M_CSAT_RATE, S_CSAT_GOOD, S_CSAT_N, 0 },
		{ M_QA, S_QA, S_QA_N, 1 },
		{ M_CONFIDENCE, S_CONF, S_CONF_N, 1 },
		{ M_ESAT, S_ESAT, S_ESAT_N, 1 },
		{ M_DECISIONS, S_DECISIONS, -1, 0 },
		{ M_DECISION_AMOUNT, S_AMOUNT, -1, 1 },
		{ M_DECISION_S, S_DEC_S, S_DEC_S_N, 1 },
		{ M_DECISION_ESCALATED, S_DEC_ESC_Y, S_DEC_ESC_N, 0 },
		{ M_EXCLUDED, S_EXCLUDED, -1, 0 },
		{ M_EXITS, S_EXITS, -1, 0 },
	};
	size_t i;
	double num;

	memset(out, 0, sizeof(*out));
	if (metric == M_OCCUPANCY) {
		out->num = (double)get(S_BUSY, arg) / MICRO;
		out->den = out->num + (double)get(S_AVAIL, arg) / MICRO;
		out->n = (uint64_t)get(S_STATE_N, arg);
		out->has = out->n > 0;
		return 0;
	}
	if (metric == M_NPS) {
		out->num = 100.0 * (double)(get(S_NPS_PRO, arg) -
		    get(S_NPS_DET, arg));
		out->n = (uint64_t)get(S_NPS_N, arg);
		out->den = (double)out->n;
		out->has = out->n > 0;
		return 0;
	}
	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		if (map[i].metric != metric)
			continue;
		num = (double)get(map[i].num, arg);
		if (map[i].micro)
			num /= MICRO;
		out->num = num;
		if (map[i].den < 0) {
			out->has = 1;
			return 0;
		}
		out->n = (uint64_t)get(map[i].den, arg);
		out->den = (double)out->n;
		out->has = out->n > 0;
		return 0;
	}
	return -1;
}

void
evidence_add(struct ev_stat *to, const struct ev_stat *from)
{
	to->num += from->num;
	to->den += from->den;
	to->n += from->n;
	to->lost += from->lost;
	to->has |= from->has;
}

int
evidence_value(const struct ev_stat *s, int metric, double *v)
{
	if (!s->has)
		return 0;
	if (!evidence_per_period(metric) &&
	    metrics[metric].shape == SHAPE_COUNT) {
		*v = s->num;
		return 1;
	}
	if (s->den <= 0)
		return 0;
	*v = s->num / s->den;
	return 1;
}

int
evidence_interval(const struct ev_stat *s, int metric, double *lo,
    double *hi)
{
	double v, half;
	uint64_t k;

	if (evidence_per_period(metric) || !evidence_value(s, metric, &v) ||
	    s->n == 0)
		return -1;
	if (metrics[metric].shape == SHAPE_RATE) {
		k = (uint64_t)llround(s->num);
		if (k > (uint64_t)llround(s->den))
			return -1;
		stats_wilson(k, (uint64_t)llround(s->den), lo, hi);
		return 0;
	}
	if (metrics[metric].shape != SHAPE_MEAN || metrics[metric].range <= 0)
		return -1;
	half = Z95 * (metrics[metric].range / 2) / sqrt((double)s->n);
	*lo = v - half;
	*hi = v + half;
	if (*lo < metrics[metric].low)
		*lo = metrics[metric].low;
	if (*hi > metrics[metric].low + metrics[metric].range)
		*hi = metrics[metric].low + metrics[metric].range;
	return 0;
}

const char *
evidence_noun(int metric, uint64_t count)
{
	int one = count == 1;

	switch (metric) {
	case M_QA:
		return one ? "QA evaluation" : "QA evaluations";
	case M_CSAT:
	case M_CSAT_RATE:
	case M_NPS:
		return one ? "survey" : "surveys";
	case M_CONFIDENCE:
	case M_ESAT:
		return one ? "pulse answer" : "pulse answers";
	case M_DECISION_S:
	case M_DECISION_ESCALATED:
		return one ? "decision" : "decisions";
	case M_OCCUPANCY:
		return one ? "state record" : "state records";
	default:
		return one ? "contact" : "contacts";
	}
}
