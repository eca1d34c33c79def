/*
 * fuzz_tier: emp-tier's engine over arbitrary bytes: the input up to a
 * line "----" is the scores (emp-scores(5)), the rest the roster; the
 * first byte picks the review day and whether to explain.  Both readers,
 * the evaluation, the table and the account run with the built-in
 * policy; output to /dev/null.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tier.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char sep[] = "\n----\n";
	static int devnull = -1;
	struct csv_writer w;
	struct strbuf sb = { 0 };
	struct tier *t;
	const uint8_t *r;
	char spath[64], rpath[64];
	size_t ns;
	int sfd, rfd = -1, flags;

	if (devnull == -1 && (devnull = open("/dev/null", O_WRONLY)) == -1)
		abort();
	if (size < 1)
		return 0;
	flags = data[0];
	data++;
	size--;
	r = memmem(data, size, sep, sizeof(sep) - 1);
	ns = r != NULL ? (size_t)(r - data) + 1 : size;
	sfd = memfile(data, ns, spath, sizeof(spath));
	if (r != NULL)
		rfd = memfile(r + sizeof(sep) - 1,
		    size - ns - (sizeof(sep) - 2), rpath, sizeof(rpath));

	t = tier_new(policy_default(&sb));	/* the built-in one parses */
	(void)tier_read_scores(t, spath);
	if (rfd != -1)
		(void)tier_read_roster(t, rpath);
	/* bit 0: a review day of 2026-03-01 (20513) instead of the latest */
	if (tier_evaluate(t, flags & 1, 20513) == 0) {
		csv_writer_init(&w, devnull, "null", ',', 0);
		tier_write(t, &w);
		csv_writer_flush(&w);
		free(w.buf);
		sb_free(&w.enc);
		if (flags & 2)
			(void)tier_explain(t, "ana", &sb);
		tier_summary(t, &sb);
	}
	(void)tier_rejected(t);
	tier_free(t);
	sb_free(&sb);
	close(sfd);
	if (rfd != -1)
		close(rfd);
	return 0;
}
