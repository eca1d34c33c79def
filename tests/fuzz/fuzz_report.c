/*
 * fuzz_report: emp-report's engine over arbitrary bytes: the input is cut
 * at lines "----" into up to three files, read in turn as goals, then as
 * two streams of scores or tiers (told apart by their headers); the first
 * byte picks the format, the number of trend periods and whether to make
 * the team report or the first agent's scorecard.  Rendered to memory.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char sep[] = "\n----\n";
	struct report_opts ro;
	struct render_opts rnd;
	struct report *r;
	struct rdoc doc;
	struct strbuf sb = { 0 };
	const char **names;
	const uint8_t *p, *cut;
	char path[3][64];
	int fd[3], nf = 0, i, flags;
	size_t n;

	if (size < 1)
		return 0;
	flags = data[0];
	p = data + 1;
	n = size - 1;
	while (nf < 3) {
		cut = nf < 2 ? memmem(p, n, sep, sizeof(sep) - 1) : NULL;
		if (cut == NULL) {
			fd[nf] = memfile(p, n, path[nf], sizeof(path[nf]));
			nf++;
			break;
		}
		fd[nf] = memfile(p, (size_t)(cut - p) + 1, path[nf],
		    sizeof(path[nf]));
		nf++;
		n -= (size_t)(cut - p) + sizeof(sep) - 1;
		p = cut + sizeof(sep) - 1;
	}

	memset(&ro, 0, sizeof(ro));
	ro.periods = 1 + (flags >> 4 & 7);
	r = report_new(&ro);
	if (nf > 1)
		(void)report_read_goals(r, path[0]);
	for (i = nf > 1 ? 1 : 0; i < nf; i++)
		(void)report_read(r, path[i]);
	if (report_prepare(r) == 0) {
		memset(&doc, 0, sizeof(doc));
		memset(&rnd, 0, sizeof(rnd));
		rnd.fmt = (enum report_format)(flags % 3);
		rnd.width = 20 + (flags >> 2 & 3) * 40;
		if (flags & 0x80 && report_agents(r, &names) > 0)
			(void)report_agent(r, names[0], &doc);
		else
			report_team(r, &doc);
		report_render(&doc, &rnd, &sb);
		rdoc_free(&doc);
	}
	(void)report_rejected(r);
	report_free(r);
	sb_free(&sb);
	for (i = 0; i < nf; i++)
		close(fd[i]);
	return 0;
}
