/*
 * fuzz_csv: the CSV/TSV reader over arbitrary bytes (plain or gzip); the
 * first byte picks the delimiter.  Every record must be well formed.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int delims[] = { 0, ',', ';', '\t' };
	struct csv_reader *r;
	struct csv_record *rec;
	struct strbuf sb = { 0 };
	size_t i;
	int fd;

	if (size < 1)
		return 0;
	if ((fd = memfd_create("fuzz", 0)) == -1)
		abort();
	if (size > 1 && write(fd, data + 1, size - 1) != (ssize_t)(size - 1))
		abort();
	lseek(fd, 0, SEEK_SET);
	if ((r = csv_reader_fdopen(fd, "fuzz", delims[data[0] & 3])) == NULL)
		abort();
	while (csv_reader_next(r, &rec) == 1) {
		if (rec->nfields == 0 || rec->line == 0)
			abort();
		for (i = 0; i < rec->nfields; i++)
			if (rec->fields[i][rec->lens[i]] != '\0')
				abort();
		sb.len = 0;
		csv_encode_record(&sb, rec->fields, rec->lens, rec->nfields,
		    csv_reader_delim(r));
	}
	csv_reader_close(r);
	sb_free(&sb);
	return 0;
}
