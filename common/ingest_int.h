/*
 * ingest_int.h: what the parts of emp-ingest's engine share; not for
 * commands (they use ingest.h).
 *
 *	ingest_profile.c  the export profiles, header recognition and plans,
 *			  a row's conversion through its plan
 *	ingest_dedup.c	  de-duplication by contact id: keys, the first pass
 *	ingest_customer.c the customer column and its hash, escalations by
 *			  queue, Talkdesk's legacy durations, a plan's warnings
 *	ingest.c	  the engine: conversion loop, spool, rejects, agent
 *			  map, summary
 *
 * Memory: a plan owns its copy of the header (plan_free()); a row points
 * into its record, its own buffers and constants; struct ingest is
 * ingest_new()'s and ingest_free()'s.
 */
#ifndef INGEST_INT_H
#define INGEST_INT_H

#include <stddef.h>
#include <stdint.h>

#include "csvio.h"
#include "events.h"
#include "hash.h"
#include "ingest.h"
#include "parse.h"

enum skip {
	SK_NONE, SK_DUPLICATE, SK_NO_AGENT, SK_NON_RESPONSE, SK_NOT_HANDLED,
	SK_EMPTY, SK_STAFF, SK_CHANGE,
	SK_N
};

struct pcol;
struct row;
struct ingest;

struct profile {
	const char	*name;
	const char	*kind;
	const char	*sig[5];	/* all must be present */
	const char	*extra[3];	/* columns the hook reads */
	const struct pcol *cols;
	int		(*hook)(struct row *);
	int		 dedup;
	int		 textual_agent;	/* agent empty: skip, not reject */
};

#define NX 3

struct plan {
	const struct profile *prof;
	const char	*name;		/* file name for src and messages */
	size_t		 namelen;
	int		 name_plain;	/* "name:line" never needs quotes */
	int		 in_delim;
	int		 src[EV_NCOLS];
	enum ev_type	 type[EV_NCOLS];
	enum dur_unit	 unit[EV_NCOLS];
	/* empty means none happened (Genesys Cloud's analytics give a
	 * conversation a hold or after-call work time only when it had one):
	 * written as 0; only the profile's own columns, not --map's */
	unsigned char	 zero[EV_NCOLS];
	int		 x[NX];
	/* ingest_customer.c: the columns its rule for the customer reads,
	 * and the durations that are fractions of a day */
	int		 cx_kind;
	int		 cx[3];
	unsigned char	 dayfrac[EV_NCOLS];
	char		**hdr;
	size_t		 nhdr;
	/* Qualtrics: the zone of the ImportId row (NULL: none, or --tz
	 * given) and the first data row, read while looking for the
	 * header's extra rows (NULL: none); both the plan's */
	struct tz	*tz;
	struct csv_record *first;
};

struct row {
	struct plan		*p;
	struct csv_record	*rec;
	const char		*v[EV_NCOLS];
	size_t			 n[EV_NCOLS];
	char			 buf[EV_NCOLS][EV_VALMAX];
	unsigned char		 safe[EV_NCOLS];	/* needs no quoting */
	char			 err[512];
	char			 exit_ts[EV_VALMAX];	/* roster */
	int			 has_exit;
	int			 keyed;
	uint64_t		 k1, k2;
	int64_t			 kts;
	const struct ev_conv	*conv;
	struct strbuf		 src;		/* "name:line" */
};

struct ingest {
	const struct ingest_opts *o;
	struct csv_writer	*out;
	struct csv_writer	*rej;
	struct strmap		 agents;	/* alias -> struct agent */
	const char		*name;		/* the file being read */
	struct strbuf		 rejsrc;
	int			 spool;		/* fd, or -1 */
	struct strbuf		 spbuf;
	struct dedup		 dd;
	int			 prescanned;	/* dd holds every key */
	uint64_t		 rows, events, rejected, twice;
	uint64_t		 skipped[SK_N];
	uint64_t		 warned;
};

struct agent {
	char	*agent;
	char	*team;
};

/* The spool's buffer (ingest.c), and the sample that estimate_rows()
 * reads of each file (ingest_dedup.c). */
#define SPOOL_BUF (1024 * 1024)

/* ingest_profile.c */
void	plan_free(struct plan *);
/* Opens a file and reads its header and plan; NULL when it cannot (a
 * message printed unless quiet).  A Qualtrics export's extra header rows
 * are read here too: the first data row after them is kept in p->first,
 * for the caller to convert before the rest. */
struct csv_reader *open_plan(struct ingest *, const char *path,
	    struct plan *, int quiet);
/* Converts a record into r; returns 0, a skip reason, or -1 (r->err). */
int	row_convert(struct ingest *, struct row *);
void	set_const(struct row *, int col, const char *);
/* The roster's hook: a lead's or admin's row (role) is staff, skipped; a
 * row effective after its hire date is a change of a person hired
 * before, skipped; a row with an exit date gives a second event. */
int	hook_roster(struct row *);

/* ingest_customer.c */
/* Where the customer is when a column cannot say it alone (Five9,
 * Genesys Cloud; none under --map customer=), and whether durations are
 * fractions of a day (Talkdesk's legacy export, timed by start_time);
 * norm is the header's normalised names (n). */
void	customer_plan(const struct ingest_opts *, struct plan *, char **norm,
	    size_t n);
/* The row's customer: the profile's rule, trimmed, "N/A" and the like
 * empty, hashed when o->hash_customer (into r->buf). */
void	customer_finish(const struct ingest_opts *, struct row *);
/* The keyed hash of a customer (s, n) as 32 hexadecimal digits and a
 * NUL in out; returns 32.  Trimmed, ASCII lowercased, a phone number
 * (at least 5 digits, only "+-.()/ " besides; "tel:" before it dropped)
 * reduced to '+' and digits. */
size_t	customer_hash(const unsigned char key[INGEST_HASH_KEY], const char *s,
	    size_t n, char out[2 * INGEST_HASH_BYTES + 1]);
/* The warnings of a file's plan, once per file: Five9 times read
 * without --tz. */
void	plan_warn(const struct ingest_opts *, const struct plan *);
/* --escalation-queues on a contact row: its queue in the list: 1; in
 * another queue: 0 unless the export said; no queue: as the export said. */
void	escalation_mark(const struct ingest_opts *, struct row *);
/* A fraction of a day (below 1) into whole seconds, rounded, as
 * ev_convert() does for a duration: length, 0 for empty, -1 (err). */
int	dayfrac_convert(const char *s, size_t n, const struct ev_conv *,
	    char *out, char *err, size_t errsize);

/* ingest_dedup.c */
/* The key of a record (r->k1, r->k2); its time (r->kts) too unless
 * with_ts is 0.  1, or 0 for a record that has none. */
int	record_key(struct row *, int with_ts);

#endif
