/*
 * fuzz_score: emp-score's engine over arbitrary bytes: as events (the
 * first byte picks the period), then as a partial file to merge; output
 * to /dev/null.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "score.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int devnull = -1;
	struct score_opts o;
	struct csv_writer w;
	struct score *sc;
	char path[64];
	int fd;

	if (devnull == -1 && (devnull = open("/dev/null", O_WRONLY)) == -1)
		abort();
	if (size < 1)
		return 0;
	score_opts_init(&o);
	o.maxwarn = 0;
	o.by = (enum score_by)(data[0] % 5);
	if ((o.tz = tz_init(NULL)) == NULL)
		abort();
	if ((fd = memfd_create("fuzz", 0)) == -1)
		abort();
	if (size > 1 && write(fd, data + 1, size - 1) != (ssize_t)(size - 1))
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);

	sc = score_new(&o);
	(void)score_file(sc, path);
	csv_writer_init(&w, devnull, "null", ',', 0);
	if (data[0] & 0x80)
		score_write_partial(sc, &w);
	else
		score_write(sc, &w);
	csv_writer_flush(&w);
	free(w.buf);
	sb_free(&w.enc);
	score_free(sc);

	sc = score_new(&o);
	(void)score_merge_file(sc, path);
	csv_writer_init(&w, devnull, "null", ',', 0);
	score_write(sc, &w);
	csv_writer_flush(&w);
	free(w.buf);
	sb_free(&w.enc);
	score_free(sc);

	close(fd);
	tz_free(o.tz);
	return 0;
}
