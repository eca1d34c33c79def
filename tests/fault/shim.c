/*
 * shim.c: an LD_PRELOAD library that makes system calls fail, for the
 * I/O fault tests (tests/fault/, make check-faults).
 *
 *	EMP_SHIM=RULE[,RULE...]
 *	RULE = CALL:ERRNO[:after=K][:fd=N][:path=TEXT]
 *
 * CALL is read, pread, write, fsync, close or open; ERRNO a name (EIO,
 * ENOSPC, EDQUOT, EBADF, EINTR is not accepted).  A rule matches a call
 * on fd N, or on an fd opened (by open or openat) on a path containing
 * TEXT (or made by mkstemp or mkostemp), or any call without fd= or path=; the first K matching calls pass
 * and the next M (default: every later one) fail with ERRNO (an open fails before opening, a
 * close after closing, as the kernel may do).  Calls made inside the C
 * library (stdio's writes) are not seen.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NRULES	8
#define NFDS	1024

enum call { C_READ, C_PREAD, C_WRITE, C_FSYNC, C_CLOSE, C_OPEN, C_N };

struct rule {
	int	 call;
	int	 err;
	long	 after;
	long	 times;		/* 0: no end */
	int	 fd;		/* -1: any */
	char	 path[256];	/* "": any */
	long	 seen;
};

static struct rule rules[NRULES];
static int nrules = -1;
static unsigned char marked[NFDS];	/* fd -> rule index + 1 of path= */

static const char *const calls[C_N] = {
	"read", "pread", "write", "fsync", "close", "open"
};
static const struct { const char *name; int err; } errs[] = {
	{ "EIO", EIO }, { "ENOSPC", ENOSPC }, { "EDQUOT", EDQUOT },
	{ "EBADF", EBADF }, { "EACCES", EACCES }, { "EFBIG", EFBIG },
	{ "EPIPE", EPIPE }, { "ENOMEM", ENOMEM }, { "EROFS", EROFS },
};

static ssize_t	(*real_read)(int, void *, size_t);
static ssize_t	(*real_pread)(int, void *, size_t, off_t);
static ssize_t	(*real_write)(int, const void *, size_t);
static int	(*real_fsync)(int);
static int	(*real_close)(int);
static int	(*real_open)(const char *, int, ...);
static int	(*real_openat)(int, const char *, int, ...);
static int	(*real_mkostemp)(char *, int);

/* POSIX's way to a function pointer from dlsym() (ISO C has none) */
#define SYM(var, name)	(*(void **)&(var) = dlsym(RTLD_NEXT, (name)))

static void
die(const char *msg)
{
	static const char p[] = "shim: bad EMP_SHIM: ";

	if (real_write == NULL)
		SYM(real_write, "write");
	(void)!real_write(2, p, sizeof(p) - 1);
	(void)!real_write(2, msg, strlen(msg));
	(void)!real_write(2, "\n", 1);
	_exit(125);
}

static void
parse_rule(char *s)
{
	struct rule *r;
	char *tok, *save = NULL;
	size_t i;

	if (nrules == NRULES)
		die("too many rules");
	r = &rules[nrules++];
	memset(r, 0, sizeof(*r));
	r->call = -1;
	r->fd = -1;
	if ((tok = strtok_r(s, ":", &save)) == NULL)
		die("empty rule");
	for (i = 0; i < C_N; i++)
		if (strcmp(tok, calls[i]) == 0)
			r->call = (int)i;
	if (r->call == -1)
		die(tok);
	if ((tok = strtok_r(NULL, ":", &save)) == NULL)
		die("no errno");
	for (i = 0; i < sizeof(errs) / sizeof(errs[0]); i++)
		if (strcmp(tok, errs[i].name) == 0)
			r->err = errs[i].err;
	if (r->err == 0)
		die(tok);
	while ((tok = strtok_r(NULL, ":", &save)) != NULL) {
		if (strncmp(tok, "after=", 6) == 0)
			r->after = atol(tok + 6);
		else if (strncmp(tok, "times=", 6) == 0)
			r->times = atol(tok + 6);
		else if (strncmp(tok, "fd=", 3) == 0)
			r->fd = atoi(tok + 3);
		else if (strncmp(tok, "path=", 5) == 0 &&
		    strlen(tok + 5) < sizeof(r->path))
			strcpy(r->path, tok + 5);
		else
			die(tok);
	}
}

static void
init(void)
{
	static char buf[2048];
	const char *env;
	char *tok, *save = NULL;

	if (nrules != -1)
		return;
	SYM(real_read, "read");
	SYM(real_pread, "pread");
	SYM(real_write, "write");
	SYM(real_fsync, "fsync");
	SYM(real_close, "close");
	SYM(real_open, "open");
	SYM(real_openat, "openat");
	SYM(real_mkostemp, "mkostemp");
	nrules = 0;
	if ((env = getenv("EMP_SHIM")) == NULL || strlen(env) >= sizeof(buf))
		return;
	strcpy(buf, env);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save))
		parse_rule(tok);
}

/* The errno to fail a call on fd with, or 0 to let it through. */
static int
fails(int call, int fd, const char *path)
{
	struct rule *r;
	int i;

	init();
	for (i = 0; i < nrules; i++) {
		r = &rules[i];
		if (r->call != call)
			continue;
		if (r->fd != -1 && r->fd != fd)
			continue;
		if (r->path[0] != '\0') {
			if (path != NULL) {
				if (strstr(path, r->path) == NULL)
					continue;
			} else if (fd < 0 || fd >= NFDS || marked[fd] == 0)
				continue;
		}
		if (r->seen++ >= r->after && (r->times == 0 ||
		    r->seen <= r->after + r->times))
			return r->err;
	}
	return 0;
}

/* Remembers which fds were opened on a path= of some rule. */
static int
opened(int fd, const char *path)
{
	int i;

	if (fd < 0 || fd >= NFDS)
		return fd;
	marked[fd] = 0;
	for (i = 0; i < nrules; i++)
		if (rules[i].path[0] != '\0' &&
		    strstr(path, rules[i].path) != NULL)
			marked[fd] = 1;
	return fd;
}

ssize_t
read(int fd, void *buf, size_t n)
{
	int e;

	if ((e = fails(C_READ, fd, NULL)) != 0) {
		errno = e;
		return -1;
	}
	return real_read(fd, buf, n);
}

ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	int e;

	if ((e = fails(C_PREAD, fd, NULL)) != 0) {
		errno = e;
		return -1;
	}
	return real_pread(fd, buf, n, off);
}

ssize_t
write(int fd, const void *buf, size_t n)
{
	int e;

	if ((e = fails(C_WRITE, fd, NULL)) != 0) {
		errno = e;
		return -1;
	}
	return real_write(fd, buf, n);
}

int
fsync(int fd)
{
	int e;

	if ((e = fails(C_FSYNC, fd, NULL)) != 0) {
		errno = e;
		return -1;
	}
	return real_fsync(fd);
}

int
close(int fd)
{
	int e, rv;

	e = fails(C_CLOSE, fd, NULL);
	rv = real_close(fd);
	if (fd >= 0 && fd < NFDS)
		marked[fd] = 0;
	if (e != 0) {
		errno = e;
		return -1;
	}
	return rv;
}

int
open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode = 0;
	int e;

	if (flags & (O_CREAT | O_TMPFILE)) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if ((e = fails(C_OPEN, -1, path)) != 0) {
		errno = e;
		return -1;
	}
	return opened(real_open(path, flags, mode), path);
}

int
openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode = 0;
	int e;

	if (flags & (O_CREAT | O_TMPFILE)) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if ((e = fails(C_OPEN, -1, path)) != 0) {
		errno = e;
		return -1;
	}
	return opened(real_openat(dirfd, path, flags, mode), path);
}

/* glibc's mkstemp opens inside the library: seen here for path= */
int
mkostemp(char *template, int flags)
{
	int e;

	if ((e = fails(C_OPEN, -1, template)) != 0) {
		errno = e;
		return -1;
	}
	return opened(real_mkostemp(template, flags), template);
}

int
mkstemp(char *template)
{
	return mkostemp(template, 0);
}
