/*
 * fuzz_ledger: the challenge ledger reader (emp-ledger(5)) over arbitrary
 * bytes: the bytes become a file that ledger_open() reads read-only,
 * checking the header, every line's seq and sum, and every line's fields,
 * signature (against the test people's roster, ledger_fixture.h) and
 * rules; an input that starts with a version 1 header is read as
 * migrate reads it.  A ledger that is accepted must answer lookups and
 * checks.
 */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/stat.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ledger.h"
#include "ledger_fixture.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct roster ro;
	static int have_roster;
	struct ledger l;
	struct ledger_tx tx;
	const struct challenge *c;
	char path[64], id[32], err[512], rpath[64];
	size_t i;
	int fd, rv, flags = 0;

	if (!have_roster) {
		fd = memfile(roster_text, sizeof(roster_text) - 1, rpath,
		    sizeof(rpath));
		if (fchmod(fd, 0644) == -1)	/* a memfd is 0777 */
			abort();
		if (roster_load(&ro, rpath) == -1 || ro.n != 6)
			abort();
		close(fd);
		have_roster = 1;
	}
	if (size >= strlen(LEDGER_HEADER_V1) && memcmp(data,
	    LEDGER_HEADER_V1, strlen(LEDGER_HEADER_V1)) == 0)
		flags = LEDGER_OLD;

	if ((fd = memfd_create("fuzz", 0)) == -1)
		abort();
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	rv = ledger_open(&l, path, flags ? NULL : &ro, flags, 0);
	if (rv == LEDGER_OK) {
		if (l.size > size)
			abort();
		for (i = 0; i < l.nch; i++) {
			c = &l.ch[i];
			if (ledger_find(&l, c->id) != c ||
			    ledger_find_review(&l, c->review,
			    strlen(c->review), c->kind, strlen(c->kind)) ==
			    NULL)
				abort();
		}
		ledger_next_id(&l, id, sizeof(id));
		memset(&tx, 0, sizeof(tx));
		tx.action = ACT_OPEN;
		tx.challenge = id;
		tx.review = l.nch > 0 ? l.ch[0].review : "R1";
		tx.kind = "survey";
		tx.agent = "ana";
		tx.actor = "ana";
		tx.text = "grounds";
		tx.ts = 1772704800000;
		(void)ledger_check(&l, &tx, flags ? NULL : &ro.p[0], err,
		    sizeof(err));
		if (l.nch > 0) {
			tx.action = ACT_APPROVE;
			tx.challenge = l.ch[0].id;
			tx.review = l.ch[0].review;
			tx.kind = l.ch[0].kind;
			tx.agent = l.ch[0].agent;
			tx.actor = "lee";
			(void)ledger_check(&l, &tx, flags ? NULL : &ro.p[3],
			    err, sizeof(err));
		}
	} else if (rv != LEDGER_ERR)
		abort();
	ledger_close(&l);
	close(fd);
	return 0;
}
