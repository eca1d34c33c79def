/*
 * score_fcr.c: first-contact resolution from the stream (see
 * score_fcr.h).
 */
#ifdef __linux__
#define _GNU_SOURCE		/* mremap() */
#include <sys/mman.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emp.h"
#include "hash.h"
#include "parse.h"
#include "score_fcr.h"

/* A cluster: first and last ts, the rows of the contacts at its last. */
struct fcr_clu {
	int64_t		 f, l;
	uint32_t	 nlast, lastcap;
	struct fcr_rows	 last1;
	struct fcr_rows	*more;		/* lasts 2.. (rare: the same ms) */
};

/* A customer on the heap: its clusters, by first ts; gaps > window. */
struct fcr_cust {
	uint32_t	 nclu, clucap;
	struct fcr_clu	*clu;		/* &one, or the heap's */
	struct fcr_clu	 one;
};

/*
 * A customer, 24 bytes: its 64-bit hash, and one cluster [l - span, l]
 * whose last contact (the only one at l) has the rows tup[u]; or, span ==
 * FCR_GEN, the customer on the heap, gen[u] (more clusters, more contacts
 * at the last ts, or a cluster longer than 49 days).
 */
struct fcr_rec {
	uint64_t	 h;
	int64_t		 l;
	uint32_t	 span;
	uint32_t	 u;
};

#define FCR_GEN		UINT32_MAX

void
fcr_init(struct fcr *f, int64_t window, int keep_edges, fcr_verdict_fn *fn,
    void *arg)
{
	memset(f, 0, sizeof(*f));
	f->window = window;
	f->keep_edges = keep_edges;
	f->verdict = fn;
	f->arg = arg;
	f->min_ts = INT64_MAX;
	f->max_ts = INT64_MIN;
	f->next_sweep = INT64_MIN;
}

/*
 * The records and the index are looked up at random, a cache miss and,
 * with 4 KiB pages, a TLB miss each: on Linux they are mappings of their
 * own that may take huge pages (madvise(2)) and grow without a copy
 * (mremap(2)).  big_resize(p, old, new): p of old bytes made new bytes
 * (p NULL: new ones), zeroed; big_free(p, n) gives it back.
 */
static void *
big_resize(void *p, size_t old, size_t new)
{
#ifdef __linux__
	void *q;

	q = p == NULL ? mmap(NULL, new, PROT_READ | PROT_WRITE, MAP_PRIVATE |
	    MAP_ANONYMOUS, -1, 0) : mremap(p, old, new, MREMAP_MAYMOVE);
	if (q == MAP_FAILED)
		emp_oom();
#ifdef MADV_HUGEPAGE
	if (new >= 4 * 1024 * 1024)
		(void)madvise(q, new, MADV_HUGEPAGE);
#endif
	return q;
#else
	char *q = xrealloc(p, new);

	if (new > old)
		memset(q + old, 0, new - old);
	return q;
#endif
}

static void
big_free(void *p, size_t n)
{
	if (p == NULL)
		return;
#ifdef __linux__
	(void)munmap(p, n);
#else
	(void)n;
	free(p);
#endif
}

/* Whether a cluster of d ms fits a record's span. */
static int
span_fits(int64_t d)
{
	return d >= 0 && d < FCR_GEN;
}

/*
 * Rows, kept once each (tup[]): a record holds the index of its last
 * contact's.  They are the caller's agent, team, all and level rows of a
 * period: as many as its rows, not its contacts.
 */
static uint64_t
tup_hash(const struct fcr_rows *r)
{
	uint64_t h = 0;
	int k;

	for (k = 0; k < FCR_ROWS; k++)
		h = (h ^ (uint64_t)r->r[k]) * 0x9E3779B97F4A7C15ULL;
	return h ^ (h >> 31);
}

static void
tup_rehash(struct fcr *f)
{
	size_t i, j;

	free(f->tupidx);
	f->tupicap = f->tupicap ? 2 * f->tupicap : 64;
	f->tupidx = xcalloc(f->tupicap, sizeof(*f->tupidx));
	for (i = 0; i < f->ntup; i++) {
		for (j = tup_hash(&f->tup[i]) & (f->tupicap - 1);
		    f->tupidx[j] != 0; j = (j + 1) & (f->tupicap - 1))
			;
		f->tupidx[j] = (uint32_t)(i + 1);
	}
}

/* The index of rows in tup[], added if new. */
static uint32_t
tup_id(struct fcr *f, const struct fcr_rows *r)
{
	size_t i;
	uint32_t e;

	if (2 * (f->ntup + 1) > f->tupicap)
		tup_rehash(f);
	for (i = tup_hash(r) & (f->tupicap - 1); (e = f->tupidx[i]) != 0;
	    i = (i + 1) & (f->tupicap - 1))
		if (memcmp(&f->tup[e - 1], r, sizeof(*r)) == 0)
			return e - 1;
	if (f->ntup == f->tupcap) {
		if (f->tupcap >= UINT32_MAX / 4)
			emp_die(EXIT_FAIL, "fcr: more than 2^30 rows");
		f->tupcap = f->tupcap ? 2 * f->tupcap : 64;
		f->tup = xreallocarray(f->tup, f->tupcap, sizeof(*f->tup));
	}
	f->tup[f->ntup] = *r;
	f->tupidx[i] = (uint32_t)++f->ntup;
	return (uint32_t)(f->ntup - 1);
}

/* A customer on the heap: its index in gen[]. */
static uint32_t
gen_put(struct fcr *f, struct fcr_cust *c)
{
	size_t i;

	if (f->nfree > 0)
		i = f->genfree[--f->nfree];
	else {
		if (f->ngen == f->gencap) {
			if (f->gencap >= UINT32_MAX / 4)
				emp_die(EXIT_FAIL, "fcr: more than 2^30 "
				    "customers with several clusters");
			f->gencap = f->gencap ? 2 * f->gencap : 64;
			f->gen = xreallocarray(f->gen, f->gencap,
			    sizeof(*f->gen));
			f->genfree = xreallocarray(f->genfree, f->gencap,
			    sizeof(*f->genfree));
		}
		i = f->ngen++;
	}
	f->gen[i] = c;
	return (uint32_t)i;
}

static void
gen_drop(struct fcr *f, uint32_t i)
{
	f->gen[i] = NULL;
	f->genfree[f->nfree++] = i;
}

/*
 * A customer's 64-bit hash (score_fcr.h: collisions): hash_bytes128()'s
 * second word, which mixes both lanes (emp-score/0424: ids that differ
 * only in length).
 */
uint64_t
fcr_hash(const char *cust, size_t len)
{
	uint64_t h0, h1;

	hash_bytes128(cust, len, &h0, &h1);
	return h1;
}

/* The last contact of a record (not FCR_GEN) judged. */
static void
rec_judge(struct fcr *f, const struct fcr_rec *p, int resolved)
{
	f->verdict(f->arg, &f->tup[p->u], p->l, resolved);
}

static struct fcr_rows *
last_at(struct fcr_clu *c, uint32_t i)
{
	return i == 0 ? &c->last1 : &c->more[i - 1];
}

static void
last_push(struct fcr_clu *c, const struct fcr_rows *r)
{
	if (c->nlast == 0) {
		c->last1 = *r;
		c->nlast = 1;
		return;
	}
	if (c->nlast == c->lastcap + 1) {
		c->lastcap = c->lastcap ? 2 * c->lastcap : 2;
		c->more = xreallocarray(c->more, c->lastcap, sizeof(*c->more));
	}
	c->more[c->nlast++ - 1] = *r;
}

/* Every last contact of c judged; c left with none. */
static void
lasts_judge(struct fcr *f, struct fcr_clu *c, int resolved)
{
	uint32_t i;

	for (i = 0; i < c->nlast; i++)
		f->verdict(f->arg, last_at(c, i), c->l, resolved);
	c->nlast = 0;
}

static void
cust_free(struct fcr_cust *c)
{
	uint32_t i;

	for (i = 0; i < c->nclu; i++)
		free(c->clu[i].more);
	if (c->clu != &c->one)
		free(c->clu);
	free(c);
}

/* A record (not FCR_GEN) moved to the heap. */
static void
rec_to_cust(struct fcr *f, struct fcr_rec *p)
{
	struct fcr_cust *c = xcalloc(1, sizeof(*c));

	c->clu = &c->one;
	c->clucap = 1;
	c->nclu = 1;
	c->one.f = p->l - p->span;
	c->one.l = p->l;
	c->one.nlast = 1;
	c->one.last1 = f->tup[p->u];
	p->span = FCR_GEN;
	p->u = gen_put(f, c);
}

/* A record on the heap back in the record when it fits there. */
static void
rec_tidy(struct fcr *f, struct fcr_rec *p)
{
	struct fcr_cust *c = f->gen[p->u];

	if (c->nclu != 1 || c->one.nlast != 1 || c->clu != &c->one ||
	    !span_fits(c->one.l - c->one.f))
		return;
	gen_drop(f, p->u);
	p->span = (uint32_t)(c->one.l - c->one.f);
	p->l = c->one.l;
	p->u = tup_id(f, &c->one.last1);
	free(c->one.more);
	free(c);
}

/*
 * An index slot: the record's index + 1 in its low bits (those of
 * cap - 1: cap is at most 2^26, the records fewer), above them the
 * slot's distance from the customer's home slot (IDX_DBITS bits, IDX_DMAX
 * for that or more: a deletion moves entries back by their distances,
 * reading the record only of one that far from home, rare), and bits of
 * h above those (a tag: most probes of other customers read no record);
 * 0: free.
 */
#define IDX_DBITS	6
#define IDX_DMAX	((1u << IDX_DBITS) - 1)
#define IDX_CAPMAX	((size_t)1 << (32 - IDX_DBITS))
#define IDX_MASK(f)	((uint32_t)((f)->cap - 1))
#define IDX_REC(f, e)	(((e) & IDX_MASK(f)) - 1)
#define IDX_DIST(f, e)	(((e) >> (f)->ibits) & IDX_DMAX)
#define IDX_TAGMASK(f)	((f)->ibits + IDX_DBITS >= 32 ? 0u : \
			    ~0u << ((f)->ibits + IDX_DBITS))
#define IDX_TAG(f, h)	((uint32_t)((h) >> 32) & IDX_TAGMASK(f))

/* The slot of the customer h, or of the empty slot where it goes. */
static size_t
idx_find(const struct fcr *f, uint64_t h)
{
	size_t i = (size_t)h & (f->cap - 1);
	uint32_t e, tag = IDX_TAG(f, h), tm = IDX_TAGMASK(f),
	    mask = IDX_MASK(f);

	while ((e = f->idx[i]) != 0) {
		if ((e & tm) == tag && f->rec[(e & mask) - 1].h == h)
			break;
		i = (i + 1) & (f->cap - 1);
	}
	return i;
}

/* The entry of record r in slot s, with its distance from home. */
static void
idx_put(struct fcr *f, size_t s, size_t r)
{
	size_t d = (s - ((size_t)f->rec[r].h & (f->cap - 1))) & (f->cap - 1);

	f->idx[s] = IDX_TAG(f, f->rec[r].h) |
	    (uint32_t)(d < IDX_DMAX ? d : IDX_DMAX) << f->ibits |
	    (uint32_t)(r + 1);
}

/* An index twice as big (or the first), every record in it. */
static void
idx_grow(struct fcr *f)
{
	size_t i, j;

	if (f->cap >= IDX_CAPMAX)
		emp_die(EXIT_FAIL, "fcr: more than %zu customers at once",
		    IDX_CAPMAX / 8 * 5);
	big_free(f->idx, f->cap * sizeof(*f->idx));
	f->cap = f->cap ? 2 * f->cap : 256;
	for (f->ibits = 0; ((size_t)1 << f->ibits) < f->cap; f->ibits++)
		;
	f->idx = big_resize(NULL, 0, f->cap * sizeof(*f->idx));
	for (i = 0; i < f->nrec; i++) {
		j = (size_t)f->rec[i].h & (f->cap - 1);
		while (f->idx[j] != 0)
			j = (j + 1) & (f->cap - 1);
		idx_put(f, j, i);
	}
}

/* The slot of record r. */
static size_t
idx_slot(const struct fcr *f, size_t r)
{
	size_t i = (size_t)f->rec[r].h & (f->cap - 1);

	while ((f->idx[i] & IDX_MASK(f)) != r + 1)
		i = (i + 1) & (f->cap - 1);
	return i;
}

/* Empties slot i, moving back the entries its probe chains need. */
static void
idx_delete(struct fcr *f, size_t i)
{
	size_t j = i, d, back;
	uint32_t e;

	f->idx[i] = 0;
	for (;;) {
		j = (j + 1) & (f->cap - 1);
		if ((e = f->idx[j]) == 0)
			return;
		if ((d = IDX_DIST(f, e)) == IDX_DMAX)	/* or more */
			d = (j - ((size_t)f->rec[IDX_REC(f, e)].h &
			    (f->cap - 1))) & (f->cap - 1);
		back = (j - i) & (f->cap - 1);
		if (d < back)	/* its home lies in (i, j]: it stays */
			continue;
		d -= back;
		f->idx[i] = (e & ~(IDX_DMAX << f->ibits)) |
		    (uint32_t)(d < IDX_DMAX ? d : IDX_DMAX) << f->ibits;
		f->idx[j] = 0;
		i = j;
	}
}

/* Removes record r (its heap part already freed); the last record takes
 * its place. */
static void
rec_delete(struct fcr *f, size_t r)
{
	size_t last = f->nrec - 1, s;

	idx_delete(f, idx_slot(f, r));
	if (f->text != NULL)
		free(f->text[r]);
	if (r != last) {
		s = idx_slot(f, last);
		f->idx[s] = (f->idx[s] & ~IDX_MASK(f)) | (uint32_t)(r + 1);
		f->rec[r] = f->rec[last];
		if (f->text != NULL)
			f->text[r] = f->text[last];
	}
	f->nrec--;
}

static void
edge_keep(struct fcr *f, size_t r, int64_t a, int64_t b)
{
	struct fcr_item *e;

	if (f->nedge == f->edgecap) {
		f->edgecap = f->edgecap ? 2 * f->edgecap : 64;
		f->edge = xreallocarray(f->edge, f->edgecap, sizeof(*f->edge));
	}
	e = &f->edge[f->nedge++];
	memset(e, 0, sizeof(*e));
	e->cust = xstrdup(f->text[r]);
	e->len = strlen(e->cust);
	e->a = a;
	e->b = b;
}

/*
 * A cluster of record r, [a, b], judged and dropped: kept when it is at
 * the shard's start (another shard's tentative contact may need it).
 */
static void
edge_note(struct fcr *f, size_t r, int64_t a, int64_t b)
{
	if (f->keep_edges && a <= f->min_ts + f->window)
		edge_keep(f, r, a, b);
}

/*
 * Judges and drops the clusters no contact can join any more: those whose
 * last is more than window + FCR_DISORDER_MS before max_ts, the latest ts
 * (a contact that is not late comes at or after max_ts - FCR_DISORDER_MS).
 */
static void
fcr_sweep(struct fcr *f, int64_t max_ts)
{
	int64_t horizon = max_ts - f->window - FCR_DISORDER_MS;
	struct fcr_rec *p;
	struct fcr_cust *c;
	uint32_t i, k;
	size_t r = 0;

	while (r < f->nrec) {
		/* the index slots a deletion looks up: of a record ahead,
		 * and of the last (it moves into the hole): the lasts go
		 * from the end down, one per deletion, so that of the
		 * sixteenth deletion from now, and the record of the
		 * thirty-second */
		if (r + 32 < f->nrec) {
			if (f->rec[r + 16].l < horizon ||
			    f->rec[r + 16].span == FCR_GEN)
				__builtin_prefetch(&f->idx[f->rec[r + 16].h &
				    (f->cap - 1)]);
			__builtin_prefetch(&f->idx[f->rec[f->nrec - 16].h &
			    (f->cap - 1)]);
			__builtin_prefetch(&f->rec[f->nrec - 32]);
		}
		__builtin_prefetch(&f->idx[f->rec[f->nrec - 1].h &
		    (f->cap - 1)]);
		p = &f->rec[r];
		if (p->span != FCR_GEN) {
			if (p->l >= horizon) {
				r++;
				continue;
			}
			rec_judge(f, p, 1);
			edge_note(f, r, p->l - p->span, p->l);
			rec_delete(f, r);	/* another record moves in */
			continue;
		}
		c = f->gen[p->u];
		for (i = 0; i < c->nclu && c->clu[i].l < horizon; i++) {
			lasts_judge(f, &c->clu[i], 1);
			free(c->clu[i].more);
			edge_note(f, r, c->clu[i].f, c->clu[i].l);
		}
		if (i > 0) {
			for (k = i; k < c->nclu; k++)
				c->clu[k - i] = c->clu[k];
			c->nclu -= i;
			if (c->nclu == 0) {
				gen_drop(f, p->u);
				cust_free(c);
				rec_delete(f, r);
				continue;
			}
			if (c->clu != &c->one && c->nclu == 1) {
				c->one = c->clu[0];
				free(c->clu);
				c->clu = &c->one;
				c->clucap = 1;
			}
			rec_tidy(f, p);
		}
		r++;
	}
}

static void
clu_insert(struct fcr_cust *c, uint32_t at, int64_t ms,
    const struct fcr_rows *rows)
{
	struct fcr_clu *k;

	if (c->nclu == c->clucap) {
		c->clucap *= 2;
		if (c->clu == &c->one) {
			c->clu = xreallocarray(NULL, c->clucap,
			    sizeof(*c->clu));
			c->clu[0] = c->one;
		} else
			c->clu = xreallocarray(c->clu, c->clucap,
			    sizeof(*c->clu));
	}
	memmove(&c->clu[at + 1], &c->clu[at],
	    (c->nclu - at) * sizeof(*c->clu));
	c->nclu++;
	k = &c->clu[at];
	memset(k, 0, sizeof(*k));
	k->f = k->l = ms;
	last_push(k, rows);
}

/* A contact of a customer on the heap. */
static void
cust_add(struct fcr *f, struct fcr_cust *c, int64_t ms,
    const struct fcr_rows *rows)
{
	struct fcr_clu *k, *hold;
	uint32_t a, b, i;

	/* the clusters ms links: f - window <= ms <= l + window (at most
	 * two, adjacent) */
	for (a = 0; a < c->nclu && ms > c->clu[a].l + f->window; a++)
		;
	for (b = a; b < c->nclu && ms >= c->clu[b].f - f->window; b++)
		;
	if (a == b) {
		clu_insert(c, a, ms, rows);
		return;
	}
	hold = &c->clu[b - 1];
	/* the lasts of a linked cluster before the holder have a repeat:
	 * ms, or the holder's first contact, within the window after */
	for (i = a; i + 1 < b; i++)
		lasts_judge(f, &c->clu[i], 0);
	if (ms > hold->l) {
		lasts_judge(f, hold, 0);
		hold->l = ms;
		last_push(hold, rows);
	} else if (ms == hold->l)
		last_push(hold, rows);
	else	/* a later contact of the chain is within the window */
		f->verdict(f->arg, rows, ms, 0);
	k = &c->clu[a];
	if (k != hold) {
		free(k->more);
		k->l = hold->l;
		k->nlast = hold->nlast;
		k->lastcap = hold->lastcap;
		k->last1 = hold->last1;
		k->more = hold->more;
		for (i = b; i < c->nclu; i++)
			c->clu[i - (b - 1 - a)] = c->clu[i];
		c->nclu -= b - 1 - a;
	}
	if (ms < k->f)
		k->f = ms;
}

/* A new customer's record in slot s. */
static void
rec_new(struct fcr *f, size_t s, uint64_t h, const char *cust,
    size_t len, int64_t ms, const struct fcr_rows *rows)
{
	struct fcr_rec *p;

	if (f->nrec == f->reccap) {
		f->reccap = f->reccap ? 2 * f->reccap : 256;
		f->rec = big_resize(f->rec, f->nrec * sizeof(*f->rec),
		    f->reccap * sizeof(*f->rec));
		if (f->keep_edges)
			f->text = xreallocarray(f->text, f->reccap,
			    sizeof(*f->text));
	}
	p = &f->rec[f->nrec];
	p->h = h;
	p->l = ms;
	p->span = 0;
	p->u = tup_id(f, rows);
	if (f->keep_edges)
		f->text[f->nrec] = xstrndup(cust, len);
	idx_put(f, s, f->nrec++);
}

/* A contact queued by fcr_add(), with the latest ts when it came. */
struct fcr_q {
	uint64_t	 h;
	int64_t		 ms, max_ts;
	struct fcr_rows	 rows;
};

#define FCR_QLEN	16	/* a power of 2 */

/*
 * Contact e, in stream order, with the customer's text when keep_edges.
 * Judges with e->max_ts, the latest ts when e came (not f->max_ts: the
 * contacts queued after it must be able to join what it keeps).
 */
static void
fcr_step(struct fcr *f, const struct fcr_q *e, const char *cust, size_t len)
{
	struct fcr_rec *p;
	int64_t ms = e->ms;
	const struct fcr_rows *rows = &e->rows;
	int64_t first;
	size_t s;

	/* a sweep each eighth of the time a cluster is kept: memory
	 * stays within 1.125 times the clusters of that time */
	if (ms >= f->next_sweep) {
		if (f->next_sweep != INT64_MIN)
			fcr_sweep(f, e->max_ts);
		f->next_sweep = ms + (f->window + FCR_DISORDER_MS) / 8;
	}
	if (8 * (f->nrec + 1) > 5 * f->cap)	/* at most 5/8 full */
		idx_grow(f);
	s = idx_find(f, e->h);
	if (f->idx[s] == 0) {
		rec_new(f, s, e->h, cust, len, ms, rows);
		return;
	}
	p = &f->rec[IDX_REC(f, f->idx[s])];
	if (p->span != FCR_GEN) {
		first = p->l - p->span;
		if (ms >= first - f->window && ms <= p->l + f->window) {
			/* linked to its one cluster */
			if (ms > p->l && span_fits(ms - first)) {
				rec_judge(f, p, 0);
				p->l = ms;
				p->span = (uint32_t)(ms - first);
				p->u = tup_id(f, rows);
				return;
			}
			if (ms < p->l && span_fits(p->l - ms)) {
				f->verdict(f->arg, rows, ms, 0);
				if (ms < first)
					p->span = (uint32_t)(p->l - ms);
				return;
			}
		} else if (ms > p->l && p->l < e->max_ts - f->window -
		    FCR_DISORDER_MS) {
			/* its cluster is done, as a sweep would find: the
			 * record is the new cluster's */
			rec_judge(f, p, 1);
			edge_note(f, IDX_REC(f, f->idx[s]), first, p->l);
			p->l = ms;
			p->span = 0;
			p->u = tup_id(f, rows);
			return;
		}
		rec_to_cust(f, p);
	}
	cust_add(f, f->gen[p->u], ms, rows);
	rec_tidy(f, p);
}

/* The oldest queued contact judged, out of the queue. */
static void
q_pop(struct fcr *f)
{
	fcr_step(f, &f->q[f->qhead], NULL, 0);
	f->qhead = (f->qhead + 1) & (FCR_QLEN - 1);
	f->qn--;
}

/* Every queued contact judged, as far as it can be. */
static void
fcr_drain(struct fcr *f)
{
	while (f->qn > 0)
		q_pop(f);
}

int
fcr_add(struct fcr *f, const char *cust, size_t len, uint64_t h, int64_t ms,
    const struct fcr_rows *rows)
{
	struct fcr_q *e, one;
	size_t s;
	uint32_t r;
	int k;

	if (len == 0)
		return FCR_NONE;
	if (f->max_ts != INT64_MIN && ms < f->max_ts - FCR_DISORDER_MS)
		return FCR_LATE;
	f->counted++;
	if (ms < f->min_ts)
		f->min_ts = ms;
	if (ms > f->max_ts)
		f->max_ts = ms;
	if (f->keep_edges) {	/* the text is needed now */
		one.h = h;
		one.ms = ms;
		one.max_ts = f->max_ts;
		one.rows = *rows;
		fcr_step(f, &one, cust, len);
		return FCR_OK;
	}
	if (f->q == NULL)
		f->q = xreallocarray(NULL, FCR_QLEN, sizeof(*f->q));
	if (f->qn == FCR_QLEN)
		q_pop(f);
	e = &f->q[(f->qhead + f->qn++) & (FCR_QLEN - 1)];
	e->h = h;
	e->ms = ms;
	e->max_ts = f->max_ts;
	e->rows = *rows;
	if (f->cap > 0) {
		/* its index slot now, the record of one half-way through
		 * the queue (found by its slot, fetched by now) */
		__builtin_prefetch(&f->idx[e->h & (f->cap - 1)]);
		if (f->qn > FCR_QLEN / 2) {
			e = &f->q[(f->qhead + f->qn - 1 - FCR_QLEN / 2) &
			    (FCR_QLEN - 1)];
			for (s = e->h & (f->cap - 1), k = 0; k < 4 &&
			    (r = f->idx[s]) != 0; k++) {
				if ((r & IDX_TAGMASK(f)) == IDX_TAG(f, e->h)) {
					__builtin_prefetch(
					    &f->rec[IDX_REC(f, r)]);
					break;
				}
				s = (s + 1) & (f->cap - 1);
			}
		}
	}
	return FCR_OK;
}

void
fcr_flush(struct fcr *f)
{
	struct fcr_rec *p;
	struct fcr_cust *c;
	size_t r;
	uint32_t i;

	fcr_drain(f);
	for (r = 0; r < f->nrec; r++) {
		p = &f->rec[r];
		if (p->span != FCR_GEN) {
			rec_judge(f, p, 1);
			/* judged once */
			p->u = tup_id(f, &(struct fcr_rows){ { FCR_NOROW,
			    FCR_NOROW, FCR_NOROW, FCR_NOROW } });
			continue;
		}
		c = f->gen[p->u];
		for (i = 0; i < c->nclu; i++)
			lasts_judge(f, &c->clu[i], 1);
	}
}

static int
cmp_item(const void *x, const void *y)
{
	const struct fcr_item *p = x, *q = y;
	size_t n = p->len < q->len ? p->len : q->len;
	int c = memcmp(p->cust, q->cust, n);

	if (c != 0)
		return c;
	if (p->len != q->len)
		return p->len < q->len ? -1 : 1;
	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	return p->tentative - q->tentative;
}

static struct fcr_item *
item_push(struct fcr_item **it, size_t *n, size_t *cap)
{
	struct fcr_item *e;

	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		*it = xreallocarray(*it, *cap, sizeof(**it));
	}
	e = &(*it)[(*n)++];
	memset(e, 0, sizeof(*e));
	return e;
}

size_t
fcr_export(struct fcr *f, struct fcr_item **items)
{
	struct fcr_item *it = NULL, *e;
	struct fcr_rec *p;
	struct fcr_cust *c;
	struct fcr_clu one, *k;
	size_t r, n = 0, cap = 0, i, len;
	uint32_t nclu, j;

	fcr_drain(f);
	for (r = 0; r < f->nrec; r++) {
		p = &f->rec[r];
		if (p->span != FCR_GEN) {
			memset(&one, 0, sizeof(one));
			one.f = p->l - p->span;
			one.l = p->l;
			one.nlast = 1;
			one.last1 = f->tup[p->u];
			k = &one;
			nclu = 1;
		} else {
			c = f->gen[p->u];
			k = c->clu;
			nclu = c->nclu;
		}
		len = strlen(f->text[r]);
		for (j = 0; j < nclu; j++) {
			e = item_push(&it, &n, &cap);
			e->cust = f->text[r];
			e->len = len;
			e->a = k[j].f;
			e->b = k[j].l;
			for (i = 0; i < k[j].nlast; i++) {
				e = item_push(&it, &n, &cap);
				e->cust = f->text[r];
				e->len = len;
				e->a = e->b = k[j].l;
				e->tentative = 1;
				e->rows = *last_at(&k[j], (uint32_t)i);
			}
		}
	}
	/* the judged edge clusters */
	for (i = 0; i < f->nedge; i++)
		*item_push(&it, &n, &cap) = f->edge[i];
	if (n > 0)
		qsort(it, n, sizeof(*it), cmp_item);
	*items = it;
	return n;
}

void
fcr_free(struct fcr *f)
{
	size_t r;

	for (r = 0; r < f->nrec; r++)
		if (f->text != NULL)
			free(f->text[r]);
	for (r = 0; r < f->ngen; r++)
		if (f->gen[r] != NULL)
			cust_free(f->gen[r]);
	free(f->gen);
	free(f->genfree);
	f->gen = NULL;
	f->genfree = NULL;
	f->ngen = f->gencap = f->nfree = 0;
	free(f->tup);
	free(f->tupidx);
	f->tup = NULL;
	f->tupidx = NULL;
	f->ntup = f->tupcap = f->tupicap = 0;
	big_free(f->rec, f->reccap * sizeof(*f->rec));
	free(f->text);
	big_free(f->idx, f->cap * sizeof(*f->idx));
	free(f->q);
	f->q = NULL;
	f->qn = 0;
	for (r = 0; r < f->nedge; r++)
		free(f->edge[r].cust);
	free(f->edge);
	f->rec = NULL;
	f->text = NULL;
	f->idx = NULL;
	f->nrec = f->reccap = f->cap = 0;
	f->edge = NULL;
	f->nedge = 0;
}

/* Merging. */

void
fcr_merge_init(struct fcr_merge *m, int64_t window)
{
	memset(m, 0, sizeof(*m));
	m->window = window;
}

void
fcr_merge_cluster(struct fcr_merge *m, const char *cust, size_t len,
    int64_t f, int64_t l)
{
	if (m->nclu == m->clucap) {
		m->clucap = m->clucap ? 2 * m->clucap : 64;
		m->clu = xreallocarray(m->clu, m->clucap, sizeof(*m->clu));
	}
	m->clu[m->nclu].cust = xstrndup(cust, len);
	m->clu[m->nclu].f = f;
	m->clu[m->nclu++].l = l;
}

void
fcr_merge_tentative(struct fcr_merge *m, const char *cust, size_t len,
    int64_t t, size_t row, int counted)
{
	if (m->ntent == m->tentcap) {
		m->tentcap = m->tentcap ? 2 * m->tentcap : 64;
		m->tent = xreallocarray(m->tent, m->tentcap, sizeof(*m->tent));
	}
	m->tent[m->ntent].cust = xstrndup(cust, len);
	m->tent[m->ntent].t = t;
	m->tent[m->ntent].counted = counted;
	m->tent[m->ntent++].row = row;
}

void
fcr_merge_recent(struct fcr_merge *m, int64_t t, size_t row)
{
	if (m->nrec == m->reccap) {
		m->reccap = m->reccap ? 2 * m->reccap : 64;
		m->rec = xreallocarray(m->rec, m->reccap, sizeof(*m->rec));
	}
	m->rec[m->nrec].t = t;
	m->rec[m->nrec++].row = row;
}

void
fcr_merge_range(struct fcr_merge *m, const char *file, int64_t a, int64_t b)
{
	if (m->nrng == m->rngcap) {
		m->rngcap = m->rngcap ? 2 * m->rngcap : 16;
		m->rng = xreallocarray(m->rng, m->rngcap, sizeof(*m->rng));
	}
	m->rng[m->nrng].file = xstrdup(file);
	m->rng[m->nrng].a = a;
	m->rng[m->nrng++].b = b;
}

/* ms as "2026-03-02T09:00:00Z" (whole seconds, UTC) into buf. */
static void
fmt_utc(char *buf, size_t size, int64_t ms)
{
	int64_t t = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000), days, y, r;
	unsigned mo, d;

	days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	r = t - days * 86400;
	civil_from_days(days, &y, &mo, &d);
	snprintf(buf, size, "%04lld-%02u-%02uT%02d:%02d:%02dZ", (long long)y,
	    mo, d, (int)(r / 3600), (int)(r / 60 % 60), (int)(r % 60));
}

static int
cmp_rng(const void *x, const void *y)
{
	const struct fcr_mrange *p = x, *q = y;

	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	return (p->b > q->b) - (p->b < q->b);
}

static int
cmp_mclu(const void *x, const void *y)
{
	const struct fcr_mclu *p = x, *q = y;
	int c = strcmp(p->cust, q->cust);

	if (c != 0)
		return c;
	return (p->f > q->f) - (p->f < q->f);
}

/* Whether a cluster of cust holds a contact in (t, t + window]. */
static int
mclu_repeat(const struct fcr_merge *m, const char *cust, int64_t t)
{
	size_t lo = 0, hi = m->nclu, mid;

	while (lo < hi) {	/* the first cluster of cust */
		mid = lo + (hi - lo) / 2;
		if (strcmp(m->clu[mid].cust, cust) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < m->nclu && strcmp(m->clu[lo].cust, cust) == 0 &&
	    m->clu[lo].f <= t + m->window; lo++)
		if (m->clu[lo].l > t)
			return 1;
	return 0;
}

int
fcr_merge_finish(struct fcr_merge *m, fcr_adjust_fn *fn, void *arg)
{
	const struct fcr_mrange *last = NULL;
	char a[40], b[40], c[40], d[40];
	int64_t h = INT64_MIN;
	size_t i;
	int rep;

	if (m->nrng > 1)
		qsort(m->rng, m->nrng, sizeof(*m->rng), cmp_rng);
	for (i = 0; i < m->nrng; i++) {
		if (last != NULL && m->rng[i].a < last->b) {
			fmt_utc(a, sizeof(a), last->a);
			fmt_utc(b, sizeof(b), last->b);
			fmt_utc(c, sizeof(c), m->rng[i].a);
			fmt_utc(d, sizeof(d), m->rng[i].b);
			emp_warn("%s and %s: their customers' contacts "
			    "interleave in time (%s to %s, %s to %s): fcr "
			    "merges exactly only shards of a time-ordered "
			    "stream, each ending at or before the next "
			    "begins", last->file, m->rng[i].file, a, b, c, d);
			return -1;
		}
		if (last == NULL || m->rng[i].b > last->b)
			last = &m->rng[i];
	}
	if (m->nclu > 1)
		qsort(m->clu, m->nclu, sizeof(*m->clu), cmp_mclu);
	/* the horizon: a window before the last contact of all */
	if (last != NULL)
		h = last->b - m->window;
	for (i = 0; i < m->ntent; i++) {
		rep = mclu_repeat(m, m->tent[i].cust, m->tent[i].t);
		if (m->tent[i].counted) {
			/* counted resolved, never beyond the horizon */
			if (rep)
				fn(arg, m->tent[i].row, 0, -1);
		} else if (m->tent[i].t <= h)
			fn(arg, m->tent[i].row, 1, !rep);
	}
	for (i = 0; i < m->nrec; i++)
		if (m->rec[i].t <= h)
			fn(arg, m->rec[i].row, 1, 0);
	return 0;
}

void
fcr_merge_free(struct fcr_merge *m)
{
	size_t i;

	for (i = 0; i < m->nclu; i++)
		free(m->clu[i].cust);
	free(m->clu);
	for (i = 0; i < m->ntent; i++)
		free(m->tent[i].cust);
	free(m->tent);
	free(m->rec);
	for (i = 0; i < m->nrng; i++)
		free(m->rng[i].file);
	free(m->rng);
	memset(m, 0, sizeof(*m));
}
