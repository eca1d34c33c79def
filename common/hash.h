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
struct keymax {
	struct keymax_ent {
		uint64_t k1, k2;
		int64_t	 v;
	}	*tab;
	size_t	 cap, n;
};
void	keymax_init(struct keymax *);
/* Records v for the key if greater than what it holds (or new). */
void	keymax_add(struct keymax *, uint64_t k1, uint64_t k2, int64_t v);
/* The slot of a key, or NULL. */
struct keymax_ent *keymax_find(struct keymax *, uint64_t k1, uint64_t k2);
void	keymax_free(struct keymax *);

#endif
