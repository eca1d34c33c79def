/*
 * tier.h: scores and a roster in, tier recommendations out (emp-tiers(5)):
 * the engine behind emp-tier.
 *
 * The rules, stated once (emp-tier(1) says the same):
 *  - The limits of all levels form one ladder.  An agent's next step is
 *    the next rung: a raise to the next limit of the level, or, at the
 *    level's highest limit, a promotion to the next level.
 *  - A period qualifies for a level when every gate of the level (not the
 *    raise-only ones) passes in it; it falls short when one fails.  A gate
 *    whose value is empty or whose count is below the sample passes and
 *    fails nothing: it is unknown.
 *  - Streaks count back from the latest period of the scores through
 *    periods that follow each other without a gap (one ends where the next
 *    starts); a period in which the agent has no row ends a streak.
 *  - promote: at the top limit of the level, tenure and the next level's
 *    gates over its number of periods.  raise: the level's gates over its
 *    periods and its raise gates in the latest period.  review: a shortfall
 *    streak of the policy's review length.  Otherwise hold.  Nothing ever
 *    lowers a level or a limit.
 *
 * Memory: tier_new() returns an engine that tier_free() releases, with
 * everything it read.  tier_run() is emp-tier after its options: it
 * makes, uses and frees its own engine.
 */
#ifndef TIER_H
#define TIER_H

#include <stdint.h>

#include "cli.h"
#include "csvio.h"
#include "policy.h"

struct tier;

/* The engine takes the policy (and frees it). */
struct tier *tier_new(struct policy *);
/* 0, or -1 when the file could not be read at all (reported); bad rows
 * are reported and counted. */
int	tier_read_scores(struct tier *, const char *path);
int	tier_read_roster(struct tier *, const char *path);
/* The review day (days since 1970-01-01); without it, the last day of
 * the latest period in the scores.  Returns -1 (reported) when there is
 * none. */
int	tier_evaluate(struct tier *, int have_as_of, int64_t as_of);
void	tier_write(struct tier *, struct csv_writer *);
/* A readable account of one agent into sb; -1 when the roster does not
 * know the agent. */
int	tier_explain(struct tier *, const char *agent, struct strbuf *sb);
/* "48 agents: 2 promote, ...; 1 in the scores only, ..." */
void	tier_summary(const struct tier *, struct strbuf *);
/* Rows rejected from the scores or the roster, and score values that
 * could not be read (taken as unknown): what --strict fails on. */
uint64_t tier_rejected(const struct tier *);
void	tier_free(struct tier *);

/* What emp-tier's options say. */
struct tier_opts {
	struct cli	 cli;		/* -o, -t, -z, -q, -s */
	const char	*roster;	/* -r FILE (required) */
	const char	*policy;	/* -p FILE, or NULL: the built-in one */
	const char	*explain;	/* --explain AGENT, or NULL */
	int		 have_as_of;	/* --as-of given: */
	int64_t		 as_of;		/* the review day, days since 1970 */
};

/*
 * emp-tier after its options: loads the policy (a bad file: EXIT_USAGE),
 * reads the roster and then the scores files of argv (none: standard
 * input), evaluates, and prints one agent's account on stdout (explain)
 * or writes the tiers to the output, with --strict and the summary line
 * (cli_finish()).  Everything is reported on stderr; returns the exit
 * status, leaving no output file behind when nothing was written.
 */
int	tier_run(const struct tier_opts *, int argc, char *argv[]);

#endif
