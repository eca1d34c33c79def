/*
 * approved.h: the reviews that approved challenges take out of scoring,
 * correct or give to another agent, from a verified ledger (ledger.h):
 * emp-challenge apply and emp-score --ledger both ask it whether an event
 * row is such a review.
 *
 * A challenge names one review: its id, its kind and its agent (a
 * challenge signed over from a version 1 ledger has no kind and names
 * the review of any kind with its id).  Only approved challenges count,
 * not revoked ones.  A row is the review of a challenge when its id and
 * kind are the challenge's and, when the caller has the row's agent, the
 * agent is the challenge's (names compared as roster_name_eq() does).
 * An approved challenge that proposed a corrected score counts the review
 * with the score approved (the lead's, else the one proposed); one that
 * proposed another agent counts it for that agent; any other takes the
 * review out.
 *
 * Memory: the set keeps pointers into the ledger, which must outlive it;
 * approved_free() frees the set only.
 */
#ifndef APPROVED_H
#define APPROVED_H

#include <stddef.h>

#include "emp.h"
#include "hash.h"
#include "ledger.h"

struct approved {
	const struct challenge *c;
	int		 rescore;	/* 1: sc holds the corrected score */
	struct ledger_score sc;
	const char	*reassign;	/* the agent it counts for, or NULL */
	int		 seen;		/* its review was matched */
	int		 reported;	/* a mismatch was reported */
};

struct approved_set {
	struct approved	*a;
	size_t		 n;
	struct strmap	 map;		/* kind NUL id -> struct approved */
	struct strbuf	 key;		/* scratch */
};

/* The approved challenges of a ledger read with ledger_open(). */
void	approved_init(struct approved_set *, const struct ledger *);
/*
 * The approved challenge of the review with this id and kind, or NULL.
 * The caller checks the agent (approved_agent_is()) and whether the
 * review was matched before (->seen).
 */
struct approved *approved_find(struct approved_set *, const char *id,
	    size_t idlen, const char *kind, size_t kindlen);
/* Whether agent (len bytes) is the challenge's agent. */
int	approved_agent_is(const struct approved *, const char *agent,
	    size_t len);
/* How many challenges' reviews were matched. */
size_t	approved_seen(const struct approved_set *);
void	approved_free(struct approved_set *);

#endif
