/*
 * ledger.c: the challenge ledger: reading, checking, locking, appending
 * (see ledger.h and emp-ledger(5)).
 */
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>

#include "csvio.h"
#include "emp.h"
#include "ledger.h"
#include "parse.h"

#define NFIELDS	LC_N
#define ZERO_SUM "00000000"

const char *const ledger_actions[] = {
	"open", "withdraw", "approve", "deny", NULL
};
const char *const ledger_statuses[] = {
	"pending", "withdrawn", "approved", "denied", NULL
};

uint32_t
ledger_sum(const char *prev, const char *line, size_t len)
{
	uLong c = crc32(0L, Z_NULL, 0);

	c = crc32(c, (const Bytef *)prev, 8);
	c = crc32(c, (const Bytef *)line, (uInt)len);
	return (uint32_t)c;
}

/* Locking with a deadline. */

static volatile sig_atomic_t lock_expired;

static void
on_alarm(int sig)
{
	(void)sig;
	lock_expired = 1;
}

/*
 * flock() with a deadline: 0, -1 (errno) or -2 when the deadline passed.
 * The timer keeps ringing every 10 ms after the deadline, so a flock()
 * entered just after the first ring is interrupted by the next.
 */
static int
lock_wait(int fd, int op, unsigned wait)
{
	struct sigaction sa, old;
	struct itimerval it, oldit;
	int rv, e;

	if (flock(fd, op | LOCK_NB) == 0)
		return 0;
	if (errno != EWOULDBLOCK)
		return -1;
	if (wait == 0)
		return -2;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;		/* no SA_RESTART: flock() returns EINTR */
	sigaction(SIGALRM, &sa, &old);
	memset(&it, 0, sizeof(it));
	it.it_value.tv_sec = (time_t)wait;
	it.it_interval.tv_usec = 10000;
	lock_expired = 0;
	setitimer(ITIMER_REAL, &it, &oldit);
	for (;;) {
		if ((rv = flock(fd, op)) == 0 || errno != EINTR)
			break;
		if (lock_expired) {
			rv = -2;
			break;
		}
	}
	e = errno;
	memset(&it, 0, sizeof(it));
	setitimer(ITIMER_REAL, &it, NULL);
	sigaction(SIGALRM, &old, NULL);
	errno = e;
	return rv;
}

/* State. */

static struct challenge *
ch_at(const struct ledger *l, void *v)
{
	return v == NULL ? NULL : &l->ch[(uintptr_t)v - 1];
}

const struct challenge *
ledger_find(const struct ledger *l, const char *id)
{
	return ch_at(l, strmap_get(&l->ids, id, strlen(id)));
}

const struct challenge *
ledger_find_review(const struct ledger *l, const char *review, size_t len)
{
	return ch_at(l, strmap_get(&l->reviews, review, len));
}

void
ledger_next_id(const struct ledger *l, char *buf, size_t size)
{
	unsigned long n = l->opens + 1;

	/* skip ids taken by hand-made lines, should there be any */
	do
		snprintf(buf, size, "CH-%lu", n++);
	while (ledger_find(l, buf) != NULL);
}

static int
blank(const char *s)
{
	size_t n;

	if (s == NULL)
		return 1;
	n = strlen(s);
	parse_trim(&s, &n);
	return n == 0;
}

int
ledger_check(const struct ledger *l, const struct ledger_tx *tx, char *err,
    size_t errsize)
{
	const struct challenge *c;

	if (tx->action == ACT_OPEN) {
		if (blank(tx->text)) {
			snprintf(err, errsize, "grounds are mandatory: say why "
			    "the review was not the agent's fault (--grounds)");
			return -1;
		}
		if (ledger_find(l, tx->challenge) != NULL) {
			snprintf(err, errsize, "challenge '%s' already exists",
			    tx->challenge);
			return -1;
		}
		c = ledger_find_review(l, tx->review, strlen(tx->review));
		if (c != NULL && c->status == ST_PENDING) {
			snprintf(err, errsize, "review '%s' already has an "
			    "open challenge, %s", tx->review, c->id);
			return -1;
		}
		if (c != NULL && c->status != ST_WITHDRAWN) {
			snprintf(err, errsize, "review '%s' was decided in %s "
			    "(%s): a decision is final", tx->review, c->id,
			    ledger_statuses[c->status]);
			return -1;
		}
		return 0;
	}
	if ((c = ledger_find(l, tx->challenge)) == NULL) {
		snprintf(err, errsize, "no challenge '%s'", tx->challenge);
		return -1;
	}
	if (strcmp(c->review, tx->review) != 0 ||
	    strcmp(c->agent, tx->agent) != 0) {
		snprintf(err, errsize, "%s is a challenge of review '%s' by "
		    "%s, not of '%s' by %s", c->id, c->review, c->agent,
		    tx->review, tx->agent);
		return -1;
	}
	if (tx->action == ACT_WITHDRAW) {
		if (c->status != ST_PENDING) {
			snprintf(err, errsize, "%s is %s: only a pending "
			    "challenge can be withdrawn", c->id,
			    ledger_statuses[c->status]);
			return -1;
		}
		if (strcmp(tx->actor, c->opener) != 0) {
			snprintf(err, errsize, "only %s, who opened %s, may "
			    "withdraw it", c->opener, c->id);
			return -1;
		}
		return 0;
	}
	if (c->status == ST_WITHDRAWN) {
		snprintf(err, errsize, "%s was withdrawn by %s: there is "
		    "nothing to decide", c->id, c->decider);
		return -1;
	}
	if (c->status != ST_PENDING) {
		snprintf(err, errsize, "%s was already %s by %s: a decision "
		    "is final", c->id, ledger_statuses[c->status], c->decider);
		return -1;
	}
	if (strcmp(tx->actor, c->agent) == 0) {
		snprintf(err, errsize, "%s may not decide %s: it is %s's own "
		    "challenge", tx->actor, c->id, c->agent);
		return -1;
	}
	if (strcmp(tx->actor, c->opener) == 0) {
		snprintf(err, errsize, "%s may not decide %s: %s opened it",
		    tx->actor, c->id, tx->actor);
		return -1;
	}
	return 0;
}

/* Records a checked transition. */
static void
ledger_apply(struct ledger *l, const struct ledger_tx *tx)
{
	struct challenge *c;
	void *v;

	l->ntx++;
	if (tx->action == ACT_OPEN) {
		if (l->nch == l->capch) {
			l->capch = l->capch ? 2 * l->capch : 64;
			l->ch = xreallocarray(l->ch, l->capch, sizeof(*l->ch));
		}
		c = &l->ch[l->nch++];
		memset(c, 0, sizeof(*c));
		c->id = xstrdup(tx->challenge);
		c->review = xstrdup(tx->review);
		c->agent = xstrdup(tx->agent);
		c->opener = xstrdup(tx->actor);
		c->grounds = xstrdup(tx->text);
		c->status = ST_PENDING;
		c->opened = tx->ts;
		v = (void *)(uintptr_t)l->nch;
		strmap_put(&l->ids, c->id, strlen(c->id), v);
		strmap_put(&l->reviews, c->review, strlen(c->review), v);
		l->opens++;
		return;
	}
	c = &l->ch[(uintptr_t)strmap_get(&l->ids, tx->challenge,
	    strlen(tx->challenge)) - 1];
	c->status = tx->action == ACT_WITHDRAW ? ST_WITHDRAWN :
	    tx->action == ACT_APPROVE ? ST_APPROVED : ST_DENIED;
	c->decider = xstrdup(tx->actor);
	c->note = xstrdup(tx->text);
	c->decided = tx->ts;
}

/* Reading. */

static int
bad(const struct ledger *l, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
bad(const struct ledger *l, unsigned long line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	emp_warn("%s:%lu: %s", l->path, line, msg);
	return LEDGER_ERR;
}

static int
is_sum(const char *s, size_t n)
{
	size_t i;

	if (n != 8)
		return 0;
	for (i = 0; i < 8; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/*
 * The bytes: header, then every line whole, in sequence, with its sum.
 * Nothing here decodes CSV: seq is the digits before the first comma and
 * sum the bytes after the last, which a writer never quotes.
 */
static int
check_bytes(struct ledger *l, const char *buf, size_t n)
{
	const char *p = buf, *end = buf + n, *nl, *comma, *q;
	char prev[9], want[9];
	unsigned long line = 1, seq, expect = 1;
	size_t hl = strlen(LEDGER_HEADER);

	if (n == 0)
		return 0;
	nl = memchr(p, '\n', n);
	if (nl == NULL || (size_t)(nl - p) != hl ||
	    memcmp(p, LEDGER_HEADER, hl) != 0)
		return bad(l, 1, "not a challenge ledger: the first line must "
		    "be '%s'", LEDGER_HEADER);
	memcpy(prev, ZERO_SUM, 9);
	for (p = nl + 1; p < end; p = nl + 1, expect++) {
		line++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return bad(l, line, "truncated: the last line has no "
			    "line end (the ledger is whole up to byte %zu; "
			    "'repair' cuts it)", (size_t)(p - buf));
		for (q = p, seq = 0; q < nl && *q >= '0' && *q <= '9' &&
		    seq < 1000000000UL; q++)
			seq = seq * 10 + (unsigned long)(*q - '0');
		if (q == nl || *q != ',' || seq == 0)
			return bad(l, line, "malformed line: no seq");
		if (seq > expect)
			return bad(l, line, "seq %lu where %lu was expected: "
			    "a line before it was removed", seq, expect);
		if (seq < expect)
			return bad(l, line, "seq %lu where %lu was expected: "
			    "a line was repeated or changed", seq, expect);
		for (comma = nl; comma > p && comma[-1] != ','; comma--)
			;
		if (comma == p || !is_sum(comma, (size_t)(nl - comma)))
			return bad(l, line, "malformed line: no checksum");
		snprintf(want, sizeof(want), "%08lx",
		    (unsigned long)ledger_sum(prev, p, (size_t)(comma - p)));
		if (memcmp(want, comma, 8) != 0)
			return bad(l, line, "checksum mismatch: the line was "
			    "changed, or a line before it removed");
		memcpy(prev, comma, 8);
		prev[8] = '\0';
	}
	memcpy(l->sum, prev, 9);
	return 0;
}

static int
action_index(const char *s)
{
	int i;

	for (i = 0; ledger_actions[i] != NULL; i++)
		if (strcmp(ledger_actions[i], s) == 0)
			return i;
	return -1;
}

/* The fields, through the common reader, and the rules replayed. */
static int
check_records(struct ledger *l)
{
	struct csv_reader *rd;
	struct csv_record *rec;
	struct ledger_tx tx;
	char err[512];
	int fd, rv, i, status = 0;
	unsigned long expect = 1;

	if ((fd = dup(l->fd)) == -1 || lseek(fd, 0, SEEK_SET) == -1) {
		emp_warnerr("%s", l->path);
		if (fd != -1)
			close(fd);
		return LEDGER_ERR;
	}
	if ((rd = csv_reader_fdopen(fd, l->path, ',')) == NULL) {
		emp_warnerr("%s", l->path);
		close(fd);
		return LEDGER_ERR;
	}
	rv = csv_reader_next(rd, &rec);		/* the header, checked */
	while (rv == 1 && (rv = csv_reader_next(rd, &rec)) == 1) {
		if (rec->err != NULL || rec->nfields != NFIELDS ||
		    rec->line != expect + 1) {
			status = bad(l, rec->line, "malformed line: %s",
			    rec->err != NULL ? rec->err : "not 9 fields");
			break;
		}
		memset(&tx, 0, sizeof(tx));
		if (parse_time(rec->fields[1], rec->lens[1], NULL, &tx.ts) !=
		    PARSE_OK) {
			status = bad(l, rec->line, "invalid time in ts");
			break;
		}
		if ((tx.action = action_index(rec->fields[2])) < 0) {
			status = bad(l, rec->line, "unknown action '%s'",
			    rec->fields[2]);
			break;
		}
		for (i = LC_CHALLENGE; i <= LC_ACTOR; i++) {
			if (rec->lens[i] == 0) {
				status = bad(l, rec->line, "empty %s",
				    ledger_cols[i]);
				break;
			}
		}
		if (status != 0)
			break;
		tx.challenge = rec->fields[3];
		tx.review = rec->fields[4];
		tx.agent = rec->fields[5];
		tx.actor = rec->fields[6];
		tx.text = rec->fields[7];
		if (ledger_check(l, &tx, err, sizeof(err)) == -1) {
			status = bad(l, rec->line, "%s %s by %s: %s",
			    ledger_actions[tx.action], tx.challenge, tx.actor,
			    err);
			break;
		}
		ledger_apply(l, &tx);
		expect++;
	}
	if (rv == -1) {
		emp_warn("%s", csv_reader_error(rd));
		status = LEDGER_ERR;
	}
	csv_reader_close(rd);
	return status;
}

/*
 * Opens with flags, locks with op and reads the whole file into *buf
 * (the caller frees it): LEDGER_OK, LEDGER_ERR or LEDGER_BUSY, the
 * message printed.
 */
static int
ledger_load(struct ledger *l, const char *path, int flags, int op,
    unsigned wait, char **buf, size_t *len)
{
	struct stat st;
	size_t n = 0;
	ssize_t r;
	int rv;

	*buf = NULL;
	*len = 0;
	memset(l, 0, sizeof(*l));
	l->path = xstrdup(path);
	l->writer = op == LOCK_EX;
	memcpy(l->sum, ZERO_SUM, 9);
	strmap_init(&l->ids, 0);
	strmap_init(&l->reviews, 0);
	if ((l->fd = open(path, flags | O_CLOEXEC, 0666)) == -1) {
		emp_warnerr("%s", path);
		return LEDGER_ERR;
	}
	if ((rv = lock_wait(l->fd, op, wait)) != 0) {
		if (rv == -2) {
			emp_warn("%s: busy: another process holds the lock "
			    "(waited %u s)", path, wait);
			return LEDGER_BUSY;
		}
		emp_warnerr("%s: lock", path);
		return LEDGER_ERR;
	}
	if (fstat(l->fd, &st) == -1) {
		emp_warnerr("%s", path);
		return LEDGER_ERR;
	}
	if (!S_ISREG(st.st_mode)) {
		emp_warn("%s: not a regular file", path);
		return LEDGER_ERR;
	}
	*buf = xmalloc((size_t)st.st_size + 1);
	while (n < (size_t)st.st_size) {
		r = pread(l->fd, *buf + n, (size_t)st.st_size - n, (off_t)n);
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0) {
			if (r == 0)
				errno = EIO;
			emp_warnerr("%s", path);
			return LEDGER_ERR;
		}
		n += (size_t)r;
	}
	*len = n;
	return LEDGER_OK;
}

int
ledger_open(struct ledger *l, const char *path, int writer, unsigned wait)
{
	char *buf;
	size_t n;
	int rv;

	rv = ledger_load(l, path, writer ? O_RDWR | O_APPEND | O_CREAT :
	    O_RDONLY, writer ? LOCK_EX : LOCK_SH, wait, &buf, &n);
	if (rv == LEDGER_OK)
		rv = check_bytes(l, buf, n);
	free(buf);
	if (rv != LEDGER_OK)
		return rv;
	l->size = n;
	return n == 0 ? 0 : check_records(l);
}

int
ledger_repair(struct ledger *l, const char *path, unsigned wait,
    size_t *cut, unsigned long *line)
{
	const char *hdr = LEDGER_HEADER "\n";
	char *buf;
	size_t n, keep, i;
	int rv;

	*cut = 0;
	*line = 1;
	if ((rv = ledger_load(l, path, O_RDWR, LOCK_EX, wait, &buf, &n)) !=
	    LEDGER_OK) {
		free(buf);
		return rv;
	}
	for (keep = n; keep > 0 && buf[keep - 1] != '\n'; keep--)
		;
	for (i = 0; i < keep; i++)
		*line += buf[i] == '\n';
	/* a torn first write holds part of the header, and nothing else */
	if (keep == 0 && n > 0 && (n >= strlen(hdr) ||
	    memcmp(buf, hdr, n) != 0)) {
		free(buf);
		return bad(l, 1, "not a challenge ledger: the first line must "
		    "be '%s'", LEDGER_HEADER);
	}
	/* everything before the torn line must be whole and verify */
	rv = check_bytes(l, buf, keep);
	free(buf);
	if (rv != LEDGER_OK)
		return rv;
	if (keep < n) {
		if (ftruncate(l->fd, (off_t)keep) == -1 ||
		    fsync(l->fd) == -1) {
			emp_warnerr("%s: truncate", path);
			return LEDGER_ERR;
		}
		*cut = n - keep;
	}
	l->size = keep;
	return keep == 0 ? 0 : check_records(l);
}

/* Writing. */

static void
add_field(struct strbuf *sb, const char *s)
{
	csv_encode_field(sb, s, strlen(s), ',');
	sb_addc(sb, ',');
}

static int
write_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int
ledger_append(struct ledger *l, const struct ledger_tx *tx)
{
	struct strbuf sb = { 0 };
	struct sigaction sa, old;
	char err[512], ts[32], sum[9];
	size_t start;
	int e, rv = 0;

	if (ledger_check(l, tx, err, sizeof(err)) == -1) {
		emp_warn("%s", err);
		return -1;
	}
	if (l->size == 0)
		sb_adds(&sb, LEDGER_HEADER "\n");
	start = sb.len;
	sb_printf(&sb, "%lu,", l->ntx + 1);
	time_format(tx->ts, ts);
	add_field(&sb, ts);
	add_field(&sb, ledger_actions[tx->action]);
	add_field(&sb, tx->challenge);
	add_field(&sb, tx->review);
	add_field(&sb, tx->agent);
	add_field(&sb, tx->actor);
	add_field(&sb, tx->text != NULL ? tx->text : "");
	snprintf(sum, sizeof(sum), "%08lx", (unsigned long)ledger_sum(l->sum,
	    sb.s + start, sb.len - start));
	sb_add(&sb, sum, 8);
	sb_addc(&sb, '\n');

	/* a file size limit must fail the write, not kill us mid-line */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGXFSZ, &sa, &old);
	if (write_all(l->fd, sb.s, sb.len) == -1 || fsync(l->fd) == -1) {
		e = errno;
		/* back to the last whole line, still holding the lock */
		if (ftruncate(l->fd, (off_t)l->size) == -1 ||
		    fsync(l->fd) == -1)
			emp_warnerr("%s: cannot undo a failed write: truncate "
			    "it to %llu bytes", l->path,
			    (unsigned long long)l->size);
		errno = e;
		emp_warnerr("%s: write", l->path);
		rv = -1;
	} else {
		l->size += sb.len;
		memcpy(l->sum, sum, 9);
		ledger_apply(l, tx);
	}
	sigaction(SIGXFSZ, &old, NULL);
	sb_free(&sb);
	return rv;
}

void
ledger_unlock(struct ledger *l)
{
	if (l->fd != -1)
		close(l->fd);
	l->fd = -1;
}

void
ledger_close(struct ledger *l)
{
	size_t i;

	for (i = 0; i < l->nch; i++) {
		free(l->ch[i].id);
		free(l->ch[i].review);
		free(l->ch[i].agent);
		free(l->ch[i].opener);
		free(l->ch[i].grounds);
		free(l->ch[i].decider);
		free(l->ch[i].note);
	}
	free(l->ch);
	strmap_free(&l->ids);
	strmap_free(&l->reviews);
	if (l->fd != -1)
		close(l->fd);	/* releases the lock */
	free(l->path);
	memset(l, 0, sizeof(*l));
	l->fd = -1;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static int
cmp_stats_agent(const void *a, const void *b)
{
	return strcmp(((const struct ledger_agent_stats *)a)->agent,
	    ((const struct ledger_agent_stats *)b)->agent);
}

size_t
ledger_stats(const struct ledger *l,
    int (*sel)(const struct challenge *, const void *), const void *arg,
    struct ledger_agent_stats **out)
{
	struct ledger_agent_stats *as, *a;
	struct strmap m;
	size_t *who, *start, *fill, i, j, n = 0, nd;
	double *days;
	void *v;

	as = xcalloc(l->nch + 1, sizeof(*as));
	who = xcalloc(l->nch + 1, sizeof(*who));
	days = xcalloc(l->nch + 1, sizeof(*days));
	start = xcalloc(l->nch + 2, sizeof(*start));
	fill = xcalloc(l->nch + 2, sizeof(*fill));
	strmap_init(&m, 0);
	for (i = 0; i < l->nch; i++) {
		const struct challenge *c = &l->ch[i];

		who[i] = SIZE_MAX;
		if (sel != NULL && !sel(c, arg))
			continue;
		if ((v = strmap_get(&m, c->agent, strlen(c->agent))) == NULL) {
			as[n].agent = c->agent;
			v = (void *)(uintptr_t)++n;
			strmap_put(&m, c->agent, strlen(c->agent), v);
		}
		who[i] = (uintptr_t)v - 1;
		a = &as[who[i]];
		a->opened++;
		a->n[c->status]++;
	}
	/* medians: the decided durations grouped by agent (counting sort) */
	for (i = 0; i < l->nch; i++)
		if (who[i] != SIZE_MAX && (l->ch[i].status == ST_APPROVED ||
		    l->ch[i].status == ST_DENIED))
			start[who[i] + 1]++;
	for (j = 0; j < n; j++)
		start[j + 1] += start[j];
	memcpy(fill, start, (n + 1) * sizeof(*fill));
	for (i = 0; i < l->nch; i++)
		if (who[i] != SIZE_MAX && (l->ch[i].status == ST_APPROVED ||
		    l->ch[i].status == ST_DENIED))
			days[fill[who[i]]++] = (double)(l->ch[i].decided -
			    l->ch[i].opened);
	for (j = 0; j < n; j++) {
		double *d = days + start[j];

		nd = start[j + 1] - start[j];
		if (nd == 0) {
			as[j].median_ms = -1;
			continue;
		}
		qsort(d, nd, sizeof(*d), cmp_double);
		as[j].median_ms = nd % 2 ? d[nd / 2] :
		    (d[nd / 2 - 1] + d[nd / 2]) / 2;
	}
	qsort(as, n, sizeof(*as), cmp_stats_agent);
	strmap_free(&m);
	free(who);
	free(days);
	free(start);
	free(fill);
	*out = as;
	return n;
}
