/*
 * ledger.c: the challenge ledger: reading, verifying, checking, locking,
 * appending (see ledger.h and emp-ledger(5)).
 */
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <zlib.h>

#include "csvio.h"
#include "emp.h"
#include "events.h"
#include "feeder.h"
#include "ledger.h"
#include "parse.h"
#include "stats.h"

#define ZERO_SUM	"00000000"
/* what a line signs first, by version (2 or 3) */
#define SIG_DOMAIN(v)	((v) == 2 ? "emp-ledger 2\n" : "emp-ledger 3\n")
#define OVER_LEN	(1 + 44 + 1 + SIGN_SIG_LEN)	/* "@" pk ":" sig */
#define FUTURE_MS	(5 * 60 * 1000LL)	/* clock skew tolerated */
#define REPLACED_TRIES	100

const char *const ledger_actions[] = {
	"open", "withdraw", "approve", "deny", "revoke", NULL
};
const char *const ledger_statuses[] = {
	"pending", "withdrawn", "approved", "denied", "revoked", NULL
};

int64_t
ledger_clock(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

uint32_t
ledger_sum(const char *prev, const char *line, size_t len)
{
	uLong c = crc32(0L, Z_NULL, 0);

	c = crc32(c, (const Bytef *)prev, 8);
	c = crc32(c, (const Bytef *)line, (uInt)len);
	return (uint32_t)c;
}

/* Scores. */

static const struct {
	const char	*name;
	int		 col;
} score_metrics[] = {
	{ "csat", EV_CSAT }, { "nps", EV_NPS }, { "qa", EV_QA }
};

int
ledger_score_parse(const char *s, struct ledger_score *sc, char *err,
    size_t errsize)
{
	const char *eq, *gt;
	char why[300];
	size_t i, n;

	memset(sc, 0, sizeof(*sc));
	sc->metric = -1;
	if ((eq = strchr(s, '=')) == NULL || (gt = strchr(eq, '>')) == NULL) {
		snprintf(err, errsize, "score '%.60s' is not METRIC=FROM>TO",
		    s);
		return -1;
	}
	n = (size_t)(eq - s);
	for (i = 0; i < sizeof(score_metrics) / sizeof(score_metrics[0]);
	    i++)
		if (strlen(score_metrics[i].name) == n &&
		    memcmp(score_metrics[i].name, s, n) == 0)
			sc->metric = score_metrics[i].col;
	if (sc->metric < 0) {
		snprintf(err, errsize, "score '%.60s': the measure is csat, "
		    "nps or qa", s);
		return -1;
	}
	if (ev_read(sc->metric, eq + 1, (size_t)(gt - eq - 1), &sc->from, why,
	    sizeof(why)) != 1 ||
	    ev_read(sc->metric, gt + 1, strlen(gt + 1), &sc->to, why,
	    sizeof(why)) != 1) {
		snprintf(err, errsize, "score '%.60s': not a %s score", s,
		    ev_cols[sc->metric].name);
		return -1;
	}
	if (sc->to <= sc->from) {
		snprintf(err, errsize, "score '%.60s': a corrected score is "
		    "higher than the review's", s);
		return -1;
	}
	/* only a negative review is challenged: its from is negative */
	if ((sc->metric == EV_CSAT && sc->from > 2000000) ||
	    (sc->metric == EV_NPS && sc->from > 6000000)) {
		snprintf(err, errsize, "score '%.60s': a %s above %d is not "
		    "negative: only a negative review is challenged", s,
		    ev_cols[sc->metric].name, sc->metric == EV_CSAT ? 2 : 6);
		return -1;
	}
	/* as ledger_score_format() writes it, so that what list shows
	 * is what counts */
	ledger_score_format(why, sizeof(why), sc->metric, sc->from, sc->to);
	if (strcmp(why, s) != 0) {
		snprintf(err, errsize, "score '%.60s' is not written as "
		    "emp-challenge writes it ('%s')", s, why);
		return -1;
	}
	return 0;
}

/* A score in millionths as the ledger writes it: "85", "85.5". */
static void
micro_text(char *buf, size_t size, int64_t v)
{
	size_t n;

	n = (size_t)snprintf(buf, size, "%lld.%06lld",
	    (long long)(v / 1000000), (long long)(v % 1000000));
	if (n < size)
		buf[num_trim(buf, n)] = '\0';
}

void
ledger_score_format(char *buf, size_t size, int metric, int64_t from,
    int64_t to)
{
	char f[48], t[48];

	micro_text(f, sizeof(f), from);
	micro_text(t, sizeof(t), to);
	snprintf(buf, size, "%s=%s>%s", ev_cols[metric].name, f, t);
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

/* The reviews map's key: kind, NUL, review. */
static void
review_key(struct strbuf *sb, const char *kind, size_t klen,
    const char *review, size_t len)
{
	sb->len = 0;
	sb_add(sb, kind, klen);
	sb_addc(sb, '\0');
	sb_add(sb, review, len);
}

/* The reviews map's entry of kind NUL review, or NULL; no allocation
 * for the usual short key (candidates looks up every event row). */
static void *
review_get(const struct ledger *l, const char *kind, size_t klen,
    const char *review, size_t len)
{
	char stack[256], *k = stack;
	void *v;

	if (klen + 1 + len > sizeof(stack))
		k = xmalloc(klen + 1 + len);
	memcpy(k, kind, klen);
	k[klen] = '\0';
	memcpy(k + klen + 1, review, len);
	v = strmap_get(&l->reviews, k, klen + 1 + len);
	if (k != stack)
		free(k);
	return v;
}

const struct challenge *
ledger_find_review(const struct ledger *l, const char *review, size_t len,
    const char *kind, size_t klen)
{
	void *v = NULL;

	if (kind != NULL && klen > 0)
		v = review_get(l, kind, klen, review, len);
	if (v == NULL)		/* a challenge of any kind (signed over) */
		v = review_get(l, "", 0, review, len);
	return ch_at(l, v);
}

void
ledger_next_id(const struct ledger *l, char *buf, size_t size)
{
	unsigned long n = l->seen.n + 1;

	/* skip ids taken, by counted lines or not */
	do
		snprintf(buf, size, "CH-%lu", n++);
	while (strmap_get(&l->seen, buf, strlen(buf)) != NULL);
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

static int
same(const char *a, const char *b)
{
	return roster_name_eq(a, strlen(a), b, strlen(b));
}

/* Whether who may act on agent's challenge id (what: "decide"): an
 * admin, or a lead of the team that the agent has in the roster; -1 with
 * the reason when not. */
static int
may_act(const struct roster *ro, const char *agent, const char *id,
    int64_t ts, const struct person *who, const char *what, char *err,
    size_t errsize)
{
	const struct person *ag;

	if (who == NULL || who->role == ROLE_ADMIN)
		return 0;
	if (who->role != ROLE_LEAD) {
		snprintf(err, errsize, "%s is an agent: only a lead of %s's "
		    "team or an admin may %s %s", who->name, agent, what, id);
		return -1;
	}
	ag = roster_find_at(ro, agent, strlen(agent), ts);
	if (ag == NULL) {
		snprintf(err, errsize, "%s is not in the roster, so has no "
		    "team: only an admin may %s %s", agent, what, id);
		return -1;
	}
	if (*ag->team == '\0' || *who->team == '\0' ||
	    !same(ag->team, who->team)) {
		snprintf(err, errsize, "%s leads %s%s%s, not %s's team%s%s%s: "
		    "only a lead of that team or an admin may %s %s", who->name,
		    *who->team ? "team '" : "no team", who->team,
		    *who->team ? "'" : "", ag->name, *ag->team ? " '" : "",
		    ag->team, *ag->team ? "'" : "", what, id);
		return -1;
	}
	return 0;
}

int
ledger_may_open(const struct roster *ro, const struct person *who,
    const char *agent, const char *review, int64_t ts, char *err,
    size_t errsize)
{
	char what[160];

	/* agents open their own; leads and admins on their behalf */
	if (who == NULL || same(agent, who->name))
		return 0;
	snprintf(what, sizeof(what), "review '%.100s'", review);
	return may_act(ro, agent, what, ts, who, "challenge", err, errsize);
}

int
ledger_may_propose(const struct roster *ro, const struct ledger_tx *tx,
    char *err, size_t errsize)
{
	const struct person *ag, *to;
	struct ledger_score sc;
	int rescore = !blank(tx->score), reassign = !blank(tx->reassign);

	if (!rescore && !reassign)
		return 0;
	if (rescore && reassign) {
		snprintf(err, errsize, "a challenge proposes a corrected "
		    "score or another agent, not both");
		return -1;
	}
	if (!same(tx->actor, tx->agent)) {
		snprintf(err, errsize, "only %s, whose review it is, may "
		    "propose %s; %s may open the challenge without one",
		    tx->agent, rescore ? "a corrected score (--score)" :
		    "another agent for it (--reassign)", tx->actor);
		return -1;
	}
	if (rescore)
		return ledger_score_parse(tx->score, &sc, err, errsize);
	if (same(tx->reassign, tx->agent)) {
		snprintf(err, errsize, "the review is %s's already: "
		    "--reassign names the agent who should have had it",
		    tx->agent);
		return -1;
	}
	ag = roster_find_at(ro, tx->agent, strlen(tx->agent), tx->ts);
	to = roster_find_at(ro, tx->reassign, strlen(tx->reassign), tx->ts);
	if (to == NULL) {
		snprintf(err, errsize, "'%.60s' is not in the roster %s: a "
		    "review is reassigned to a person of it", tx->reassign,
		    ro->path);
		return -1;
	}
	/* emp-score counts the review for this very spelling */
	if (strcmp(to->name, tx->reassign) != 0) {
		snprintf(err, errsize, "'%.60s' is not written as the roster "
		    "%s spells the name ('%s')", tx->reassign, ro->path,
		    to->name);
		return -1;
	}
	if (ag == NULL || *ag->team == '\0' || !same(ag->team, to->team)) {
		snprintf(err, errsize, "%s is in %s%s%s, %s in %s%s%s: a "
		    "review is reassigned within its agent's team",
		    to->name, *to->team ? "team '" : "no team", to->team,
		    *to->team ? "'" : "", tx->agent, ag == NULL || !*ag->team ?
		    "no team" : "team '", ag == NULL ? "" : ag->team,
		    ag != NULL && *ag->team ? "'" : "");
		return -1;
	}
	return 0;
}

/* The score of an approve, checked against the open's proposal. */
static int
check_approved_score(const struct challenge *c, const char *score, char *err,
    size_t errsize)
{
	struct ledger_score p, a;

	if (c->score == NULL) {
		snprintf(err, errsize, "%s proposed no corrected score: approve "
		    "it without --score, or deny it", c->id);
		return -1;
	}
	if (ledger_score_parse(score, &a, err, errsize) == -1)
		return -1;
	if (ledger_score_parse(c->score, &p, err, errsize) == -1)
		return -1;
	if (a.metric != p.metric || a.from != p.from) {
		snprintf(err, errsize, "score '%.60s' does not correct what %s "
		    "proposed to correct ('%s')", score, c->id, c->score);
		return -1;
	}
	return 0;
}

int
ledger_check(const struct ledger *l, const struct ledger_tx *tx,
    const struct person *who, char *err, size_t errsize)
{
	const struct challenge *c;
	char t1[32], t2[32];

	if (tx->ts < l->last_ts) {
		time_format(tx->ts, t1);
		time_format(l->last_ts, t2);
		snprintf(err, errsize, "dated %s, before the line before it "
		    "(%s): a ledger's times only go forward", t1, t2);
		return -1;
	}
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
		c = ledger_find_review(l, tx->review, strlen(tx->review),
		    tx->kind, tx->kind != NULL ? strlen(tx->kind) : 0);
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
		if (ledger_may_open(l->roster, who, tx->agent, tx->review,
		    tx->ts, err, errsize) == -1)
			return -1;
		return ledger_may_propose(l->roster, tx, err, errsize);
	}
	if (!blank(tx->reassign) || (!blank(tx->score) &&
	    tx->action != ACT_APPROVE)) {
		snprintf(err, errsize, "only an open proposes %s", blank(
		    tx->reassign) ? "a score, and an approve corrects it" :
		    "another agent");
		return -1;
	}
	if ((c = ledger_find(l, tx->challenge)) == NULL) {
		snprintf(err, errsize, "no challenge '%s'", tx->challenge);
		return -1;
	}
	if (strcmp(c->review, tx->review) != 0 ||
	    strcmp(c->kind, tx->kind) != 0 ||
	    strcmp(c->agent, tx->agent) != 0) {
		snprintf(err, errsize, "%s is a challenge of review '%s' by "
		    "%s, not of '%s' by %s", c->id, c->review, c->agent,
		    tx->review, tx->agent);
		return -1;
	}
	switch (tx->action) {
	case ACT_WITHDRAW:
		if (c->status != ST_PENDING) {
			snprintf(err, errsize, "%s is %s: only a pending "
			    "challenge can be withdrawn", c->id,
			    ledger_statuses[c->status]);
			return -1;
		}
		if (!same(tx->actor, c->opener)) {
			snprintf(err, errsize, "only %s, who opened %s, may "
			    "withdraw it", c->opener, c->id);
			return -1;
		}
		return 0;
	case ACT_REVOKE:
		if (c->status != ST_APPROVED) {
			snprintf(err, errsize, "%s is %s: only an approved "
			    "challenge can be revoked", c->id,
			    ledger_statuses[c->status]);
			return -1;
		}
		if (blank(tx->text)) {
			snprintf(err, errsize, "a revocation needs a note: say "
			    "why the approval of %s is withdrawn (--note)",
			    c->id);
			return -1;
		}
		if (same(tx->actor, c->agent)) {
			snprintf(err, errsize, "%s may not revoke %s: it is "
			    "%s's own challenge", tx->actor, c->id, c->agent);
			return -1;
		}
		if (c->reassign != NULL && same(tx->actor, c->reassign)) {
			snprintf(err, errsize, "%s may not revoke %s: it "
			    "gave %s the review", tx->actor, c->id, tx->actor);
			return -1;
		}
		return may_act(l->roster, c->agent, c->id, tx->ts, who, "revoke",
		    err,
		    errsize);
	default:
		break;
	}
	if (c->status == ST_WITHDRAWN) {
		snprintf(err, errsize, "%s was withdrawn by %s: there is "
		    "nothing to decide", c->id, c->decider);
		return -1;
	}
	if (c->status != ST_PENDING) {
		snprintf(err, errsize, "%s was already %s by %s: a decision "
		    "is final", c->id, ledger_statuses[c->status],
		    c->status == ST_REVOKED ? c->revoker : c->decider);
		return -1;
	}
	if (same(tx->actor, c->agent)) {
		snprintf(err, errsize, "%s may not decide %s: it is %s's own "
		    "challenge", tx->actor, c->id, c->agent);
		return -1;
	}
	if (same(tx->actor, c->opener)) {
		snprintf(err, errsize, "%s may not decide %s: %s opened it",
		    tx->actor, c->id, tx->actor);
		return -1;
	}
	if (c->reassign != NULL && same(tx->actor, c->reassign)) {
		snprintf(err, errsize, "%s may not decide %s: it would give "
		    "%s the review", tx->actor, c->id, tx->actor);
		return -1;
	}
	if (!blank(tx->score) && check_approved_score(c, tx->score, err,
	    errsize) == -1)
		return -1;
	if (may_act(l->roster, c->agent, c->id, tx->ts, who, "decide", err,
	    errsize) == -1)
		return -1;
	return c->reassign == NULL ? 0 : may_act(l->roster, c->reassign,
	    c->id, tx->ts, who, "decide", err, errsize);
}

/* Records a checked transition. */
static void
ledger_apply(struct ledger *l, const struct ledger_tx *tx, unsigned long line)
{
	struct strbuf sb = { 0 };
	struct challenge *c;
	void *v;

	l->last_ts = tx->ts;
	if (tx->action == ACT_OPEN) {
		if (l->nch == l->capch) {
			l->capch = l->capch ? 2 * l->capch : 64;
			l->ch = xreallocarray(l->ch, l->capch, sizeof(*l->ch));
		}
		c = &l->ch[l->nch++];
		memset(c, 0, sizeof(*c));
		c->id = xstrdup(tx->challenge);
		c->review = xstrdup(tx->review);
		c->kind = xstrdup(tx->kind != NULL ? tx->kind : "");
		c->agent = xstrdup(tx->agent);
		c->opener = xstrdup(tx->actor);
		c->grounds = xstrdup(tx->text);
		c->cause = xstrdup(tx->cause != NULL ? tx->cause : "");
		if (!blank(tx->score))
			c->score = xstrdup(tx->score);
		if (!blank(tx->reassign))
			c->reassign = xstrdup(tx->reassign);
		c->status = ST_PENDING;
		c->opened = tx->ts;
		c->line = line;
		v = (void *)(uintptr_t)l->nch;
		strmap_put(&l->ids, c->id, strlen(c->id), v);
		review_key(&sb, c->kind, strlen(c->kind), c->review,
		    strlen(c->review));
		strmap_put(&l->reviews, sb.s, sb.len, v);
		sb_free(&sb);
		return;
	}
	c = &l->ch[(uintptr_t)strmap_get(&l->ids, tx->challenge,
	    strlen(tx->challenge)) - 1];
	if (tx->action == ACT_REVOKE) {
		c->status = ST_REVOKED;
		c->revoker = xstrdup(tx->actor);
		c->revoke_note = xstrdup(tx->text);
		c->revoked = tx->ts;
		return;
	}
	c->status = tx->action == ACT_WITHDRAW ? ST_WITHDRAWN :
	    tx->action == ACT_APPROVE ? ST_APPROVED : ST_DENIED;
	c->decider = xstrdup(tx->actor);
	c->note = xstrdup(tx->text);
	c->decided = tx->ts;
	if (tx->action == ACT_APPROVE && !blank(tx->score))
		c->approved_score = xstrdup(tx->score);
}

/* Reading. */

/* A whole line's place in the file's bytes. */
struct lref {
	size_t	 off, len;		/* without its line end */
	size_t	 sigoff, siglen;	/* the sig field (version 2 on) */
};

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
 * The bytes: the header (which sets l->version), then every line whole,
 * in sequence, with its sum.  *lr gets the whole lines' places (the
 * caller frees it, on an error too), *keep the bytes up to the end of
 * the last whole line: a last line without its line end (or a header
 * cut short) is left out.  Nothing here decodes CSV: seq is the digits
 * before the first comma, sum the bytes after the last and sig those
 * before it, which a writer never quotes.
 */
static int
check_bytes(struct ledger *l, const char *buf, size_t n, struct lref **lrp,
    size_t *nlr, size_t *keep)
{
	const char *p = buf, *end = buf + n, *nl, *comma, *c2, *q, *hdr;
	char prev[9], want[9];
	unsigned long line = 1, seq, expect = 1;
	size_t hl, cap = 0;
	struct lref *lr = NULL;

	*lrp = NULL;
	*nlr = 0;
	*keep = 0;
	l->version = 3;
	if (n == 0)
		return 0;
	nl = memchr(p, '\n', n);
	hdr = LEDGER_HEADER;
	if (nl != NULL && (size_t)(nl - p) == strlen(LEDGER_HEADER_V1) &&
	    memcmp(p, LEDGER_HEADER_V1, strlen(LEDGER_HEADER_V1)) == 0) {
		l->version = 1;
		hdr = LEDGER_HEADER_V1;
	}
	if (nl != NULL && (size_t)(nl - p) == strlen(LEDGER_HEADER_V2) &&
	    memcmp(p, LEDGER_HEADER_V2, strlen(LEDGER_HEADER_V2)) == 0) {
		l->version = 2;
		hdr = LEDGER_HEADER_V2;
	}
	hl = strlen(hdr);
	if (nl == NULL && n <= hl && memcmp(p, hdr, n) == 0)
		return 0;	/* a first write cut short: nothing whole */
	if (nl == NULL && n <= strlen(LEDGER_HEADER_V2) &&
	    memcmp(p, LEDGER_HEADER_V2, n) == 0)
		return 0;
	if (nl == NULL || (size_t)(nl - p) != hl || memcmp(p, hdr, hl) != 0)
		return bad(l, 1, "not a challenge ledger: the first line must "
		    "be '%s'", LEDGER_HEADER);
	memcpy(prev, ZERO_SUM, 9);
	*keep = (size_t)(nl + 1 - buf);
	for (p = nl + 1; p < end; p = nl + 1, expect++) {
		line++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			break;		/* torn: left out */
		for (q = p, seq = 0; q < nl && *q >= '0' && *q <= '9' &&
		    seq < 1000000000UL; q++)
			seq = seq * 10 + (unsigned long)(*q - '0');
		if (q == nl || *q != ',' || seq == 0) {
			return bad(l, line, "malformed line: no seq");
		}
		if (seq != expect) {
			return bad(l, line, "seq %lu where %lu was expected: "
			    "a line %s", seq, expect, seq > expect ?
			    "before it was removed" :
			    "was repeated or changed");
		}
		for (comma = nl; comma > p && comma[-1] != ','; comma--)
			;
		if (comma == p || !is_sum(comma, (size_t)(nl - comma))) {
			return bad(l, line, "malformed line: no checksum");
		}
		snprintf(want, sizeof(want), "%08lx",
		    (unsigned long)ledger_sum(prev, p, (size_t)(comma - p)));
		if (memcmp(want, comma, 8) != 0) {
			return bad(l, line, "checksum mismatch: the line was "
			    "changed, or a line before it removed");
		}
		memcpy(prev, comma, 8);
		prev[8] = '\0';
		for (c2 = comma - 1; c2 > p && c2[-1] != ','; c2--)
			;
		if (*nlr == cap) {
			cap = cap ? 2 * cap : 256;
			lr = xreallocarray(lr, cap, sizeof(*lr));
			*lrp = lr;	/* the caller's to free, whatever */
		}
		lr[*nlr].off = (size_t)(p - buf);
		lr[*nlr].len = (size_t)(nl - p);
		lr[*nlr].sigoff = (size_t)(c2 - buf);
		lr[*nlr].siglen = (size_t)(comma - 1 - c2);
		(*nlr)++;
		*keep = (size_t)(nl + 1 - buf);
	}
	memcpy(l->sum, prev, 9);
	return 0;
}

/*
 * One line's fields, decoded as the writer encodes them (RFC 4180 quoting,
 * no line breaks) into sb, NUL after each, their starts in f; the number
 * of fields, -1 (broken quoting, or a NUL byte), or -2 (more than max
 * fields).
 */
static int
split_line(const char *p, size_t n, struct strbuf *sb, size_t *f, int max)
{
	size_t i = 0;
	int k = 0;

	sb->len = 0;
	if (memchr(p, '\0', n) != NULL)
		return -1;
	for (;;) {
		if (k == max)
			return -2;
		f[k++] = sb->len;
		if (i < n && p[i] == '"') {
			for (i++;; i++) {
				if (i == n)
					return -1;
				if (p[i] == '"') {
					if (i + 1 < n && p[i + 1] == '"') {
						sb_addc(sb, '"');
						i++;
						continue;
					}
					i++;
					break;
				}
				sb_addc(sb, p[i]);
			}
			if (i < n && p[i] != ',')
				return -1;
		} else {
			for (; i < n && p[i] != ','; i++) {
				if (p[i] == '"')
					return -1;
				sb_addc(sb, p[i]);
			}
		}
		sb_addc(sb, '\0');
		if (i == n)
			return k;
		i++;	/* the comma */
	}
}

/* One line to verify and replay. */
struct vline {
	struct ledger_tx tx;
	char		*mem;		/* the decoded fields */
	const struct person *who;	/* the actor's (NULL: signed over) */
	unsigned char	 over[SIGN_PK_BYTES];	/* the admin's key */
	int		 isover;
	int		 ok;		/* -1 not counted (why), 0 unknown,
					 * 1 the signature verifies */
	char		 why[640];
	const char	*dom;		/* SIG_DOMAIN() */
	const char	*prev, *msg, *sig;	/* into the file's bytes */
	size_t		 prevlen, msglen, siglen;
};

struct vwork {
	struct vline	*v;
	size_t		 n, start, step;
};

static void *
verify_stripe(void *arg)
{
	struct vwork *w = arg;
	struct strbuf sb = { 0 };
	struct vline *v;
	size_t i, k;

	for (i = w->start; i < w->n; i += w->step) {
		v = &w->v[i];
		if (v->ok != 0)
			continue;
		v->ok = -1;
		if (v->isover) {
			if (sign_verify_parts(v->over, v->sig, v->siglen,
			    v->dom, strlen(v->dom), v->prev,
			    v->prevlen, v->msg, v->msglen, &sb))
				v->ok = 1;
		} else {
			for (k = 0; k < v->who->nkeys; k++)
				if (sign_verify_parts(v->who->keys[k], v->sig,
				    v->siglen, v->dom, strlen(v->dom),
				    v->prev, v->prevlen, v->msg, v->msglen,
				    &sb)) {
					v->ok = 1;
					break;
				}
		}
		if (v->ok == -1)
			snprintf(v->why, sizeof(v->why), "the signature is "
			    "not %s's: the line was changed, or not written "
			    "by %s", v->isover ? "the admin" : v->who->name,
			    v->isover ? "that admin" : v->who->name);
	}
	sb_free(&sb);
	return NULL;
}

/* Verifies every line's signature, on up to feeder_threads() threads. */
static void
verify_all(struct vline *v, size_t n)
{
	pthread_t th[8];
	struct vwork w[8];
	int started[8] = { 0 };
	size_t i, nt = (size_t)feeder_threads();

	if (nt > 8)
		nt = 8;
	if (n < 256 || nt < 2)
		nt = 1;
	for (i = 0; i < nt; i++) {
		w[i].v = v;
		w[i].n = n;
		w[i].start = i;
		w[i].step = nt;
	}
	for (i = 1; i < nt; i++)
		started[i] = pthread_create(&th[i], NULL, verify_stripe,
		    &w[i]) == 0;
	verify_stripe(&w[0]);
	for (i = 1; i < nt; i++) {
		if (started[i])
			pthread_join(th[i], NULL);
		else
			verify_stripe(&w[i]);
	}
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

/* Older versions' columns: version 1's, read to be signed over, and
 * version 2's. */
enum { V1_SEQ, V1_TS, V1_ACTION, V1_CHALLENGE, V1_REVIEW, V1_AGENT,
	V1_ACTOR, V1_TEXT, V1_SUM, V1_N };
enum { V2_SIG = LC_SCORE, V2_SUM, V2_N };

/* Decodes one whole line into v; -1 (v->why set) when it cannot count. */
static int
decode_line(const struct ledger *l, const char *buf, const struct lref *lr,
    size_t i, struct strbuf *sb, struct vline *v)
{
	static const int v1[LC_N] = {
		V1_SEQ, V1_TS, V1_ACTION, V1_CHALLENGE, V1_REVIEW, -1,
		V1_AGENT, V1_ACTOR, -1, V1_TEXT, -1, -1, -1, V1_SUM
	};
	static const int v2[LC_N] = {
		LC_SEQ, LC_TS, LC_ACTION, LC_CHALLENGE, LC_REVIEW, LC_KIND,
		LC_AGENT, LC_ACTOR, LC_CAUSE, LC_TEXT, -1, -1, V2_SIG, V2_SUM
	};
	size_t f[LC_N + 1], k, siglen;
	const char *sig, *fld[LC_N];
	char pkt[SIGN_PK_TEXT];
	const struct person *admin;
	int nf, c, want = l->version == 1 ? V1_N : l->version == 2 ? V2_N :
	    LC_N;

	nf = split_line(buf + lr[i].off, lr[i].len, sb, f, want + 1);
	if (nf != want) {
		snprintf(v->why, sizeof(v->why), "malformed line: %s",
		    nf == -1 ? "broken quoting or a NUL byte" : "wrong number "
		    "of fields");
		return -1;
	}
	v->mem = xmalloc(sb->len);
	memcpy(v->mem, sb->s, sb->len);
	for (c = 0; c < LC_N; c++) {
		k = l->version == 1 ? (size_t)v1[c] : l->version == 2 ?
		    (size_t)v2[c] : (size_t)c;
		fld[c] = k == (size_t)-1 ? "" : v->mem + f[k];
	}
	if (parse_time(fld[LC_TS], strlen(fld[LC_TS]), NULL, &v->tx.ts) !=
	    PARSE_OK) {
		snprintf(v->why, sizeof(v->why), "invalid time in ts");
		return -1;
	}
	if ((v->tx.action = action_index(fld[LC_ACTION])) < 0) {
		snprintf(v->why, sizeof(v->why), "unknown action '%.40s'",
		    fld[LC_ACTION]);
		return -1;
	}
	for (c = LC_CHALLENGE; c <= LC_ACTOR; c++)
		if (c != LC_KIND && *fld[c] == '\0') {
			snprintf(v->why, sizeof(v->why), "empty %s",
			    ledger_cols[c]);
			return -1;
		}
	v->tx.challenge = fld[LC_CHALLENGE];
	v->tx.review = fld[LC_REVIEW];
	v->tx.kind = fld[LC_KIND];
	v->tx.agent = fld[LC_AGENT];
	v->tx.actor = fld[LC_ACTOR];
	v->tx.cause = fld[LC_CAUSE];
	v->tx.text = fld[LC_TEXT];
	v->tx.score = fld[LC_SCORE];
	v->tx.reassign = fld[LC_REASSIGN];
	v->dom = SIG_DOMAIN(l->version);
	if (l->version == 1)
		return 0;	/* nothing to verify: read to be signed over */

	sig = buf + lr[i].sigoff;
	siglen = lr[i].siglen;
	if (siglen == OVER_LEN && sig[0] == '@' && sig[45] == ':') {
		memcpy(pkt, "ed25519:", 8);
		memcpy(pkt + 8, sig + 1, 44);
		pkt[52] = '\0';
		/* the history an admin vouches for counts while that key
		 * is an admin's in the row in force now */
		admin = NULL;
		if (sign_pk_parse(pkt, 52, v->over) == 0 &&
		    (admin = roster_find_key(l->roster, v->over)) != NULL)
			admin = roster_find(l->roster, admin->name,
			    strlen(admin->name));
		if (admin == NULL || admin->role != ROLE_ADMIN ||
		    !roster_has_key(admin, v->over)) {
			snprintf(v->why, sizeof(v->why), "signed over with a "
			    "key that is no admin's in the roster now");
			return -1;
		}
		v->isover = 1;
		sig += 46;
		siglen -= 46;
	} else {
		if (*v->tx.kind == '\0') {
			snprintf(v->why, sizeof(v->why), "empty kind: only lines "
			    "signed over from version 1 name a review by id "
			    "alone");
			return -1;
		}
		v->who = roster_find_at(l->roster, v->tx.actor,
		    strlen(v->tx.actor), v->tx.ts);
		if (v->who == NULL) {
			snprintf(v->why, sizeof(v->why), "'%.60s' is not in "
			    "the roster %s%s", v->tx.actor, l->roster->path,
			    roster_find_at(l->roster, v->tx.actor,
			    strlen(v->tx.actor), INT64_MAX) != NULL ?
			    " on the line's date" : "");
			return -1;
		}
		if (v->who->nkeys == 0) {
			snprintf(v->why, sizeof(v->why), "%s has no key in "
			    "the roster", v->who->name);
			return -1;
		}
	}
	v->prev = i == 0 ? "" : buf + lr[i - 1].sigoff;
	v->prevlen = i == 0 ? 0 : lr[i - 1].siglen;
	/* the bytes after seq: a line removed and the rest renumbered
	 * breaks the next line's chain only */
	v->msg = (const char *)memchr(buf + lr[i].off, ',', lr[i].len) + 1;
	v->msglen = lr[i].sigoff - (size_t)(v->msg - buf);
	v->sig = sig;
	v->siglen = siglen;
	return 0;
}

/*
 * Decodes, verifies and replays the whole lines: a line that does not
 * count is reported and changes nothing.
 */
static void
check_records(struct ledger *l, const char *buf, const struct lref *lr,
    size_t nlr)
{
	struct strbuf sb = { 0 };
	struct vline *v, *x;
	char err[400], t1[32], t2[32];
	size_t i;
	unsigned long line;
	int64_t now = ledger_clock();
	int prefix_over = 1;

	v = xcalloc(nlr + 1, sizeof(*v));
	for (i = 0; i < nlr; i++) {
		if (decode_line(l, buf, lr, i, &sb, &v[i]) == -1)
			v[i].ok = -1;
		else if (l->version == 1)
			v[i].ok = 1;
	}
	if (l->version >= 2)
		verify_all(v, nlr);
	for (i = 0; i < nlr; i++) {
		x = &v[i];
		line = (unsigned long)i + 2;
		l->ntx++;
		if (x->tx.challenge != NULL && *x->tx.challenge != '\0')
			strmap_put(&l->seen, x->tx.challenge,
			    strlen(x->tx.challenge), (void *)1);
		if (x->ok == 1 && x->isover && !prefix_over) {
			x->ok = -1;
			snprintf(x->why, sizeof(x->why), "signed over by an "
			    "admin after a line that was not: only a "
			    "ledger's first lines are signed over");
		}
		if (!x->isover)
			prefix_over = 0;
		if (x->ok == 1 && ledger_check(l, &x->tx, x->who, err,
		    sizeof(err)) == -1) {
			x->ok = -1;
			snprintf(x->why, sizeof(x->why), "%s %s by %s: %s",
			    ledger_actions[x->tx.action], x->tx.challenge,
			    x->tx.actor, err);
		}
		if (x->ok != 1) {
			l->invalid++;
			emp_warn("%s:%lu: not counted: %s", l->path, line,
			    x->why);
			continue;
		}
		if (l->old) {
			l->txs = xreallocarray(l->txs, l->ntxs + 1,
			    sizeof(*l->txs));
			l->txmem = xreallocarray(l->txmem, l->ntxs + 1,
			    sizeof(*l->txmem));
			l->txs[l->ntxs] = x->tx;
			l->txmem[l->ntxs++] = x->mem;
			x->mem = NULL;
		}
		if (x->tx.ts > now + FUTURE_MS) {
			time_format(x->tx.ts, t1);
			time_format(now, t2);
			emp_warn("%s:%lu: dated %s, after this machine's clock "
			    "(%s): %s's clock was wrong or set", l->path, line,
			    t1, t2, x->tx.actor);
		}
		ledger_apply(l, &x->tx, line);
	}
	if (nlr > 0) {
		free(l->sig);
		l->sig = xstrndup(buf + lr[nlr - 1].sigoff,
		    lr[nlr - 1].siglen);
	}
	for (i = 0; i < nlr; i++)
		free(v[i].mem);
	free(v);
	sb_free(&sb);
}

/*
 * Opens with flags, locks with op and reads the whole file into *buf
 * (the caller frees it): LEDGER_OK, LEDGER_ERR or LEDGER_BUSY, the
 * message printed.  A file replaced (renamed over, or removed) while we
 * waited for its lock is opened again.
 */
static int
ledger_load(struct ledger *l, const char *path, const struct roster *roster,
    int flags, int op, unsigned wait, char **buf, size_t *len)
{
	struct stat st, ps;
	size_t n = 0;
	ssize_t r;
	int rv, tries;

	*buf = NULL;
	*len = 0;
	memset(l, 0, sizeof(*l));
	l->path = xstrdup(path);
	l->writer = op == LOCK_EX;
	l->roster = roster;
	l->version = 3;
	l->sig = xstrdup("");
	memcpy(l->sum, ZERO_SUM, 9);
	strmap_init(&l->ids, 0);
	strmap_init(&l->reviews, 0);
	strmap_init(&l->seen, 0);
	for (tries = 0;; tries++) {
		/* O_NONBLOCK: a FIFO put in its place must not hang us */
		if ((l->fd = open(path, flags | O_CLOEXEC | O_NONBLOCK,
		    0666)) == -1) {
			emp_warnerr("%s", path);
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
		if (fcntl(l->fd, F_SETFL, fcntl(l->fd, F_GETFL) &
		    ~O_NONBLOCK) == -1) {
			emp_warnerr("%s", path);
			return LEDGER_ERR;
		}
		if ((rv = lock_wait(l->fd, op, wait)) != 0) {
			if (rv == -2) {
				emp_warn("%s: busy: another process holds the "
				    "lock (waited %u s)", path, wait);
				return LEDGER_BUSY;
			}
			emp_warnerr("%s: lock", path);
			return LEDGER_ERR;
		}
		if (fstat(l->fd, &st) == -1) {
			emp_warnerr("%s", path);
			return LEDGER_ERR;
		}
		/* the path must still name the file locked */
		if (stat(path, &ps) == 0 && ps.st_dev == st.st_dev &&
		    ps.st_ino == st.st_ino)
			break;
		close(l->fd);
		l->fd = -1;
		if (tries == REPLACED_TRIES) {
			emp_warn("%s: the file was replaced %d times while "
			    "waiting for its lock: giving up", path, tries);
			return LEDGER_ERR;
		}
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

/* Cuts the file to keep bytes (a torn last line); 0 or -1 (reported). */
static int
cut_torn(struct ledger *l, size_t keep)
{
	if (ftruncate(l->fd, (off_t)keep) == -1 || fsync(l->fd) == -1) {
		emp_warnerr("%s: truncate", l->path);
		return -1;
	}
	return 0;
}

/* The reader's word on a torn last line (a writer that cuts it says so
 * instead, one that does not says this when it closes). */
static void
torn_warn(const struct ledger *l)
{
	emp_warn("%s:%lu: a last line without its line end was never "
	    "confirmed: not counted (the next writer cuts it)", l->path,
	    l->torn_line);
}

/* The line number of the torn line after nlr whole ones (1: the header). */
static unsigned long
torn_line(size_t keep, size_t nlr)
{
	return keep == 0 ? 1 : (unsigned long)nlr + 2;
}

int
ledger_open(struct ledger *l, const char *path, const struct roster *roster,
    int flags, unsigned wait)
{
	struct lref *lr = NULL;
	char *buf;
	size_t n, nlr = 0, keep = 0;
	int rv, writer = flags & LEDGER_WRITE;

	rv = ledger_load(l, path, roster, writer ? O_RDWR | O_APPEND |
	    O_CREAT : O_RDONLY, writer ? LOCK_EX : LOCK_SH, wait, &buf, &n);
	if (rv == LEDGER_OK)
		rv = check_bytes(l, buf, n, &lr, &nlr, &keep);
	if (rv == LEDGER_OK && l->version == 3 && (flags & LEDGER_OLD) &&
	    n > 0) {
		emp_warn("%s: a version 3 ledger: there is nothing to sign "
		    "over", path);
		rv = LEDGER_ERR;
	}
	l->old = (flags & LEDGER_OLD) != 0;
	if (rv == LEDGER_OK && l->version == 1 && !(flags & LEDGER_OLD)) {
		emp_warn("%s: an unsigned ledger (version 1): its lines cannot "
		    "be verified, so it is not used; an admin signs it over "
		    "into a new ledger with 'emp-challenge -l NEW migrate %s' "
		    "(emp-ledger(5))", path, path);
		rv = LEDGER_ERR;
	}
	if (rv == LEDGER_OK && keep < n) {
		/* a writer cuts it when it appends (ledger_append()) */
		l->torn = 1;
		l->torn_line = torn_line(keep, nlr);
		l->torn_bytes = n - keep;
		if (!writer)
			torn_warn(l);
	}
	l->size = keep;
	if (rv == LEDGER_OK)
		check_records(l, buf, lr, nlr);
	free(buf);
	free(lr);
	return rv;
}

int
ledger_repair(struct ledger *l, const char *path, const struct roster *roster,
    unsigned wait, size_t *cut, unsigned long *line)
{
	struct lref *lr = NULL;
	char *buf;
	size_t n, nlr = 0, keep = 0;
	int rv;

	*cut = 0;
	*line = 1;
	rv = ledger_load(l, path, roster, O_RDWR, LOCK_EX, wait, &buf, &n);
	if (rv == LEDGER_OK)
		rv = check_bytes(l, buf, n, &lr, &nlr, &keep);
	if (rv == LEDGER_OK && l->version == 1) {
		emp_warn("%s: an unsigned ledger (version 1): sign it over "
		    "with 'emp-challenge -l NEW migrate %s'", path, path);
		rv = LEDGER_ERR;
	}
	if (rv == LEDGER_OK && keep < n) {
		*line = torn_line(keep, nlr);
		if (cut_torn(l, keep) == -1)
			rv = LEDGER_ERR;
		else
			*cut = n - keep;
	}
	l->size = keep;
	if (rv == LEDGER_OK)
		check_records(l, buf, lr, nlr);
	free(buf);
	free(lr);
	return rv;
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
ledger_append(struct ledger *l, const struct ledger_tx *tx,
    const struct person *who, const struct sign_key *key, const char *signer)
{
	struct strbuf sb = { 0 }, sigf = { 0 };
	struct sigaction sa, old;
	char err[512], ts[32], sum[9], sig[SIGN_SIG_LEN + 1], pk[SIGN_PK_TEXT];
	size_t start, signed_from;
	int e, rv = 0;

	if (ledger_check(l, tx, signer != NULL ? NULL : who, err,
	    sizeof(err)) == -1) {
		emp_warn("%s", err);
		return -1;
	}
	if (l->version == 2 && (!blank(tx->score) || !blank(tx->reassign))) {
		emp_warn("%s: a version 2 ledger has no room for a corrected "
		    "score or another agent; an admin signs it over into a "
		    "version 3 ledger with 'emp-challenge -l NEW migrate %s' "
		    "(emp-ledger(5))", l->path, l->path);
		return -1;
	}
	if (l->size == 0)
		sb_adds(&sb, LEDGER_HEADER "\n");
	start = sb.len;
	sb_printf(&sb, "%lu,", l->ntx + 1);
	signed_from = sb.len;
	time_format(tx->ts, ts);
	add_field(&sb, ts);
	add_field(&sb, ledger_actions[tx->action]);
	add_field(&sb, tx->challenge);
	add_field(&sb, tx->review);
	add_field(&sb, tx->kind != NULL ? tx->kind : "");
	add_field(&sb, tx->agent);
	add_field(&sb, tx->actor);
	add_field(&sb, tx->cause != NULL ? tx->cause : "");
	add_field(&sb, tx->text != NULL ? tx->text : "");
	if (l->version == 3) {
		add_field(&sb, tx->score != NULL ? tx->score : "");
		add_field(&sb, tx->reassign != NULL ? tx->reassign : "");
	}
	sign_parts(key, SIG_DOMAIN(l->version), strlen(SIG_DOMAIN(l->version)),
	    l->sig,
	    strlen(l->sig), sb.s + signed_from, sb.len - signed_from, sig);
	if (signer != NULL) {
		sign_pk_format(key->pk, pk);
		sb_addc(&sigf, '@');
		sb_adds(&sigf, pk + 8);
		sb_addc(&sigf, ':');
	}
	sb_adds(&sigf, sig);
	sb_add(&sb, sigf.s, sigf.len);
	sb_addc(&sb, ',');
	snprintf(sum, sizeof(sum), "%08lx", (unsigned long)ledger_sum(l->sum,
	    sb.s + start, sb.len - start));
	sb_add(&sb, sum, 8);
	sb_addc(&sb, '\n');

	if (l->torn) {
		if (cut_torn(l, (size_t)l->size) == -1) {
			sb_free(&sb);
			sb_free(&sigf);
			return -1;
		}
		emp_warn("%s:%lu: cut a last line without its line end (%zu "
		    "bytes): it was never confirmed", l->path, l->torn_line,
		    l->torn_bytes);
		l->torn = 0;
	}
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
		free(l->sig);
		l->sig = xstrdup(sb_str(&sigf));
		l->ntx++;
		ledger_apply(l, tx, l->ntx + 1);
	}
	sigaction(SIGXFSZ, &old, NULL);
	sb_free(&sb);
	sb_free(&sigf);
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

	if (l->writer && l->torn)
		torn_warn(l);
	for (i = 0; i < l->nch; i++) {
		struct challenge *c = &l->ch[i];

		free(c->id);
		free(c->review);
		free(c->kind);
		free(c->agent);
		free(c->opener);
		free(c->grounds);
		free(c->cause);
		free(c->decider);
		free(c->note);
		free(c->revoker);
		free(c->revoke_note);
		free(c->score);
		free(c->approved_score);
		free(c->reassign);
	}
	free(l->ch);
	for (i = 0; i < l->ntxs; i++)
		free(l->txmem[i]);
	free(l->txs);
	free(l->txmem);
	strmap_free(&l->ids);
	strmap_free(&l->reviews);
	strmap_free(&l->seen);
	if (l->fd != -1)
		close(l->fd);	/* releases the lock */
	free(l->path);
	free(l->sig);
	memset(l, 0, sizeof(*l));
	l->fd = -1;
}

static int
cmp_stats_key(const void *a, const void *b)
{
	return strcmp(((const struct ledger_stats *)a)->key,
	    ((const struct ledger_stats *)b)->key);
}

/* A challenge's key for grouping by; NULL: not in any group. */
static const char *
stats_key(const struct challenge *c, enum ledger_by by)
{
	switch (by) {
	case LBY_CAUSE:
		return c->cause;
	case LBY_DECIDER:
		return c->status == ST_APPROVED || c->status == ST_DENIED ||
		    c->status == ST_REVOKED ? c->decider : NULL;
	default:
		return c->agent;
	}
}

/* Whether a challenge was decided (approved, then revoked or not, or
 * denied): the decisions that rates and medians count. */
static int
decided(const struct challenge *c)
{
	return c->status == ST_APPROVED || c->status == ST_DENIED ||
	    c->status == ST_REVOKED;
}

size_t
ledger_stats(const struct ledger *l, enum ledger_by by,
    int (*sel)(const struct challenge *, const void *), const void *arg,
    struct ledger_stats **out)
{
	struct ledger_stats *as, *a;
	struct strmap m;
	size_t *who, *start, *fill, i, j, n = 0, nd;
	double *days;
	const char *key;
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
		if ((key = stats_key(c, by)) == NULL)
			continue;
		if ((v = strmap_get(&m, key, strlen(key))) == NULL) {
			as[n].key = key;
			v = (void *)(uintptr_t)++n;
			strmap_put(&m, key, strlen(key), v);
		}
		who[i] = (uintptr_t)v - 1;
		a = &as[who[i]];
		a->opened++;
		a->n[c->status]++;
	}
	/* medians: the decided durations grouped (counting sort) */
	for (i = 0; i < l->nch; i++)
		if (who[i] != SIZE_MAX && decided(&l->ch[i]))
			start[who[i] + 1]++;
	for (j = 0; j < n; j++)
		start[j + 1] += start[j];
	memcpy(fill, start, (n + 1) * sizeof(*fill));
	for (i = 0; i < l->nch; i++)
		if (who[i] != SIZE_MAX && decided(&l->ch[i]))
			days[fill[who[i]]++] = (double)(l->ch[i].decided -
			    l->ch[i].opened);
	for (j = 0; j < n; j++) {
		double *d = days + start[j];

		nd = start[j + 1] - start[j];
		if (nd == 0) {
			as[j].median_ms = -1;
			continue;
		}
		as[j].median_ms = stats_median(d, nd);
	}
	qsort(as, n, sizeof(*as), cmp_stats_key);
	strmap_free(&m);
	free(who);
	free(days);
	free(start);
	free(fill);
	*out = as;
	return n;
}
