/*
 * roster.h: who may act on the challenge ledger: the people of a roster
 * (the file emp-tier reads) with their team, role and public keys.
 *
 * The roster is a CSV or TSV file (gzip accepted) with a header; its
 * columns are found by name: agent (the person's name, required), team,
 * role (agent, lead or admin; empty: agent) and key (public keys as
 * sign.h writes them, separated by spaces; empty: the person cannot
 * sign).  Other columns are ignored.  A row that cannot be used (no name,
 * an unknown role, a key that is not one, a name or key that an earlier
 * row has) is reported with file:line and left out; the rest is read.
 * A roster file that everyone may write, or in a directory that everyone
 * may write and that is not sticky, is refused: whoever can write or
 * replace it can give themselves any role.
 *
 * Names.  Names are compared as emp-ingest compares an agent map's
 * aliases: trimmed of spaces and tabs, ASCII case ignored (roster_name_eq).
 *
 * Memory: everything belongs to the roster until roster_free().
 */
#ifndef ROSTER_H
#define ROSTER_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"
#include "sign.h"

enum roster_role { ROLE_AGENT, ROLE_LEAD, ROLE_ADMIN };
extern const char *const roster_roles[];	/* "agent", "lead", "admin" */

struct person {
	char		*name;		/* trimmed, as the roster spells it */
	char		*team;		/* trimmed; "" for none */
	int		 role;
	unsigned char	(*keys)[SIGN_PK_BYTES];
	size_t		 nkeys;
	unsigned long	 line;
};

struct roster {
	char		*path;
	struct person	*p;
	size_t		 n;
	struct strmap	 names;		/* trimmed name (case ignored) -> i+1 */
	uint64_t	 rejected;
};

/* Reads the roster; 0, or -1 (reported) when it cannot be used at all. */
int	roster_load(struct roster *, const char *path);
/* The person of a name (trimmed and compared ignoring ASCII case), or
 * NULL. */
const struct person *roster_find(const struct roster *, const char *name,
	    size_t len);
/* The person whose keys hold pk, or NULL. */
const struct person *roster_find_key(const struct roster *,
	    const unsigned char pk[SIGN_PK_BYTES]);
/* Whether two names are the same person's: trimmed, ASCII case ignored. */
int	roster_name_eq(const char *a, size_t an, const char *b, size_t bn);
void	roster_free(struct roster *);

#endif
