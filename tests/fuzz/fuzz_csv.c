/*
 * fuzz_csv: the CSV/TSV reader over arbitrary bytes (plain or gzip); the
 * first byte picks the delimiter.  Every record must be well formed, and
 * the quote-free fast path must give exactly what libcsv gives, and
 * chunks split apart (csv_reader_next_chunk()) what batches read whole do.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct csv_reader *
open_copy(const uint8_t *data, size_t size, int delim, int fast)
{
	struct csv_reader *r;
	int fd;

	if ((fd = memfd_create("fuzz", 0)) == -1)
		abort();
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		abort();
	lseek(fd, 0, SEEK_SET);
	if ((r = csv_reader_fdopen(fd, "fuzz", delim)) == NULL)
		abort();
	csv_reader_set_fast(r, fast);
	return r;
}

/* Every record of r, read in batches (through chunks of at most chunk
 * bytes when chunk > 0), appended to out; the last status after it. */
static void
dump_batches(struct csv_reader *r, size_t chunk, struct strbuf *out)
{
	struct csv_reader *split = csv_splitter_new(r);
	struct csv_batch *b = csv_batch_new();
	struct csv_record *rec;
	struct csv_view v;
	size_t i, k, n;
	int rv;

	if (chunk > 0)
		csv_reader_set_chunk(r, chunk);
	while ((rv = chunk > 0 ? csv_reader_next_chunk(r, b, 5) :
	    csv_reader_next_batch(r, b, 5)) > 0) {
		n = (size_t)rv;
		if (csv_batch_is_chunk(b))
			n = csv_batch_split(split, b);
		csv_reader_chunk_done(r, b);
		for (k = 0; k < n; k++) {
			/* the view (taken first) shows the record's fields,
			 * and the record's are NUL-terminated */
			csv_batch_view(b, k, &v);
			rec = csv_batch_record(b, k);
			if (v.nfields != rec->nfields || v.line != rec->line ||
			    v.blank != rec->blank || v.err != rec->err)
				abort();
			for (i = 0; i < rec->nfields; i++) {
				if (csv_view_len(&v, i) != rec->lens[i] ||
				    csv_view_ptr(&v, i) != rec->fields[i] ||
				    rec->fields[i][rec->lens[i]] != '\0')
					abort();
				sb_add(out, &rec->lens[i], sizeof(size_t));
				sb_add(out, rec->fields[i], rec->lens[i]);
			}
			sb_add(out, &rec->line, sizeof(rec->line));
			sb_addc(out, rec->blank);
			sb_adds(out, rec->err != NULL ? rec->err : "-");
		}
	}
	sb_add(out, &rv, sizeof(rv));
	csv_batch_free(b);
	csv_splitter_free(split);
}

/* csv_split_plain() with AVX-512 and without, on s whole and on each of
 * its lines, with room for 1 to 512 offsets: the same. */
static void
split_both(const char *s, size_t n)
{
	static const size_t maxes[] = { 1, 3, 33, 64, 512 };
	static const int delims[] = { ',', ';', '\t' };
	uint16_t x[512], y[512];
	const char *p, *e, *nl;
	size_t m, d, kx, ky;

	for (p = s, e = s + n; p <= e; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(e - p));
		if (nl == NULL)
			nl = e;
		if (nl - p >= 65536)
			continue;
		for (m = 0; m < sizeof(maxes) / sizeof(maxes[0]); m++)
			for (d = 0; d < 3; d++) {
				csv_set_simd(1);
				kx = csv_split_plain(p, (size_t)(nl - p),
				    delims[d], x, maxes[m]);
				csv_set_simd(0);
				ky = csv_split_plain(p, (size_t)(nl - p),
				    delims[d], y, maxes[m]);
				if (kx != ky || (kx != (size_t)-1 &&
				    memcmp(x, y, kx * sizeof(*x)) != 0))
					abort();
			}
	}
	if (n < 65536) {
		csv_set_simd(1);
		kx = csv_split_plain(s, n, ',', x, 512);
		csv_set_simd(0);
		ky = csv_split_plain(s, n, ',', y, 512);
		if (kx != ky || (kx != (size_t)-1 &&
		    memcmp(x, y, kx * sizeof(*x)) != 0))
			abort();
	}
	csv_set_simd(1);
}

/*
 * The chunks' most bytes, from the first byte: 1 to 32, or 33 to 2048 in
 * steps of 65, so that a step of 64 bytes (chunk_cut() with AVX-512) ends
 * everywhere in a chunk's last one: 33, 98, 163, ... 2048.
 */
static size_t
chunk_of(uint8_t b)
{
	size_t c = 1 + (size_t)(b >> 2);

	return c <= 32 ? c : 33 + (c - 33) * 65;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int delims[] = { 0, ',', ';', '\t' };
	struct csv_reader *r, *slow;
	struct csv_record *rec, *srec;
	struct strbuf sb = { 0 }, a = { 0 };
	size_t i;
	int rv, srv;

	if (size < 1)
		return 0;
	r = open_copy(data + 1, size - 1, delims[data[0] & 3], 1);
	slow = open_copy(data + 1, size - 1, delims[data[0] & 3], 0);
	for (;;) {
		rv = csv_reader_next(r, &rec);
		if (rv == 1) {
			/* keep this record: the slow reader reuses nothing of
			 * ours, but our next call would */
			a.len = 0;
			if (rec->nfields == 0 || rec->line == 0)
				abort();
			for (i = 0; i < rec->nfields; i++) {
				if (rec->fields[i][rec->lens[i]] != '\0')
					abort();
				sb_add(&a, &rec->lens[i], sizeof(size_t));
				sb_add(&a, rec->fields[i], rec->lens[i]);
			}
			sb_add(&a, &rec->line, sizeof(rec->line));
			sb_addc(&a, rec->blank);
			sb_adds(&a, rec->err != NULL ? rec->err : "-");
			sb.len = 0;
			csv_encode_record(&sb, rec->fields, rec->lens,
			    rec->nfields, csv_reader_delim(r));
		}
		srv = csv_reader_next(slow, &srec);
		if (srv != rv)
			abort();
		if (rv != 1)
			break;
		sb.len = 0;
		for (i = 0; i < srec->nfields; i++) {
			sb_add(&sb, &srec->lens[i], sizeof(size_t));
			sb_add(&sb, srec->fields[i], srec->lens[i]);
		}
		sb_add(&sb, &srec->line, sizeof(srec->line));
		sb_addc(&sb, srec->blank);
		sb_adds(&sb, srec->err != NULL ? srec->err : "-");
		if (sb.len != a.len || memcmp(sb.s, a.s, a.len) != 0)
			abort();
	}
	csv_reader_close(r);
	csv_reader_close(slow);
	/* chunks split apart give the batches read whole */
	sb.len = a.len = 0;
	r = open_copy(data + 1, size - 1, delims[data[0] & 3], 1);
	dump_batches(r, 0, &a);
	csv_reader_close(r);
	r = open_copy(data + 1, size - 1, delims[data[0] & 3], 1);
	dump_batches(r, chunk_of(data[0]), &sb);
	csv_reader_close(r);
	if (sb.len != a.len || memcmp(sb.s, a.s, a.len) != 0)
		abort();
	/* the AVX-512 split (where the CPU has it) and the plain one */
	if (csv_set_simd(1)) {
		split_both((const char *)data + 1, size - 1);
		csv_set_simd(0);
		a.len = 0;
		r = open_copy(data + 1, size - 1, delims[data[0] & 3], 1);
		dump_batches(r, chunk_of(data[0]), &a);
		csv_reader_close(r);
		csv_set_simd(1);
		if (sb.len != a.len || memcmp(sb.s, a.s, a.len) != 0)
			abort();
	}
	sb_free(&sb);
	sb_free(&a);
	return 0;
}
