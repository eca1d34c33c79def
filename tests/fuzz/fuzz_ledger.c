/*
 * fuzz_ledger: the challenge ledger reader (emp-ledger(5)) over arbitrary
 * bytes: the bytes become a file that ledger_open() reads read-only,
 * checking the header, every line's seq, sum and fields and replaying the
 * rules.  A ledger that is accepted must answer lookups and checks.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ledger.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ledger l;
	struct ledger_tx tx;
	const struct challenge *c;
	char path[64], id[32], err[256];
	size_t i;
	int fd, rv;

	if ((fd = memfd_create("fuzz", 0)) == -1)
		abort();
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	rv = ledger_open(&l, path, 0, 0);
	if (rv == LEDGER_OK) {
		if (l.size > size)
			abort();
		for (i = 0; i < l.nch; i++) {
			c = &l.ch[i];
			if (ledger_find(&l, c->id) != c ||
			    ledger_find_review(&l, c->review,
			    strlen(c->review)) == NULL)
				abort();
		}
		ledger_next_id(&l, id, sizeof(id));
		memset(&tx, 0, sizeof(tx));
		tx.action = ACT_OPEN;
		tx.challenge = id;
		tx.review = l.nch > 0 ? l.ch[0].review : "R1";
		tx.agent = "ana";
		tx.actor = "ana";
		tx.text = "grounds";
		tx.ts = 1772704800000;
		(void)ledger_check(&l, &tx, err, sizeof(err));
		if (l.nch > 0) {
			tx.action = ACT_APPROVE;
			tx.challenge = l.ch[0].id;
			tx.actor = "lee";
			(void)ledger_check(&l, &tx, err, sizeof(err));
		}
	} else if (rv != LEDGER_ERR)
		abort();
	ledger_close(&l);
	close(fd);
	return 0;
}
