/*
 * csvwrite.c: encoding and the buffered, checked writer (see csvio.h).
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>

#include "csvio.h"
#include "swar.h"

#define WBUF_SIZE	(256 * 1024)

/* A field needs quotes when it holds the delimiter, '"', CR or LF, or
 * starts or ends with a space; checked 8 bytes at a time. */
static int
needs_quotes(const char *s, size_t n, int delim)
{
	const uint64_t d = SWAR_ONES * (unsigned char)delim,
	    q = SWAR_ONES * '"', cr = SWAR_ONES * '\r',
	    lf = SWAR_ONES * '\n';
	uint64_t w;
	size_t i = 0;

	if (n == 0)
		return 0;
	if (s[0] == ' ' || s[n - 1] == ' ')
		return 1;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if ((swar_zbytes(w ^ d) | swar_zbytes(w ^ q) |
		    swar_zbytes(w ^ cr) | swar_zbytes(w ^ lf)) != 0)
			return 1;
	}
	for (; i < n; i++)
		if (s[i] == delim || s[i] == '"' || s[i] == '\r' ||
		    s[i] == '\n')
			return 1;
	return 0;
}

static size_t
encode_raw(char *dst, const char *s, size_t n, int delim)
{
	const char *p, *end = s + n;
	char *d = dst;

	if (n == 0)
		return 0;
	if (delim == '\t') {
		for (p = s; p < end; p++) {
			switch (*p) {
			case '\t': *d++ = '\\'; *d++ = 't'; break;
			case '\n': *d++ = '\\'; *d++ = 'n'; break;
			case '\r': *d++ = '\\'; *d++ = 'r'; break;
			case '\\': *d++ = '\\'; *d++ = '\\'; break;
			default: *d++ = *p; break;
			}
		}
		return (size_t)(d - dst);
	}
	if (!needs_quotes(s, n, delim)) {
		memcpy(dst, s, n);
		return n;
	}
	*d++ = '"';
	for (p = s; p < end; p++) {
		if (*p == '"')
			*d++ = '"';
		*d++ = *p;
	}
	*d++ = '"';
	return (size_t)(d - dst);
}

/*
 * Spreadsheet safety (csvio.h, emp(7)).  raw_text: write text as it is
 * (--raw-text, EMP_RAW_TEXT=1); process-wide, set once by the option
 * parser before any output.
 */
static int raw_text;

void
csv_set_raw_text(int on)
{
	raw_text = on;
}

int
csv_raw_text(void)
{
	return raw_text;
}

/* What a spreadsheet evaluates a field starting with. */
static int
formula_char(char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' ||
	    c == '\r';
}

int
csv_is_number(const char *s, size_t n)
{
	size_t i = 0, digits = 0;

	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (i < n && s[i] == '.')
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	if (digits == 0)
		return 0;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		for (digits = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
		if (digits == 0)
			return 0;
	}
	return i == n;
}

int
csv_text_mark(const char *s, size_t n)
{
	if (raw_text || n == 0)
		return 0;
	if (s[0] == '\'')
		return n > 1 && (formula_char(s[1]) || s[1] == '\'');
	return formula_char(s[0]) && !csv_is_number(s, n);
}

int
csv_text_unmark(const char **s, size_t *n)
{
	const char *p = *s;

	if (*n < 2 || p[0] != '\'' || !(formula_char(p[1]) || p[1] == '\''))
		return 0;
	(*s)++;
	(*n)--;
	return 1;
}

/* A field as csv_encode_into() writes it, the mark known. */
static size_t
encode_marked(char *dst, const char *s, size_t n, int delim, int mark)
{
	size_t len;

	if (!mark)
		return encode_raw(dst, s, n, delim);
	/* the field as ever, one byte on; a CSV field quoted (it then
	 * starts with the quote) has the mark inside its quotes */
	len = encode_raw(dst + 1, s, n, delim);
	if (delim != '\t' && dst[1] == '"') {
		dst[0] = '"';
		dst[1] = '\'';
	} else
		dst[0] = '\'';
	return len + 1;
}

size_t
csv_encode_into(char *dst, const char *s, size_t n, int delim)
{
	return encode_marked(dst, s, n, delim, csv_text_mark(s, n));
}

void
csv_encode_field(struct strbuf *sb, const char *s, size_t n, int delim)
{
	sb_grow(sb, CSV_ENCODED_MAX(n));
	sb->len += encode_raw(sb->s + sb->len, s, n, delim);
}

void
csv_encode_record(struct strbuf *sb, char *const *f, const size_t *len,
    size_t n, int delim)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			sb_addc(sb, delim);
		csv_encode_field(sb, f[i], len[i], delim);
	}
}

void
csv_writer_init(struct csv_writer *w, int fd, const char *name, int delim,
    int flags)
{
	int gfd;

	memset(w, 0, sizeof(*w));
	w->fd = fd;
	w->name = name;
	w->delim = delim;
	w->cap = WBUF_SIZE;
	w->buf = xmalloc(w->cap);
	if (flags & CSVW_GZIP) {
		if ((gfd = dup(fd)) == -1)
			emp_dieerr(EXIT_FAIL, "%s", name);
		if ((w->gz = gzdopen(gfd, "wb6")) == NULL)
			emp_die(EXIT_FAIL, "%s: cannot start gzip", name);
		w->gzfd = gfd;
	}
}

static void
write_fail(struct csv_writer *w, int e)
{
	if (e == EPIPE)
		emp_broken_pipe();
	errno = e;
	emp_dieerr(EXIT_FAIL, "%s: write error", w->name);
}

static void
write_all(struct csv_writer *w, const char *p, size_t n)
{
	ssize_t k;

	if (w->fd == 1 && emp_stdout_closed())
		write_fail(w, EBADF);
	while (n > 0) {
		k = write(w->fd, p, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			write_fail(w, errno);
		}
		p += k;
		n -= (size_t)k;
	}
}

void
csv_writer_flush(struct csv_writer *w)
{
	int zerr;
	const char *msg;

	if (w->len == 0)
		return;
	if (w->gz != NULL) {
		if (w->fd == 1 && emp_stdout_closed())
			write_fail(w, EBADF);
		if (gzwrite(w->gz, w->buf, (unsigned)w->len) == 0) {
			msg = gzerror(w->gz, &zerr);
			if (zerr == Z_ERRNO)
				write_fail(w, errno);
			emp_die(EXIT_FAIL, "%s: gzip: %s", w->name, msg);
		}
	} else
		write_all(w, w->buf, w->len);
	w->len = 0;
}

static inline void
wadd(struct csv_writer *w, const void *p, size_t n)
{
	if (w->len + n > w->cap) {
		csv_writer_flush(w);
		if (n > w->cap) {
			w->cap = n;
			w->buf = xrealloc(w->buf, w->cap);
		}
	}
	memcpy(w->buf + w->len, p, n);
	w->len += n;
}

char *
csv_writer_reserve(struct csv_writer *w, size_t n)
{
	if (w->len + n > w->cap) {
		csv_writer_flush(w);
		if (n > w->cap) {
			w->cap = n;
			w->buf = xrealloc(w->buf, w->cap);
		}
	}
	return w->buf + w->len;
}

void
csv_writer_commit(struct csv_writer *w, size_t n)
{
	w->len += n;
	if (w->len >= w->cap / 2)
		csv_writer_flush(w);
}

void
csv_writer_raw(struct csv_writer *w, const void *p, size_t n)
{
	wadd(w, p, n);
	if (w->len >= w->cap / 2)
		csv_writer_flush(w);
}

void
csv_writer_str(struct csv_writer *w, const char *s)
{
	csv_writer_field(w, s, strlen(s));
}

void
csv_writer_int(struct csv_writer *w, int64_t v)
{
	char buf[24];
	int n;

	n = snprintf(buf, sizeof(buf), "%lld", (long long)v);
	csv_writer_field(w, buf, (size_t)n);
}

void
csv_writer_field(struct csv_writer *w, const char *s, size_t n)
{
	const char *p, *end = s + n;
	char sep = (char)w->delim;
	int plain = 1, mark;

	if (w->nf++ > 0)
		wadd(w, &sep, 1);
	if ((mark = csv_text_mark(s, n)) != 0)
		plain = 0;
	else if (w->delim == '\t') {
		for (p = s; p < end && plain; p++)
			if (*p == '\t' || *p == '\n' || *p == '\r' || *p == '\\')
				plain = 0;
	} else
		plain = !needs_quotes(s, n, w->delim);
	if (plain) {
		wadd(w, s, n);
		return;
	}
	w->enc.len = 0;
	sb_grow(&w->enc, CSV_ENCODED_MAX(n));
	w->enc.len = encode_marked(w->enc.s, s, n, w->delim, mark);
	wadd(w, w->enc.s, w->enc.len);
}

void
csv_writer_endrow(struct csv_writer *w)
{
	wadd(w, "\n", 1);
	w->nf = 0;
	w->rows++;
	if (w->len >= w->cap / 2)
		csv_writer_flush(w);
}

int
csv_writer_close(struct csv_writer *w)
{
	int zerr, rv = 0;

	csv_writer_flush(w);
	if (w->gz != NULL) {
		zerr = gzclose_w(w->gz);
		w->gz = NULL;
		if (zerr != Z_OK) {
			if (zerr == Z_ERRNO)
				write_fail(w, errno);
			emp_warn("%s: gzip: error %d", w->name, zerr);
			rv = -1;
		}
	}
	if (w->fd == 1 && emp_stdout_closed())
		write_fail(w, EBADF);
	if (w->sync && fsync(w->fd) == -1 && errno != EINVAL) {
		emp_warnerr("%s", w->name);
		rv = -1;
	}
	if (w->fd > 2 || w->fd == 1) {
		if (close(w->fd) == -1 && errno != EINTR) {
			if (errno == EPIPE)
				emp_broken_pipe();
			emp_warnerr("%s: close", w->name);
			rv = -1;
		}
	}
	free(w->buf);
	w->buf = NULL;
	sb_free(&w->enc);
	return rv;
}

/*
 * The permission bits of the file the temporary copy replaces, given to
 * fd: its group too where the user may set it; a group that cannot be
 * kept gets none of the old group's rights.
 */
static void
keep_mode(int fd, const struct stat *old)
{
	mode_t mode = old->st_mode & 0777;
	struct stat st;

	if (fstat(fd, &st) == 0 && st.st_gid != old->st_gid &&
	    fchown(fd, (uid_t)-1, old->st_gid) == -1)
		mode &= ~(mode_t)070;
	(void)fchmod(fd, mode);
}

void
output_open(struct output *o, const char *path, int delim, int flags)
{
	struct strbuf sb = { 0 };
	struct stat st, out;
	mode_t mask;
	int fd, exists;

	memset(o, 0, sizeof(*o));
	if (path == NULL || strcmp(path, "-") == 0) {
		csv_writer_init(&o->w, 1, "stdout", delim, flags);
		return;
	}
	exists = stat(path, &st) == 0;
	/* not a regular file (a device, a fifo): write to it as it is */
	if (exists && !S_ISREG(st.st_mode)) {
		if ((fd = open(path, O_WRONLY | O_CLOEXEC)) == -1)
			emp_dieerr(EXIT_FAIL, "%s", path);
		csv_writer_init(&o->w, fd, path, delim, flags);
		return;
	}
	/*
	 * the file that standard output or error already is (-o /dev/stdout
	 * with standard output redirected to a file): written through that
	 * descriptor, where the shell put it, as -o - would
	 */
	for (fd = 1; exists && fd <= 2; fd++)
		if (fstat(fd, &out) == 0 && out.st_dev == st.st_dev &&
		    out.st_ino == st.st_ino) {
			if ((fd = fcntl(fd, F_DUPFD_CLOEXEC, 3)) == -1)
				emp_dieerr(EXIT_FAIL, "%s", path);
			csv_writer_init(&o->w, fd, path, delim, flags);
			return;
		}
	/*
	 * A temporary file beside the name given, renamed over that name: a
	 * symbolic link is replaced by the new file and what it pointed at
	 * is left as it was.
	 */
	o->path = xstrdup(path);
	sb_printf(&sb, "%s.tmpXXXXXX", o->path);
	o->tmp = sb.s;
	if ((fd = mkstemp(o->tmp)) == -1)
		emp_dieerr(EXIT_FAIL, "%s", path);
	emp_cleanup_add(o->tmp);
	if (exists)
		keep_mode(fd, &st);
	else {
		mask = umask(0);
		umask(mask);
		(void)fchmod(fd, 0666 & ~mask);
	}
	csv_writer_init(&o->w, fd, path, delim, flags);
	o->w.sync = 1;
}

/* The temporary copy unregistered (removed too when unlink_tmp). */
static void
output_release(struct output *o, int unlink_tmp)
{
	if (unlink_tmp)
		(void)unlink(o->tmp);
	emp_cleanup_remove(o->tmp);
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
}

int
output_commit(struct output *o)
{
	int rv;

	rv = csv_writer_close(&o->w);
	if (o->path == NULL)
		return rv;
	if (rv == 0 && rename(o->tmp, o->path) == -1) {
		emp_warnerr("%s", o->path);
		rv = -1;
	}
	output_release(o, rv == -1);
	return rv;
}

void
output_abort(struct output *o)
{
	int fd;

	/*
	 * A gzip stream cannot be dropped without gzclose_w() writing its
	 * end: point the descriptor at /dev/null first, so that standard
	 * output or a device gets nothing more.
	 */
	if (o->w.gz != NULL) {
		if ((fd = open("/dev/null", O_WRONLY | O_CLOEXEC)) != -1) {
			(void)dup2(fd, o->w.gzfd);
			(void)close(fd);
		}
		(void)gzclose_w(o->w.gz);	/* closes gzfd */
		o->w.gz = NULL;
	}
	if (o->w.fd > 2)
		(void)close(o->w.fd);
	free(o->w.buf);
	o->w.buf = NULL;
	sb_free(&o->w.enc);
	if (o->path != NULL)
		output_release(o, 1);
}
