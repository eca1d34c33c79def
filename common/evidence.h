/*
 * evidence.h: the evidence behind a judgment, pooled over a window of
 * periods.
 *
 * A judgment on one sparse period is a judgment on noise: a week holds one
 * or two QA evaluations and a handful of surveys.  emp-tier's gates and
 * emp-report's goals therefore pool a metric over several periods: the
 * pooled value of a mean is the sum of the observations over their
 * number, of a rate the successes over the trials, and its interval is
 * computed from the pooled sample.  An ev_stat holds those sufficient
 * statistics for one metric; evidence_add() pools two.
 *
 * Where they come from:
 *  - a partial file (emp-scores(5), PARTIALS) holds them exactly
 *    (evidence_from_sums());
 *  - a scores row holds the value and its count (evidence_from_scores()):
 *    value x count.  Below emp-score's minimum sample the value is empty;
 *    a rate's count of successes is then recovered exactly from its
 *    Wilson bounds, which the scores write whenever the count is above 0,
 *    but a mean's observations are lost: counted in lost, never guessed.
 *
 * Nothing here allocates.
 */
#ifndef EVIDENCE_H
#define EVIDENCE_H

#include <stdint.h>

#include "schema.h"

struct ev_stat {
	double		 num;	/* means: the sum of the observations;
				 * rates: successes; occupancy: busy time;
				 * counts: the total */
	double		 den;	/* means, rates: observations; occupancy:
				 * busy + available time; counts: 0 */
	uint64_t	 n;	/* the sample behind num, as the metric's _n
				 * column counts it */
	uint64_t	 lost;	/* observations left out, in neither num nor
				 * n: a mean below emp-score's minimum in
				 * the scores */
	int		 has;	/* something was added (counts: a value) */
};

/*
 * Metrics pooled as the mean of their periods' values, not of their
 * observations: the index (any metric below 0: a percentile among the
 * period's agents), headcount and turnover (ratios of a period's own
 * staff).  Their ev_stat holds the sum of the values in num and the
 * number of periods in den; they have no sample and no interval.
 */
int	evidence_per_period(int metric);

/*
 * One metric of a scores row (emp-scores(5)): its value as written, for
 * means and rates its count (_n; -1 when there is none), for rates its
 * bounds as written (_lo, _hi); NULL where the row has no such column.  A
 * per-period metric takes its value alone.  0, or -1 when the value
 * cannot be read or does not go with its count (out is then empty).
 */
int	evidence_from_scores(int metric, const char *value, int64_t count,
	    const char *lo, const char *hi, struct ev_stat *out);

/*
 * One metric from the sums of a partial row: get(sum, arg) returns the
 * row's sum of that partial column (enum partial_sum, schema.h), 0 when
 * empty.  0, or -1 for a metric a partial cannot pool (the per-period
 * ones).
 */
int	evidence_from_sums(int metric, int64_t (*get)(int sum, void *),
	    void *arg, struct ev_stat *out);

void	evidence_add(struct ev_stat *to, const struct ev_stat *from);

/* The pooled value; 0 when there is none (no sample, den 0). */
int	evidence_value(const struct ev_stat *, int metric, double *v);

/*
 * The pooled value's 95% interval: Wilson's for a rate, and for a mean on
 * a bounded scale (schema.h's range) the normal interval with the widest
 * spread the scale allows, (range / 2) / sqrt(n), which is conservative,
 * cut to the scale;
 * 0, or -1 when the metric has none (unbounded means, counts) or there is
 * no sample.
 */
int	evidence_interval(const struct ev_stat *, int metric, double *lo,
	    double *hi);

/* What one observation of the metric is, for "needs 3 more QA
 * evaluations": "QA evaluation", "survey", "contact", ... */
const char *evidence_noun(int metric, uint64_t count);

#endif
