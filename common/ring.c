/*
 * ring.c: the producer-consumer ring (see ring.h).
 */
#include "ring.h"

void
ring_init(struct ring *r)
{
	r->head = r->nfull = 0;
	pthread_mutex_init(&r->mu, NULL);
	pthread_cond_init(&r->cv, NULL);
}

size_t
ring_put_slot(struct ring *r)
{
	size_t slot;

	pthread_mutex_lock(&r->mu);
	while (r->nfull == RING_NSLOT)
		pthread_cond_wait(&r->cv, &r->mu);
	slot = (r->head + r->nfull) % RING_NSLOT;
	pthread_mutex_unlock(&r->mu);
	return slot;
}

void
ring_put(struct ring *r, int n)
{
	pthread_mutex_lock(&r->mu);
	r->n[(r->head + r->nfull) % RING_NSLOT] = n;
	r->nfull++;
	pthread_cond_signal(&r->cv);
	pthread_mutex_unlock(&r->mu);
}

size_t
ring_get(struct ring *r, int *n)
{
	size_t slot;

	pthread_mutex_lock(&r->mu);
	while (r->nfull == 0)
		pthread_cond_wait(&r->cv, &r->mu);
	slot = r->head;
	*n = r->n[slot];
	pthread_mutex_unlock(&r->mu);
	return slot;
}

void
ring_release(struct ring *r)
{
	pthread_mutex_lock(&r->mu);
	r->head = (r->head + 1) % RING_NSLOT;
	r->nfull--;
	pthread_cond_signal(&r->cv);
	pthread_mutex_unlock(&r->mu);
}

void
ring_destroy(struct ring *r)
{
	pthread_mutex_destroy(&r->mu);
	pthread_cond_destroy(&r->cv);
}
