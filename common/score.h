/*
 * score.h: events in, scorecards out (emp-scores(5)): the engine behind
 * emp-score.  Per period and group (agent, team, all) it keeps exact
 * integer sums, so memory is bounded by groups x periods, not by rows.
 * The metrics, period kinds and column names are schema.h's.
 *
 * score_run() is the whole of emp-score after its options are parsed; the
 * other functions are the engine's parts, for it and for the fuzz harness.
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

struct score_opts {
	struct cli	 cli;		/* -o -t -z -q -s -T */
	int		 partial;	/* --partial: write mergeable sums */
	int		 merge;		/* --merge: the inputs are partials */
	enum score_by	 by;
	int		 groups;
	struct tz	*tz;		/* the caller's, not freed */
	const char	*tzname;	/* NULL for UTC */
	int64_t		 since, until;	/* ms; INT64_MIN / INT64_MAX */
	int		 min_n[M_N];
	double		 weight[M_N];
	double		 min_weight;	/* share of the weight an index needs */
	int		 maxwarn;
};

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
/* 0, or -1 when the file could not be read whole (reported). */
int	score_file(struct score *, const char *path);
void	score_write(struct score *, struct csv_writer *);
/* Mergeable sums instead of scores (emp-scores(5), PARTIALS). */
void	score_write_partial(struct score *, struct csv_writer *);
/* Adds a partial file; 0, or -1 (reported) when it is not one or was
 * made with other --by, --group, --tz, --since or --until. */
int	score_merge_file(struct score *, const char *path);
uint64_t score_rejected(const struct score *);
/* "1200 events read, 1190 scored, 4 rejected, 6 excluded, ..." */
void	score_summary(const struct score *, struct strbuf *);
void	score_free(struct score *);

/* The period an instant falls in ("2026-W02"); buf of 16 bytes. */
size_t	period_key(int64_t ms, enum score_by, struct tz *, char *buf);

#endif
