/*
 * score_fcr.h: first-contact resolution from the stream, for emp-score
 * (emp-score(1), First-contact resolution).
 *
 * A contact with a customer is resolved at first contact when no other
 * contact of the same customer has its ts in (t, t + window]: later, and
 * at most the window later (a contact at the very same millisecond is not
 * a repeat of it, nor it of that one).  A contact without a customer
 * judges nothing (FCR_NONE: the caller counts it).
 *
 * State per customer, not per row.  A customer's contacts fall into
 * clusters: chains whose successive contacts are at most the window
 * apart.  Every contact of a cluster but the last (and those at the last
 * one's very ts) has a repeat, so it is judged unresolved the moment that
 * is known; only the last ones of a cluster wait, and are judged resolved
 * when no contact can join their cluster any more.  A cluster is kept,
 * with the rows of its last contacts, until the latest ts seen is more
 * than window + FCR_DISORDER_MS past its last contact: memory grows with
 * the customers who called within about that time, not with the rows.
 *
 * Disorder.  A contact may come up to FCR_DISORDER_MS earlier than the
 * latest one before it in the stream and is judged exactly; one earlier
 * still is late: not judged, judging nothing (FCR_LATE: the caller counts
 * it), since the clusters it could belong to may be gone.
 *
 * Verdicts go to the caller through verdict(arg, rows, resolved), once
 * per judged contact, with the rows given to fcr_add() (the caller's
 * handles of its agent, team, all and level rows; FCR_NOROW: none).
 * Without keep_edges they may come a few contacts late (fcr_add() queues
 * a few contacts, their slots prefetched, so that their cache misses
 * overlap): all have come after fcr_flush().  The rows are kept until
 * then: they must stay valid handles.
 *
 * Partials (emp-scores(5), PARTIALS).  With keep_edges fcr also keeps the
 * clusters it judged whose first contact is within the window of the
 * earliest contact seen; fcr_export() then gives those and the clusters
 * still open, and the open clusters' last contacts (tentative: the
 * partial's sums count them resolved, as one pass over the shard would,
 * and a merge takes back those another shard repeats).  Another shard's contact u changes a verdict of this one only
 * if it falls in (t, t + window] of a tentative t; a cluster [f, l] holds
 * a contact there iff f <= t + window and l > t.  So when the shards'
 * ranges of contacts do not interleave (each ends at or before the next
 * begins: a time-ordered stream cut in pieces), the tentative contacts
 * of every shard and the clusters at every shard's edges decide exactly
 * what one pass would: fcr_merge_*().  fcr_merge_finish() refuses
 * shards whose ranges interleave.
 *
 * A customer is known by 64 bits of a 128-bit hash of its text
 * (hash_bytes128()'s second word, fcr_hash(); two customers kept at once taking one hash would
 * count as one: about n^2 / 2^65 for n customers, 3 * 10^-8 for a
 * million; not proof against customers made to collide).  The text is
 * kept only with keep_edges, for fcr_export().  A customer is a 24-byte
 * record (one cluster, at most 49 days long, whose last contact is alone
 * at its ts, with the index of that contact's rows in a table of the row
 * tuples seen, as many as the caller's rows; more than that: a record on
 * the heap, rare) in a dense array, found through a table of 4-byte
 * indices at most 5/8 full (a slot holds its distance from home, so that
 * a deletion reads no other record but that of a slot 63 or more from
 * home, rare): 30 to 37 bytes per customer kept
 * (plus the text, with keep_edges), for at most 41,943,040 customers at
 * once.
 *
 * Memory: fcr owns its state, and the strings fcr_export() gives until
 * fcr_free(); fcr_merge likewise until fcr_merge_free().
 */
#ifndef SCORE_FCR_H
#define SCORE_FCR_H

#include <stddef.h>
#include <stdint.h>

#define FCR_ROWS	4
#define FCR_NOROW	SIZE_MAX
/* How much earlier than the latest contact a contact may come. */
#define FCR_DISORDER_MS	(24 * 3600 * 1000LL)
/* The default --repeat-window, in days, and the longest. */
#define FCR_WINDOW_DAYS	7
#define FCR_WINDOW_MAX	366

struct fcr_rows {
	size_t	 r[FCR_ROWS];
};

/* A verdict on the contact at t (ms) of rows. */
typedef void fcr_verdict_fn(void *arg, const struct fcr_rows *, int64_t t,
    int resolved);
/* --merge: dn more judged contacts of row, dy more resolved ones. */
typedef void fcr_adjust_fn(void *arg, size_t row, int dn, int dy);

struct fcr_rec;
struct fcr_q;

/* An edge cluster, or a tentative contact (fcr_export()). */
struct fcr_item {
	char		*cust;
	size_t		 len;
	int64_t		 a, b;		/* cluster: first and last ts;
					 * tentative: its ts, and a again */
	int		 tentative;
	struct fcr_rows	 rows;		/* a tentative contact's */
};

struct fcr {
	int64_t		 window;	/* ms */
	int		 keep_edges;
	fcr_verdict_fn	*verdict;
	void		*arg;
	struct fcr_rec	*rec;		/* the customers, dense */
	size_t		 nrec, reccap;
	uint32_t	*idx;		/* open addressing, linear probes:
					 * a record's index + 1 and a tag,
					 * 0 free */
	size_t		 cap;
	unsigned	 ibits;		/* log2(cap) */
	char		**text;		/* keep_edges: each record's
					 * customer */
	int64_t		 min_ts, max_ts;	/* of the contacts judged */
	int64_t		 next_sweep;
	uint64_t	 counted;	/* contacts with a customer, judged */
	struct fcr_item	*edge;		/* keep_edges: judged edge clusters */
	size_t		 nedge, edgecap;
	struct fcr_q	*q;		/* contacts on their way (a ring) */
	size_t		 qhead, qn;
	struct fcr_rows	*tup;		/* the rows of contacts kept, once */
	uint32_t	*tupidx;	/* tup's index + 1, 0 free */
	size_t		 ntup, tupcap, tupicap;
	struct fcr_cust	**gen;		/* customers on the heap */
	uint32_t	*genfree;	/* gen's free slots */
	size_t		 ngen, gencap, nfree;
};

void	fcr_init(struct fcr *, int64_t window_ms, int keep_edges,
	    fcr_verdict_fn *, void *arg);

#define FCR_OK		0
#define FCR_NONE	1	/* no customer: not in fcr */
#define FCR_LATE	2	/* too far out of order: not in fcr */
/*
 * One contact, in stream order: its customer (len 0: none) and its
 * fcr_hash() h, ts and rows.
 * Returns FCR_OK, FCR_NONE or FCR_LATE.
 */
int	fcr_add(struct fcr *, const char *cust, size_t len, uint64_t h,
	    int64_t ms, const struct fcr_rows *);
/* A customer's hash, for fcr_add() (any thread). */
uint64_t fcr_hash(const char *cust, size_t len);
/* The end of one pass: every contact still waiting is resolved (the
 * state is kept until fcr_free(); call it once). */
void	fcr_flush(struct fcr *);
/*
 * The end of a --partial pass, before fcr_flush(): the edge clusters and
 * the tentative contacts into a new array *items (the caller frees it,
 * not the strings: fcr's until fcr_free()), sorted by customer, then ts,
 * clusters before tentative contacts; returns their number.  Judges
 * nothing.
 */
size_t	fcr_export(struct fcr *, struct fcr_item **items);
void	fcr_free(struct fcr *);

/* --merge: what the partials' fcr rows say, decided at the end. */
struct fcr_merge {
	int64_t		 window;
	struct fcr_mclu {
		char	*cust;
		int64_t	 f, l;
	}		*clu;
	size_t		 nclu, clucap;
	struct fcr_mtent {
		char	*cust;
		int64_t	 t;
		size_t	 row;
		int	 counted;
	}		*tent;
	size_t		 ntent, tentcap;
	struct fcr_mrec {
		int64_t	 t;
		size_t	 row;
	}		*rec;
	size_t		 nrec, reccap;
	struct fcr_mrange {
		char	*file;
		int64_t	 a, b;
	}		*rng;
	size_t		 nrng, rngcap;
};

void	fcr_merge_init(struct fcr_merge *, int64_t window_ms);
void	fcr_merge_cluster(struct fcr_merge *, const char *cust, size_t len,
	    int64_t f, int64_t l);
/* A tentative contact of one row (row: the caller's handle), counted
 * resolved in its partial's sums or (beyond its horizon) not counted. */
void	fcr_merge_tentative(struct fcr_merge *, const char *cust, size_t len,
	    int64_t t, size_t row, int counted);
/* A contact of one row that its partial judged unresolved but did not
 * count: beyond that partial's horizon. */
void	fcr_merge_recent(struct fcr_merge *, int64_t t, size_t row);
/* A shard's range of contacts, file its name (copied). */
void	fcr_merge_range(struct fcr_merge *, const char *file, int64_t a,
	    int64_t b);
/*
 * The horizon h is a window before the last contact of all the shards:
 * a contact after it is in no fcr (its repeats cannot all be seen).
 * Calls fn(arg, row, dn, dy) to bring each partial's sums, made with
 * its own horizon, to what one pass makes: a tentative contact its
 * partial counted resolved that another shard's contact repeats (0, -1);
 * one its partial left out that is within h (1, 1 or, repeated, 1, 0);
 * a recent contact within h (1, 0).  0, or -1 (reported, naming the
 * files, nothing called) when two shards' ranges interleave.
 */
int	fcr_merge_finish(struct fcr_merge *, fcr_adjust_fn *, void *arg);
void	fcr_merge_free(struct fcr_merge *);

#endif
