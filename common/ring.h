/*
 * ring.h: a ring of NSLOT buffers between one producer thread and one
 * consumer thread.  The producer fills the slot ring_put_slot() returns
 * and hands it over with ring_put(n); the consumer waits for it with
 * ring_get(&n), uses it, and gives it back with ring_release().  Slots are
 * used in order; each side touches a slot only while it owns it.  The
 * buffers themselves are the caller's.
 */
#ifndef RING_H
#define RING_H

#include <pthread.h>
#include <stddef.h>

#define RING_NSLOT 4

struct ring {
	int		 n[RING_NSLOT];	/* what the producer said of each */
	size_t		 head, nfull;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
};

void	ring_init(struct ring *);
size_t	ring_put_slot(struct ring *);		/* waits for a free slot */
void	ring_put(struct ring *, int n);
size_t	ring_get(struct ring *, int *n);	/* waits for a full slot */
void	ring_release(struct ring *);
void	ring_destroy(struct ring *);

#endif
