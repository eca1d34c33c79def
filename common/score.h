/*
 * score.h: events in, scorecards out (emp-scores(5)): the engine behind
 * emp-score.  Per period and group (agent, team, all, and level: the
 * roster's level of the event's agent at its time) it keeps exact
 * integer sums, so memory is bounded by groups x periods, not by rows.
 * The metrics, period kinds and column names are schema.h's.
 *
 * score_run() is the whole of emp-score after its options are parsed; the
 * other functions are the engine's parts, for it and for the fuzz harness.
 *
 * Exclusion.  A review (an event with a csat, nps or qa) is taken out of
 * the review metrics, and counted in excluded, only when a verified ledger
 * (--ledger, read with score_ledger()) holds an approved, not revoked
 * challenge of it (approved.h: its id, kind and agent), and only the
 * first such row of the stream, in the order of the inputs and of their
 * rows: a later row with the same id, kind and agent counts, as does a
 * row of another agent; each is reported once per challenge.  The events'
 * challenge column takes nothing out: a review whose column is not empty
 * and that the ledger did not take out is counted (the summary) and the
 * first one reported.  The rows are matched where the batches are added
 * up, one at a time in stream order (feeder_run_ordered()'s commit), so
 * the result depends neither on timing nor on the number of threads
 * ($EMP_THREADS, feeder_threads()).  With --partial the exclusion is made then, into the partial's
 * sums; --merge takes no ledger.
 *
 * Graders.  With GROUP_REVIEWER or qa_adjust (neither with --partial or
 * --merge) every scored QA evaluation with a reviewer is also kept,
 * (period, reviewer, agent, contact, score): memory grows with the QA
 * evaluations, nothing with the other events.  When written, per period,
 * over the agents graded by two or more reviewers: a reviewer's mean of
 * an agent is the agent's level plus the reviewer's offset (weighted
 * least squares, grade_fit()), offsets measured from the median
 * reviewer's; a reviewer's qa_offset is the mean of (their mean of the
 * agent - its level) over those agents, each weighted by the reviewer's
 * evaluations of it; from 3 agents its 95% interval and p-value of 0
 * from a bootstrap over the period's agents (grade_period(), the same
 * bytes on every machine).  A contact graded by two or
 * more reviewers is a calibration round: qa_round is a reviewer's mean
 * deviation from the median of the reviewers' (mean) scores of it.  With
 * qa_adjust the qa of every row is that of the scores less each
 * evaluation's reviewer's offset of its period (none: unadjusted).
 */
#ifndef SCORE_H
#define SCORE_H

#include <stdint.h>

#include "cli.h"
#include "csvio.h"
#include "parse.h"
#include "schema.h"

#define GROUP_AGENT	0x1
#define GROUP_TEAM	0x2
#define GROUP_ALL	0x4
#define GROUP_LEVEL	0x8	/* the roster's level at the event's time */
#define GROUP_REVIEWER	0x10	/* the reviewer of a QA evaluation */

struct score_opts {
	struct cli	 cli;		/* -o -t -z -q -s -T */
	int		 partial;	/* --partial: write mergeable sums */
	int		 merge;		/* --merge: the inputs are partials */
	int		 qa_adjust;	/* --qa-adjust: qa less each
					 * evaluation's reviewer's offset */
	enum score_by	 by;
	int		 groups;
	struct tz	*tz;		/* the caller's, not freed */
	const char	*tzname;	/* NULL for UTC */
	int64_t		 since, until;	/* ms; INT64_MIN / INT64_MAX */
	int		 min_n[M_N];
	double		 weight[M_N];
	double		 min_weight;	/* share of the weight an index needs */
	int		 maxwarn;
	int64_t		 repeat_window;	/* --repeat-window, ms (fcr) */
	const char	*ledger;	/* --ledger, or NULL */
	const char	*roster;	/* --roster / $EMP_ROSTER: with the
					 * ledger, and for GROUP_LEVEL */
	uint32_t	 metrics;	/* --metrics: the metrics written,
					 * 1u << enum metric (all by
					 * default) */
	int		 index;		/* and the index, index_metrics
					 * and rank (by default) */
};

/* All the metrics: the default of score_opts.metrics. */
#define SCORE_METRICS_ALL	((uint32_t)((1ULL << M_N) - 1))

/*
 * Whether fcr is computed: when it is written, or weighs in a written
 * index.  The other metrics cost a few sums; fcr follows every customer
 * for the repeat window.
 */
int	score_wants_fcr(const struct score_opts *);

void	score_opts_init(struct score_opts *);

/*
 * Scores the events of every input file (standard input when argc is 0),
 * or merges the partial files with --merge, and writes the scores, or
 * partials with --partial, to the output cli_output_open() gives; then
 * cli_finish() (--strict, the summary line) and the output is committed.
 * A file that could not be read whole is reported and makes the status
 * EXIT_FAIL, the others are still read.  With --merge such a file means
 * nothing is written: reported, the output abandoned, EXIT_FAIL.  Returns
 * the exit status; it does not exit, but an output that cannot be made or
 * written ends the program as csvio.h says (temporary file removed).
 */
int	score_run(const struct score_opts *, int argc, char *argv[]);

struct score;

struct score *score_new(const struct score_opts *);
/*
 * Reads the roster and the ledger (ledger.h: locked while read, then
 * unlocked) whose approved challenges take their reviews out; before any
 * score_file().  EXIT_OK, or EXIT_FAIL or EXIT_BUSY (reported).  The
 * ledger and roster are the score's until score_free().
 */
int	score_ledger(struct score *, const char *ledger, const char *roster);
/*
 * Reads the roster that gives group level its keys (roster.h: dated rows,
 * effective dates without an offset in the zone of the scores), before
 * any score_file().  EXIT_OK, or EXIT_FAIL (reported).  An event's level
 * row is that of the roster row of its agent in force at its ts; an
 * event of an agent the roster gives no level then is in no level row
 * and counted for the summary.  The roster is the score's until
 * score_free().
 */
int	score_roster(struct score *, const char *roster);
/* 0, or -1 when the file could not be read whole (reported). */
int	score_file(struct score *, const char *path);
/*
 * Whether header names a column of emp-events(5) twice, as
 * csv_header_find() compares names (the second would go unread; other
 * names may repeat): then 1, with the two columns' indices.
 */
int	score_header_twice(const struct csv_record *header, size_t *first,
	    size_t *second);
void	score_write(struct score *, struct csv_writer *);
/* Mergeable sums instead of scores (emp-scores(5), PARTIALS). */
void	score_write_partial(struct score *, struct csv_writer *);
/* Adds a partial file; 0, or -1 (reported) when it is not one or was
 * made with other --by, --group, --tz, --since or --until. */
int	score_merge_file(struct score *, const char *path);
uint64_t score_rejected(const struct score *);
/* Ledger lines that were not counted (0 without a ledger). */
unsigned long score_ledger_invalid(const struct score *);
/* "1200 events read, 1190 scored, 4 rejected; 6 reviews excluded by
 * challenge ..." (emp-score(1), Summary) */
void	score_summary(const struct score *, struct strbuf *);
void	score_free(struct score *);

/* The period an instant falls in ("2026-W02"); buf of 16 bytes. */
size_t	period_key(int64_t ms, enum score_by, struct tz *, char *buf);

#endif
