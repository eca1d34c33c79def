/*
 * ingest.h: the engine behind emp-ingest: recognises each export by its
 * header, converts its rows into events (emp-events(5)) and accounts for
 * every row: rows read = events written + rejected + skipped (a roster row
 * with an exit date gives two events; the summary says how many).
 *
 * ingest_run() is the whole of a run of emp-ingest after its options are
 * parsed; the other functions are its parts, for the fuzz harnesses.
 * The caller owns the writers; ingest_free() frees everything else.
 * Errors are reported and returned, but for a failure of the spool (the
 * temporary file behind de-duplication), which ends the program with
 * status 1 (emp_fatal_io()), as a failed write of the output does.
 */
#ifndef INGEST_H
#define INGEST_H

#include <stdatomic.h>
#include <stdint.h>

#include "cli.h"
#include "csvio.h"
#include "events.h"

/* A --hash-customer key is this many bytes; a hash this many. */
#define INGEST_HASH_KEY		32
#define INGEST_HASH_BYTES	16

struct ingest_map {
	int	 col;		/* enum ev_col */
	char	*src;		/* source column name */
};

/* What the command's options say; ingest_opts_free() frees maps and
 * conv.tz. */
struct ingest_opts {
	struct cli		 cli;		/* -o -q -s -T -t -z */
	const char		*from;		/* profile, or NULL to detect */
	struct ingest_map	*maps;		/* --map, --map-file */
	size_t			 nmaps;
	const char		*kind;		/* --kind */
	struct ev_conv		 conv;		/* tz, decimal comma, --units */
	int			 delim;		/* input, 0 to detect */
	const char		*agent_map;
	const char		*rejects;	/* --rejects FILE, or NULL */
	int			 maxwarn;	/* row messages shown */
	/* --hash-customer: the key's bytes (wiped by ingest_opts_free()) */
	int			 hash_customer;
	unsigned char		 hash_key[INGEST_HASH_KEY];
	char			**esc;		/* --escalation-queues */
	atomic_uchar		*esc_seen;	/* [k]: a contact in esc[k]
						 * (set on any thread) */
	size_t			 nesc;
};

struct ingest;

/*
 * Adds the mapping COLUMN=SOURCE (--map) to o; where names its origin in
 * messages ("--map", "file:line").  0, or -1 with a message printed.
 */
int	ingest_map_add(struct ingest_opts *o, const char *spec,
	    const char *where);
/*
 * Adds the mappings of a --map-file: COLUMN=SOURCE lines, blank lines and
 * '#' comments skipped.  0, or -1 with a message printed (a file that
 * cannot be read, a line that is not a mapping).
 */
int	ingest_map_file(struct ingest_opts *o, const char *path);
void	ingest_opts_free(struct ingest_opts *o);
/*
 * --hash-customer FILE: reads the key (exactly INGEST_HASH_KEY bytes of a
 * regular file that neither group nor others may read or write, as
 * sign.h's secret keys) into o and sets o->hash_customer.  0, or -1 with
 * a message printed.
 */
int	ingest_hash_key_load(struct ingest_opts *o, const char *path);
/* --new-hash-key FILE: a new random key, the file made with O_EXCL and
 * mode 0600 (an existing file is never replaced).  0, or -1 (reported). */
int	ingest_hash_key_new(const char *path);
/* --escalation-queues LIST: adds the comma-separated queue names
 * (trimmed) to o->esc.  0, or -1 with a message for an empty name. */
int	ingest_escalation_queues(struct ingest_opts *o, const char *list);

/*
 * A run: opens the output (o->cli) and the rejects file, reads the agent
 * map (one that cannot be read: both outputs given up, nothing written,
 * EXIT_FAIL), converts every input (argv, or standard input when argc is
 * 0), ends as cli_finish() does and commits the outputs.  Returns the exit
 * status.
 */
int	ingest_run(const struct ingest_opts *o, int argc, char *argv[]);

/* Writes the header to out at once.  rejects may be NULL.  NULL, with a
 * message printed and nothing written, when the agent map cannot be read
 * (the caller ends with status 1). */
struct ingest *ingest_new(const struct ingest_opts *, struct csv_writer *out,
	    struct csv_writer *rejects);
/* Before the files: when every input is a plain regular file, reads the
 * keys of those that need de-duplication, so that no spool is needed. */
void	ingest_prepare(struct ingest *, char *const *paths, size_t n);
/* 0, or -1 when the file could not be read whole (reported). */
int	ingest_file(struct ingest *, const char *path);
/* Writes what was held back for de-duplication. */
void	ingest_finish(struct ingest *);
uint64_t ingest_rejected(const struct ingest *);
/* "12 rows read, 9 events written, 1 rejected, 2 skipped (...)" */
void	ingest_summary(const struct ingest *, struct strbuf *);
void	ingest_free(struct ingest *);

/* The names of the built-in profiles, NULL-terminated. */
extern const char *const ingest_profiles[];

#endif
