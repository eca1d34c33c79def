/*
 * hash.c: hashing and the two tables (see hash.h).
 */
#include <sys/mman.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emp.h"
#include "hash.h"

static uint64_t
fmix64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return k;
}

__extension__ typedef unsigned __int128 u128;

/* The 128-bit product of a and b, its halves folded. */
static uint64_t
mum(uint64_t a, uint64_t b)
{
	u128 r = (u128)a * b;

	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static uint64_t
rd64(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

static uint64_t
rd32(const unsigned char *s)
{
	uint32_t w;

	memcpy(&w, s, 4);
	return w;
}

/*
 * Two lanes, each folding 16 bytes per 64x64-bit multiply with its own
 * constants; the last 1-16 bytes are read as two words that may overlap
 * (the length is mixed in).  The result is a bijection of the lanes.
 */
void
hash_bytes128(const void *p, size_t n, uint64_t *h1p, uint64_t *h2p)
{
	const unsigned char *s = p;
	uint64_t a, b, nk, h1 = 0x243f6a8885a308d3ULL,
	    h2 = 0x13198a2e03707344ULL;
	size_t left = n;

	for (; left > 16; s += 16, left -= 16) {
		a = rd64(s);
		b = rd64(s + 8);
		h1 = mum(a ^ 0xa4093822299f31d0ULL ^ h1, b ^ 0x082efa98ec4e6c89ULL);
		h2 = mum(a ^ 0x452821e638d01377ULL, b ^ 0xbe5466cf34e90c6cULL ^ h2);
	}
	if (left >= 8) {
		a = rd64(s);
		b = rd64(s + left - 8);
	} else if (left >= 4) {
		a = rd32(s);
		b = rd32(s + left - 4);
	} else if (left > 0) {
		a = (uint64_t)s[0] << 16 | (uint64_t)s[left / 2] << 8 |
		    s[left - 1];
		b = 0;
	} else
		a = b = 0;
	/* the length spread over the word, not in its low bits, where the
	 * last bytes of a key one byte longer would cancel it ("2333" and
	 * "23333" took one first word) */
	nk = (uint64_t)n * 0x9e3779b97f4a7c15ULL;
	h1 = mum(a ^ 0xc0ac29b7c97c50ddULL ^ h1, b ^ 0x3f84d5b5b5470917ULL ^ nk);
	h2 = mum(a ^ 0x9216d5d98979fb1bULL ^ nk, b ^ 0xd1310ba698dfb5acULL ^ h2);
	*h1p = fmix64(h1);
	*h2p = fmix64(h2 ^ *h1p);
}

uint64_t
hash_bytes(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ULL), w;

	while (n >= 8) {
		memcpy(&w, s, 8);
		h = (h ^ fmix64(w)) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 29;
		s += 8;
		n -= 8;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ fmix64(w ^ n)) * 0x9e3779b97f4a7c15ULL;
	return fmix64(h);
}

static uint64_t
hash_ci(const char *s, size_t n)
{
	char buf[256];
	size_t i, k;
	uint64_t h = 0;

	/* lower-case in pieces, chaining the pieces' hashes */
	for (i = 0; i < n || i == 0; i += k) {
		for (k = 0; k < sizeof(buf) && i + k < n; k++) {
			buf[k] = s[i + k];
			if (buf[k] >= 'A' && buf[k] <= 'Z')
				buf[k] = (char)(buf[k] - 'A' + 'a');
		}
		h = hash_bytes(buf, k, h);
		if (k == 0)
			break;
	}
	return h;
}

static int
key_eq(const struct strmap *m, const struct strmap_ent *e, const char *s,
    size_t n)
{
	size_t i;
	char a, b;

	if (e->len != n)
		return 0;
	if (!m->ci)
		return memcmp(e->key, s, n) == 0;
	for (i = 0; i < n; i++) {
		a = e->key[i];
		b = s[i];
		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (char)(b - 'A' + 'a');
		if (a != b)
			return 0;
	}
	return 1;
}

void
strmap_init(struct strmap *m, int ci)
{
	memset(m, 0, sizeof(*m));
	m->ci = ci;
}

static uint64_t
strmap_hash(const struct strmap *m, const char *s, size_t n)
{
	return m->ci ? hash_ci(s, n) : hash_bytes(s, n, 0);
}

void *
strmap_get(const struct strmap *m, const char *s, size_t n)
{
	uint64_t h;
	size_t i;

	if (m->n == 0)
		return NULL;
	h = strmap_hash(m, s, n);
	for (i = h & (m->cap - 1); m->tab[i].key != NULL;
	    i = (i + 1) & (m->cap - 1))
		if (m->tab[i].h == h && key_eq(m, &m->tab[i], s, n))
			return m->tab[i].val;
	return NULL;
}

static void
strmap_grow(struct strmap *m)
{
	struct strmap_ent *old = m->tab;
	size_t oldcap = m->cap, i, j;

	m->cap = oldcap ? oldcap * 2 : 64;
	m->tab = xcalloc(m->cap, sizeof(*m->tab));
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		for (j = old[i].h & (m->cap - 1); m->tab[j].key != NULL;
		    j = (j + 1) & (m->cap - 1))
			;
		m->tab[j] = old[i];
	}
	free(old);
}

void *
strmap_put(struct strmap *m, const char *s, size_t n, void *val)
{
	uint64_t h;
	size_t i;
	void *prev;

	if ((m->n + 1) * 10 > m->cap * 7)
		strmap_grow(m);
	h = strmap_hash(m, s, n);
	for (i = h & (m->cap - 1); m->tab[i].key != NULL;
	    i = (i + 1) & (m->cap - 1)) {
		if (m->tab[i].h == h && key_eq(m, &m->tab[i], s, n)) {
			prev = m->tab[i].val;
			m->tab[i].val = val;
			return prev;
		}
	}
	m->tab[i].key = xstrndup(s, n);
	m->tab[i].len = n;
	m->tab[i].h = h;
	m->tab[i].val = val;
	m->n++;
	return NULL;
}

void
strmap_free(struct strmap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->tab[i].key);
	free(m->tab);
	memset(m, 0, sizeof(*m));
}

void
keymax_init(struct keymax *t)
{
	memset(t, 0, sizeof(*t));
}

static size_t
keymax_slot(const struct keymax *t, uint64_t k1, uint64_t k2)
{
	size_t i;

	for (i = k1 & (t->cap - 1);
	    (t->tab[i].k1 | t->tab[i].k2) != 0 &&
	    (t->tab[i].k1 != k1 || t->tab[i].k2 != k2);
	    i = (i + 1) & (t->cap - 1))
		;
	return i;
}

/*
 * Maps a large fresh table's pages writable at once: first touches in
 * random order would each take a fault (two, when a prefetch maps the
 * zero page first), and each copy-on-write fault flushes the other
 * threads' TLBs.  Where the system cannot, the faults come as before.
 */
static void
prefault(void *p, size_t n)
{
#ifdef MADV_POPULATE_WRITE
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE), a, b;

	if (n < 4 * 1024 * 1024)
		return;
	a = ((uintptr_t)p + page - 1) & ~(page - 1);
	b = ((uintptr_t)p + n) & ~(page - 1);
	if (b > a)
		(void)madvise((void *)a, b - a, MADV_POPULATE_WRITE);
#else
	(void)p;
	(void)n;
#endif
}

static void
keymax_grow(struct keymax *t, size_t want)
{
	struct keymax_ent *old = t->tab;
	size_t oldcap = t->cap, i, j;

	t->cap = oldcap ? oldcap : 1024;
	while (want * 10 > t->cap * 7)
		t->cap *= 2;
	if (t->cap == oldcap)
		return;
	t->tab = xcalloc(t->cap, sizeof(*t->tab));
	prefault(t->tab, t->cap * sizeof(*t->tab));
	for (i = 0; i < oldcap; i++) {
		/* the new slots are random: fetch a few ahead */
		for (j = i + 8; j < oldcap && j < i + 9; j++)
			__builtin_prefetch(&t->tab[old[j].k1 & (t->cap - 1)],
			    1);
		if ((old[i].k1 | old[i].k2) != 0)
			t->tab[keymax_slot(t, old[i].k1, old[i].k2)] = old[i];
	}
	free(old);
}

static void
fix_key(uint64_t *k1, uint64_t *k2)
{
	if ((*k1 | *k2) == 0)
		*k2 = 1;		/* 0,0 marks a free slot */
}

struct keymax_ent *
keymax_add(struct keymax *t, uint64_t k1, uint64_t k2, int64_t v,
    int *existed, int64_t *old)
{
	struct keymax_ent *e;

	fix_key(&k1, &k2);
	if ((t->n + 1) * 10 > t->cap * 7)
		keymax_grow(t, t->n + 1);
	e = &t->tab[keymax_slot(t, k1, k2)];
	*existed = (e->k1 | e->k2) != 0;
	if (!*existed) {
		e->k1 = k1;
		e->k2 = k2;
		e->v = v;
		t->n++;
		return e;
	}
	*old = e->v;
	if (v > e->v)
		e->v = v;
	return e;
}

struct keymax_ent *
keymax_find(struct keymax *t, uint64_t k1, uint64_t k2)
{
	struct keymax_ent *e;

	fix_key(&k1, &k2);
	if (t->n == 0)
		return NULL;
	e = &t->tab[keymax_slot(t, k1, k2)];
	return (e->k1 | e->k2) != 0 ? e : NULL;
}

void
keymax_free(struct keymax *t)
{
	free(t->tab);
	memset(t, 0, sizeof(*t));
}

void
dedup_init(struct dedup *d)
{
	memset(d, 0, sizeof(*d));
}

void
dedup_reserve(struct dedup *d, size_t n)
{
	keymax_grow(&d->all, n);
}

#define KEPT	(INT64_MIN + 1)		/* dups: the copy was kept */

static void
dedup_flush(struct dedup *d)
{
	struct keymax_ent *q;
	int64_t old = 0;
	size_t i;
	int existed;

	if ((d->all.n + d->nq) * 10 > d->all.cap * 7)
		keymax_grow(&d->all, d->all.n + d->nq);
	for (i = 0; i < d->nq; i++)
		__builtin_prefetch(&d->all.tab[d->q[i].k1 & (d->all.cap - 1)],
		    1);
	for (i = 0; i < d->nq; i++) {
		q = &d->q[i];
		keymax_add(&d->all, q->k1, q->k2, q->v, &existed, &old);
		if (existed)
			keymax_add(&d->dups, q->k1, q->k2,
			    q->v > old ? q->v : old, &existed, &old);
	}
	d->nq = 0;
}

void
dedup_add(struct dedup *d, uint64_t k1, uint64_t k2, int64_t v)
{
	if (v == KEPT)
		v = INT64_MIN;
	fix_key(&k1, &k2);
	d->q[d->nq].k1 = k1;
	d->q[d->nq].k2 = k2;
	d->q[d->nq].v = v;
	if (++d->nq == DEDUP_BATCH)
		dedup_flush(d);
}

/*
 * Two bits per repeated key in a bitmap of 16 bits per key (small enough
 * for the cache, where the table of repeated keys may not be): a key with
 * either bit clear was never repeated.
 */
static void
filter_build(struct dedup *d)
{
	size_t i, bits = 64;

	while (bits < d->dups.n * 16)
		bits *= 2;
	d->fmask = bits - 1;
	d->filter = xcalloc(bits / 64, sizeof(uint64_t));
	for (i = 0; i < d->dups.cap; i++) {
		if ((d->dups.tab[i].k1 | d->dups.tab[i].k2) == 0)
			continue;
		d->filter[(d->dups.tab[i].k2 & d->fmask) >> 6] |=
		    1ULL << (d->dups.tab[i].k2 & 63);
		d->filter[((d->dups.tab[i].k2 >> 32) & d->fmask) >> 6] |=
		    1ULL << ((d->dups.tab[i].k2 >> 32) & 63);
	}
}

void
dedup_seal(struct dedup *d)
{
	if (d->filter != NULL)
		return;
	if (d->nq > 0)
		dedup_flush(d);
	keymax_free(&d->all);	/* no longer needed */
	filter_build(d);
}

int
dedup_repeated(struct dedup *d, uint64_t k1, uint64_t k2)
{
	if (d->filter == NULL)
		dedup_seal(d);
	fix_key(&k1, &k2);
	return (d->filter[(k2 & d->fmask) >> 6] & (1ULL << (k2 & 63))) &&
	    (d->filter[((k2 >> 32) & d->fmask) >> 6] &
	    (1ULL << ((k2 >> 32) & 63)));
}

int
dedup_keep(struct dedup *d, uint64_t k1, uint64_t k2, int64_t v)
{
	struct keymax_ent *e;

	if (!dedup_repeated(d, k1, k2))
		return 1;
	fix_key(&k1, &k2);
	if (v == KEPT)
		v = INT64_MIN;
	if ((e = keymax_find(&d->dups, k1, k2)) == NULL)
		return 1;
	if (e->v != v)
		return 0;
	e->v = KEPT;
	return 1;
}

void
dedup_free(struct dedup *d)
{
	keymax_free(&d->all);
	keymax_free(&d->dups);
	free(d->filter);
	d->filter = NULL;
}
