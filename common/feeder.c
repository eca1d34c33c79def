/*
 * feeder.c: parsing in a thread of its own (see feeder.h).
 */
#include <string.h>

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
