/*
 * ledger.h: the challenge ledger (emp-ledger(5)), an append-only CSV file
 * of signed transitions with a checksum chain.
 *
 * Format (version 3).  A header line, then one line per transition:
 *
 *	seq,ts,action,challenge,review,kind,agent,actor,cause,text,score,
 *	reassign,sig,sum
 *
 * seq counts lines from 1; ts is when the line was written (ISO 8601 UTC,
 * the writer's system clock); action is open, withdraw, approve, deny or
 * revoke; review and kind name the one review challenged (its id and its
 * event kind); agent is the review's agent; actor who wrote the line;
 * cause a cause category (open); text the grounds of an open and the note
 * of the others; score a corrected score, "METRIC=FROM>TO" (csat, nps or
 * qa; the review's score when challenged; the score proposed, on an open,
 * or approved, on an approve), and reassign the person who should have
 * had the review (open).  No field holds a CR or LF, so a line is a
 * record.
 *
 * sig is the actor's Ed25519 signature (sign.h) of "emp-ledger 3\n", the
 * previous line's sig field ("" before the first line; else 88 or 134
 * characters), and, with nothing between, this line's bytes after seq's
 * comma up to and including the comma before sig
 * (seq is not signed: a line removed and the rest renumbered breaks the
 * chain of the next line only).  Lines signed over from an older ledger
 * by an admin hold "@", the admin's public key (base64, as in the
 * roster without "ed25519:"), ":" and the admin's signature; they can
 * only open a ledger.  The rows of the roster in force at a line's ts
 * (roster.h) check it: the actor's keys, role and team, the agent's team.
 * sum is 8 lowercase hex digits: zlib's crc32 over the previous line's sum
 * ("00000000" before the first line) and this line's bytes up to and
 * including the comma before sum.
 *
 * Version 2 has neither score nor reassign and signs "emp-ledger 2\n": it
 * is read, and appended to with version 2 lines, but a proposal (score or
 * reassign) needs a version 3 ledger: an admin signs it over (migrate).
 *
 * Reading.  The bytes are checked first: the header, every line in
 * sequence with its sum; damage there refuses the ledger ("path:line:
 * why"), but for a last line without its line end, which was never
 * confirmed: it is ignored with a warning, and a writer cuts it when it
 * appends (not when its line is refused).  Then
 * every line counts only when its signature verifies against a key of the
 * person its actor names in the roster and it keeps the rules (checked
 * for every new line and replayed over every line read): a line that does
 * not is reported ("path:line: not counted: why") and changes nothing.
 *
 * Rules: an actor is in the roster (signed-over lines excepted); an agent
 * opens challenges of their own reviews, a lead of their team's agents',
 * an admin of anyone's; only the review's agent proposes a score or a
 * person (never both): a score higher than the review's, on its scale, a
 * person of the agent's team other than the agent; an approve carries a
 * score only for a challenge that proposed one, of the same measure and
 * from the same score, and higher than it; nothing else carries a score
 * or a person; a decider of a reassignment may decide for both persons
 * and is neither; grounds are mandatory; one pending challenge
 * per review, and a review whose challenge was decided is not
 * challenged again; only the opener
 * withdraws, only while pending; approve and deny decide a pending
 * challenge, revoke (with a note) an approved one; a decider or revoker is
 * an admin, or a lead of the team that the agent has in the roster, and
 * never the agent, nor, to approve or deny, the opener; a line is not
 * dated before the counted line before it.
 *
 * Locking.  Readers hold a shared flock, writers an exclusive one, from
 * before they read until after they are done, waiting at most `wait`
 * seconds for it; after taking it, the path must still name the file
 * locked (else it was replaced, and the open is retried).  A writer checks
 * the whole ledger, appends its line with one write (O_APPEND), fsyncs,
 * and on any failure truncates the file back to its length before the
 * write, still holding the lock.
 *
 * Memory: everything a ledger holds belongs to it until ledger_close();
 * the roster is the caller's and must outlive it.
 */
#ifndef LEDGER_H
#define LEDGER_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"
#include "roster.h"
#include "schema.h"	/* LEDGER_HEADER, the columns */
#include "sign.h"

enum ledger_action { ACT_OPEN, ACT_WITHDRAW, ACT_APPROVE, ACT_DENY,
	ACT_REVOKE, ACT_N };
enum ledger_status { ST_PENDING, ST_WITHDRAWN, ST_APPROVED, ST_DENIED,
	ST_REVOKED, ST_N };

extern const char *const ledger_actions[];	/* "open", ... */
extern const char *const ledger_statuses[];	/* "pending", ... */

/* One transition, as written or to be written. */
struct ledger_tx {
	int		 action;
	const char	*challenge;
	const char	*review;
	const char	*kind;
	const char	*agent;
	const char	*actor;
	const char	*cause;
	const char	*text;
	const char	*score;		/* "METRIC=FROM>TO", "" or NULL */
	const char	*reassign;	/* a person, "" or NULL */
	int64_t		 ts;		/* ms since the epoch */
};

/* A score field: "METRIC=FROM>TO" parsed; metric is EV_CSAT, EV_NPS or
 * EV_QA (events.h), from and to in millionths (ev_read()). */
struct ledger_score {
	int		 metric;
	int64_t		 from, to;
};

/*
 * Parses a score field; 0, or -1 with the reason in err.  Both scores
 * must be valid for the measure and to higher than from.
 */
int	ledger_score_parse(const char *s, struct ledger_score *,
	    char *err, size_t errsize);
/* Writes the score field of metric from > to into buf. */
void	ledger_score_format(char *buf, size_t size, int metric,
	    int64_t from, int64_t to);

/* One challenge: its opening, its decision or withdrawal, its revocation. */
struct challenge {
	char		*id, *review, *kind, *agent, *opener, *grounds, *cause;
	char		*decider, *note;	/* NULL while pending */
	char		*revoker, *revoke_note;	/* NULL unless revoked */
	char		*score;		/* the open's proposal, or NULL */
	char		*approved_score;	/* the approve's, or NULL */
	char		*reassign;	/* the person proposed, or NULL */
	int		 status;
	int64_t		 opened, decided, revoked;	/* ms; 0: not yet */
	unsigned long	 line;			/* of its open */
};

struct ledger {
	char		*path;
	int		 fd;
	int		 writer;
	int		 version;	/* 3; 2 or 1 for an older ledger */
	int		 old;		/* read with LEDGER_OLD */
	const struct roster *roster;
	unsigned long	 ntx;		/* lines, counted or not */
	unsigned long	 invalid;	/* lines not counted */
	int		 torn;		/* a torn last line was ignored */
	unsigned long	 torn_line;	/* its line number */
	size_t		 torn_bytes;	/* its length */
	char		 sum[9];	/* the last line's, or "00000000" */
	char		*sig;		/* the last line's sig field, or "" */
	int64_t		 last_ts;	/* the last counted line's */
	uint64_t	 size;		/* bytes of whole, checked lines */
	struct challenge *ch;
	size_t		 nch, capch;
	struct strmap	 ids;		/* id -> index + 1 */
	struct strmap	 reviews;	/* kind NUL review -> latest index + 1 */
	struct strmap	 seen;		/* every id on a line, counted or not */
	/* LEDGER_OLD: the counted transitions, in order, to sign over */
	struct ledger_tx *txs;
	char		**txmem;
	size_t		 ntxs;
};

/* Results of ledger_open(). */
#define LEDGER_OK	0
#define LEDGER_ERR	(-1)	/* message printed */
#define LEDGER_BUSY	(-2)	/* message printed */

/* flags of ledger_open() */
#define LEDGER_WRITE	0x1	/* lock exclusively, create, cut a torn line */
#define LEDGER_OLD	0x2	/* read an older ledger to sign it over, its
				 * counted transitions kept (txs): version 1
				 * with byte checks and rules, no roster,
				 * no keys; version 2 as every ledger */

/* The system clock, ms since the epoch: the only time a ledger records. */
int64_t	ledger_clock(void);

/*
 * Opens, locks and reads the whole ledger, checking its bytes, and the
 * signatures and rules of every line against roster.  A version 1 ledger
 * is refused, with how to sign it over, unless LEDGER_OLD; with
 * LEDGER_OLD a version 3 ledger is refused (nothing to sign over).  wait: seconds
 * to wait for the lock.  LEDGER_OK (some lines may not count: l->invalid),
 * LEDGER_ERR or LEDGER_BUSY.
 */
int	ledger_open(struct ledger *, const char *path,
	    const struct roster *roster, int flags, unsigned wait);
/*
 * Repairs the one damage that a crash or a killed writer can leave: a
 * last line without its line end.  Under the writer's lock, checks that
 * every line before it is whole, in sequence and with its checksum, cuts
 * the torn line off (truncate, fsync), then reads the rest as
 * ledger_open() does.  *cut gets the bytes cut (0: nothing was torn) and
 * *line the number of the line cut.  Any other damage is refused and
 * reported as by ledger_open(), the file left as it was.
 */
int	ledger_repair(struct ledger *, const char *path,
	    const struct roster *roster, unsigned wait, size_t *cut,
	    unsigned long *line);
/*
 * 0 when tx, by the person who (NULL: a line signed over, roles not
 * checked), may be appended now, else -1 with the reason in err ("review
 * 'R1' already has a pending challenge, CH-3").
 */
int	ledger_check(const struct ledger *, const struct ledger_tx *,
	    const struct person *who, char *err, size_t errsize);
/* 0 when who may open a challenge of agent's review at ts (an agent
 * their own, a lead their team's agents', an admin anyone's), else -1
 * with the reason in err. */
int	ledger_may_open(const struct roster *, const struct person *who,
	    const char *agent, const char *review, int64_t ts, char *err,
	    size_t errsize);
/* 0 when the proposal of the open tx (a score or a person, or none) keeps
 * the rules at its ts (who proposes, what), else -1 with the reason. */
int	ledger_may_propose(const struct roster *, const struct ledger_tx *,
	    char *err, size_t errsize);
/* Appends tx (checked first, by the key's owner who) signed with key,
 * under the writer's lock; 0 or -1 (message printed, the file as it
 * was).  signer: NULL, or an admin's name to sign over (migrate). */
int	ledger_append(struct ledger *, const struct ledger_tx *,
	    const struct person *who, const struct sign_key *key,
	    const char *signer);
/* A new challenge id: CH-<n> for the first n not on any line. */
void	ledger_next_id(const struct ledger *, char *buf, size_t size);
/* The challenge of an id, or of a review's latest one (kind "" or NULL:
 * any kind), or NULL. */
const struct challenge *ledger_find(const struct ledger *, const char *id);
const struct challenge *ledger_find_review(const struct ledger *,
	    const char *review, size_t len, const char *kind, size_t klen);
/* Releases the lock early (the state read stays). */
void	ledger_unlock(struct ledger *);
/* Unlocks, closes and frees. */
void	ledger_close(struct ledger *);

/*
 * Challenges grouped by agent, cause or decider: opened and by status,
 * the approval rate of those decided (approved, then revoked or not,
 * over approved and denied), and the median time from opening to
 * decision (approve or deny).  Only the challenges for which sel(c, arg)
 * is true count (all when sel is NULL).  *out is an array, sorted by key
 * in byte order, that the caller frees; its keys are the ledger's.
 * Returns its length.
 */
enum ledger_by { LBY_AGENT, LBY_CAUSE, LBY_DECIDER };
struct ledger_stats {
	const char	*key;
	unsigned long	 opened;
	unsigned long	 n[ST_N];	/* by enum ledger_status */
	double		 median_ms;	/* -1 when none was decided */
};
size_t	ledger_stats(const struct ledger *, enum ledger_by,
	    int (*sel)(const struct challenge *, const void *arg),
	    const void *arg, struct ledger_stats **out);

/* The sum of a line (bytes up to and including the comma before sum). */
uint32_t ledger_sum(const char *prev, const char *line, size_t len);

#endif
