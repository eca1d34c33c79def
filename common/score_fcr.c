/*
 * score_fcr.c: first-contact resolution from the stream (see
 * score_fcr.h).
 */
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

/* A customer: its clusters, by first ts; gaps between them > window. */
struct fcr_cust {
	uint64_t	 h;
	uint32_t	 nclu, clucap;
	struct fcr_clu	*clu;		/* &one, or the heap's */
	struct fcr_clu	 one;
	size_t		 len;
	char		 key[];
};

#define FCR_SEED	0x6663725f73656564ULL

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
		f->verdict(f->arg, last_at(c, i), resolved);
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

/* The slot of key (h), or of the empty slot where it goes. */
static size_t
slot_find(const struct fcr *f, const char *s, size_t n, uint64_t h)
{
	size_t i = (size_t)h & (f->cap - 1);
	const struct fcr_cust *c;

	/* the hash beside the pointer: a probe reads no customer */
	while ((c = f->tab[i].c) != NULL) {
		if (f->tab[i].h == h && c->len == n &&
		    memcmp(c->key, s, n) == 0)
			break;
		i = (i + 1) & (f->cap - 1);
	}
	return i;
}

static void
tab_grow(struct fcr *f)
{
	struct fcr_slot *old = f->tab;
	size_t oldcap = f->cap, i, j;

	f->cap = f->cap ? 2 * f->cap : 256;
	f->tab = xcalloc(f->cap, sizeof(*f->tab));
	for (i = 0; i < oldcap; i++) {
		if (old[i].c == NULL)
			continue;
		j = (size_t)old[i].h & (f->cap - 1);
		while (f->tab[j].c != NULL)
			j = (j + 1) & (f->cap - 1);
		f->tab[j] = old[i];
	}
	free(old);
}

/* Removes slot i, moving back the entries its probe chains need. */
static void
tab_delete(struct fcr *f, size_t i)
{
	size_t j = i, k;

	f->tab[i].c = NULL;
	f->n--;
	for (;;) {
		j = (j + 1) & (f->cap - 1);
		if (f->tab[j].c == NULL)
			return;
		k = (size_t)f->tab[j].h & (f->cap - 1);
		/* does j's home lie cyclically in (i, j]? then it stays */
		if (i <= j ? (i < k && k <= j) : (i < k || k <= j))
			continue;
		f->tab[i] = f->tab[j];
		f->tab[j].c = NULL;
		i = j;
	}
}

static void
edge_keep(struct fcr *f, const struct fcr_cust *c, const struct fcr_clu *k)
{
	struct fcr_item *e;

	if (f->nedge == f->edgecap) {
		f->edgecap = f->edgecap ? 2 * f->edgecap : 64;
		f->edge = xreallocarray(f->edge, f->edgecap, sizeof(*f->edge));
	}
	e = &f->edge[f->nedge++];
	memset(e, 0, sizeof(*e));
	e->cust = xstrndup(c->key, c->len);
	e->len = c->len;
	e->a = k->f;
	e->b = k->l;
}

/*
 * Judges and drops the clusters no contact can join any more: those whose
 * last is more than window + FCR_DISORDER_MS before the latest ts (a
 * contact that is not late comes at or after latest - FCR_DISORDER_MS).
 */
static void
fcr_sweep(struct fcr *f)
{
	int64_t horizon = f->max_ts - f->window - FCR_DISORDER_MS;
	struct fcr_cust *c;
	uint32_t i, k;
	size_t s;

	for (s = 0; s < f->cap; s++) {
again:
		if ((c = f->tab[s].c) == NULL)
			continue;
		for (i = 0; i < c->nclu && c->clu[i].l < horizon; i++) {
			lasts_judge(f, &c->clu[i], 1);
			free(c->clu[i].more);
			/* a cluster at the shard's start: another shard's
			 * tentative contact may need it */
			if (f->keep_edges && c->clu[i].f <= f->min_ts +
			    f->window)
				edge_keep(f, c, &c->clu[i]);
		}
		if (i == 0)
			continue;
		for (k = i; k < c->nclu; k++)
			c->clu[k - i] = c->clu[k];
		c->nclu -= i;
		if (c->nclu == 0) {
			cust_free(c);
			tab_delete(f, s);
			goto again;	/* another entry may have moved in */
		}
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

int
fcr_add(struct fcr *f, const char *cust, size_t len, int64_t ms,
    const struct fcr_rows *rows)
{
	struct fcr_cust *c;
	struct fcr_clu *k, *hold;
	uint64_t h;
	size_t s;
	uint32_t a, b, i;

	if (len == 0) {
		f->none++;
		return FCR_NONE;
	}
	if (f->max_ts != INT64_MIN && ms < f->max_ts - FCR_DISORDER_MS) {
		f->late++;
		return FCR_LATE;
	}
	f->counted++;
	if (ms < f->min_ts)
		f->min_ts = ms;
	if (ms > f->max_ts)
		f->max_ts = ms;
	/* a sweep each quarter of the time a cluster is kept: memory
	 * stays within 1.25 times the clusters of that time */
	if (ms >= f->next_sweep) {
		if (f->next_sweep != INT64_MIN)
			fcr_sweep(f);
		f->next_sweep = ms + (f->window + FCR_DISORDER_MS) / 4;
	}
	if (2 * (f->n + 1) > f->cap)	/* at most half full */
		tab_grow(f);
	h = hash_bytes(cust, len, FCR_SEED);
	s = slot_find(f, cust, len, h);
	if ((c = f->tab[s].c) == NULL) {
		c = xcalloc(1, sizeof(*c) + len);
		c->h = h;
		c->len = len;
		memcpy(c->key, cust, len);
		c->clu = &c->one;
		c->clucap = 1;
		f->tab[s].h = h;
		f->tab[s].c = c;
		f->n++;
	}
	/* the clusters ms links: f - window <= ms <= l + window (at most
	 * two, adjacent) */
	for (a = 0; a < c->nclu && ms > c->clu[a].l + f->window; a++)
		;
	for (b = a; b < c->nclu && ms >= c->clu[b].f - f->window; b++)
		;
	if (a == b) {
		clu_insert(c, a, ms, rows);
		return FCR_OK;
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
		f->verdict(f->arg, rows, 0);
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
	return FCR_OK;
}

void
fcr_flush(struct fcr *f)
{
	struct fcr_cust *c;
	size_t s;
	uint32_t i;

	for (s = 0; s < f->cap; s++) {
		if ((c = f->tab[s].c) == NULL)
			continue;
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

size_t
fcr_export(struct fcr *f, struct fcr_item **items)
{
	struct fcr_item *it = NULL, *e;
	struct fcr_cust *c;
	size_t s, n = 0, cap = 0;
	uint32_t i, j;

	for (s = 0; s < f->cap + 1; s++) {
		c = s < f->cap ? f->tab[s].c : NULL;
		if (s == f->cap) {
			/* the judged edge clusters */
			it = xreallocarray(it, n + f->nedge + 1, sizeof(*it));
			if (f->nedge > 0)
				memcpy(it + n, f->edge, f->nedge * sizeof(*it));
			n += f->nedge;
			break;
		}
		if (c == NULL)
			continue;
		for (i = 0; i < c->nclu; i++) {
			if (n + 1 + c->clu[i].nlast > cap) {
				cap = 2 * cap + 1 + c->clu[i].nlast;
				it = xreallocarray(it, cap, sizeof(*it));
			}
			e = &it[n++];
			memset(e, 0, sizeof(*e));
			e->cust = c->key;
			e->len = c->len;
			e->a = c->clu[i].f;
			e->b = c->clu[i].l;
			for (j = 0; j < c->clu[i].nlast; j++) {
				e = &it[n++];
				memset(e, 0, sizeof(*e));
				e->cust = c->key;
				e->len = c->len;
				e->a = e->b = c->clu[i].l;
				e->tentative = 1;
				e->rows = *last_at(&c->clu[i], j);
			}
		}
	}
	if (n > 0)
		qsort(it, n, sizeof(*it), cmp_item);
	*items = it;
	return n;
}

void
fcr_free(struct fcr *f)
{
	size_t s;

	for (s = 0; s < f->cap; s++)
		if (f->tab[s].c != NULL)
			cust_free(f->tab[s].c);
	free(f->tab);
	for (s = 0; s < f->nedge; s++)
		free(f->edge[s].cust);
	free(f->edge);
	f->tab = NULL;
	f->cap = f->n = 0;
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
    int64_t t, size_t row)
{
	if (m->ntent == m->tentcap) {
		m->tentcap = m->tentcap ? 2 * m->tentcap : 64;
		m->tent = xreallocarray(m->tent, m->tentcap, sizeof(*m->tent));
	}
	m->tent[m->ntent].cust = xstrndup(cust, len);
	m->tent[m->ntent].t = t;
	m->tent[m->ntent++].row = row;
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
fcr_merge_finish(struct fcr_merge *m, fcr_verdict_fn *fn, void *arg)
{
	struct fcr_rows r;
	const struct fcr_mrange *last = NULL;
	char a[40], b[40], c[40], d[40];
	size_t i, k;

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
	for (i = 0; i < m->ntent; i++) {
		r.r[0] = m->tent[i].row;
		for (k = 1; k < FCR_ROWS; k++)
			r.r[k] = FCR_NOROW;
		if (mclu_repeat(m, m->tent[i].cust, m->tent[i].t))
			fn(arg, &r, 0);
	}
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
	for (i = 0; i < m->nrng; i++)
		free(m->rng[i].file);
	free(m->rng);
	memset(m, 0, sizeof(*m));
}
