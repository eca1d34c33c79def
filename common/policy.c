/*
 * policy.c: emp-policy(5), the text of a tier policy and its parser.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "policy.h"
#include "schema.h"

/*
 * The progressive model (DOMAIN.md): $25 without approval at the start,
 * at most $50 in months 1-2, $50-200 in months 3-4 on performance,
 * $200-500 in months 5-6 for proven agents.  Each limit needs its tenure
 * and the gates of its level over the evidence window, so an agent who
 * keeps succeeding climbs at the same pace whether reviewed weekly or
 * monthly.  Success is customer outcomes at every level: resolution,
 * satisfaction, quality, transfers; no gate on escalating (an agent who
 * never needs approval is not held back) nor on self-reported answers.
 */
const char policy_default_text[] =
"# emp-tier's built-in policy (emp-policy(5)): progressive authority.\n"
"# Gates are judged over the whole periods of the last this many days.\n"
"window 28\n"
"# rec_limit_high_value = rec_limit x this, for high-value customers.\n"
"high-value 2\n"
"\n"
"level 1 Information access\n"
"\tlimits 25 50\n"
"\ttenures 0 0.5\n"
"\tsample 20\n"
"\tmin resolved_rate 0.6\n"
"\tmax transfer_rate 0.2\n"
"\tmin csat_rate 0.7 n=10\n"
"\tmin qa 70 n=3\n"
"\n"
"level 2 Process flexibility\n"
"\tlimits 50 100 150 200\n"
"\ttenures 2 2 2.5 3\n"
"\tsample 20\n"
"\tmin resolved_rate 0.65\n"
"\tmax transfer_rate 0.15\n"
"\tmin csat_rate 0.75 n=10\n"
"\tmin qa 78 n=3\n"
"\n"
"level 3 Financial authority\n"
"\tlimits 200 300 400 500\n"
"\ttenures 3.5 4 4.5 5\n"
"\tsample 30\n"
"\tmin resolved_rate 0.7\n"
"\tmax transfer_rate 0.12\n"
"\tmin csat_rate 0.8 n=10\n"
"\tmin qa 82 n=4\n"
"\n"
"level 4 Creative problem-solving\n"
"\tlimits 500\n"
"\ttenures 6\n"
"\tsample 30\n"
"\tmin resolved_rate 0.75\n"
"\tmax transfer_rate 0.1\n"
"\tmin csat_rate 0.85 n=10\n"
"\tmin qa 85 n=4\n";

const char *
policy_metric_name(int metric)
{
	return metric == PM_INDEX ? "index" : metrics[metric].name;
}

int
policy_metric_has_n(int metric)
{
	return metric != PM_INDEX && metrics[metric].shape != SHAPE_COUNT;
}

void
policy_free(struct policy *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->nlevels; i++) {
		free(p->levels[i].name);
		free(p->levels[i].limits);
		free(p->levels[i].tenure10);
		free(p->levels[i].gates);
	}
	free(p->levels);
	sb_free(&p->notes);
	free(p);
}

#define MAXWORDS 64

/* Splits line (modified in place) into words; returns their number or -1
 * when there are too many. */
static int
split_words(char *line, char **w)
{
	int n = 0;

	for (;;) {
		while (*line == ' ' || *line == '\t')
			line++;
		if (*line == '\0')
			return n;
		if (n == MAXWORDS)
			return -1;
		w[n++] = line;
		while (*line != '\0' && *line != ' ' && *line != '\t')
			line++;
		if (*line != '\0')
			*line++ = '\0';
	}
}

/* A plain non-negative decimal (no '%', no sign); 0 or -1. */
static int
word_decimal(const char *s, struct decimal *d)
{
	int flags = 0;

	if (parse_number(s, strlen(s), &flags, d) != PARSE_OK ||
	    (flags & PN_PERCENT) || d->m < 0)
		return -1;
	return 0;
}

/* A whole number from 0 to max; 0 or -1. */
static int
word_long(const char *s, long max, long *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*v = strtol(s, &end, 10);
	if (*end != '\0' || errno != 0 || *v > max)
		return -1;
	return 0;
}

static int
metric_word(const char *s)
{
	int m;

	if (strcmp(s, "index") == 0)
		return PM_INDEX;
	m = metric_lookup(s);
	return m;
}

/* Months with at most one decimal, in tenths; 0 or -1. */
static int
word_tenure(const char *s, int *tenure10)
{
	struct decimal d;

	if (word_decimal(s, &d) == -1 || d.scale > 1 || d.m > 12000)
		return -1;
	*tenure10 = (int)(d.scale == 0 ? d.m * 10 : d.m);
	return 0;
}

/* What the parser keeps of a level until the end, for resolve_tenures():
 * the lines of its 'level', 'tenure' and 'tenures' (0: none). */
struct lvparse {
	int		 line, tenure_line, tenures_line;
	int		 tenure_all10;	/* 'tenure', for every limit */
	size_t		 ntenures;	/* given by 'tenures' */
};

struct parser {
	const char	*name;
	int		 line;
	struct strbuf	*err;
	struct policy	*p;
	struct level	*cur;
	struct lvparse	*lp;		/* per level */
	struct lvparse	*cp;		/* the current level's */
};

static int perr(struct parser *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

static int
perr(struct parser *ps, const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	sb_printf(ps->err, "%s:%d: %s", ps->name, ps->line, buf);
	return -1;
}

static int
parse_gate(struct parser *ps, char **w, int n)
{
	struct level *lv = ps->cur;
	struct gate g;
	long v;

	memset(&g, 0, sizeof(g));
	g.line = ps->line;
	g.min_n = -1;
	g.raise = strncmp(w[0], "raise-", 6) == 0;
	g.op = strcmp(w[0] + (g.raise ? 6 : 0), "min") == 0 ? GATE_MIN :
	    GATE_MAX;
	if (n != 3 && n != 4)
		return perr(ps, "'%s' needs a metric, a value and "
		    "optionally n=N", w[0]);
	if ((g.metric = metric_word(w[1])) == -1)
		return perr(ps, "unknown metric '%s'", w[1]);
	if (g.metric != PM_INDEX && (g.metric == M_HEADCOUNT ||
	    g.metric == M_EXCLUDED))
		return perr(ps, "metric '%s' cannot be a gate", w[1]);
	if (word_decimal(w[2], &g.value) == -1)
		return perr(ps, "invalid value '%s': use a plain number "
		    "(rates are fractions from 0 to 1)", w[2]);
	if (n == 4) {
		if (strncmp(w[3], "n=", 2) != 0 ||
		    word_long(w[3] + 2, 1000000000L, &v) == -1)
			return perr(ps, "invalid sample '%s': use n=N", w[3]);
		if (!policy_metric_has_n(g.metric))
			return perr(ps, "metric '%s' has no count for n=",
			    w[1]);
		g.min_n = v;
	}
	lv->gates = xreallocarray(lv->gates, lv->ngates + 1,
	    sizeof(*lv->gates));
	lv->gates[lv->ngates++] = g;
	return 0;
}

static int
parse_level_line(struct parser *ps, char **w, int n)
{
	struct policy *p = ps->p;
	struct level *lv;
	struct strbuf name = { 0 };
	long num;
	int i;

	if (n < 3)
		return perr(ps, "%s", "'level' needs a number and a name");
	if (word_long(w[1], 99, &num) == -1 || num != (long)p->nlevels + 1)
		return perr(ps, "level '%s' out of order: levels are numbered "
		    "1, 2, ... in turn", w[1]);
	p->levels = xreallocarray(p->levels, p->nlevels + 1,
	    sizeof(*p->levels));
	ps->lp = xreallocarray(ps->lp, p->nlevels + 1, sizeof(*ps->lp));
	ps->cp = &ps->lp[p->nlevels];
	memset(ps->cp, 0, sizeof(*ps->cp));
	ps->cp->line = ps->line;
	lv = &p->levels[p->nlevels++];
	memset(lv, 0, sizeof(*lv));
	lv->num = (int)num;
	lv->sample = 1;
	for (i = 2; i < n; i++) {
		if (i > 2)
			sb_addc(&name, ' ');
		sb_adds(&name, w[i]);
	}
	lv->name = xstrdup(sb_str(&name));
	sb_free(&name);
	ps->cur = lv;
	return 0;
}

static int
parse_limits(struct parser *ps, char **w, int n)
{
	struct level *lv = ps->cur, *prev;
	struct decimal d;
	int i;

	if (lv->nlimits > 0)
		return perr(ps, "%s", "'limits' given twice");
	if (n < 2)
		return perr(ps, "%s", "'limits' needs at least one amount");
	lv->limits = xreallocarray(NULL, (size_t)n - 1, sizeof(d));
	for (i = 1; i < n; i++) {
		if (word_decimal(w[i], &d) == -1)
			return perr(ps, "invalid amount '%s'", w[i]);
		if (i > 1 && decimal_cmp(&d, &lv->limits[i - 2]) <= 0)
			return perr(ps, "limit '%s' not above the one before: "
			    "limits go up", w[i]);
		lv->limits[lv->nlimits++] = d;
	}
	if (lv->num > 1) {
		prev = lv - 1;
		if (decimal_cmp(&lv->limits[0],
		    &prev->limits[prev->nlimits - 1]) < 0)
			return perr(ps, "limit '%s' below the previous level's "
			    "highest", w[1]);
	}
	return 0;
}

static int
parse_tenures(struct parser *ps, char **w, int n)
{
	struct level *lv = ps->cur;
	int i;

	if (ps->cp->tenures_line != 0)
		return perr(ps, "%s", "'tenures' given twice");
	free(lv->tenure10);
	lv->tenure10 = xcalloc((size_t)n, sizeof(int));
	for (i = 1; i < n; i++) {
		if (word_tenure(w[i], &lv->tenure10[i - 1]) == -1)
			return perr(ps, "invalid tenure '%s': use months, such "
			    "as 3 or 1.5", w[i]);
		if (i > 1 && lv->tenure10[i - 1] < lv->tenure10[i - 2])
			return perr(ps, "tenure '%s' below the one before: "
			    "tenures go up with the limits", w[i]);
	}
	ps->cp->tenures_line = ps->line;
	ps->cp->ntenures = (size_t)n - 1;
	return 0;
}

/*
 * Gives every limit its tenure and checks the ladder: one tenure per
 * limit, and none below the rung before it.
 */
static int
resolve_tenures(struct parser *ps)
{
	struct policy *p = ps->p;
	struct level *lv;
	const struct lvparse *lp;
	size_t i, j;
	int prev = 0;

	for (i = 0; i < p->nlevels; i++) {
		lv = &p->levels[i];
		lp = &ps->lp[i];
		if (lp->tenures_line != 0) {
			ps->line = lp->tenures_line;
			if (lp->tenure_line != 0)
				return perr(ps, "level %d has both 'tenure' "
				    "and 'tenures': 'tenures' alone gives each "
				    "limit its own", lv->num);
			if (lp->ntenures != lv->nlimits)
				return perr(ps, "level %d: %zu tenures for %zu "
				    "limits: one for each", lv->num,
				    lp->ntenures, lv->nlimits);
		} else {
			free(lv->tenure10);
			lv->tenure10 = xcalloc(lv->nlimits, sizeof(int));
			for (j = 0; j < lv->nlimits; j++)
				lv->tenure10[j] = lp->tenure_all10;
			ps->line = lp->tenure_line != 0 ? lp->tenure_line :
			    lp->line;
		}
		if (lv->tenure10[0] < prev)
			return perr(ps, "level %d's tenure is below the "
			    "previous level's: tenures go up along the ladder",
			    lv->num);
		prev = lv->tenure10[lv->nlimits - 1];
	}
	return 0;
}

static int
parse_line(struct parser *ps, char *line)
{
	char *w[MAXWORDS], *hash;
	struct decimal d;
	long v;
	int n;

	if ((hash = strchr(line, '#')) != NULL)
		*hash = '\0';
	if ((n = split_words(line, w)) == -1)
		return perr(ps, "%s", "too many words");
	if (n == 0)
		return 0;
	if (strcmp(w[0], "level") == 0) {
		if (ps->cur != NULL && ps->cur->nlimits == 0) {
			ps->line = ps->cp->line;
			return perr(ps, "level %d (%s) has no 'limits'",
			    ps->cur->num, ps->cur->name);
		}
		return parse_level_line(ps, w, n);
	}
	if (ps->cur == NULL) {
		if (strcmp(w[0], "window") == 0) {
			if (n != 2 || word_long(w[1], 3660, &v) == -1 || v < 1)
				return perr(ps, "%s", "'window' needs a number "
				    "of days from 1 to 3660");
			ps->p->window = (int)v;
		} else if (strcmp(w[0], "review") == 0) {
			sb_printf(&ps->p->notes, "%s:%d: 'review' is no longer "
			    "used: review follows a clear shortfall over the "
			    "evidence window ('window'); line ignored\n",
			    ps->name, ps->line);
		} else if (strcmp(w[0], "high-value") == 0) {
			if (n != 2 || word_decimal(w[1], &d) == -1 ||
			    d.scale > 6 || d.m > 1000000000LL)
				return perr(ps, "%s", "'high-value' needs a "
				    "multiplier such as 2 or 1.5");
			ps->p->high_value = d;
		} else
			return perr(ps, "unknown setting '%s' before the "
			    "first level", w[0]);
		return 0;
	}
	if (strcmp(w[0], "limits") == 0)
		return parse_limits(ps, w, n);
	if (strcmp(w[0], "tenure") == 0) {
		if (ps->cp->tenure_line != 0)
			return perr(ps, "%s", "'tenure' given twice");
		if (n != 2 || word_tenure(w[1], &ps->cp->tenure_all10) == -1)
			return perr(ps, "%s", "'tenure' needs months, such as "
			    "3 or 1.5");
		ps->cp->tenure_line = ps->line;
		return 0;
	}
	if (strcmp(w[0], "tenures") == 0)
		return parse_tenures(ps, w, n);
	if (strcmp(w[0], "periods") == 0) {
		sb_printf(&ps->p->notes, "%s:%d: 'periods' is no longer used: "
		    "gates are judged over the evidence window ('window'); "
		    "line ignored\n", ps->name, ps->line);
		return 0;
	}
	if (strcmp(w[0], "sample") == 0) {
		if (n != 2 || word_long(w[1], 1000000000L, &v) == -1)
			return perr(ps, "%s", "'sample' needs a whole number");
		ps->cur->sample = v;
		return 0;
	}
	if (strcmp(w[0], "min") == 0 || strcmp(w[0], "max") == 0 ||
	    strcmp(w[0], "raise-min") == 0 || strcmp(w[0], "raise-max") == 0)
		return parse_gate(ps, w, n);
	return perr(ps, "unknown setting '%s'", w[0]);
}

struct policy *
policy_parse(const char *text, size_t len, const char *name,
    struct strbuf *err)
{
	struct parser ps;
	struct policy *p;
	const char *s = text, *end = text + len, *nl;
	char *line;
	int rv = 0;

	p = xcalloc(1, sizeof(*p));
	p->window = 28;
	p->high_value.m = 1;
	memset(&ps, 0, sizeof(ps));
	ps.name = name;
	ps.err = err;
	ps.p = p;
	while (s < end && rv == 0) {
		ps.line++;
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		if (memchr(s, '\0', (size_t)(nl - s)) != NULL) {
			rv = perr(&ps, "%s", "NUL byte");
			break;
		}
		line = xstrndup(s, (size_t)(nl - s));
		if (nl > s && line[nl - s - 1] == '\r')
			line[nl - s - 1] = '\0';
		rv = parse_line(&ps, line);
		free(line);
		s = nl + 1;
	}
	if (rv == 0 && ps.cur != NULL && ps.cur->nlimits == 0) {
		ps.line = ps.cp->line;
		rv = perr(&ps, "level %d (%s) has no 'limits'", ps.cur->num,
		    ps.cur->name);
	}
	if (rv == 0 && p->nlevels == 0) {
		ps.line = ps.line == 0 ? 1 : ps.line;
		rv = perr(&ps, "%s", "no levels");
	}
	if (rv == 0)
		rv = resolve_tenures(&ps);
	free(ps.lp);
	if (rv != 0) {
		policy_free(p);
		return NULL;
	}
	return p;
}

struct policy *
policy_load(const char *path, struct strbuf *err)
{
	struct strbuf sb = { 0 };
	struct policy *p;
	char buf[8192];
	ssize_t r;
	int fd;

	if (strcmp(path, "-") == 0)
		fd = 0;
	else if ((fd = open(path, O_RDONLY)) == -1) {
		sb_printf(err, "%s: %s", path, strerror(errno));
		return NULL;
	}
	for (;;) {
		r = read(fd, buf, sizeof(buf));
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		sb_add(&sb, buf, (size_t)r);
		if (sb.len > (1 << 20))
			break;
	}
	if (r == -1 || sb.len > (1 << 20)) {
		sb_printf(err, "%s: %s", path, r == -1 ? strerror(errno) :
		    "too large for a policy");
		if (fd != 0)
			close(fd);
		sb_free(&sb);
		return NULL;
	}
	if (fd != 0)
		close(fd);
	p = policy_parse(sb.s != NULL ? sb.s : "", sb.len,
	    strcmp(path, "-") == 0 ? "stdin" : path, err);
	sb_free(&sb);
	return p;
}

struct policy *
policy_default(struct strbuf *err)
{
	return policy_parse(policy_default_text,
	    sizeof(policy_default_text) - 1, "built-in policy", err);
}
