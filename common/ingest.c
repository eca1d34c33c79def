/*
 * ingest.c: the engine of emp-ingest (see ingest.h): the conversion loop,
 * the spool, rejects, the agent map and the summary.  The profiles and
 * the conversion of a row are in ingest_profile.c, de-duplication by
 * contact id in ingest_dedup.c; ingest_int.h holds what they share.
 *
 * Threads: a file is read in batches of records, each batch converted
 * into encoded events on its own by whichever thread is free, and the
 * results committed in input order (feeder_run_ordered()): writing,
 * de-duplication decisions, rejects, messages and counts happen there,
 * so output and messages are what one thread would make.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "emp.h"
#include "feeder.h"
#include "hash.h"
#include "ingest_int.h"

static const char *const skip_names[SK_N] = {
	"", "duplicate", "no agent", "non-response", "not handled", "empty",
	"staff", "roster change"
};

/* A converting thread: its row and a time zone cache of its own. */
struct worker {
	struct ingest		*g;
	struct row		 r;
	struct ev_conv		 conv;
};

/*
 * What a batch of records made, for ingest_commit() to use in order:
 * encoded events; the rows with a de-duplication key whose fate depends
 * on other rows (all keyed rows when spooling, else the written copies
 * of repeated keys); rejected rows; counts.
 */
struct keyed {
	uint64_t		 k1, k2;
	int64_t			 ts;
	size_t			 off, len;	/* in out, when made */
	int			 made;		/* the row made an event */
};

struct rejected {
	unsigned long		 line;
	size_t			 why, raw;	/* offsets in text */
	size_t			 nwhy, nraw;
};

struct result {
	struct strbuf		 out;
	struct keyed		*keyed;
	size_t			 nkeyed, kcap;
	struct rejected		*rej;
	size_t			 nrej, rcap;
	struct strbuf		 text;
	uint64_t		 rows, events, twice;
	uint64_t		 skipped[SK_N];
};

/* Output. */

/* Room an encoded row can need at most. */
static size_t
row_bound(const struct row *r)
{
	size_t n = EV_NCOLS + 1;
	int col;

	for (col = 0; col < EV_NCOLS; col++)
		n += CSV_ENCODED_MAX(r->n[col]);
	return n;
}

/* Encodes the row into dst (row_bound() bytes); returns its length. */
static size_t
encode_row(const struct ingest *g, const struct row *r, char *dst)
{
	const struct plan *p = r->p;
	char *d = dst;
	int col, delim = g->out->delim;

	for (col = 0; col < EV_NCOLS; col++) {
		if (col > 0)
			*d++ = (char)delim;
		/* converted values never need quoting, nor do trimmed
		 * values of a plain line in the same delimiter, but for
		 * a spreadsheet's mark (csvio.h) */
		if ((r->safe[col] || (r->v[col] == r->buf[col] &&
		    p->type[col] != ET_TEXT && p->type[col] != ET_LONGTEXT)) &&
		    !csv_text_mark(r->v[col], r->n[col])) {
			memcpy(d, r->v[col], r->n[col]);
			d += r->n[col];
		} else
			d += csv_encode_into(d, r->v[col], r->n[col], delim);
	}
	*d++ = '\n';
	return (size_t)(d - dst);
}

/*
 * The spool: frames of a header and an encoded row, through a large
 * buffer, read back once by ingest_finish().  It is written from the
 * ordered commit, on whichever thread is free, where an error cannot be
 * handed back: its failures end the program (emp_fatal_io()).
 */
struct spool_hdr {
	uint64_t	k1, k2;
	int64_t		ts;
	uint32_t	len;
	uint32_t	keyed;
};

static void
spool_write(struct ingest *g)
{
	const char *p = g->spbuf.s;
	size_t n = g->spbuf.len;
	ssize_t k;

	while (n > 0) {
		if ((k = write(g->spool, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			emp_fatal_io(errno, "spool file: write error");
		}
		p += k;
		n -= (size_t)k;
	}
	g->spbuf.len = 0;
}

/* A frame: one keyed row, or any number of rows without a key. */
static void
spool_put(struct ingest *g, const struct keyed *k, const char *rows,
    size_t n)
{
	struct spool_hdr h;

	if (n > UINT32_MAX)
		emp_fatal_io(0, "%s: record too long", g->name);
	memset(&h, 0, sizeof(h));
	h.len = (uint32_t)n;
	if (k != NULL) {
		h.keyed = 1;
		h.k1 = k->k1;
		h.k2 = k->k2;
		h.ts = k->ts;
	}
	sb_add(&g->spbuf, &h, sizeof(h));
	sb_add(&g->spbuf, rows, n);
	if (g->spbuf.len >= SPOOL_BUF)
		spool_write(g);
}

/* Encoded rows out[from..to) to the output, or to the spool while it
 * is open. */
static void
put_rows(struct ingest *g, const struct strbuf *out, size_t from, size_t to)
{
	if (to == from)
		return;		/* out->s may be NULL then */
	if (g->spool != -1)
		spool_put(g, NULL, out->s + from, to - from);
	else
		csv_writer_raw(g->out, out->s + from, to - from);
}

static void
emit(struct ingest *g, struct row *r, struct result *res)
{
	sb_grow(&res->out, row_bound(r));
	res->out.len += encode_row(g, r, res->out.s + res->out.len);
	res->events++;
}

static void
spool_start(struct ingest *g)
{
	struct strbuf path = { 0 };
	const char *dir;

	if ((dir = getenv("TMPDIR")) == NULL || *dir == '\0')
		dir = "/tmp";
	sb_printf(&path, "%s/emp-ingest.XXXXXX", dir);
	if ((g->spool = mkstemp(path.s)) == -1)
		emp_fatal_io(errno, "%s", path.s);
	(void)unlink(path.s);
	sb_free(&path);
	dedup_init(&g->dd);
}

/* Fills spbuf from the spool to hold at least want bytes from pos on. */
static int
spool_read(struct ingest *g, size_t *pos, size_t want)
{
	ssize_t k;

	if (*pos > 0) {
		memmove(g->spbuf.s, g->spbuf.s + *pos, g->spbuf.len - *pos);
		g->spbuf.len -= *pos;
		*pos = 0;
	}
	while (g->spbuf.len < want) {
		sb_grow(&g->spbuf, SPOOL_BUF);
		k = read(g->spool, g->spbuf.s + g->spbuf.len,
		    g->spbuf.cap - g->spbuf.len - 1);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			emp_fatal_io(errno, "spool file: read error");
		if (k == 0)
			return 0;
		g->spbuf.len += (size_t)k;
	}
	return 1;
}

void
ingest_finish(struct ingest *g)
{
	struct spool_hdr h;
	size_t pos = 0;

	if (g->spool == -1)
		return;
	spool_write(g);
	if (lseek(g->spool, 0, SEEK_SET) == -1)
		emp_fatal_io(errno, "spool file");
	for (;;) {
		if (g->spbuf.len - pos < sizeof(h) &&
		    !spool_read(g, &pos, sizeof(h)))
			break;
		memcpy(&h, g->spbuf.s + pos, sizeof(h));
		if (g->spbuf.len - pos < sizeof(h) + h.len &&
		    !spool_read(g, &pos, sizeof(h) + h.len))
			emp_fatal_io(0, "spool file: truncated");
		pos += sizeof(h);
		if (!h.keyed || dedup_keep(&g->dd, h.k1, h.k2, h.ts))
			csv_writer_raw(g->out, g->spbuf.s + pos, h.len);
		else {
			g->skipped[SK_DUPLICATE]++;
			g->events--;
		}
		pos += h.len;
	}
	if (g->spbuf.len != pos)
		emp_fatal_io(0, "spool file: truncated");
	close(g->spool);
	g->spool = -1;
	dedup_free(&g->dd);
}

/* A rejected row, kept in res with its reason and raw text. */
static void
reject(struct result *res, const struct csv_record *rec, const char *why,
    int delim)
{
	struct rejected *j;

	if (res->nrej == res->rcap) {
		res->rcap = res->rcap ? res->rcap * 2 : 16;
		res->rej = xreallocarray(res->rej, res->rcap, sizeof(*res->rej));
	}
	j = &res->rej[res->nrej++];
	j->line = rec->line;
	j->why = res->text.len;
	j->nwhy = strlen(why);
	sb_add(&res->text, why, j->nwhy);
	j->raw = res->text.len;
	if (rec->err != NULL)
		sb_add(&res->text, rec->fields[0], rec->lens[0]);
	else
		csv_encode_record(&res->text, rec->fields, rec->lens,
		    rec->nfields, delim);
	j->nraw = res->text.len - j->raw;
}

/* Reports a rejected row (the first maxwarn on stderr) and writes it to
 * the rejects file. */
static void
reject_commit(struct ingest *g, const struct result *res,
    const struct rejected *j)
{
	char src[64];
	int n;

	g->rejected++;
	if (g->warned++ < (uint64_t)g->o->maxwarn)
		emp_warn("%s:%lu: %.*s", g->name, j->line, (int)j->nwhy,
		    res->text.s + j->why);
	else if (g->warned == (uint64_t)g->o->maxwarn + 1)
		emp_warn("further rejected rows are not shown%s",
		    g->rej != NULL ? "" : " (--rejects FILE keeps them all)");
	if (g->rej == NULL)
		return;
	n = snprintf(src, sizeof(src), ":%lu", j->line);
	g->rejsrc.len = 0;
	sb_adds(&g->rejsrc, g->name);
	sb_add(&g->rejsrc, src, (size_t)n);
	csv_writer_field(g->rej, g->rejsrc.s, g->rejsrc.len);
	csv_writer_field(g->rej, res->text.s + j->why, j->nwhy);
	csv_writer_field(g->rej, res->text.s + j->raw, j->nraw);
	csv_writer_endrow(g->rej);
}

/* Agent map. */

/* Reads the agent map into g->agents: 0, or -1 with a message printed
 * (what was read stays in g->agents for ingest_free()). */
static int
agents_load(struct ingest *g, const char *path)
{
	struct csv_reader *r;
	struct csv_record *rec;
	struct agent *a, *old;
	int ia, ig, it, rv, clash;
	size_t width;
	const char *s;
	size_t n;

	strmap_init(&g->agents, 1);
	if ((r = csv_reader_open(path, 0)) == NULL) {
		emp_warnerr("%s", path);
		return -1;
	}
	if ((rv = csv_reader_header(r, &rec)) != 1) {
		emp_warn("%s%s", rv == 0 ? path : csv_reader_error(r),
		    rv == 0 ? ": agent map is empty" : "");
		goto fail;
	}
	if ((ia = csv_header_find(rec, "alias")) < 0 ||
	    (ig = csv_header_find(rec, "agent")) < 0) {
		emp_warn("%s:%lu: agent map needs the columns "
		    "alias and agent (and optionally team)", path, rec->line);
		goto fail;
	}
	it = csv_header_find(rec, "team");
	width = rec->nfields;
	while ((rv = csv_reader_next(r, &rec)) == 1) {
		if (rec->blank)
			continue;
		if (rec->err != NULL) {
			emp_warn("%s:%lu: %s", path, rec->line, rec->err);
			goto fail;
		}
		if (rec->nfields != width) {
			emp_warn("%s:%lu: expected %zu fields, found %zu",
			    path, rec->line, width, rec->nfields);
			goto fail;
		}
		s = rec->fields[ig];
		n = rec->lens[ig];
		parse_trim(&s, &n);
		if (n == 0) {
			emp_warn("%s:%lu: field 'agent': empty", path,
			    rec->line);
			goto fail;
		}
		a = xmalloc(sizeof(*a));
		a->agent = xstrndup(s, n);
		if (it >= 0) {
			s = rec->fields[it];
			n = rec->lens[it];
			parse_trim(&s, &n);
			a->team = xstrndup(s, n);
		} else
			a->team = xstrdup("");
		s = rec->fields[ia];
		n = rec->lens[ia];
		parse_trim(&s, &n);
		if ((old = strmap_put(&g->agents, s, n, a)) != NULL) {
			if ((clash = strcmp(old->agent, a->agent) != 0))
				emp_warn("%s:%lu: alias '%.*s' already maps "
				    "to '%s'", path, rec->line,
				    (int)(n > 80 ? 80 : n), s, old->agent);
			free(old->agent);
			free(old->team);
			free(old);
			if (clash)
				goto fail;
		}
	}
	if (rv == -1) {
		emp_warn("%s", csv_reader_error(r));
		goto fail;
	}
	csv_reader_close(r);
	return 0;
fail:
	csv_reader_close(r);
	return -1;
}

/* The engine. */

struct ingest *
ingest_new(const struct ingest_opts *o, struct csv_writer *out,
    struct csv_writer *rej)
{
	struct ingest *g;
	int col;

	g = xcalloc(1, sizeof(*g));
	g->o = o;
	g->spool = -1;
	if (o->agent_map != NULL) {
		if (agents_load(g, o->agent_map) == -1) {
			ingest_free(g);
			return NULL;
		}
	} else
		strmap_init(&g->agents, 1);
	g->out = out;
	g->rej = rej;
	for (col = 0; col < EV_NCOLS; col++)
		csv_writer_str(out, ev_cols[col].name);
	csv_writer_endrow(out);
	if (rej != NULL) {
		csv_writer_field(rej, "src", 3);
		csv_writer_field(rej, "error", 5);
		csv_writer_field(rej, "raw", 3);
		csv_writer_endrow(rej);
	}
	return g;
}

/* A row of empty or blank fields (";;;;" from a spreadsheet). */
static int
all_blank(const struct csv_record *rec)
{
	size_t i, j;

	if (rec->err != NULL)
		return 0;
	for (i = 0; i < rec->nfields; i++)
		for (j = 0; j < rec->lens[i]; j++)
			if (rec->fields[i][j] != ' ' && rec->fields[i][j] != '\t')
				return 0;
	return 1;
}

/* Converts a record into res; returns 1 when it made an event. */
static int
convert_record(struct worker *w, struct csv_record *rec, struct result *res)
{
	struct ingest *g = w->g;
	struct row *r = &w->r;
	const struct plan *p = r->p;
	char why[128];
	int k;

	/* a NUL byte would reach the output and cut C strings downstream */
	if (csv_record_check(rec, p->nhdr, p->hdr, why, sizeof(why)) == -1) {
		reject(res, rec, why, p->in_delim);
		return 0;
	}
	if (all_blank(rec)) {
		res->skipped[SK_EMPTY]++;
		return 0;
	}
	if ((k = row_convert(g, r)) < 0) {
		reject(res, rec, r->err, p->in_delim);
		return 0;
	}
	if (k > 0) {
		res->skipped[k]++;
		return 0;
	}
	emit(g, r, res);
	if (p->prof->hook == hook_roster && r->has_exit) {
		set_const(r, EV_KIND, "exit");
		r->v[EV_TS] = r->exit_ts;
		r->n[EV_TS] = strlen(r->exit_ts);
		emit(g, r, res);
		res->twice++;
	}
	return 1;
}

/* One record of a batch into a result. */
static void
convert_one(struct worker *w, struct csv_record *rec, struct result *res)
{
	struct ingest *g = w->g;
	struct row *r = &w->r;
	struct keyed *k;
	size_t off;
	int made;

	if (rec->blank)
		return;
	res->rows++;
	r->rec = rec;
	r->keyed = r->p->prof->dedup && record_key(r, !g->prescanned);
	off = res->out.len;
	made = convert_record(w, rec, res);
	/* after a first pass, only the written copies of repeated keys are
	 * in question (a time that cannot be read was rejected) */
	if (!r->keyed || (g->prescanned && (!made ||
	    !dedup_repeated(&g->dd, r->k1, r->k2) || !record_key(r, 1))))
		return;
	if (res->nkeyed == res->kcap) {
			res->kcap = res->kcap ? res->kcap * 2 : 16;
		res->keyed = xreallocarray(res->keyed, res->kcap,
		    sizeof(*res->keyed));
	}
	k = &res->keyed[res->nkeyed++];
	k->k1 = r->k1;
	k->k2 = r->k2;
	k->ts = r->kts;
	k->made = made;
	k->off = off;
	k->len = res->out.len - off;
}

/* feeder_ops.convert: a batch of records into a result. */
static void
convert_batch(void *worker, struct csv_batch *b, size_t n, void *result)
{
	size_t i;

	for (i = 0; i < n; i++)
		convert_one(worker, csv_batch_record(b, i), result);
}

/* feeder_ops.commit: a result's events, keys, rejects and counts, in
 * input order. */
static void
commit_batch(void *arg, void *result)
{
	struct ingest *g = arg;
	struct result *res = result;
	const struct keyed *k;
	size_t i, pos = 0;
	int j;

	for (i = 0; i < res->nkeyed; i++) {
		k = &res->keyed[i];
		if (g->spool != -1)
			dedup_add(&g->dd, k->k1, k->k2, k->ts);
		if (!k->made)
			continue;
		put_rows(g, &res->out, pos, k->off);
		pos = k->off + k->len;
		if (g->spool != -1)
			spool_put(g, k, res->out.s + k->off, k->len);
		else if (dedup_keep(&g->dd, k->k1, k->k2, k->ts))
			csv_writer_raw(g->out, res->out.s + k->off, k->len);
		else {
			g->skipped[SK_DUPLICATE]++;
			res->events--;
		}
	}
	put_rows(g, &res->out, pos, res->out.len);
	for (i = 0; i < res->nrej; i++)
		reject_commit(g, res, &res->rej[i]);
	g->rows += res->rows;
	g->events += res->events;
	g->twice += res->twice;
	for (j = 0; j < SK_N; j++)
		g->skipped[j] += res->skipped[j];
	res->out.len = res->text.len = 0;
	res->nkeyed = res->nrej = 0;
	res->rows = res->events = res->twice = 0;
	memset(res->skipped, 0, sizeof(res->skipped));
}

int
ingest_file(struct ingest *g, const char *path)
{
	struct csv_reader *rd;
	struct feeder_ops ops;
	struct result res[FEEDER_NSLOT];
	struct worker **w;
	void *wp[64], *rp[FEEDER_NSLOT];
	struct plan p;
	int status = 0, i, nth = feeder_threads();

	if ((rd = open_plan(g, path, &p, 0)) == NULL)
		return -1;
	g->name = csv_reader_name(rd);
	if (p.prof->dedup && g->spool == -1 && !g->prescanned)
		spool_start(g);
	w = xcalloc((size_t)nth, sizeof(*w));
	for (i = 0; i < nth; i++) {
		w[i] = xcalloc(1, sizeof(**w));
		w[i]->g = g;
		w[i]->conv = g->o->conv;
		w[i]->conv.tz = tz_dup(p.tz != NULL ? p.tz : g->o->conv.tz);
		w[i]->r.p = &p;
		w[i]->r.conv = &w[i]->conv;
		sb_add(&w[i]->r.src, p.name, p.namelen);
		sb_addc(&w[i]->r.src, ':');
		wp[i] = w[i];
	}
	memset(res, 0, sizeof(res));
	for (i = 0; i < FEEDER_NSLOT; i++)
		rp[i] = &res[i];
	ops.convert = convert_batch;
	ops.commit = commit_batch;
	ops.arg = g;
	ops.workers = wp;
	ops.results = rp;
	ops.nthreads = nth;
	/* a row read with the header's extra rows (Qualtrics) comes first */
	if (p.first != NULL) {
		convert_one(w[0], p.first, &res[0]);
		commit_batch(g, &res[0]);
	}
	if (feeder_run_ordered(rd, &ops) == -1) {
		emp_warn("%s", csv_reader_error(rd));
		status = -1;
	}
	for (i = 0; i < FEEDER_NSLOT; i++) {
		sb_free(&res[i].out);
		sb_free(&res[i].text);
		free(res[i].keyed);
		free(res[i].rej);
	}
	for (i = 0; i < nth; i++) {
		tz_free(w[i]->conv.tz);
		sb_free(&w[i]->r.src);
		free(w[i]);
	}
	free(w);
	plan_free(&p);
	csv_reader_close(rd);
	g->name = NULL;
	return status;
}

uint64_t
ingest_rejected(const struct ingest *g)
{
	return g->rejected;
}

void
ingest_summary(const struct ingest *g, struct strbuf *sb)
{
	uint64_t skipped = 0;
	int k, first = 1;

	for (k = 1; k < SK_N; k++)
		skipped += g->skipped[k];
	sb_printf(sb, "%llu rows read, %llu events written",
	    (unsigned long long)g->rows, (unsigned long long)g->events);
	if (g->twice > 0)
		sb_printf(sb, " (%llu %s gave two events)",
		    (unsigned long long)g->twice, g->twice == 1 ? "row" : "rows");
	sb_printf(sb, ", %llu rejected, %llu skipped",
	    (unsigned long long)g->rejected, (unsigned long long)skipped);
	for (k = 1; k < SK_N; k++) {
		if (g->skipped[k] == 0)
			continue;
		sb_printf(sb, "%s%llu %s", first ? " (" : ", ",
		    (unsigned long long)g->skipped[k], skip_names[k]);
		first = 0;
	}
	if (!first)
		sb_addc(sb, ')');
}

void
ingest_free(struct ingest *g)
{
	struct agent *a;
	size_t i;

	if (g->spool != -1)
		close(g->spool);
	if (g->spool != -1 || g->prescanned)
		dedup_free(&g->dd);
	sb_free(&g->spbuf);
	sb_free(&g->rejsrc);
	for (i = 0; i < g->agents.cap; i++) {
		if (g->agents.tab[i].key == NULL)
			continue;
		a = g->agents.tab[i].val;
		free(a->agent);
		free(a->team);
		free(a);
	}
	strmap_free(&g->agents);
	free(g);
}

static int
run_file(void *g, const char *path)
{
	return ingest_file(g, path);
}

/*
 * The agent map is read before the outputs are opened, so that a map that
 * cannot be read leaves nothing behind: no temporary file, and on
 * standard output not even the start or end of a gzip stream.
 */
/* A queue of --escalation-queues that no contact was in: misspelled,
 * most likely, and every contact then reads "not escalated". */
static void
esc_unseen(const struct ingest_opts *o, const struct ingest *g)
{
	char q[256];
	size_t k;

	if (g->events == 0)
		return;
	for (k = 0; k < o->nesc; k++) {
		if (atomic_load_explicit(&o->esc_seen[k],
		    memory_order_relaxed))
			continue;
		msg_quote(q, sizeof(q), o->esc[k], strlen(o->esc[k]));
		emp_warn("--escalation-queues: no contact was in queue '%s': "
		    "check its name", q);
	}
}

int
ingest_run(const struct ingest_opts *o, int argc, char *argv[])
{
	struct output out, rej;
	struct ingest *g;
	struct strbuf sb = { 0 };
	int status;

	cli_output_open(&o->cli, &out);
	if (o->rejects != NULL)
		output_open(&rej, o->rejects, ',', 0);
	if ((g = ingest_new(o, &out.w, o->rejects != NULL ? &rej.w : NULL)) ==
	    NULL) {
		if (o->rejects != NULL)
			output_abort(&rej);
		output_abort(&out);
		return EXIT_FAIL;
	}
	ingest_prepare(g, argv, (size_t)argc);
	status = cli_each_input(argc, argv, run_file, g);
	ingest_finish(g);
	esc_unseen(o, g);
	if (!o->cli.quiet)
		ingest_summary(g, &sb);
	status = cli_finish(&o->cli, status, ingest_rejected(g),
	    o->cli.quiet ? NULL : &sb);
	ingest_free(g);
	if (o->rejects != NULL && output_commit(&rej) == -1)
		status = EXIT_FAIL;
	if (output_commit(&out) == -1)
		status = EXIT_FAIL;
	return status;
}
