/*
 * ledger.h: the challenge ledger (emp-ledger(5)), an append-only CSV file
 * of transitions with a checksum chain.
 *
 * Format.  A header line, then one line per transition:
 *
 *	seq,ts,action,challenge,review,agent,actor,text,sum
 *
 * seq counts transitions from 1; ts is when it was written (ISO 8601 UTC);
 * action is open, withdraw, approve or deny; text is the grounds of an
 * open and the note of the others.  No field holds a CR or LF, so a line
 * is a record.  sum is 8 lowercase hex digits: zlib's crc32 over the
 * previous line's sum ("00000000" before the first transition) followed by
 * this line's bytes up to and including the comma before sum.
 *
 * Rules (checked for every new transition and replayed over every
 * transition read, so that a forged line is caught too): grounds are
 * mandatory; one pending challenge per review, and a review whose
 * challenge was decided is not challenged again; only the opener
 * withdraws, only while pending; the decider is neither the challenging
 * agent nor the opener; a decided or withdrawn challenge is final.
 *
 * Locking.  Readers hold a shared flock, writers an exclusive one, from
 * before they read until after they are done, waiting at most `wait`
 * seconds for it.  A writer checks the whole ledger, appends its line with
 * one write (O_APPEND), fsyncs, and on any failure truncates the file back
 * to its length before the write, still holding the lock.  A writer killed
 * mid-write (or a crash before the data reached the disk) can leave a
 * last line without its line end: every reader refuses the ledger until
 * ledger_repair() cuts it.
 *
 * Memory: everything a ledger holds (the file's bytes and the challenges)
 * belongs to it until ledger_close().
 */
#ifndef LEDGER_H
#define LEDGER_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"
#include "schema.h"	/* LEDGER_HEADER, the columns */

enum ledger_action { ACT_OPEN, ACT_WITHDRAW, ACT_APPROVE, ACT_DENY };
enum ledger_status { ST_PENDING, ST_WITHDRAWN, ST_APPROVED, ST_DENIED };

extern const char *const ledger_actions[];	/* "open", ... */
extern const char *const ledger_statuses[];	/* "pending", ... */

/* One transition, as written or to be written. */
struct ledger_tx {
	int		 action;
	const char	*challenge;
	const char	*review;
	const char	*agent;
	const char	*actor;
	const char	*text;
	int64_t		 ts;		/* ms since the epoch */
};

/* One challenge: its opening and its final transition, if any. */
struct challenge {
	char		*id, *review, *agent, *opener, *grounds;
	char		*decider, *note;	/* NULL while pending */
	int		 status;
	int64_t		 opened, decided;	/* ms; decided 0 while pending */
};

struct ledger {
	char		*path;
	int		 fd;
	int		 writer;
	unsigned long	 ntx;		/* transitions */
	char		 sum[9];	/* the last line's, or "00000000" */
	uint64_t	 size;		/* bytes of whole, checked lines */
	struct challenge *ch;
	size_t		 nch, capch;
	unsigned long	 opens;		/* for the next challenge id */
	struct strmap	 ids;		/* id -> index + 1 */
	struct strmap	 reviews;	/* review -> index + 1 of its latest */
};

/* Results of ledger_open(). */
#define LEDGER_OK	0
#define LEDGER_ERR	(-1)	/* message printed */
#define LEDGER_BUSY	(-2)	/* message printed */

/*
 * Opens, locks (exclusively when writer, creating the file) and reads the
 * whole ledger, checking the header, every line's seq, sum and fields and
 * replaying the rules.  The first problem is reported as "path:line: why"
 * and the ledger is refused (LEDGER_ERR).  wait: seconds to wait for the
 * lock.
 */
int	ledger_open(struct ledger *, const char *path, int writer,
	    unsigned wait);
/*
 * Repairs the one damage that a crash or a killed writer can leave: a
 * last line without its line end.  Under the writer's lock, checks that
 * every line before it is whole, in sequence and with its checksum, cuts
 * the torn line off (truncate, fsync), then checks the rest as
 * ledger_open() does.  *cut gets the bytes cut (0: nothing was torn) and
 * *line the number of the line cut.  Any other damage is refused and
 * reported as by ledger_open(), the file left as it was.
 */
int	ledger_repair(struct ledger *, const char *path, unsigned wait,
	    size_t *cut, unsigned long *line);
/*
 * 0 when tx may be appended now, else -1 with the reason in err
 * ("review 'R1' already has a pending challenge, CH-3").
 */
int	ledger_check(const struct ledger *, const struct ledger_tx *,
	    char *err, size_t errsize);
/* Appends tx (checked first) under the writer's lock; 0 or -1 (message
 * printed, the file as it was). */
int	ledger_append(struct ledger *, const struct ledger_tx *);
/* A new challenge id: CH-<opens + 1>. */
void	ledger_next_id(const struct ledger *, char *buf, size_t size);
/* The challenge of an id, or of a review's latest one, or NULL. */
const struct challenge *ledger_find(const struct ledger *, const char *id);
const struct challenge *ledger_find_review(const struct ledger *,
	    const char *review, size_t len);
/* Releases the lock early (the state read stays). */
void	ledger_unlock(struct ledger *);
/* Unlocks, closes and frees. */
void	ledger_close(struct ledger *);

/*
 * Per agent: challenges opened and by status, and the median time from
 * opening to decision (approve or deny).  Only the challenges for which
 * sel(c, arg) is true count (all when sel is NULL).  *out is an array,
 * sorted by agent in byte order, that the caller frees; its agent names
 * are the ledger's.  Returns its length.
 */
struct ledger_agent_stats {
	const char	*agent;
	unsigned long	 opened;
	unsigned long	 n[4];		/* by enum ledger_status */
	double		 median_ms;	/* -1 when none was decided */
};
size_t	ledger_stats(const struct ledger *,
	    int (*sel)(const struct challenge *, const void *arg),
	    const void *arg, struct ledger_agent_stats **out);

/* The sum of a line (bytes up to and including the comma before sum). */
uint32_t ledger_sum(const char *prev, const char *line, size_t len);

#endif
