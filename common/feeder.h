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

/*
 * The records' use split in two, for several threads.  The reader only
 * cuts chunks of lines where it can (csv_reader_next_chunk()); the
 * thread that converts a chunk splits it first (csv_batch_split()), with
 * a splitter of its own.  convert() turns a batch into a result on its own (any thread, several batches at once,
 * with the state of the thread running it: workers[i]); commit() does
 * what must happen in input order (one result at a time, in order).
 * Every thread, the caller's included, reads, converts or commits,
 * whichever is ready, so the work spreads over up to nthreads cores with
 * the output as one thread would make it.  Returns as feeder_run().
 */
#define FEEDER_NSLOT	8

struct feeder_ops {
	void	(*convert)(void *worker, struct csv_batch *, size_t n,
		    void *result);
	void	(*commit)(void *arg, void *result);
	void	 *arg;
	void	**workers;		/* nthreads */
	void	**results;		/* FEEDER_NSLOT */
	int	  nthreads;
};

int	feeder_run_ordered(struct csv_reader *, const struct feeder_ops *);
/* How many threads to use: $EMP_THREADS, else the online cores (at
 * most 4: cutting chunks and committing stay serial). */
int	feeder_threads(void);

#endif
