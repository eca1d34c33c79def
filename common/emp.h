/*
 * emp.h: what every emp command shares: exit statuses, diagnostics,
 * checked allocation and the program's start and end.
 *
 * Memory rule for all of common/: a function that returns a pointer says in
 * its header comment who frees it; x*() allocators never return NULL (they
 * end the program with "out of memory" and status 1).
 */
#ifndef EMP_H
#define EMP_H

#include <stdarg.h>
#include <stddef.h>

#define EMP_VERSION "0.1.0"

enum emp_exit {
	EXIT_OK = 0,		/* success */
	EXIT_FAIL = 1,		/* data or I/O failure */
	EXIT_USAGE = 2,		/* bad options or arguments */
	EXIT_BUSY = 75		/* ledger lock not obtained (EX_TEMPFAIL) */
};

extern const char *progname;
/* Called with 0 just before a diagnostic is written to stderr and with 1
 * just after (NULL: none): the progress line (progress.h) gets out of the
 * way and waits. */
extern void (*emp_diag_hook)(int after);

/* Sets progname, reopens closed fds 0-2 on /dev/null (remembering that
 * stdout was closed, so the first write fails as it should) and selects
 * the C locale. */
void	emp_init(const char *argv0);

/* "prog: message" on stderr; emp_warnerr appends ": strerror(errno)". */
void	emp_warn(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));
void	emp_warnerr(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));
/* emp_warn, then exit with status after removing the pending temp file. */
_Noreturn void emp_die(int status, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
_Noreturn void emp_dieerr(int status, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* "prog: message" plus "Try 'prog --help'." and exit 2. */
_Noreturn void usage_error(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));

/* emp_die() without a message: for a failure that a library function has
 * reported already (its -1 or NULL), which the command turns into its exit
 * status.  The library reports; only the command ends the program. */
_Noreturn void emp_die_reported(int status);
/* The end of a failed allocation (the x*() allocators', and of libraries
 * that allocate for themselves): "out of memory", status 1. */
_Noreturn void emp_oom(void);
/* "prog: message[: strerror(errnum)]" (errnum 0: none), status 1: an I/O
 * failure deep in a loop that cannot hand an error back (see util.c). */
_Noreturn void emp_fatal_io(int errnum, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/* Only "Try 'prog --help' for more information." and exit 2 (after
 * getopt's own message). */
_Noreturn void usage_hint(void);

/* Ends the program quietly, as if by SIGPIPE, after the reader went away. */
_Noreturn void emp_broken_pipe(void);

/* True when fd 1 was closed when the program started. */
int	emp_stdout_closed(void);

/* Temporary files (behind -o until renamed into place) that emp_die()
 * and a broken pipe remove.  The string is copied. */
void	emp_cleanup_add(const char *path);
void	emp_cleanup_remove(const char *path);

/* Flushes and closes stdout for commands that print with stdio (--help,
 * --version); returns the exit status, reporting a write error. */
int	emp_exit_stdout(void);

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

/* A growable byte buffer; the bytes are the caller's to read, sb_free()
 * releases them. */
struct strbuf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};
void	sb_grow(struct strbuf *, size_t);
void	sb_add(struct strbuf *, const void *, size_t);
void	sb_addc(struct strbuf *, int);
void	sb_adds(struct strbuf *, const char *);
void	sb_printf(struct strbuf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
const char *sb_str(struct strbuf *);	/* NUL-terminated view */
void	sb_free(struct strbuf *);

static inline void
sb_addc_fast(struct strbuf *sb, int c)
{
	if (sb->len + 1 >= sb->cap)
		sb_grow(sb, 1);
	sb->s[sb->len++] = (char)c;
}

#endif
