/*
 * hash.h: a fast 64-bit hash, a string map and a set of 128-bit keys.
 *
 * strmap keys are copied; values are the caller's (strmap_free frees the
 * keys only).  Lookups of the string map ignore ASCII case when the map was
 * made with ci set.
 */
#ifndef HASH_H
#define HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t hash_bytes(const void *, size_t, uint64_t seed);
/* Two 64-bit lanes in one pass, for keys that must not collide. */
void	hash_bytes128(const void *, size_t, uint64_t *, uint64_t *);

struct strmap {
	struct strmap_ent {
		char	*key;
		size_t	 len;
		uint64_t h;
		void	*val;
	}	*tab;
	size_t	 cap, n;
	int	 ci;
};
void	strmap_init(struct strmap *, int ci);
void	*strmap_get(const struct strmap *, const char *, size_t);
/* Inserts or replaces; returns the previous value or NULL. */
void	*strmap_put(struct strmap *, const char *, size_t, void *);
void	strmap_free(struct strmap *);

/*
 * keymax: for each 128-bit key the greatest int64 value seen.  24 bytes a
 * slot, at most 70% full: about 35-70 bytes per key.
 */
struct keymax_ent {
	uint64_t k1, k2;
	int64_t	 v;
};
struct keymax {
	struct keymax_ent *tab;
	size_t	 cap, n;
};
void	keymax_init(struct keymax *);
/* Records v for the key if greater than what it holds (or new); returns
 * the slot, and *existed says whether the key was there before (with
 * *old, its value then). */
struct keymax_ent *keymax_add(struct keymax *, uint64_t k1, uint64_t k2,
	    int64_t v, int *existed, int64_t *old);
/* The slot of a key, or NULL. */
struct keymax_ent *keymax_find(struct keymax *, uint64_t k1, uint64_t k2);
void	keymax_free(struct keymax *);

/*
 * dedup: which copy of a repeated key to keep.  dedup_add() is called for
 * every copy, in order (it queues a few keys and prefetches their slots,
 * so the big table's cache misses overlap); after the last, dedup_keep()
 * is asked for every copy, in the same order, and says yes to unique keys
 * and, for repeated ones, to the first copy with the greatest value.  Only
 * repeated keys are looked up again, in a table small enough for cache.
 */
#define DEDUP_BATCH 16
struct dedup {
	struct keymax	all;
	struct keymax	dups;
	uint64_t	*filter;	/* bits over dups, to skip most look-ups */
	uint64_t	 fmask;
	struct keymax_ent q[DEDUP_BATCH];
	size_t		nq;
};
void	dedup_init(struct dedup *);
/* Sizes the table for about n keys at once (no rehashing on the way). */
void	dedup_reserve(struct dedup *, size_t n);
void	dedup_add(struct dedup *, uint64_t k1, uint64_t k2, int64_t v);
int	dedup_keep(struct dedup *, uint64_t k1, uint64_t k2, int64_t v);
/* After the last dedup_add(): from here on dedup_repeated() only reads,
 * so that threads may share it (dedup_keep() still writes). */
void	dedup_seal(struct dedup *);
/* 0 when the key surely occurred once (dedup_keep() would say yes
 * whatever v): a cheap test before finding v. */
int	dedup_repeated(struct dedup *, uint64_t k1, uint64_t k2);
void	dedup_free(struct dedup *);

#endif
