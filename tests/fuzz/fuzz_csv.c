/*
 * fuzz_csv: the CSV/TSV reader over arbitrary bytes (plain or gzip); the
 * first byte picks the delimiter.  Every record must be well formed, and
 * the quote-free fast path must give exactly what libcsv gives.
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
	sb_free(&sb);
	sb_free(&a);
	return 0;
}
