/*
 * fuzz_ingest: the whole of emp-ingest's engine (profile recognition,
 * the key scan, conversion, de-duplication) over arbitrary bytes, output
 * to /dev/null.
 * The first byte picks --from (0 = recognise).
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int devnull = -1;
	struct ingest_opts o;
	struct csv_writer w, rej;
	struct ingest *g;
	char path[64], *paths[1];
	int fd, k;

	if (devnull == -1) {
		devnull = open("/dev/null", O_WRONLY);
		if (devnull == -1)
			abort();
	}
	if (size < 1)
		return 0;
	memset(&o, 0, sizeof(o));
	o.maxwarn = 0;
	k = data[0] % 12;
	o.from = k < 10 ? (k == 0 ? NULL : ingest_profiles[k - 1]) : NULL;
	if ((o.conv.tz = tz_init(NULL)) == NULL)
		abort();
	if ((fd = memfd_create("fuzz", 0)) == -1)
		abort();
	if (size > 1 && write(fd, data + 1, size - 1) != (ssize_t)(size - 1))
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	csv_writer_init(&w, devnull, "null", ',', 0);
	csv_writer_init(&rej, devnull, "null", ',', 0);
	g = ingest_new(&o, &w, &rej);
	paths[0] = path;
	ingest_prepare(g, paths, 1);	/* the key scan, on a regular file */
	(void)ingest_file(g, path);
	ingest_finish(g);
	ingest_free(g);
	csv_writer_flush(&w);
	csv_writer_flush(&rej);
	free(w.buf);
	free(rej.buf);
	sb_free(&w.enc);
	sb_free(&rej.enc);
	close(fd);
	tz_free(o.conv.tz);
	return 0;
}
