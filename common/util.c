/*
 * util.c: diagnostics, checked allocation, program start and end.
 */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef EMP_FAULT_INJECT
#include <stdatomic.h>
#endif

#include "emp.h"
#include "termsafe.h"

const char *progname = "emp";
void (*emp_diag_hook)(int);
static int stdout_closed;
static char *cleanup[4];	/* temporary files to remove on failure */

void
emp_init(const char *argv0)
{
	const char *p;
	int fd;

	if (argv0 != NULL && *argv0 != '\0') {
		p = strrchr(argv0, '/');
		progname = p != NULL ? p + 1 : argv0;
	}
	/*
	 * A closed fd 0-2 would be taken by the next open(): reopen it on
	 * /dev/null, but remember a closed stdout so that output fails
	 * loudly instead of vanishing.
	 */
	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		if (fd == 1)
			stdout_closed = 1;
		if (open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) != fd)
			_exit(EXIT_FAIL);
	}
	setlocale(LC_ALL, "C");
}

int
emp_stdout_closed(void)
{
	return stdout_closed;
}

static void
on_signal(int sig)
{
	size_t i;

	for (i = 0; i < sizeof(cleanup) / sizeof(cleanup[0]); i++)
		if (cleanup[i] != NULL)
			(void)unlink(cleanup[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

void
emp_cleanup_add(const char *path)
{
	static int handlers;
	size_t i;

	if (!handlers) {
		/* an interrupted run leaves no temporary file behind */
		signal(SIGINT, on_signal);
		signal(SIGTERM, on_signal);
		signal(SIGHUP, on_signal);
		handlers = 1;
	}

	for (i = 0; i < sizeof(cleanup) / sizeof(cleanup[0]); i++) {
		if (cleanup[i] == NULL) {
			cleanup[i] = xstrdup(path);
			return;
		}
	}
	emp_die(EXIT_FAIL, "internal: too many temporary files");
}

void
emp_cleanup_remove(const char *path)
{
	size_t i;

	for (i = 0; i < sizeof(cleanup) / sizeof(cleanup[0]); i++) {
		if (cleanup[i] != NULL && strcmp(cleanup[i], path) == 0) {
			free(cleanup[i]);
			cleanup[i] = NULL;
		}
	}
}

static void
cleanup_run(void)
{
	size_t i;

	for (i = 0; i < sizeof(cleanup) / sizeof(cleanup[0]); i++)
		if (cleanup[i] != NULL)
			(void)unlink(cleanup[i]);
}

int
emp_exit_stdout(void)
{
	if (emp_stdout_closed()) {
		errno = EBADF;
		emp_warnerr("stdout: write error");
		return EXIT_FAIL;
	}
	if (fflush(stdout) == EOF || ferror(stdout) || fclose(stdout) == EOF) {
		if (errno == EPIPE)
			emp_broken_pipe();
		emp_warnerr("stdout: write error");
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

static void vwarn_(const char *, va_list, int)
    __attribute__((format(printf, 1, 0)));

/*
 * Every diagnostic goes out here, and data of any kind goes into them (a
 * file name, an agent, a quoted field, an option's argument): the whole
 * message is escaped by the terminal rule (termsafe.h), which leaves text
 * escaped before (msg_quote()) as it is.
 */
static void
vwarn_(const char *fmt, va_list ap, int errnum)
{
	char buf[4096], safe[4096];
	void (*hook)(int);
	size_t len;
	int n;

	/* One write, so that messages of concurrent runs do not mix. */
	n = snprintf(buf, sizeof(buf) - 64, "%s: ", progname);
	if (n < 0 || (size_t)n >= sizeof(buf) - 64)
		n = (int)sizeof(buf) - 65;
	n += vsnprintf(buf + n, sizeof(buf) - 64 - (size_t)n, fmt, ap);
	if (n < 0 || (size_t)n >= sizeof(buf) - 64)
		n = (int)sizeof(buf) - 65;
	if (errnum != 0)
		n += snprintf(buf + n, sizeof(buf) - (size_t)n, ": %s",
		    strerror(errnum));
	if ((size_t)n >= sizeof(buf))
		n = (int)sizeof(buf) - 1;
	len = termsafe_buf(safe, sizeof(safe) - 1, buf, (size_t)n);
	safe[len++] = '\n';
	if ((hook = emp_diag_hook) != NULL)
		hook(0);
	(void)!write(2, safe, len);
	if (hook != NULL)
		hook(1);
}

void
emp_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_(fmt, ap, 0);
	va_end(ap);
}

void
emp_warnerr(const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	vwarn_(fmt, ap, e);
	va_end(ap);
}

static _Noreturn void
die_(int status)
{
	cleanup_run();
	exit(status);
}

void
emp_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_(fmt, ap, 0);
	va_end(ap);
	die_(status);
}

void
emp_dieerr(int status, const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	vwarn_(fmt, ap, e);
	va_end(ap);
	die_(status);
}

void
usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_(fmt, ap, 0);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", progname);
	die_(EXIT_USAGE);
}

void
emp_die_reported(int status)
{
	die_(status);
}

/*
 * The one way out for an I/O failure of emp-ingest's spool (common/
 * ingest.c), the scratch file behind de-duplication: it is written from
 * the ordered commit of the feeder (feeder_run_ordered()), which runs on
 * whichever thread is free, and a commit has no way to hand an error back
 * or to stop the other threads.  Without its spool the run cannot give a
 * correct output, so it ends as a failed write of the output does (git's
 * write_or_die()): message, temp files removed, status 1.
 */
void
emp_fatal_io(int errnum, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_(fmt, ap, errnum);
	va_end(ap);
	die_(EXIT_FAIL);
}

void
usage_hint(void)
{
	fprintf(stderr, "Try '%s --help' for more information.\n", progname);
	die_(EXIT_USAGE);
}

void
emp_broken_pipe(void)
{
	cleanup_run();
	signal(SIGPIPE, SIG_DFL);
	raise(SIGPIPE);
	_exit(EXIT_FAIL);	/* SIGPIPE blocked: still quiet */
}

void
emp_oom(void)
{
	emp_die(EXIT_FAIL, "out of memory");
}

#ifdef EMP_FAULT_INJECT
/*
 * Allocation-failure injection (make check-alloc, tests/fault/alloc-sweep):
 * EMP_ALLOC_FAIL=N makes the Nth call of an x*() allocator (counted from 1,
 * over all threads) fail as if malloc had returned NULL; EMP_ALLOC_FAIL=0
 * fails none and prints "progname: fault: N allocations" at exit, so that a
 * sweep knows how far to go.  Only in builds with -DEMP_FAULT_INJECT.
 */
static atomic_long alloc_count;
static long alloc_fail_at = -1;		/* -1: not read yet; -2: off */

static void
alloc_report(void)
{
	char buf[96];
	int n;

	n = snprintf(buf, sizeof(buf), "%s: fault: %ld allocations\n",
	    progname, (long)atomic_load(&alloc_count));
	(void)!write(2, buf, (size_t)n);
}

static int
alloc_fails(void)
{
	const char *s;
	long n;

	if (alloc_fail_at == -1) {
		s = getenv("EMP_ALLOC_FAIL");
		alloc_fail_at = s != NULL && *s != '\0' ? atol(s) : -2;
		if (alloc_fail_at == 0)
			atexit(alloc_report);
	}
	n = atomic_fetch_add(&alloc_count, 1) + 1;
	return n == alloc_fail_at;
}
#define ALLOC_FAILS()	alloc_fails()
#else
#define ALLOC_FAILS()	0
#endif

void *
xmalloc(size_t n)
{
	void *p;

	if (ALLOC_FAILS() || (p = malloc(n == 0 ? 1 : n)) == NULL)
		emp_oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if (ALLOC_FAILS() ||
	    (p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size)) == NULL)
		emp_oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	if (ALLOC_FAILS() || (p = realloc(p, n == 0 ? 1 : n)) == NULL)
		emp_oom();
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > (size_t)-1 / size)
		emp_oom();
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
sb_grow(struct strbuf *sb, size_t more)
{
	size_t cap = sb->cap != 0 ? sb->cap : 64;

	if (more > (size_t)-1 / 2 - sb->len)
		emp_oom();
	while (cap < sb->len + more + 1)
		cap *= 2;
	if (cap != sb->cap) {
		sb->s = xrealloc(sb->s, cap);
		sb->cap = cap;
	}
}

void
sb_add(struct strbuf *sb, const void *p, size_t n)
{
	if (sb->len + n + 1 > sb->cap)
		sb_grow(sb, n);
	if (n != 0)
		memcpy(sb->s + sb->len, p, n);
	sb->len += n;
}

void
sb_addc(struct strbuf *sb, int c)
{
	sb_addc_fast(sb, c);
}

void
sb_adds(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void
sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	sb_grow(sb, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(sb->s + sb->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)n;
}

const char *
sb_str(struct strbuf *sb)
{
	if (sb->len + 1 > sb->cap)
		sb_grow(sb, 1);
	sb->s[sb->len] = '\0';
	return sb->s;
}

void
sb_free(struct strbuf *sb)
{
	free(sb->s);
	sb->s = NULL;
	sb->len = sb->cap = 0;
}
