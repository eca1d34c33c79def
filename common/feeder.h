/*
 * feeder.h: a thread that parses a file (libcsv is most of the work)
 * while the caller uses the records, the two meeting at a ring of record
 * batches.  Without a thread (pthread_create failed) the caller reads the
 * batches itself.  The caller must not touch the reader between
 * feeder_start() and feeder_stop().
 *
 *	feeder_start(&f, rd);
 *	while ((b = feeder_get(&f, &n)), n > 0) {
 *		for (i = 0; i < n; i++) use(csv_batch_record(b, i));
 *		feeder_done(&f);
 *	}
 *	feeder_stop(&f);	(n == -1: csv_reader_error(rd))
 */
#ifndef FEEDER_H
#define FEEDER_H

#include <pthread.h>

#include "csvio.h"
#include "ring.h"

#define BATCH_RECORDS	2048

struct feeder {
	struct csv_reader	*rd;
	struct csv_batch	*b[RING_NSLOT];
	struct ring		 ring;
	int			 threaded;
	pthread_t		 th;
};

void	feeder_start(struct feeder *, struct csv_reader *);
/* The next batch and its count (0 at the end, -1 on error); give it back
 * with feeder_done() before the next call. */
struct csv_batch *feeder_get(struct feeder *, int *n);
void	feeder_done(struct feeder *);
void	feeder_stop(struct feeder *);

/* The whole loop: fn for every record of the reader's input, in order;
 * 0 at the end, -1 on a read error (csv_reader_error()). */
int	feeder_run(struct csv_reader *,
	    void (*fn)(struct csv_record *, void *), void *arg);

#endif
