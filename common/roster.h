/*
 * roster.h: who may act on the challenge ledger, and at which level: the
 * people of a roster (the file emp-tier reads) with their team, role,
 * public keys, level and limit.
 *
 * The roster is a CSV or TSV file (gzip accepted) with a header; its
 * columns are found by name: agent (the person's name, required), team,
 * role (agent, lead or admin; empty: agent), key (public keys as sign.h
 * writes them, separated by spaces; empty: the person cannot sign),
 * level or "current level" (a positive whole number; empty: none),
 * limit or "current limit" (a plain amount, not negative; empty: none)
 * and effective (the date or time from which the row holds; empty:
 * always; a date or a time without an offset is read in the zone given
 * to roster_load_tz(), UTC for roster_load()).  Other columns are
 * ignored; a roster without level and limit reads as it always did.
 *
 * History.  A person may have several rows with different effective
 * dates: the row in force at a time is the latest one effective at or
 * before it, so that a team change, a new role or a new key applies from
 * its date on and the ledger's older lines are checked against the rows
 * of their day.  A row that cannot be used (no name, an unknown role, a
 * key that is not one or is another person's, an effective date that
 * cannot be read, a name and date that an earlier row has) is reported
 * with file:line and left out; the rest is read.  A level that is not a
 * positive whole number, or a limit that is not an amount, is reported
 * and taken as none: the row's role and keys still hold.  A roster file that
 * everyone may write, or in a directory that everyone may write and that
 * is not sticky, is refused: whoever can write or replace it can give
 * themselves any role.
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
#include "parse.h"
#include "sign.h"

enum roster_role { ROLE_AGENT, ROLE_LEAD, ROLE_ADMIN };
extern const char *const roster_roles[];	/* "agent", "lead", "admin" */

struct person {
	char		*name;		/* trimmed, as the roster spells it */
	char		*team;		/* trimmed; "" for none */
	int		 role;
	unsigned char	(*keys)[SIGN_PK_BYTES];
	size_t		 nkeys;
	int64_t		 since;		/* effective, ms; INT64_MIN: always */
	int		 level;		/* 0: none */
	int		 has_limit;
	struct decimal	 limit;		/* when has_limit */
	unsigned long	 line;
};

struct roster {
	char		*path;
	struct person	*p;
	size_t		 n;
	struct strmap	 names;		/* trimmed name (case ignored) -> the
					 * index + 1 of its first row; a
					 * person's rows follow, by since */
	uint64_t	 rejected;
};

/* 0, or -1 (reported) when anyone may write the roster at path or
 * rename another file over it (a directory above it writable by all and
 * not sticky); roster_load_tz() checks it first. */
int	roster_check_writers(const char *path);
/* Reads the roster; 0, or -1 (reported) when it cannot be used at all.
 * roster_load() is roster_load_tz() in UTC; tz is not kept. */
int	roster_load(struct roster *, const char *path);
int	roster_load_tz(struct roster *, const char *path, struct tz *);
/* The row of a name (trimmed, ASCII case ignored) in force at ts (ms),
 * or now; NULL when there is none. */
const struct person *roster_find_at(const struct roster *, const char *name,
	    size_t len, int64_t ts);
const struct person *roster_find(const struct roster *, const char *name,
	    size_t len);
/* All the rows of a name (trimmed, ASCII case ignored), by effective
 * date, the earliest first: *n of them from the one returned; NULL and 0
 * when there is none.  For a caller that looks a name up once and then
 * finds the row in force itself (the latest with since <= ts). */
const struct person *roster_rows(const struct roster *, const char *name,
	    size_t len, size_t *n);
/* A row whose keys hold pk (any of the person's rows), or NULL. */
const struct person *roster_find_key(const struct roster *,
	    const unsigned char pk[SIGN_PK_BYTES]);
/* Whether a row's keys hold pk. */
int	roster_has_key(const struct person *,
	    const unsigned char pk[SIGN_PK_BYTES]);
/* The role a role field (s, n bytes; trimmed, ASCII case ignored; empty:
 * agent) names, or -1. */
int	roster_role(const char *s, size_t n);
/* Whether two names are the same person's: trimmed, ASCII case ignored. */
int	roster_name_eq(const char *a, size_t an, const char *b, size_t bn);
void	roster_free(struct roster *);

#endif
