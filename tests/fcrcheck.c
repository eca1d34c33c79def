/*
 * fcrcheck: score_fcr.c's verdicts against the definition, contact by
 * contact, with the customers' hashes chosen by the caller, so that its
 * index can be driven where real hashes rarely go: long probe chains
 * (every customer's hash alike in its low bits) and the deletions in
 * them.  For tests/emp-score/0421.
 *
 *	fcrcheck SEED CONTACTS CUSTOMERS LOWBITS
 *
 * CONTACTS contacts of CUSTOMERS customers over 60 days, in time order
 * (ties included), the window 7 days; every customer's hash has the same
 * lowest LOWBITS bits (0 to 32).  Each contact is judged by fcr and by
 * the definition (resolved when no other contact of its customer has its
 * ts in (t, t + window]); prints "N contacts judged, R resolved" when all
 * agree and each is judged once, else what differs, exit 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emp.h"
#include "hash.h"
#include "score_fcr.h"

struct contact {
	int64_t	 ms;
	size_t	 cust;
	int	 verdict;	/* -1 none yet, 0 repeated, 1 resolved */
	int	 times;
};

static uint64_t rng;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void
verdict(void *arg, const struct fcr_rows *r, int64_t t, int resolved)
{
	struct contact *c = arg;

	(void)t;
	c[r->r[0]].verdict = resolved;
	c[r->r[0]].times++;
}

int
main(int argc, char *argv[])
{
	const int64_t day = 86400000, window = 7 * day;
	struct contact *c;
	struct fcr f;
	struct fcr_rows rows;
	size_t n, ncust, i, j, bad = 0, resolved = 0;
	unsigned low;
	uint64_t h, lowmask;
	int64_t ms = 0;
	char name[32];
	int want, k;

	emp_init(argv[0]);
	if (argc != 5) {
		fprintf(stderr, "usage: fcrcheck SEED CONTACTS CUSTOMERS "
		    "LOWBITS\n");
		return EXIT_USAGE;
	}
	rng = strtoull(argv[1], NULL, 10) | 1;
	n = strtoul(argv[2], NULL, 10);
	ncust = strtoul(argv[3], NULL, 10);
	low = (unsigned)strtoul(argv[4], NULL, 10);
	if (n == 0 || ncust == 0 || low > 32)
		return EXIT_USAGE;
	lowmask = low == 0 ? 0 : (((uint64_t)1 << (low - 1)) << 1) - 1;
	c = xcalloc(n, sizeof(*c));
	for (i = 0; i < n; i++) {
		/* 60 days over n contacts, a tie now and then */
		if (next() % 8 != 0)
			ms += (int64_t)(next() % (uint64_t)(2 * 60 * day /
			    (int64_t)n + 1));
		c[i].ms = ms;
		c[i].cust = next() % ncust;
		c[i].verdict = -1;
	}
	fcr_init(&f, window, 0, verdict, c);
	for (k = 0; k < FCR_ROWS; k++)
		rows.r[k] = FCR_NOROW;
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "c%zu", c[i].cust);
		h = (hash_bytes(&c[i].cust, sizeof(c[i].cust), 0) & ~lowmask) |
		    (0x5a5a5a5aULL & lowmask);
		rows.r[0] = i;
		if (fcr_add(&f, name, strlen(name), h, c[i].ms, &rows) !=
		    FCR_OK) {
			fprintf(stderr, "contact %zu not taken\n", i);
			return EXIT_FAIL;
		}
	}
	fcr_flush(&f);
	for (i = 0; i < n; i++) {
		want = 1;
		for (j = i + 1; j < n && c[j].ms <= c[i].ms + window; j++)
			if (c[j].cust == c[i].cust && c[j].ms > c[i].ms)
				want = 0;
		if (c[i].times != 1 || c[i].verdict != want) {
			if (bad++ < 5)
				fprintf(stderr, "contact %zu (customer %zu, %lld "
				    "ms): judged %d times, %d; should be %d\n",
				    i, c[i].cust, (long long)c[i].ms,
				    c[i].times, c[i].verdict, want);
		}
		resolved += want;
	}
	fcr_free(&f);
	free(c);
	if (bad > 0) {
		fprintf(stderr, "%zu of %zu contacts wrong\n", bad, n);
		return EXIT_FAIL;
	}
	printf("%zu contacts judged, %zu resolved\n", n, resolved);
	return EXIT_OK;
}
