/*
 * stats.h: honest small-sample statistics and exact number formatting.
 *
 * Sums are kept as integers in millionths (stats_micro()), so that the
 * same events give the same sums in any order or split: what --partial
 * and --merge rely on.
 */
#ifndef STATS_H
#define STATS_H

#include <stddef.h>
#include <stdint.h>

#include "parse.h"

/* 128-bit integers for exact products of sums (GCC and Clang). */
__extension__ typedef __int128 i128;

/* A decimal in millionths, rounded half away from zero; PARSE_RANGE when
 * it does not fit. */
int	stats_micro(const struct decimal *, int64_t *);

/* The 95% Wilson score interval of k successes in n trials (n > 0). */
void	stats_wilson(uint64_t k, uint64_t n, double *lo, double *hi);

/*
 * The 97.5% quantile of Student's t with df degrees of freedom (any real
 * df >= 1; less is taken as 1): the half-width of a two-sided 95%
 * interval in standard errors (12.7062 at 1, 2.2281 at 10, 1.96 as df
 * grows).  Newton's method on the exact distribution (the regularized
 * incomplete beta), from the Cornish-Fisher expansion; within 1e-9.
 */
double	stats_t975(double df);

/*
 * num / den written exactly by schema.h's number rule: at most dec
 * decimals, rounded half away from zero, trailing zeros dropped ("332.5",
 * "4", "-0.25"); den > 0.  The fast path of the score writer; a double
 * goes through num_fmt() (schema.h).  Returns the length; buf holds at
 * least 48 bytes.
 */
size_t	stats_fmt_ratio(char *buf, i128 num, i128 den, int dec);

/* The median of v[0..n), n > 0 (the mean of the middle two when n is
 * even); sorts v. */
double	stats_median(double *v, size_t n);

#endif
