/*
 * ingest_dedup.c: emp-ingest's de-duplication by contact id (see ingest.h,
 * ingest_int.h).
 *
 * Amazon Connect delivers records at least once: a table keeps the newest
 * LastUpdateTimestamp per key (a 128-bit hash of the ContactId), and per
 * key the first record carrying it is written.  When every input is a
 * plain regular file, ingest_prepare() fills the table first with a light
 * scan of the keys; otherwise, from the first such file on, output rows
 * are spooled to a temporary file with their keys and ingest_finish()
 * writes them (ingest.c).  Memory: the table, 24 bytes a slot at most 70%
 * full (35-70 bytes per distinct ContactId; the first pass sizes it once
 * from an estimate of the rows), then only the repeated keys and a bitmap
 * over them.  In the first pass a second thread fills the key table.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emp.h"
#include "hash.h"
#include "ingest_int.h"
#include "keyscan.h"
#include "ring.h"

/*
 * The key of a record of a de-duplicated export: its ContactId and
 * LastUpdateTimestamp, read from the raw fields.  Returns 1, or 0 for a
 * record without an id or with an unreadable time (it is no copy of
 * anything: conversion rejects the second).
 */
static int
dedup_key(struct tz *tz, const char *id, size_t idn, const char *lu,
    size_t lun, uint64_t *k1, uint64_t *k2, int64_t *ts)
{
	parse_trim(&id, &idn);
	if (idn == 0)
		return 0;
	if (ts == NULL)		/* the time is wanted later, if at all */
		goto hash;
	switch (parse_time(lu, lun, tz, ts)) {
	case PARSE_OK:
		break;
	case PARSE_EMPTY:
		*ts = INT64_MIN;
		break;
	default:
		return 0;
	}
hash:
	hash_bytes128(id, idn, k1, k2);
	return 1;
}

/* The key of a record; its time too unless with_ts is 0. */
int
record_key(struct row *r, int with_ts)
{
	const struct csv_record *rec = r->rec;
	int ic = r->p->src[EV_ID], lc = r->p->x[0];

	if (rec->err != NULL || ic < 0 || (size_t)ic >= rec->nfields ||
	    (lc >= 0 && (size_t)lc >= rec->nfields))
		return 0;
	return dedup_key(r->conv->tz, rec->fields[ic], rec->lens[ic],
	    lc >= 0 ? rec->fields[lc] : "", lc >= 0 ? rec->lens[lc] : 0,
	    &r->k1, &r->k2, with_ts ? &r->kts : NULL);
}

/*
 * Prescan: the keys of every record of a plain, seekable file, before its
 * real pass, so that no spool is needed (see keyscan.h).
 */
/*
 * The keys found are inserted by a second thread (the table's cache
 * misses are most of the cost), handed over in blocks through a ring.
 */
#define KEYBLOCK 8192

struct inserter {
	struct dedup		*dd;
	struct keymax_ent	*blk[RING_NSLOT];
	struct ring		 ring;
	int			 threaded;
	size_t			 slot, n;
	pthread_t		 th;
};

static void *
inserter_main(void *arg)
{
	struct inserter *in = arg;
	struct keymax_ent *e;
	size_t slot;
	int i, n;

	for (;;) {
		slot = ring_get(&in->ring, &n);
		for (i = 0; i < n; i++) {
			e = &in->blk[slot][i];
			dedup_add(in->dd, e->k1, e->k2, e->v);
		}
		ring_release(&in->ring);
		if (n == 0)
			return NULL;
	}
}

static void
inserter_start(struct inserter *in, struct dedup *dd)
{
	size_t i;

	memset(in, 0, sizeof(*in));
	in->dd = dd;
	for (i = 0; i < RING_NSLOT; i++)
		in->blk[i] = xcalloc(KEYBLOCK, sizeof(struct keymax_ent));
	ring_init(&in->ring);
	in->threaded = pthread_create(&in->th, NULL, inserter_main, in) == 0;
	in->slot = in->threaded ? ring_put_slot(&in->ring) : 0;
}

static void
inserter_add(struct inserter *in, uint64_t k1, uint64_t k2, int64_t v)
{
	struct keymax_ent *e;

	if (!in->threaded) {
		dedup_add(in->dd, k1, k2, v);
		return;
	}
	e = &in->blk[in->slot][in->n];
	e->k1 = k1;
	e->k2 = k2;
	e->v = v;
	if (++in->n == KEYBLOCK) {
		ring_put(&in->ring, (int)in->n);
		in->n = 0;
		in->slot = ring_put_slot(&in->ring);
	}
}

static void
inserter_stop(struct inserter *in)
{
	size_t i;

	if (in->threaded) {
		if (in->n > 0) {
			ring_put(&in->ring, (int)in->n);
			in->slot = ring_put_slot(&in->ring);
		}
		ring_put(&in->ring, 0);
		pthread_join(in->th, NULL);
	}
	ring_destroy(&in->ring);
	for (i = 0; i < RING_NSLOT; i++)
		free(in->blk[i]);
}

/* The field's value, unquoted into sb when it was quoted, unmarked. */
static const char *
field_value(const struct keyscan_field *f, struct strbuf *sb, size_t *n)
{
	const char *s;

	if (f->s == NULL) {
		*n = 0;
		return "";
	}
	if (f->quoted)
		s = keyscan_unquote(sb, f->s, f->n, n);
	else {
		*n = f->n;
		s = f->s;
	}
	(void)csv_text_unmark(&s, n);	/* as the reader hands it out */
	return s;
}

/*
 * Read in large blocks: a mapping would fault page by page and, unmapped
 * behind the scan, interrupt the other threads to flush their TLBs.
 */
#define PRESCAN_BUF	(4 * 1024 * 1024)

static int
prescan_file(struct ingest *g, const char *path, const struct plan *pl,
    int delim, struct inserter *ins)
{
	struct strbuf u1 = { 0 }, u2 = { 0 };
	struct keyscan_field f1, f2;
	const char *p, *end, *next, *id, *lu;
	char *buf;
	size_t idn, lun, cap = PRESCAN_BUF, len = 0, pos = 0;
	ssize_t k;
	uint64_t k1, k2;
	int64_t ts;
	int fd, header = 1, bad, eof = 0, rv = 0, first = 1;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	buf = xmalloc(cap);
	while (!eof) {
		/* the record begun stays; a longer one than the buffer
		 * grows it */
		memmove(buf, buf + pos, len - pos);
		len -= pos;
		pos = 0;
		if (len == cap)
			buf = xrealloc(buf, cap *= 2);
		if ((k = read(fd, buf + len, cap - len)) < 0) {
			if (errno == EINTR)
				continue;
			rv = -1;
			break;
		}
		eof = k == 0;
		len += (size_t)k;
		if (first && len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
			pos = 3;
		first = 0;
		p = buf + pos;
		end = buf + len;
		while ((next = keyscan_record(p, end, delim, pl->src[EV_ID],
		    pl->x[0], &f1, &f2, eof, &bad)) != NULL && next != p) {
			p = next;
			if (header) {
				header = 0;
				continue;
			}
			if (bad || f1.s == NULL || (pl->x[0] >= 0 &&
			    f2.s == NULL))
				continue;
			id = field_value(&f1, &u1, &idn);
			lu = field_value(&f2, &u2, &lun);
			if (dedup_key(g->o->conv.tz, id, idn, lu, lun, &k1,
			    &k2, &ts))
				inserter_add(ins, k1, k2, ts);
		}
		pos = (size_t)(p - buf);
	}
	close(fd);
	free(buf);
	sb_free(&u1);
	sb_free(&u2);
	return rv;
}

/* Roughly how many lines the files to scan hold: their size over the
 * mean line length of their first megabyte. */
static size_t
estimate_rows(char *const *paths, const int *delims, size_t n)
{
	char *buf = xmalloc(SPOOL_BUF);
	struct stat st;
	size_t i, rows = 0, lines;
	ssize_t k;
	int fd;
	char *p, *end;

	for (i = 0; i < n; i++) {
		if (delims[i] == 0 || (fd = open(paths[i], O_RDONLY)) == -1)
			continue;
		if (fstat(fd, &st) == 0 && (k = read(fd, buf, SPOOL_BUF)) > 0) {
			lines = 0;
			for (p = buf, end = buf + k;
			    (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
				if (p + 1 < end && p[1] != '\n' && p[1] != '\r')
					lines++;	/* not blank */
			/* never more than a row per 64 bytes: a file of blank
			 * lines must not reserve gigabytes */
			if (lines > 0)
				rows += (size_t)fmin((double)st.st_size /
				    ((double)k / (double)lines),
				    (double)st.st_size / 64);
		}
		close(fd);
	}
	free(buf);
	return rows;
}

void
ingest_prepare(struct ingest *g, char *const *paths, size_t n)
{
	struct csv_reader *rd;
	struct inserter ins;
	struct stat st;
	struct plan *pl;
	int *delims, any = 0;
	size_t i;

	/* only when every input can be read twice */
	for (i = 0; i < n; i++)
		if (strcmp(paths[i], "-") == 0 || stat(paths[i], &st) == -1 ||
		    !S_ISREG(st.st_mode))
			return;
	pl = xcalloc(n, sizeof(*pl));
	delims = xcalloc(n, sizeof(*delims));
	for (i = 0; i < n; i++) {
		if ((rd = open_plan(g, paths[i], &pl[i], 1)) == NULL)
			continue;
		delims[i] = csv_reader_is_gzip(rd) || !pl[i].prof->dedup ? 0 :
		    csv_reader_delim(rd);
		if (pl[i].prof->dedup && delims[i] == 0)
			any = -1;	/* gzip: spool */
		else if (pl[i].prof->dedup && any == 0)
			any = 1;
		csv_reader_close(rd);
	}
	if (any == 1) {
		dedup_init(&g->dd);
		dedup_reserve(&g->dd, estimate_rows(paths, delims, n));
		inserter_start(&ins, &g->dd);
		g->prescanned = 1;
		for (i = 0; i < n && g->prescanned; i++)
			if (delims[i] != 0 && prescan_file(g, paths[i], &pl[i],
			    delims[i], &ins) == -1)
				g->prescanned = 0;
		inserter_stop(&ins);
		if (g->prescanned)
			dedup_seal(&g->dd);
		else
			dedup_free(&g->dd);
	}
	for (i = 0; i < n; i++)
		if (pl[i].prof != NULL)
			plan_free(&pl[i]);
	free(pl);
	free(delims);
}
