/*
 * feeder.c: parsing in a thread of its own (see feeder.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emp.h"
#include "feeder.h"

static void *
feeder_main(void *arg)
{
	struct feeder *f = arg;
	size_t slot;
	int n;

	do {
		slot = ring_put_slot(&f->ring);
		n = csv_reader_next_batch(f->rd, f->b[slot], BATCH_RECORDS);
		ring_put(&f->ring, n);
	} while (n > 0);
	return NULL;
}

void
feeder_start(struct feeder *f, struct csv_reader *rd)
{
	size_t i;

	memset(f, 0, sizeof(*f));
	f->rd = rd;
	for (i = 0; i < RING_NSLOT; i++)
		f->b[i] = csv_batch_new();
	ring_init(&f->ring);
	f->threaded = pthread_create(&f->th, NULL, feeder_main, f) == 0;
}

/* The next batch and its count; give it back with feeder_done(). */
struct csv_batch *
feeder_get(struct feeder *f, int *n)
{
	if (!f->threaded) {
		*n = csv_reader_next_batch(f->rd, f->b[0], BATCH_RECORDS);
		return f->b[0];
	}
	return f->b[ring_get(&f->ring, n)];
}

void
feeder_done(struct feeder *f)
{
	if (f->threaded)
		ring_release(&f->ring);
}

void
feeder_stop(struct feeder *f)
{
	size_t i;

	if (f->threaded)
		pthread_join(f->th, NULL);
	ring_destroy(&f->ring);
	for (i = 0; i < RING_NSLOT; i++)
		csv_batch_free(f->b[i]);
}


int
feeder_run(struct csv_reader *rd, void (*fn)(struct csv_record *, void *),
    void *arg)
{
	struct csv_batch *b;
	struct feeder f;
	size_t i;
	int n;

	feeder_start(&f, rd);
	for (;;) {
		b = feeder_get(&f, &n);
		if (n <= 0)
			break;
		for (i = 0; i < (size_t)n; i++)
			fn(csv_batch_record(b, i), arg);
		feeder_done(&f);
	}
	feeder_stop(&f);
	return n < 0 ? -1 : 0;
}

/*
 * The ordered pipeline.  Batch k lives in slot k % FEEDER_NSLOT from its
 * reading to its commit.  Counters, under mu: nread batches read,
 * nconv of them claimed for conversion, ncommit committed; a slot is free
 * again once committed, so reading stays at most FEEDER_NSLOT ahead.
 */
enum { SLOT_READ, SLOT_BUSY, SLOT_DONE };

struct pipe {
	const struct feeder_ops *ops;
	struct csv_reader	*rd;
	struct csv_batch	*b[FEEDER_NSLOT];
	int			 n[FEEDER_NSLOT];
	int			 state[FEEDER_NSLOT];
	uint64_t		 nread, nconv, ncommit;
	int			 reading, committing, ended, failed;
	pthread_mutex_t		 mu;
	pthread_cond_t		 cv;
};

struct pipe_thread {
	struct pipe	*p;
	void		*worker;
	pthread_t	 th;
};

/* One thread's share: the first step that is ready, until all is done. */
static void
pipe_work(struct pipe *p, void *worker)
{
	const struct feeder_ops *ops = p->ops;
	struct csv_reader *split = NULL;	/* this thread's splitter */
	size_t s;
	int n, can_read;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		s = p->ncommit % FEEDER_NSLOT;
		if (!p->committing && p->ncommit < p->nread &&
		    p->state[s] == SLOT_DONE) {
			p->committing = 1;
			pthread_mutex_unlock(&p->mu);
			csv_reader_chunk_done(p->rd, p->b[s]);
			ops->commit(ops->arg, ops->results[s]);
			pthread_mutex_lock(&p->mu);
			p->committing = 0;
			p->ncommit++;
			pthread_cond_broadcast(&p->cv);
			continue;
		}
		can_read = !p->reading && !p->ended &&
		    p->nread - p->ncommit < FEEDER_NSLOT;
		/* reading first while little is read ahead: it is serial */
		if (can_read && p->nread - p->nconv < 2) {
			p->reading = 1;
			s = p->nread % FEEDER_NSLOT;
			pthread_mutex_unlock(&p->mu);
			n = csv_reader_next_chunk(p->rd, p->b[s],
			    BATCH_RECORDS);
			pthread_mutex_lock(&p->mu);
			p->reading = 0;
			if (n > 0) {
				p->n[s] = n;
				p->state[s] = SLOT_READ;
				p->nread++;
			} else {
				p->ended = 1;
				p->failed = n < 0;
			}
			pthread_cond_broadcast(&p->cv);
			continue;
		}
		if (p->nconv < p->nread) {
			s = p->nconv++ % FEEDER_NSLOT;
			p->state[s] = SLOT_BUSY;
			pthread_mutex_unlock(&p->mu);
			n = p->n[s];
			if (csv_batch_is_chunk(p->b[s])) {
				if (split == NULL)
					split = csv_splitter_new(p->rd);
				n = (int)csv_batch_split(split, p->b[s]);
			}
			ops->convert(worker, p->b[s], (size_t)n,
			    ops->results[s]);
			pthread_mutex_lock(&p->mu);
			p->state[s] = SLOT_DONE;
			pthread_cond_broadcast(&p->cv);
			continue;
		}
		if (p->ended && !p->reading && p->ncommit == p->nread)
			break;
		pthread_cond_wait(&p->cv, &p->mu);
	}
	pthread_mutex_unlock(&p->mu);
	/* every batch is committed: no record points into it any more */
	csv_splitter_free(split);
}

static void *
pipe_main(void *arg)
{
	struct pipe_thread *t = arg;

	pipe_work(t->p, t->worker);
	return NULL;
}

int
feeder_run_ordered(struct csv_reader *rd, const struct feeder_ops *ops)
{
	struct pipe p;
	struct pipe_thread *t;
	int i, started = 0;

	memset(&p, 0, sizeof(p));
	p.ops = ops;
	p.rd = rd;
	for (i = 0; i < FEEDER_NSLOT; i++)
		p.b[i] = csv_batch_new();
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	t = xcalloc((size_t)(ops->nthreads > 1 ? ops->nthreads : 1),
	    sizeof(*t));
	for (i = 1; i < ops->nthreads; i++) {
		t[i].p = &p;
		t[i].worker = ops->workers[i];
		if (pthread_create(&t[i].th, NULL, pipe_main, &t[i]) != 0)
			break;
		started++;
	}
	pipe_work(&p, ops->workers[0]);
	for (i = 1; i <= started; i++)
		pthread_join(t[i].th, NULL);
	free(t);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.cv);
	for (i = 0; i < FEEDER_NSLOT; i++)
		csv_batch_free(p.b[i]);
	return p.failed ? -1 : 0;
}

int
feeder_threads(void)
{
	const char *s = getenv("EMP_THREADS");
	char *end;
	long n;

	if (s != NULL && *s != '\0') {
		n = strtol(s, &end, 10);
		if (*end == '\0' && n >= 1 && n <= 64)
			return (int)n;
	}
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 4 ? 4 : (int)n;
}
