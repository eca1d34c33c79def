/*
 * fuzz_challenge: the readers of the challenge engine (common/challenge.c):
 * the event stream of apply and candidates and the rules file of
 * candidates --rules.  The input up to a line "----" is the events, the
 * rest (when there is a "----") the rules; the first byte picks apply or
 * candidates and --window.  The ledger is a fixed one with an approved,
 * a denied and a withdrawn challenge, signed by the test people of
 * tests/keys (ledger_fixture.h).  Output goes to /dev/null (fd 1).
 */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/stat.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "challenge.h"
#include "ledger_fixture.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char sep[] = "\n----\n";
	static char lpath[64], ropath[64];
	static int lfd = -1, devnull = -1, saved = -1;
	struct challenge_opts o;
	const uint8_t *r;
	char epath[64], rpath[64], *argv[2];
	size_t ne;
	int efd, rfd = -1, flags;

	if (lfd == -1) {
		lfd = memfile(ledger_text, sizeof(ledger_text) - 1, lpath,
		    sizeof(lpath));
		if (fchmod(memfile(roster_text, sizeof(roster_text) - 1,
		    ropath, sizeof(ropath)), 0644) == -1)	/* memfd: 0777 */
			abort();
		if ((devnull = open("/dev/null", O_WRONLY)) == -1 ||
		    (saved = dup(1)) == -1)
			abort();
	}
	if (size < 1)
		return 0;
	flags = data[0];
	data++;
	size--;
	r = memmem(data, size, sep, sizeof(sep) - 1);
	ne = r != NULL ? (size_t)(r - data) + 1 : size;
	efd = memfile(data, ne, epath, sizeof(epath));
	if (r != NULL)
		rfd = memfile(r + sizeof(sep) - 1,
		    size - ne - (sizeof(sep) - 2), rpath, sizeof(rpath));

	challenge_opts_init(&o);
	o.ledger = lpath;
	o.roster = ropath;
	o.cli.quiet = 1;
	o.now = 1772704800000;		/* 2026-03-05T10:00:00Z */
	if (flags & 2)
		o.window = 30;
	o.rules = rfd != -1 ? rpath : NULL;
	o.cli.tsv = (flags & 4) != 0;
	/* the commands write their tables to stdout, and close it */
	if (dup2(devnull, 1) == -1)
		abort();
	argv[0] = epath;
	argv[1] = NULL;
	(void)challenge_run(&o, flags & 1 ? CHALLENGE_CANDIDATES :
	    CHALLENGE_APPLY, 1, argv);

	if (dup2(saved, 1) == -1)
		abort();
	close(efd);
	if (rfd != -1)
		close(rfd);
	return 0;
}
