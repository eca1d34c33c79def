/*
 * policy.h: the tier policy of emp-tier, emp-policy(5): levels of
 * empowerment, the dollar limits within each, and the gates an agent
 * passes to rise.
 *
 * The text is line-based: '#' starts a comment, blank lines are ignored,
 * words are separated by spaces or tabs.  Global lines (review, high-value)
 * come before the first "level N NAME" line; the lines after it, up to the
 * next level line, describe that level.  Levels are numbered 1, 2, ... in
 * order.  policy_parse() reports the first error as "name:line: what" and
 * returns NULL; a metric the scores do not have is an error.
 *
 * Every limit of every level is a rung of one ladder, and each rung needs
 * a tenure (the level's 'tenure', or the limit's own from 'tenures');
 * tenures never go down along the ladder.  Gates are judged over the
 * evidence window ('window', in days) by tier.c.  Settings of the older
 * policy format ('review', 'periods') are accepted and ignored, with a
 * note in notes.
 *
 * Memory: policy_parse(), policy_load() and policy_default() return a
 * policy the caller frees with policy_free(); everything in it belongs to
 * it.  None of them ends the program: an error comes back in err.
 */
#ifndef POLICY_H
#define POLICY_H

#include <stddef.h>

#include "emp.h"
#include "parse.h"

/* A metric of the scores, or the index (which has no count). */
#define PM_INDEX	(-2)

enum gate_op { GATE_MIN, GATE_MAX };

struct gate {
	int		 metric;	/* enum metric (score.h) or PM_INDEX */
	enum gate_op	 op;
	struct decimal	 value;
	long		 min_n;		/* sample needed; -1: the level's */
	int		 raise;		/* only for a raise within the level */
	int		 line;		/* in the policy text */
};

struct level {
	int		 num;		/* 1, 2, ... */
	char		*name;
	struct decimal	*limits;	/* ascending steps, at least one */
	int		*tenure10;	/* per limit: the tenure it needs, in
					 * tenths of a month; non-decreasing
					 * along the whole ladder */
	size_t		 nlimits;
	long		 sample;	/* minimum pooled count behind a gate */
	struct gate	*gates;
	size_t		 ngates;
};

struct policy {
	struct level	*levels;
	size_t		 nlevels;
	int		 window;	/* the evidence window, in days */
	struct decimal	 high_value;	/* multiplier of rec_limit */
	struct strbuf	 notes;		/* warnings ("file:line: ..."), one
					 * per line, for the caller to show */
};

/* The built-in policy, as text (what --print-policy prints). */
extern const char policy_default_text[];

struct policy *policy_parse(const char *text, size_t len, const char *name,
	    struct strbuf *err);
/* The file at path ("-": standard input); NULL with the error in err. */
struct policy *policy_load(const char *path, struct strbuf *err);
/* The built-in policy; NULL with the error in err only if its text is
 * broken. */
struct policy *policy_default(struct strbuf *err);
void	policy_free(struct policy *);

/* The gate's metric name ("qa", "index"). */
const char *policy_metric_name(int metric);
/* True when the metric has a count column (name_n) in the scores. */
int	policy_metric_has_n(int metric);

#endif
