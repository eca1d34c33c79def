/*
 * challenge.h: the engine behind emp-challenge: challenges to negative
 * reviews that were not the agent's fault, kept in the ledger
 * (ledger.h, emp-ledger(5)) and applied to event streams (emp-events(5)).
 *
 * The rules, stated once (emp-challenge(1) tells them to users):
 *  - A review is an event row whose csat, nps or qa holds a value.  It
 *    is negative when csat <= 2, nps <= 6 or qa is below qa_below.
 *  - candidates: negative reviews of the events not yet challenged (no
 *    value in their challenge column, and, with a ledger, none in it but
 *    a withdrawn one), at most window days old when window >= 0 (a time
 *    that cannot be read leaves the review out), whose reason, else
 *    comment, matches a rule: a word, a stem ("arriv*") or a phrase of
 *    them, whole words in one clause, ASCII case ignored.  A rule of
 *    cause "agent" matching the reason or comment vetoes the review; one
 *    of cause "none" hides its clause from the others; else the first
 *    rule that matches gives the keyword, cause and suggested grounds.
 *    The rules are a CSV with the columns keyword, grounds and cause, or
 *    the built-in list (its precision and recall: emp-challenge(1),
 *    checked by tests/emp-challenge/0033).
 *  - open: grounds are mandatory; with events the review must be in
 *    them, negative and at most window days old (14 when window < 0), and
 *    the challenge is the review's agent's, else the actor's.  withdraw,
 *    approve, deny: the ledger's rules (ledger.h) decide.
 *  - apply: the events pass through with the challenge column (added
 *    last when missing) set to the approved challenge of each review,
 *    when the review is negative and, when there is an agent column, the
 *    challenging agent's; malformed and ragged rows pass on as read.
 *
 * Errors.  No function here ends the program (but for the x*()
 * allocators' "out of memory" and output_open()'s failure to create its
 * file, as everywhere): each reports with emp_warn() and returns an exit
 * status of emp.h, EXIT_OK, EXIT_FAIL or EXIT_BUSY.  The options and
 * arguments are checked by the caller first (their faults are usage
 * errors, the command's to report): the engine takes them as valid, the
 * texts as one line each, the review and actor as not blank.
 *
 * Memory: the engine keeps nothing between calls; the options and the
 * arguments stay the caller's.
 */
#ifndef CHALLENGE_H
#define CHALLENGE_H

#include <stdint.h>

#include "cli.h"
#include "parse.h"

#define CHALLENGE_QA_BELOW	70	/* the default of qa_below */
#define CHALLENGE_WINDOW	14	/* open's default window, days */

enum challenge_cmd {
	CHALLENGE_CANDIDATES, CHALLENGE_OPEN, CHALLENGE_WITHDRAW,
	CHALLENGE_APPROVE, CHALLENGE_DENY, CHALLENGE_REVOKE, CHALLENGE_LIST,
	CHALLENGE_APPLY, CHALLENGE_VERIFY, CHALLENGE_REPAIR, CHALLENGE_KEYGEN,
	CHALLENGE_MIGRATE, CHALLENGE_N
};

struct challenge_opts {
	/*
	 * The ledger's path: needed by every command but candidates, for
	 * which it is optional (NULL or "": none; a file not made yet has
	 * no challenges), and keygen.
	 */
	const char	*ledger;
	/* The roster (roster.h): needed wherever a ledger is read. */
	const char	*roster;
	/* The secret key (sign.h): open, withdraw, approve, deny, revoke,
	 * migrate sign with it; keygen makes it. */
	const char	*key;
	/* --as or $EMP_USER: a check of who the key's owner is, or NULL. */
	const char	*as;
	/* open: grounds; the others: note (NULL for none); open looks the
	 * review up in events (required), of kind when not NULL; cause:
	 * the cause category, else the matching rule's. */
	const char	*grounds, *note, *events, *kind, *cause;
	/* open: a corrected score or the agent who should have had the
	 * review (NULL: none); approve: a corrected score other than the
	 * one proposed */
	const char	*score, *reassign;
	const char	*rules;		/* candidates, open; NULL: built-in */
	const char	*agent;		/* list: only this agent's; or NULL */
	unsigned	 wait;		/* seconds for the ledger's lock */
	long		 window;	/* days; -1: not given */
	struct decimal	 qa_below;
	unsigned	 statuses;	/* list: status bits, 0: all */
	long		 older, newer;	/* list: days; -1: not given */
	int		 stats;		/* list: counts per by */
	int		 by;		/* list --stats: enum ledger_by */
	int		 text;		/* list: aligned text */
	int		 strict;	/* apply: a challenge that cannot apply
					 * fails the run */
	struct cli	 cli;		/* -o, -t, -z; -q (apply) */
	int64_t		 now;		/* ledger_clock() */
};

/* The defaults: wait 10, no windows, qa_below CHALLENGE_QA_BELOW, the
 * rest 0 or NULL. */
void	challenge_opts_init(struct challenge_opts *);

/*
 * Runs one command.  candidates and apply read the event files of argv
 * (none: standard input, "-") and write to outpath.  open, withdraw,
 * approve and deny take the review or the challenge in argv[0] (the
 * caller has checked that there is exactly one; else EXIT_USAGE); open
 * prints the new challenge's id.  list writes the ledger's challenges
 * (or per-agent counts with stats) to outpath; verify and repair print
 * a line about the ledger; these three take no arguments.  Returns the
 * exit status.
 */
int	challenge_run(const struct challenge_opts *, enum challenge_cmd,
	    int argc, char **argv);

#endif
