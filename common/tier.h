/*
 * tier.h: scores and a roster in, tier recommendations out (emp-tiers(5)):
 * the engine behind emp-tier.
 *
 * The rules, stated once (emp-tier(1) says the same):
 *  - The limits of all levels form one ladder of rungs; each rung needs a
 *    tenure and the gates of its level (emp-policy(5)).
 *  - Gates are judged over the evidence window: the whole periods that
 *    end on or before the review day and overlap the policy's window of
 *    days ending with the latest of them, their samples pooled
 *    (evidence.h).  A gate passes when the pooled value clears its
 *    threshold from at least its sample; it falls clearly short when its
 *    95% interval lies wholly on the wrong side; with less than the
 *    sample it is unknown, and says how much more it needs.
 *  - review: a gate of the agent's own level falls clearly short.
 *    Otherwise the agent climbs to the highest rung above its own whose
 *    tenure and gates pass, rung by rung: promote (a higher level) or
 *    raise (a higher limit); hold when the next rung does not pass.  The
 *    result depends on the window and the tenure, not on how often the
 *    review is run.  Nothing ever lowers a level or a limit.
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
/* Today (days since 1970-01-01), which bounds the default review day, and
 * whether the period the review day is in is judged (--include-partial). */
void	tier_set_today(struct tier *, int64_t today, int include_partial);
/* --compare: a second policy (the engine frees it), named name in the
 * summary, whose gate metrics are read with the first's; call before
 * reading.  tier_evaluate() then also evaluates every agent under it
 * (its own window, gates and ladder), tier_write() adds the columns
 * alt_level, alt_limit and alt_action, tier_summary() "; under NAME: N
 * would move" and tier_views() the alt_* fields. */
void	tier_set_compare(struct tier *, struct policy *, const char *name);
/*
 * --plan: tier_write() adds the column qa_needed at the end (after the
 * alt_* of --compare), tier_summary() "; plan: N QA evaluations for M
 * agents" and tier_explain() a line "plan: qa needs 2 more QA evaluations
 * to be decided".  qa_needed, stated once (emp-tier(1), --plan): the QA
 * gates that bear on the agent's recommendation are those of its own
 * level that decide a review (not the raise gates) and, unless the action
 * is review, those of the next rung above the recommendation, where the
 * climb stops (as rung_check() applies them; none at the top of the
 * ladder).  qa_needed is the largest sample of those gates minus the QA
 * evaluations pooled over the window, when that is positive; else 0
 * (every such gate has its sample, so it passes, falls short or clearly
 * short), and 0 when none of them is a qa gate.  Always the first
 * policy's, under --compare too.
 */
void	tier_set_plan(struct tier *);
/* --accept: keep every roster record as read (the header, rows skipped
 * and rejected too) to write back; call before tier_read_roster(). */
void	tier_keep_roster(struct tier *);
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

/*
 * --accept, after tier_evaluate().  tier_accept_pick() chooses the agents
 * to accept: the listed ones to promote or raise, only those of names
 * (-a; compared as roster names are) when n > 0, none with a row
 * effective today already (warned); -1 (reported, nothing to write)
 * when a name is not in the roster or the roster has a record that
 * cannot be written back.  tier_accept_write() writes the roster: every
 * record as read, the columns limit, effective, accepted_by and accepted
 * added when absent, then one row per accepted agent (a copy of its row
 * in force today with the recommended level and limit, effective today,
 * the login name of the real uid, the time now).
 * tier_accept_summary(): "accepted 3 of 48 agents (2 promote, 1 raise),
 * effective 2026-12-02".
 */
int	tier_accept_pick(struct tier *, const char *const *names, size_t n,
	    const char *roster);
void	tier_accept_write(struct tier *, struct csv_writer *);
void	tier_accept_summary(const struct tier *, struct strbuf *);

/*
 * One listed agent as evaluated, for the engines that build on the
 * recommendation (exposure.h): the standing, the recommendation and,
 * under --compare, the recommendation under the second policy (alt_*;
 * has_alt 0 without).  The strings belong to the engine.
 */
struct tier_view {
	const char	*name;
	const char	*team;
	int		 level, rec_level, alt_level;
	struct decimal	 limit, rec_limit, alt_limit;
	int		 action, alt_action;	/* enum tiers_action */
	int		 has_alt;
};

/* After tier_evaluate(): the listed agents in name order, in a new array
 * that the caller frees (*n of them). */
struct tier_view *tier_views(const struct tier *, size_t *n);
/* The evidence window, days since 1970-01-01, both inclusive, and its
 * name ("2026-W05..2026-W08") appended to name when not NULL; -1 when
 * there is no window. */
int	tier_window(const struct tier *, int64_t *from, int64_t *to,
	    struct strbuf *name);

/*
 * The roster as emp-tier reads it (emp-tier(1), Roster), for tier.c and
 * impact.c: its columns, found by name (-1: absent); and one row of an
 * agent to tier.
 */
struct table;
struct csv_record;
struct tier_rcols {
	int	 agent, team, hired, exit, level, limit, role, effective;
};
/* 0, or -1 (reported) when the roster has no agent or level column. */
int	tier_roster_cols(struct table *, struct tier_rcols *);
/* One row's name and team (trimmed, pointing into the record), effective
 * day (INT64_MIN: none), level and limit (empty: the level's first).
 * 1: a row to use; 0: one left out without a word (a repeated header,
 * staff without a level, a row effective after the day not_after); -1:
 * rejected, reported with file:line through the table. */
struct tier_rrow {
	const char	*name, *team;
	size_t		 namelen, teamlen;
	int64_t		 since;
	long		 level;
	struct decimal	 limit;
};
int	tier_roster_row(struct table *, const struct csv_record *,
	    const struct tier_rcols *, const struct policy *, int64_t not_after,
	    struct tier_rrow *);

/* What emp-tier's options say. */
struct tier_opts {
	struct cli	 cli;		/* -o, -t, -z, -q, -s */
	const char	*roster;	/* -r FILE (required) */
	const char	*policy;	/* -p FILE, or NULL: the built-in one */
	const char	*explain;	/* --explain AGENT, or NULL */
	int		 include_partial;	/* --include-partial */
	int		 have_as_of;	/* --as-of given: */
	int64_t		 as_of;		/* the review day, days since 1970 */
	int		 accept;	/* --accept: write the roster */
	const char	**agents;	/* -a AGENT ...: --accept only these */
	size_t		 nagents;
	const char	*compare;	/* --compare POLICY, or NULL */
	int		 impact;	/* --impact: the impact stream */
	const char	*coaching;	/* --coaching EVENTS (--impact) */
	int64_t		 impact_window;	/* --impact-window DAYS; 0: the
					 * policy's window */
	uint64_t	 min_controls;	/* --min-controls N (default 5) */
	const char	*exposure;	/* --exposure EVENTS, or NULL */
	int		 plan;		/* --plan: the qa_needed column */
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
