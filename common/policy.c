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
 * The progression of the source material: $25 without approval at the
 * start, up to $50 in months 1-2, $50-200 in months 3-4 on performance,
 * $200-500 in months 5-6 for proven agents; one ladder of limits over the
 * four levels, each level's last step its successor's first.
 */
const char policy_default_text[] =
"# emp-tier's built-in policy (emp-policy(5)): progressive authority.\n"
"# Shortfall in this many consecutive periods gives 'review'.\n"
"review 3\n"
"# rec_limit_high_value = rec_limit x this, for high-value customers.\n"
"high-value 2\n"
"\n"
"level 1 Information access\n"
"\tlimits 25 50\n"
"\ttenure 0\n"
"\tperiods 1\n"
"\tsample 3\n"
"\tmin qa 70\n"
"\traise-min decision_escalated 0.2 n=1\n"
"\n"
"level 2 Process flexibility\n"
"\tlimits 50 100 150 200\n"
"\ttenure 2\n"
"\tperiods 2\n"
"\tsample 3\n"
"\tmin qa 80\n"
"\tmin fcr 0.7\n"
"\tmax transfer_rate 0.15\n"
"\traise-min decision_escalated 0.2 n=1\n"
"\n"
"level 3 Financial authority\n"
"\tlimits 200 300 400 500\n"
"\ttenure 4\n"
"\tperiods 3\n"
"\tsample 3\n"
"\tmin qa 85\n"
"\tmin fcr 0.75\n"
"\tmin no_escalation 0.7\n"
"\tmin csat_rate 0.85\n"
"\tmax transfer_rate 0.1\n"
"\traise-min decision_escalated 0.2 n=1\n"
"\n"
"level 4 Creative problem-solving\n"
"\tlimits 500\n"
"\ttenure 6\n"
"\tperiods 3\n"
"\tsample 3\n"
"\tmin qa 88\n"
"\tmin fcr 0.8\n"
"\tmin csat_rate 0.9\n"
"\tmax transfer_rate 0.08\n"
"\tmin index 60\n";

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
		free(p->levels[i].gates);
	}
	free(p->levels);
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

struct parser {
	const char	*name;
	int		 line;
	struct strbuf	*err;
	struct policy	*p;
	struct level	*cur;
	int		 cur_line;	/* of the current level's line */
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
	lv = &p->levels[p->nlevels++];
	memset(lv, 0, sizeof(*lv));
	lv->num = (int)num;
	lv->periods = 1;
	lv->tenure10 = 0;
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
			ps->line = ps->cur_line;
			return perr(ps, "level %d (%s) has no 'limits'",
			    ps->cur->num, ps->cur->name);
		}
		ps->cur_line = ps->line;
		return parse_level_line(ps, w, n);
	}
	if (ps->cur == NULL) {
		if (strcmp(w[0], "review") == 0) {
			if (n != 2 || word_long(w[1], 1000, &v) == -1 || v < 1)
				return perr(ps, "%s", "'review' needs a number "
				    "of periods from 1 to 1000");
			ps->p->review = (int)v;
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
		/* months, at most one decimal */
		if (n != 2 || word_decimal(w[1], &d) == -1 || d.scale > 1 ||
		    d.m > 12000)
			return perr(ps, "%s", "'tenure' needs months, such as "
			    "3 or 1.5");
		ps->cur->tenure10 = (int)(d.scale == 0 ? d.m * 10 : d.m);
		return 0;
	}
	if (strcmp(w[0], "periods") == 0) {
		if (n != 2 || word_long(w[1], 1000, &v) == -1 || v < 1)
			return perr(ps, "%s", "'periods' needs a number from "
			    "1 to 1000");
		ps->cur->periods = (int)v;
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
	p->review = 3;
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
		ps.line = ps.cur_line;
		rv = perr(&ps, "level %d (%s) has no 'limits'", ps.cur->num,
		    ps.cur->name);
	}
	if (rv == 0 && p->nlevels == 0) {
		ps.line = ps.line == 0 ? 1 : ps.line;
		rv = perr(&ps, "%s", "no levels");
	}
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
