/*
 * scoresin.h: agent evidence by period, read from a scores stream or a
 * partial file (emp-scores(5)), for the readers that pool it over
 * windows of periods (emp-tier's evidence windows, --impact's running
 * totals).
 *
 * The rules, one reader for both:
 *  - the header tells the file apart: a partial file has the columns
 *    'type' and 'res_y' (its 'sum' rows are read, 'meta', 'span', 'staff'
 *    and a repeated header passed over); anything else with 'period',
 *    'group' and 'key' is a scores stream; neither is refused with
 *    file:line;
 *  - each slot's metric binds its columns by name: the value, and for a
 *    metric with a count (policy_metric_has_n()) its _n, _lo and _hi;
 *  - only rows of group 'agent' are read; an empty key is rejected;
 *  - periods of all the inputs are of one kind (a day, a week, a month of
 *    28 to 31 days or a quarter of 90 to 92); a period that is not one is
 *    rejected and skipped, one of another kind or without dates ends the
 *    file, and so does a partial file by period 'all'; a row that
 *    repeats the header's 'period' is passed over;
 *  - a scores row is an agent's only row for its period (a second one is
 *    rejected); the rows of partial files add up;
 *  - a row's evidence is one ev_stat per slot (evidence.h):
 *    evidence_from_scores() of the columns (a value that cannot be read,
 *    or does not go with its count, is warned about with file:line,
 *    counted in *badvalues and taken as unknown), or evidence_from_sums()
 *    of the partial row (a per-period metric is unknown there; a sum that
 *    cannot be read rejects the row, nothing of it added).
 *
 * The caller keeps the agents, the periods and the rows, through the
 * callbacks of struct scoresin_ops; this module keeps the periods' names
 * (to their index) and their kind.  Memory: the slot list, the ops and
 * the counters are the caller's and must outlive the reader; every name
 * handed to a callback is the reader's, valid during the call only (copy
 * it to keep it); scoresin_free() frees what the reader holds.
 */
#ifndef SCORESIN_H
#define SCORESIN_H

#include <stddef.h>
#include <stdint.h>

#include "evidence.h"
#include "hash.h"

/* flags */
#define SCORESIN_TRIM	0x1	/* the key and the team trimmed of blanks */
#define SCORESIN_WARN	0x2	/* warn of a slot's missing value column
				 * ("its gates are unknown") and, once for
				 * all inputs, of a per-period metric in a
				 * partial file */

struct scoresin_ops {
	/* A new period: index is the number of periods before it. */
	void	 (*period)(void *arg, size_t index, const char *name,
		    int64_t start, int64_t end);
	/* The agent of a key of len bytes (NUL-terminated without
	 * SCORESIN_TRIM), found or added. */
	void	*(*agent)(void *arg, const char *key, size_t len);
	/* The agent's row for a period: new and empty; where it has one
	 * already, NULL (a duplicate in scores) or, with add, that one. */
	void	*(*row)(void *arg, void *agent, size_t period, int add);
	/* The row's evidence, st[slot]: with add (a partial row) to be
	 * added to the row's, else the new row's. */
	void	 (*fill)(void *arg, void *row, const struct ev_stat *st,
		    int add);
	/* The team of an agent's row read (len bytes; NUL-terminated
	 * without SCORESIN_TRIM), the latest kept. */
	void	 (*team)(void *arg, void *agent, const char *team,
		    size_t len);
};

struct scoresin {
	/* the caller's, set by scoresin_init() */
	const int	*slot_metric;	/* enum metric (score.h) or PM_INDEX */
	int		 nslot;		/* at most M_N + 1; may grow between
					 * reads (emp-tier --compare) */
	int		 flags;
	const char	*windows;	/* what messages say needs dates:
					 * "evidence windows" */
	const struct scoresin_ops *ops;
	void		*arg;
	uint64_t	*rejected;	/* rows rejected, added to */
	uint64_t	*badvalues;	/* values taken as unknown, added to */
	/* the reader's */
	struct strmap	 pmap;		/* period name -> index + 1 */
	size_t		 nperiods;
	int64_t		 kind_days;	/* the first period's length */
	int		 partial_index;	/* warned of a per-period metric in a
					 * partial file */
	unsigned char	 nocol[M_N + 1];	/* a slot whose metric an input
					 * had no column of (its gates are
					 * unknown for want of it, not of
					 * evidence) */
};

void	scoresin_init(struct scoresin *, const int *slot_metric, int nslot,
	    int flags, const char *windows, const struct scoresin_ops *,
	    void *arg, uint64_t *rejected, uint64_t *badvalues);
/* One input: 0, or -1 when it could not be read or was ended by a period
 * it cannot window (reported; the rows before it are kept). */
int	scoresin_read(struct scoresin *, const char *path);
/* The index of a period read; SIZE_MAX when none has that name. */
size_t	scoresin_period(const struct scoresin *, const char *name);
void	scoresin_free(struct scoresin *);

#endif
