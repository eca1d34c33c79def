/*
 * challenge.c: the engine behind emp-challenge (challenge.h): rules,
 * the negative-review test, candidates, transitions, list, apply, verify
 * and repair.
 */
#include <sys/stat.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "approved.h"
#include "challenge.h"
#include "csvio.h"
#include "emp.h"
#include "events.h"
#include "feeder.h"
#include "hash.h"
#include "ledger.h"
#include "parse.h"
#include "roster.h"
#include "schema.h"
#include "sign.h"
#include "table.h"
#include "termsafe.h"
#include "texttab.h"

#define DAY_MS		86400000LL

void
challenge_opts_init(struct challenge_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->wait = 10;
	o->window = o->older = o->newer = -1;
	o->qa_below.m = CHALLENGE_QA_BELOW;
}

/* Events: the columns a review needs. */

enum { R_ID, R_TS, R_AGENT, R_KIND, R_CSAT, R_NPS, R_QA, R_REASON,
	R_COMMENT, R_CHALLENGE, R_N };
static const int rcol_ev[R_N] = {
	EV_ID, EV_TS, EV_AGENT, EV_KIND, EV_CSAT, EV_NPS, EV_QA, EV_REASON,
	EV_COMMENT, EV_CHALLENGE
};

static void
find_columns(const struct csv_record *hdr, int *idx, int n, const int *ev)
{
	int c;

	for (c = 0; c < n; c++)
		idx[c] = csv_header_find(hdr, ev_cols[ev[c]].name);
}

/*
 * Whether a row is a review (csat, nps or qa holds a value) and whether
 * it is negative: csat <= 2, nps <= 6, qa below the threshold.  Returns 1
 * negative, 0 not, -1 not a review, -2 a bad value (message printed).
 * why gets "csat 1" for the first negative value, and *negcol (when not
 * NULL) its column (R_CSAT, R_NPS or R_QA; -1 for none).
 */
static int
review_negative(const struct csv_record *rec, const int *idx,
    const struct decimal *qa_below, const char *name, char *why,
    size_t whysize, int *negcol)
{
	static const int cols[3] = { R_CSAT, R_NPS, R_QA };
	struct decimal d, lim;
	const char *s;
	char q[80];
	size_t n;
	int i, rv, flags, review = 0, neg = 0;

	if (negcol != NULL)
		*negcol = -1;
	for (i = 0; i < 3; i++) {
		s = csv_record_field_len(rec, idx[cols[i]], &n);
		flags = 0;
		rv = parse_number(s, n, &flags, &d);
		if (rv == PARSE_EMPTY)
			continue;
		if (rv != PARSE_OK) {
			msg_quote(q, sizeof(q), s, n);
			emp_warn("%s:%lu: field '%s': invalid number '%s'",
			    name, rec->line, ev_cols[rcol_ev[cols[i]]].name, q);
			return -2;
		}
		review = 1;
		if (cols[i] == R_QA)
			lim = *qa_below;
		else {
			lim.m = cols[i] == R_CSAT ? 2 : 6;
			lim.scale = 0;
		}
		if (neg)
			continue;
		if (cols[i] == R_QA ? decimal_cmp(&d, &lim) < 0 :
		    decimal_cmp(&d, &lim) <= 0) {
			neg = 1;
			snprintf(why, whysize, "%s %.*s",
			    ev_cols[rcol_ev[cols[i]]].name, (int)n, s);
			if (negcol != NULL)
				*negcol = cols[i];
		}
	}
	return review ? neg : -1;
}

static struct csv_reader *
events_open(const char *path, int *idx, struct csv_record **hdr)
{
	struct csv_reader *rd;

	if ((rd = csv_open_table(path, 0, hdr, 0)) == NULL)
		return NULL;
	find_columns(*hdr, idx, R_N, rcol_ev);
	if (idx[R_ID] < 0) {
		emp_warn("%s:%lu: not an event stream: it needs the column id",
		    csv_reader_name(rd), (*hdr)->line);
		csv_reader_close(rd);
		return NULL;
	}
	return rd;
}

/*
 * Rules: a keyword (a word, a stem "arriv*" or a phrase "never came")
 * -> suggested grounds and a cause category.  Two causes are no causes:
 * "agent" (the comment blames the agent: the review is no candidate)
 * and "none" (the clause says the thing went well: no other rule
 * matches in it).
 *
 * Text is cut into words: runs of ASCII letters and digits and of bytes
 * of 0x80 and above, ASCII case ignored, an apostrophe inside a word
 * dropped ("didn't" and "didnt" are one word; U+2018 and U+2019 are
 * apostrophes).  The punctuation . , ; : ! ? and the words but, however,
 * although and though end a clause; a phrase matches within a clause.
 */

enum { RULE_CAUSE, RULE_AGENT, RULE_NONE };

struct rword {
	size_t	 off, len;	/* in the rule's words buffer */
	int	 stem;		/* a prefix: the word ended with '*' */
};

struct rule {
	char		*keyword;	/* as written, ASCII lowercase */
	size_t		 len;
	char		*grounds;
	char		*cause;
	char		*words;		/* the words, back to back */
	struct rword	*w;
	size_t		 nw;
	int		 kind;		/* RULE_* */
};

/* A word of a text: where it is in the scratch buffer, its clause. */
struct tword {
	size_t	 off, len, clause;
	int	 masked;
};

#define GR_DELIVERY	"late or failed delivery, outside the agent's control"
#define GR_FULFIL	"wrong, missing or damaged goods sent by fulfilment, " \
			"not the agent"
#define GR_STOCK	"product out of stock, outside the agent's control"
#define GR_OUTAGE	"system outage, outside the agent's control"
#define GR_POLICY	"company policy that the agent must follow"
#define GR_PRICING	"prices and billing are set by the company, not the agent"
#define GR_PRODUCT	"a fault of the product, not of the agent"
#define GR_WAIT		"queue waiting time depends on staffing, not the agent"
#define GR_AGENT	"the comment blames the agent: no candidate"
#define GR_NONE		"the clause says it went well: no cause in it"

/*
 * The built-in rules, in order: vetoes and neutral clauses first (their
 * order does not matter), then the causes; the first cause rule that
 * matches wins, so the narrower causes come before the broader ones
 * (a damaged parcel is fulfilment's, not delivery's).  Their precision
 * and recall on tests/emp-challenge/corpus are in emp-challenge(1).
 */
static const char *const default_rules[][3] = {
	/* the agent's own doing */
	{ "rude*", GR_AGENT, "agent" },
	{ "impolite", GR_AGENT, "agent" },
	{ "unprofessional*", GR_AGENT, "agent" },
	{ "unprofesional*", GR_AGENT, "agent" },
	{ "sarcas*", GR_AGENT, "agent" },
	{ "sarky", GR_AGENT, "agent" },
	{ "condescend*", GR_AGENT, "agent" },
	{ "patroni*", GR_AGENT, "agent" },
	{ "arrogant", GR_AGENT, "agent" },
	{ "hung up", GR_AGENT, "agent" },
	{ "hang up", GR_AGENT, "agent" },
	{ "hangs up", GR_AGENT, "agent" },
	{ "didn't listen*", GR_AGENT, "agent" },
	{ "did not listen*", GR_AGENT, "agent" },
	{ "not listening", GR_AGENT, "agent" },
	{ "wasn't listening", GR_AGENT, "agent" },
	{ "interrupt*", GR_AGENT, "agent" },
	{ "unhelpful", GR_AGENT, "agent" },
	{ "not helpful", GR_AGENT, "agent" },
	{ "wasn't helpful", GR_AGENT, "agent" },
	{ "clueless", GR_AGENT, "agent" },
	{ "incompeten*", GR_AGENT, "agent" },
	{ "no empathy", GR_AGENT, "agent" },
	{ "didn't care", GR_AGENT, "agent" },
	{ "lied", GR_AGENT, "agent" },
	{ "lying", GR_AGENT, "agent" },
	{ "wrong information", GR_AGENT, "agent" },
	{ "wrong info", GR_AGENT, "agent" },
	{ "misinform*", GR_AGENT, "agent" },
	{ "shout*", GR_AGENT, "agent" },
	{ "yell*", GR_AGENT, "agent" },
	{ "laughed at", GR_AGENT, "agent" },
	{ "agent was late", GR_AGENT, "agent" },
	{ "late to answer", GR_AGENT, "agent" },
	{ "late to respond", GR_AGENT, "agent" },
	{ "late to reply", GR_AGENT, "agent" },
	{ "slow to answer", GR_AGENT, "agent" },
	{ "slow to respond", GR_AGENT, "agent" },
	{ "call me back", GR_AGENT, "agent" },
	{ "called back", GR_AGENT, "agent" },
	{ "call back", GR_AGENT, "agent" },
	{ "said she would", GR_AGENT, "agent" },
	{ "said he would", GR_AGENT, "agent" },
	{ "was promised", GR_AGENT, "agent" },
	{ "promised to", GR_AGENT, "agent" },
	/* it went well */
	{ "was fine", GR_NONE, "none" },
	{ "were fine", GR_NONE, "none" },
	{ "was ok", GR_NONE, "none" },
	{ "was okay", GR_NONE, "none" },
	{ "on time", GR_NONE, "none" },
	{ "no problem with", GR_NONE, "none" },
	{ "no problems with", GR_NONE, "none" },
	{ "nothing wrong with", GR_NONE, "none" },
	{ "nothing to do with", GR_NONE, "none" },
	/* the causes */
	{ "refund policy", GR_POLICY, "policy" },
	{ "delivery fee*", GR_PRICING, "pricing" },
	{ "delivery charge*", GR_PRICING, "pricing" },
	{ "shipping cost*", GR_PRICING, "pricing" },
	{ "wrong item*", GR_FULFIL, "fulfilment" },
	{ "wrong size*", GR_FULFIL, "fulfilment" },
	{ "wrong colo*", GR_FULFIL, "fulfilment" },
	{ "wrong order", GR_FULFIL, "fulfilment" },
	{ "wrong product", GR_FULFIL, "fulfilment" },
	{ "wrong one", GR_FULFIL, "fulfilment" },
	{ "different size*", GR_FULFIL, "fulfilment" },
	{ "not what i ordered", GR_FULFIL, "fulfilment" },
	{ "someone else's", GR_FULFIL, "fulfilment" },
	{ "damaged", GR_FULFIL, "fulfilment" },
	{ "crushed", GR_FULFIL, "fulfilment" },
	{ "smashed", GR_FULFIL, "fulfilment" },
	{ "scratch*", GR_FULFIL, "fulfilment" },
	{ "missing", GR_FULFIL, "fulfilment" },
	{ "out of stock", GR_STOCK, "stock" },
	{ "backorder*", GR_STOCK, "stock" },
	{ "back order*", GR_STOCK, "stock" },
	{ "sold out", GR_STOCK, "stock" },
	{ "price*", GR_PRICING, "pricing" },
	{ "pricing", GR_PRICING, "pricing" },
	{ "expensive", GR_PRICING, "pricing" },
	{ "overpriced", GR_PRICING, "pricing" },
	{ "overcharg*", GR_PRICING, "pricing" },
	{ "charged twice", GR_PRICING, "pricing" },
	{ "double charged", GR_PRICING, "pricing" },
	{ "fee", GR_PRICING, "pricing" },
	{ "fees", GR_PRICING, "pricing" },
	{ "refund*", GR_PRICING, "pricing" },
	{ "billed", GR_PRICING, "pricing" },
	{ "billing", GR_PRICING, "pricing" },
	{ "subscription*", GR_PRICING, "pricing" },
	{ "outage*", GR_OUTAGE, "outage" },
	{ "system*", GR_OUTAGE, "outage" },
	{ "website*", GR_OUTAGE, "outage" },
	{ "site", GR_OUTAGE, "outage" },
	{ "app", GR_OUTAGE, "outage" },
	{ "portal", GR_OUTAGE, "outage" },
	{ "crash*", GR_OUTAGE, "outage" },
	{ "error*", GR_OUTAGE, "outage" },
	{ "was down", GR_OUTAGE, "outage" },
	{ "is down", GR_OUTAGE, "outage" },
	{ "were down", GR_OUTAGE, "outage" },
	{ "went down", GR_OUTAGE, "outage" },
	{ "log in", GR_OUTAGE, "outage" },
	{ "login", GR_OUTAGE, "outage" },
	{ "timing out", GR_OUTAGE, "outage" },
	{ "timed out", GR_OUTAGE, "outage" },
	{ "deliver*", GR_DELIVERY, "delivery" },
	{ "delivary", GR_DELIVERY, "delivery" },
	{ "delievery", GR_DELIVERY, "delivery" },
	{ "late", GR_DELIVERY, "delivery" },
	{ "delay*", GR_DELIVERY, "delivery" },
	{ "arriv*", GR_DELIVERY, "delivery" },
	{ "never came", GR_DELIVERY, "delivery" },
	{ "never showed", GR_DELIVERY, "delivery" },
	{ "never turned up", GR_DELIVERY, "delivery" },
	{ "not received", GR_DELIVERY, "delivery" },
	{ "never received", GR_DELIVERY, "delivery" },
	{ "haven't received", GR_DELIVERY, "delivery" },
	{ "where is my order", GR_DELIVERY, "delivery" },
	{ "where's my order", GR_DELIVERY, "delivery" },
	{ "no sign of", GR_DELIVERY, "delivery" },
	{ "lost in transit", GR_DELIVERY, "delivery" },
	{ "in transit", GR_DELIVERY, "delivery" },
	{ "ship*", GR_DELIVERY, "delivery" },
	{ "courier*", GR_DELIVERY, "delivery" },
	{ "carrier*", GR_DELIVERY, "delivery" },
	{ "tracking", GR_DELIVERY, "delivery" },
	{ "package*", GR_DELIVERY, "delivery" },
	{ "pakage*", GR_DELIVERY, "delivery" },
	{ "parcel*", GR_DELIVERY, "delivery" },
	{ "postman", GR_DELIVERY, "delivery" },
	{ "customs", GR_DELIVERY, "delivery" },
	{ "van", GR_DELIVERY, "delivery" },
	{ "dpd", GR_DELIVERY, "delivery" },
	{ "dhl", GR_DELIVERY, "delivery" },
	{ "fedex", GR_DELIVERY, "delivery" },
	{ "usps", GR_DELIVERY, "delivery" },
	{ "evri", GR_DELIVERY, "delivery" },
	{ "hermes", GR_DELIVERY, "delivery" },
	{ "royal mail", GR_DELIVERY, "delivery" },
	{ "policy", GR_POLICY, "policy" },
	{ "policies", GR_POLICY, "policy" },
	{ "terms", GR_POLICY, "policy" },
	{ "warranty", GR_POLICY, "policy" },
	{ "guarantee", GR_POLICY, "policy" },
	{ "return", GR_POLICY, "policy" },
	{ "returns", GR_POLICY, "policy" },
	{ "rule", GR_POLICY, "policy" },
	{ "rules", GR_POLICY, "policy" },
	{ "faulty", GR_PRODUCT, "product" },
	{ "defect*", GR_PRODUCT, "product" },
	{ "broke", GR_PRODUCT, "product" },
	{ "broken", GR_PRODUCT, "product" },
	{ "stopped working", GR_PRODUCT, "product" },
	{ "doesn't work", GR_PRODUCT, "product" },
	{ "don't work", GR_PRODUCT, "product" },
	{ "not working", GR_PRODUCT, "product" },
	{ "fell apart", GR_PRODUCT, "product" },
	{ "poor quality", GR_PRODUCT, "product" },
	{ "quality", GR_PRODUCT, "product" },
	{ "battery", GR_PRODUCT, "product" },
	{ "queue*", GR_WAIT, "wait" },
	{ "wait time*", GR_WAIT, "wait" },
	{ "waiting time*", GR_WAIT, "wait" },
	{ "hold time*", GR_WAIT, "wait" },
	{ "get through", GR_WAIT, "wait" },
	{ "lines busy", GR_WAIT, "wait" },
	{ "lines always busy", GR_WAIT, "wait" },
};

struct rules {
	struct rule	*r;
	size_t		 n;
	char		*buf;		/* scratch: a text's words */
	size_t		 bufsize;
	struct tword	*tw;		/* scratch: the words */
	size_t		 ntw, twsize;
};

static int
is_word_byte(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* The length of an apostrophe at s (', U+2018, U+2019), else 0. */
static size_t
apostrophe(const unsigned char *s, size_t n)
{
	if (n >= 1 && s[0] == '\'')
		return 1;
	if (n >= 3 && s[0] == 0xe2 && s[1] == 0x80 &&
	    (s[2] == 0x98 || s[2] == 0x99))
		return 3;
	return 0;
}

static int
is_clause_word(const char *w, size_t n)
{
	static const char *const cw[] = { "but", "however", "although",
	    "though" };
	size_t k;

	for (k = 0; k < sizeof(cw) / sizeof(cw[0]); k++)
		if (strlen(cw[k]) == n && memcmp(cw[k], w, n) == 0)
			return 1;
	return 0;
}

/*
 * Cuts s into words: their lowercase bytes go to *buf (grown, *bufsize),
 * the words to *tw (grown, *twsize), *ntw of them.  With stars (a rule's
 * keyword) a '*' right after a word makes it a stem (stems[i] set) and
 * any other '*' is an error; returns 0, or -1 with *err set.
 */
static int
words_cut(const char *s, size_t n, char **buf, size_t *bufsize,
    struct tword **tw, size_t *ntw, size_t *twsize, int stars, int *stems,
    const char **err)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, a, o = 0, clause = 0;

	*ntw = 0;
	if (*bufsize < n + 1) {
		*buf = xrealloc(*buf, n + 1);
		*bufsize = n + 1;
	}
	while (i < n) {
		if (!is_word_byte(u[i])) {
			if (memchr(".,;:!?", u[i], 6) != NULL)
				clause++;
			if (u[i] == '*' && stars) {
				*err = "a '*' may only end a word";
				return -1;
			}
			i++;
			continue;
		}
		if (*ntw == *twsize) {
			*twsize = *twsize ? *twsize * 2 : 16;
			*tw = xreallocarray(*tw, *twsize, sizeof(**tw));
		}
		(*tw)[*ntw].off = o;
		while (i < n) {
			if (is_word_byte(u[i]))
				(*buf)[o++] = (char)lower(u[i++]);
			else if ((a = apostrophe(u + i, n - i)) > 0 &&
			    i + a < n && is_word_byte(u[i + a]))
				i += a;
			else
				break;
		}
		(*tw)[*ntw].len = o - (*tw)[*ntw].off;
		(*tw)[*ntw].masked = 0;
		if (stars) {
			stems[*ntw] = i < n && u[i] == '*';
			if (stems[*ntw])
				i++;
			if (i < n && (is_word_byte(u[i]) || u[i] == '*')) {
				*err = "a '*' may only end a word";
				return -1;
			}
		} else if (is_clause_word(*buf + (*tw)[*ntw].off,
		    (*tw)[*ntw].len))
			clause++;
		(*tw)[*ntw].clause = clause;
		(*ntw)++;
	}
	if (stars && clause > 0) {
		*err = "punctuation (. , ; : ! ?) splits it: write words and "
		    "spaces";
		return -1;
	}
	if (*ntw == 0) {
		*err = "it holds no word";
		return -1;
	}
	return 0;
}

/* Adds a rule; 0, or -1 with *err set (nothing added). */
static int
rules_add(struct rules *rs, const char *kw, size_t kl, const char *g,
    size_t gl, const char *c, size_t cl, const char **err)
{
	struct rule *r;
	struct tword *tw = NULL;
	char *buf = NULL;
	size_t i, bufsize = 0, ntw = 0, twsize = 0;
	int *stems = xreallocarray(NULL, kl + 1, sizeof(int));

	if (words_cut(kw, kl, &buf, &bufsize, &tw, &ntw, &twsize, 1, stems,
	    err) == -1) {
		free(stems);
		free(tw);
		free(buf);
		return -1;
	}
	rs->r = xreallocarray(rs->r, rs->n + 1, sizeof(*rs->r));
	r = &rs->r[rs->n++];
	r->keyword = xstrndup(kw, kl);
	for (i = 0; i < kl; i++)
		r->keyword[i] = (char)lower((unsigned char)r->keyword[i]);
	r->len = kl;
	r->grounds = xstrndup(g, gl);
	r->cause = cl > 0 ? xstrndup(c, cl) : xstrdup(r->keyword);
	r->kind = strcmp(r->cause, "agent") == 0 ? RULE_AGENT :
	    strcmp(r->cause, "none") == 0 ? RULE_NONE : RULE_CAUSE;
	r->words = buf;
	r->nw = ntw;
	r->w = xreallocarray(NULL, ntw, sizeof(*r->w));
	for (i = 0; i < ntw; i++) {
		r->w[i].off = tw[i].off;
		r->w[i].len = tw[i].len;
		r->w[i].stem = stems[i];
	}
	free(stems);
	free(tw);
	return 0;
}

/* A CSV with the columns keyword and grounds, and optionally cause (else
 * the keyword); 0 or -1. */
static int
rules_load(struct rules *rs, const char *path)
{
	struct csv_reader *rd;
	struct csv_record *rec;
	const char *k, *g, *c, *err;
	char q[80];
	size_t kl, gl, cl;
	int ik, ig, ic, rv;

	if ((rd = csv_reader_open(path, 0)) == NULL) {
		emp_warnerr("%s", path);
		return -1;
	}
	rv = csv_reader_header(rd, &rec);
	if (rv != 1 || rec->err != NULL ||
	    (ik = csv_header_find(rec, "keyword")) < 0 ||
	    (ig = csv_header_find(rec, "grounds")) < 0) {
		emp_warn("%s: not a rules file: it needs a header with the "
		    "columns keyword and grounds", csv_reader_name(rd));
		csv_reader_close(rd);
		return -1;
	}
	ic = csv_header_find(rec, "cause");
	while ((rv = csv_reader_next(rd, &rec)) == 1) {
		if (rec->blank)
			continue;
		c = csv_record_field_len(rec, ic, &cl);
		parse_trim(&c, &cl);
		k = csv_record_field_len(rec, ik, &kl);
		g = csv_record_field_len(rec, ig, &gl);
		parse_trim(&k, &kl);
		parse_trim(&g, &gl);
		if (rec->err != NULL || kl == 0 || gl == 0) {
			emp_warn("%s:%lu: %s", csv_reader_name(rd), rec->line,
			    rec->err != NULL ? rec->err :
			    "a rule needs a keyword and grounds");
			csv_reader_close(rd);
			return -1;
		}
		if (rules_add(rs, k, kl, g, gl, c, cl, &err) == -1) {
			msg_quote(q, sizeof(q), k, kl);
			emp_warn("%s:%lu: field 'keyword': '%s': %s",
			    csv_reader_name(rd), rec->line, q, err);
			csv_reader_close(rd);
			return -1;
		}
	}
	if (rv == -1)
		emp_warn("%s", csv_reader_error(rd));
	csv_reader_close(rd);
	if (rv == 0 && rs->n == 0) {
		emp_warn("%s: no rules", path);
		return -1;
	}
	return rv;
}

/* Whether rule r matches the words of rs at word i (all unmasked when
 * unmasked is set), within one clause. */
static int
rule_at(const struct rules *rs, const struct rule *r, size_t i,
    int unmasked)
{
	const struct tword *t;
	const struct rword *p;
	size_t j;

	if (i + r->nw > rs->ntw)
		return 0;
	for (j = 0; j < r->nw; j++) {
		t = &rs->tw[i + j];
		p = &r->w[j];
		if (t->clause != rs->tw[i].clause || (unmasked && t->masked))
			return 0;
		if (p->stem ? t->len < p->len : t->len != p->len)
			return 0;
		if (memcmp(rs->buf + t->off, r->words + p->off, p->len) != 0)
			return 0;
	}
	return 1;
}

/* A veto that matches s: 1, else 0; the words of s are left in rs, the
 * clauses a "none" rule matches masked. */
static int
rules_scan(struct rules *rs, const char *s, size_t n)
{
	const char *err;
	size_t i, j, k;

	if (words_cut(s, n, &rs->buf, &rs->bufsize, &rs->tw, &rs->ntw,
	    &rs->twsize, 0, NULL, &err) == -1)
		return 0;	/* no word */
	for (k = 0; k < rs->n; k++) {
		if (rs->r[k].kind == RULE_CAUSE)
			continue;
		for (i = 0; i < rs->ntw; i++) {
			if (!rule_at(rs, &rs->r[k], i, 0))
				continue;
			if (rs->r[k].kind == RULE_AGENT)
				return 1;
			for (j = 0; j < rs->ntw; j++)
				if (rs->tw[j].clause == rs->tw[i].clause)
					rs->tw[j].masked = 1;
		}
	}
	return 0;
}

/* The first cause rule that matches the words rules_scan() left. */
static const struct rule *
rules_first(const struct rules *rs)
{
	size_t i, k;

	for (k = 0; k < rs->n; k++) {
		if (rs->r[k].kind != RULE_CAUSE)
			continue;
		for (i = 0; i < rs->ntw; i++)
			if (rule_at(rs, &rs->r[k], i, 1))
				return &rs->r[k];
	}
	return NULL;
}

static void
rules_free(struct rules *rs)
{
	size_t i;

	for (i = 0; i < rs->n; i++) {
		free(rs->r[i].keyword);
		free(rs->r[i].grounds);
		free(rs->r[i].cause);
		free(rs->r[i].words);
		free(rs->r[i].w);
	}
	free(rs->r);
	free(rs->buf);
	free(rs->tw);
	memset(rs, 0, sizeof(*rs));
}

/* The rules of --rules, else the built-in ones; 0 or -1 (reported). */
static int
rules_get(const struct challenge_opts *o, struct rules *rs)
{
	const char *err;
	size_t k;

	memset(rs, 0, sizeof(*rs));
	if (o->rules != NULL)
		return rules_load(rs, o->rules);
	for (k = 0; k < sizeof(default_rules) / sizeof(default_rules[0]); k++)
		if (rules_add(rs, default_rules[k][0],
		    strlen(default_rules[k][0]), default_rules[k][1],
		    strlen(default_rules[k][1]), default_rules[k][2],
		    strlen(default_rules[k][2]), &err) == -1)
			emp_die(EXIT_FAIL, "built-in rule '%s': %s",
			    default_rules[k][0], err);
	return 0;
}

/*
 * The rule of a row: none when its reason or its comment holds a rule of
 * cause "agent"; else the first cause rule that matches the reason, else
 * the first that matches the comment, outside the clauses a rule of
 * cause "none" matches.
 */
static const struct rule *
rules_match_row(struct rules *rs, const struct csv_record *rec,
    const int *idx)
{
	const struct rule *r;
	const char *s;
	size_t n;

	s = csv_record_field_len(rec, idx[R_COMMENT], &n);
	if (rules_scan(rs, s, n))
		return NULL;
	s = csv_record_field_len(rec, idx[R_REASON], &n);
	if (rules_scan(rs, s, n))
		return NULL;
	if ((r = rules_first(rs)) != NULL)
		return r;
	s = csv_record_field_len(rec, idx[R_COMMENT], &n);
	(void)rules_scan(rs, s, n);
	return rules_first(rs);
}

/* ledger_open()'s result as an exit status. */
static int
ledger_status(int rv)
{
	return rv == LEDGER_OK ? EXIT_OK : rv == LEDGER_BUSY ? EXIT_BUSY :
	    EXIT_FAIL;
}

/* Opens the roster and then the ledger (flags of ledger_open()); an exit
 * status.  On failure both are closed. */
static int
open_both(const struct challenge_opts *o, struct roster *ro,
    struct ledger *l, int flags)
{
	int rv;

	if (roster_load(ro, o->roster) == -1) {
		roster_free(ro);
		return EXIT_FAIL;
	}
	if ((rv = ledger_open(l, o->ledger, ro, flags, o->wait)) !=
	    LEDGER_OK) {
		ledger_close(l);
		roster_free(ro);
		return ledger_status(rv);
	}
	return EXIT_OK;
}

/* candidates */

static int
do_candidates(const struct challenge_opts *o, int argc, char **argv)
{
	struct ledger l;
	struct roster ro;
	struct rules rs;
	struct output out;
	struct csv_reader *rd;
	struct csv_record *rec;
	const struct challenge *c;
	const struct rule *r;
	const char *s, *path, *kind;
	char why[80];
	int idx[R_N], i, rv, status = EXIT_OK, have_ledger = 0;
	size_t n, kn, k, nhdr;
	int64_t ts;
	static const char *const cols[] = {
		"review", "ts", "agent", "kind", "csat", "nps", "qa", "reason",
		"comment", "keyword", "cause", "grounds"
	};

	if (rules_get(o, &rs) == -1) {
		rules_free(&rs);	/* the rules before the bad one */
		return EXIT_FAIL;
	}
	/* with a ledger, reviews already challenged are no candidates; one
	 * not made yet has none */
	if (o->ledger != NULL && *o->ledger != '\0' &&
	    access(o->ledger, F_OK) == 0) {
		if ((rv = open_both(o, &ro, &l, 0)) != EXIT_OK) {
			rules_free(&rs);
			return rv;
		}
		ledger_unlock(&l);
		have_ledger = 1;
	}

	cli_output_open(&o->cli, &out);
	for (k = 0; k < sizeof(cols) / sizeof(cols[0]); k++)
		csv_writer_str(&out.w, cols[k]);
	csv_writer_endrow(&out.w);
	for (i = 0; i < (argc == 0 ? 1 : argc); i++) {
		path = argc == 0 ? "-" : argv[i];
		if ((rd = events_open(path, idx, &rec)) == NULL) {
			status = EXIT_FAIL;
			continue;
		}
		nhdr = rec->nfields;
		while ((rv = csv_reader_next(rd, &rec)) == 1) {
			if (rec->blank)
				continue;
			if (csv_record_check(rec, nhdr, NULL, why,
			    sizeof(why)) == -1) {
				emp_warn("%s:%lu: %s", csv_reader_name(rd),
				    rec->line, why);
				status = EXIT_FAIL;
				continue;
			}
			s = csv_record_field_len(rec, idx[R_ID], &n);
			if (n == 0)
				continue;
			kind = csv_record_field_len(rec, idx[R_KIND], &kn);
			if (have_ledger && (c = ledger_find_review(&l, s, n,
			    kind, kn)) != NULL && c->status != ST_WITHDRAWN)
				continue;
			rv = review_negative(rec, idx, &o->qa_below,
			    csv_reader_name(rd), why, sizeof(why), NULL);
			if (rv == -2)
				status = EXIT_FAIL;
			if (rv != 1)
				continue;
			if (o->window >= 0) {
				s = csv_record_field_len(rec, idx[R_TS], &n);
				if (parse_time(s, n, NULL, &ts) != PARSE_OK ||
				    o->now - ts > o->window * DAY_MS)
					continue;
			}
			if ((r = rules_match_row(&rs, rec, idx)) == NULL)
				continue;
			for (k = 0; k < 9; k++) {
				s = csv_record_field_len(rec, idx[k == 0 ? R_ID : k == 1 ?
				    R_TS : k == 2 ? R_AGENT : k == 3 ? R_KIND :
				    (int)k], &n);
				csv_writer_field(&out.w, s, n);
			}
			csv_writer_field(&out.w, r->keyword, r->len);
			csv_writer_str(&out.w, r->cause);
			csv_writer_str(&out.w, r->grounds);
			csv_writer_endrow(&out.w);
		}
		if (rv == -1) {
			emp_warn("%s", csv_reader_error(rd));
			status = EXIT_FAIL;
		}
		csv_reader_close(rd);
	}
	if (output_commit(&out) == -1)
		status = EXIT_FAIL;
	if (have_ledger) {
		ledger_close(&l);
		roster_free(&ro);
	}
	rules_free(&rs);
	return status;
}

/* open, withdraw, approve, deny, revoke */

/* The review an open names, as found in the events. */
struct found {
	char		*agent, *kind, *cause;
	int64_t		 ts;
	int		 negative;
	int		 metric;	/* the negative measure's EV_ column */
	int64_t		 value;		/* its score, millionths; */
	int		 valued;	/* 1 when it is one */
	unsigned long	 line;
};

static void
found_free(struct found *f)
{
	free(f->agent);
	free(f->kind);
	free(f->cause);
	memset(f, 0, sizeof(*f));
}

/*
 * Finds the review in the events: the review rows (a csat, nps or qa
 * value) with its id, and of o->kind when given.  1 found (f set), 0
 * not, -1 error (reported; reviews of several kinds with the id and no
 * --kind is one).
 */
static int
review_lookup(const struct challenge_opts *o, struct rules *rs,
    const char *review, struct found *f, char *why, size_t whysize)
{
	struct csv_reader *rd;
	struct csv_record *rec;
	const struct rule *r;
	const char *s, *name;
	size_t n, len = strlen(review);
	int idx[R_N], rv, neg, negcol, found = 0;
	char w[80], err[300];

	memset(f, 0, sizeof(*f));
	if ((rd = events_open(o->events, idx, &rec)) == NULL)
		return -1;
	name = csv_reader_name(rd);
	while ((rv = csv_reader_next(rd, &rec)) == 1) {
		if (rec->blank || rec->err != NULL)
			continue;
		s = csv_record_field_len(rec, idx[R_ID], &n);
		if (n != len || memcmp(s, review, n) != 0)
			continue;
		s = csv_record_field_len(rec, idx[R_KIND], &n);
		if (o->kind != NULL && (n != strlen(o->kind) ||
		    memcmp(s, o->kind, n) != 0))
			continue;
		if ((neg = review_negative(rec, idx, &o->qa_below, name, w,
		    sizeof(w), &negcol)) == -2) {
			rv = -2;
			break;
		}
		if (neg == -1)
			continue;	/* the same id on a row that is no review */
		if (found) {
			if (n == strlen(f->kind) && memcmp(s, f->kind, n) == 0)
				continue;	/* the first of its kind counts */
			emp_warn("%s:%lu: review '%s' is ambiguous: a %s (line "
			    "%lu) and a %.*s have this id: name one with "
			    "--kind", name, rec->line, review, f->kind, f->line,
			    (int)(n > 20 ? 20 : n), s);
			rv = -2;
			break;
		}
		found = 1;
		f->line = rec->line;
		f->kind = xstrndup(s, n);
		f->negative = neg;
		f->metric = negcol >= 0 ? rcol_ev[negcol] : -1;
		if (negcol >= 0) {
			const char *vs;
			size_t vn;

			vs = csv_record_field_len(rec, idx[negcol], &vn);
			f->valued = ev_read(f->metric, vs, vn, &f->value, err,
			    sizeof(err)) == 1;
		}
		snprintf(why, whysize, "%s", w);
		s = csv_record_field_len(rec, idx[R_TS], &n);
		if (parse_time(s, n, NULL, &f->ts) != PARSE_OK) {
			emp_warn("%s:%lu: field 'ts': invalid time", name,
			    rec->line);
			rv = -2;
			break;
		}
		s = csv_record_field_len(rec, idx[R_AGENT], &n);
		parse_trim(&s, &n);
		f->agent = xstrndup(s, n);
		if ((r = rules_match_row(rs, rec, idx)) != NULL)
			f->cause = xstrdup(r->cause);
	}
	if (rv == -1)
		emp_warn("%s", csv_reader_error(rd));
	csv_reader_close(rd);
	if (rv == -1 || rv == -2) {
		found_free(f);
		return -1;
	}
	return found;
}

/*
 * Who acts: the roster's person whose key the secret key's is, checked
 * against --as / $EMP_USER.  NULL (reported) when the key cannot be read
 * or is nobody's.
 */
static const struct person *
whoami(const struct challenge_opts *o, const struct roster *ro,
    struct sign_key *key)
{
	const struct person *p, *cur;
	char pk[SIGN_PK_TEXT];

	if (sign_init() == -1 || sign_key_load(o->key, key) == -1)
		return NULL;
	if ((p = roster_find_key(ro, key->pk)) == NULL) {
		sign_pk_format(key->pk, pk);
		emp_warn("%s: this key is in no row of the roster %s: an admin "
		    "puts its public key, %s, in your row's key column", o->key,
		    ro->path, pk);
		return NULL;
	}
	cur = roster_find(ro, p->name, strlen(p->name));
	if (cur == NULL || !roster_has_key(cur, key->pk)) {
		emp_warn("%s: this key is %s's, but not in %s's row in force "
		    "now%s: it can no longer sign", o->key, p->name, p->name,
		    cur == NULL ? " (there is none)" : "");
		return NULL;
	}
	p = cur;
	if (o->as != NULL && !roster_name_eq(o->as, strlen(o->as), p->name,
	    strlen(p->name))) {
		emp_warn("you are %s (the key %s is %s's in the roster), not "
		    "%s: nobody acts under another's name", p->name, o->key,
		    p->name, o->as);
		return NULL;
	}
	return p;
}

static int
do_open_check(const struct challenge_opts *o, const char *review,
    const struct found *f, long window)
{
	if (!f->negative) {
		emp_warn("review '%s' is not negative (csat <= 2, nps <= 6 or "
		    "qa below the --qa-below threshold): it cannot be "
		    "challenged", review);
		return -1;
	}
	if (o->now - f->ts > window * DAY_MS) {
		emp_warn("review '%s' is %lld days old: a challenge must be "
		    "opened within %ld days of the review (--window)", review,
		    (long long)((o->now - f->ts) / DAY_MS), window);
		return -1;
	}
	if (f->ts > o->now) {
		emp_warn("review '%s' is dated after now: it cannot be "
		    "challenged yet", review);
		return -1;
	}
	if (*f->kind == '\0') {
		emp_warn("review '%s' has no kind in the events: a challenge "
		    "names its review by id and kind", review);
		return -1;
	}
	if (*f->agent == '\0') {
		emp_warn("review '%s' has no agent: there is nobody whose "
		    "review it is", review);
		return -1;
	}
	return 0;
}

/*
 * A score given with --score for metric, in millionths into *v: 0, or -1
 * (reported).
 */
static int
score_arg(const char *s, int metric, int64_t *v)
{
	const struct ev_colinfo *ci = &ev_cols[metric];
	char err[300];

	if (ev_read(metric, s, strlen(s), v, err, sizeof(err)) == 1)
		return 0;
	emp_warn("--score '%s': not a %s score: use %s from %d to %d", s,
	    ci->name, ci->integer ? "a whole number" : "a number", ci->min,
	    ci->max);
	return -1;
}

/*
 * open's proposal (--score, --reassign) into tx, in buf: 0, or -1
 * (reported).  The score corrects the review's negative measure.
 */
static int
open_proposal(const struct challenge_opts *o, const struct roster *ro,
    const struct found *f, const char *review, struct ledger_tx *tx,
    char *buf, size_t size)
{
	const struct person *p;
	int64_t to;

	if (o->score != NULL) {
		if (f->metric < 0 || !f->valued) {
			emp_warn("review '%s': its %s is not a %s score: no "
			    "corrected score can replace it", review,
			    f->metric < 0 ? "value" : ev_cols[f->metric].name,
			    f->metric < 0 ? "known" : ev_cols[f->metric].name);
			return -1;
		}
		if (score_arg(o->score, f->metric, &to) == -1)
			return -1;
		if (to <= f->value) {
			ledger_score_format(buf, size, f->metric, f->value,
			    f->value);
			emp_warn("--score '%s': a corrected score is higher "
			    "than the review's %s %s", o->score,
			    ev_cols[f->metric].name, strchr(buf, '>') + 1);
			return -1;
		}
		ledger_score_format(buf, size, f->metric, f->value, to);
		tx->score = buf;
	}
	if (o->reassign != NULL) {
		if ((p = roster_find(ro, o->reassign,
		    strlen(o->reassign))) == NULL) {
			emp_warn("--reassign '%s': not in the roster %s: a "
			    "review is reassigned to a person of it",
			    o->reassign, ro->path);
			return -1;
		}
		tx->reassign = p->name;
	}
	return 0;
}

/*
 * The colleague of open --reassign (tx->reassign, in the agent's team
 * now: ledger_may_propose()) took the call: in the agent's team on the
 * review's date too (the roster's rows then).  0, or -1 (reported).
 */
static int
reassign_then(const struct roster *ro, const struct found *f,
    const struct ledger_tx *tx)
{
	const struct person *a, *q;
	char t[32];

	if (tx->reassign == NULL)
		return 0;
	a = roster_find_at(ro, f->agent, strlen(f->agent), f->ts);
	q = roster_find_at(ro, tx->reassign, strlen(tx->reassign), f->ts);
	if (a != NULL && q != NULL && *a->team != '\0' &&
	    roster_name_eq(a->team, strlen(a->team), q->team,
	    strlen(q->team)))
		return 0;
	time_format(f->ts, t);
	emp_warn("%s was not in %s's team on the review's date, %s (the "
	    "roster's rows then): a review is reassigned within its agent's "
	    "team", tx->reassign, f->agent, t);
	return -1;
}

/* approve --score: the corrected score of c's proposal into tx, in buf. */
static int
approve_score(const struct challenge_opts *o, const struct challenge *c,
    struct ledger_tx *tx, char *buf, size_t size)
{
	struct ledger_score p;
	char err[300];
	int64_t to;

	tx->score = o->score;	/* ledger_check() says why it cannot be */
	if (c == NULL || c->score == NULL ||
	    ledger_score_parse(c->score, &p, err, sizeof(err)) == -1)
		return 0;
	if (score_arg(o->score, p.metric, &to) == -1)
		return -1;
	if (to <= p.from) {
		ledger_score_format(buf, size, p.metric, p.from, p.from);
		emp_warn("--score '%s': a corrected score is higher than the "
		    "review's %s %s; deny %s instead", o->score,
		    ev_cols[p.metric].name, strchr(buf, '>') + 1, c->id);
		return -1;
	}
	if (to == p.to) {
		tx->score = NULL;	/* as proposed: no score field */
		return 0;
	}
	ledger_score_format(buf, size, p.metric, p.from, to);
	tx->score = buf;
	return 0;
}

static int
do_transition(const struct challenge_opts *o, enum challenge_cmd cmd,
    const char *arg)
{
	struct ledger l;
	struct roster ro;
	struct rules rs = { 0 };
	struct sign_key key;
	struct ledger_tx tx;
	struct found f;
	const struct challenge *c;
	const struct person *me;
	char id[32], why[80] = "", err[512], score[128];
	long window = o->window < 0 ? CHALLENGE_WINDOW : o->window;
	int rv, status = EXIT_OK;

	memset(&tx, 0, sizeof(tx));
	memset(&f, 0, sizeof(f));
	memset(&key, 0, sizeof(key));
	if (roster_load(&ro, o->roster) == -1) {
		roster_free(&ro);
		return EXIT_FAIL;
	}
	if ((me = whoami(o, &ro, &key)) == NULL) {
		sign_key_wipe(&key);
		roster_free(&ro);
		return EXIT_FAIL;
	}
	tx.actor = me->name;
	tx.ts = o->now;
	if (cmd == CHALLENGE_OPEN) {
		tx.action = ACT_OPEN;
		tx.text = o->grounds != NULL ? o->grounds : "";
		/* the rule that needs no ledger and no events first */
		if (tx.text[strspn(tx.text, " \t")] == '\0') {
			emp_warn("grounds are mandatory: say why the review "
			    "was not the agent's fault (--grounds)");
			status = EXIT_FAIL;
			goto done;
		}
		if (rules_get(o, &rs) == -1 ||
		    (rv = review_lookup(o, &rs, arg, &f, why,
		    sizeof(why))) == -1) {
			status = EXIT_FAIL;
			goto done;
		}
		if (rv == 0) {
			emp_warn("review '%s'%s%s is not in %s: only a review "
			    "can be challenged", arg, o->kind ? " of kind " :
			    "", o->kind ? o->kind : "", o->events);
			status = EXIT_FAIL;
			goto done;
		}
		if (do_open_check(o, arg, &f, window) == -1) {
			status = EXIT_FAIL;
			goto done;
		}
		/* before the ledger is opened, so a refusal creates none */
		if (ledger_may_open(&ro, me, f.agent, arg, o->now, err,
		    sizeof(err)) == -1) {
			emp_warn("%s", err);
			status = EXIT_FAIL;
			goto done;
		}
		tx.review = arg;
		tx.kind = f.kind;
		tx.agent = f.agent;
		tx.cause = o->cause != NULL ? o->cause : f.cause;
		if (open_proposal(o, &ro, &f, arg, &tx, score,
		    sizeof(score)) == -1) {
			status = EXIT_FAIL;
			goto done;
		}
		if (ledger_may_propose(&ro, &tx, err, sizeof(err)) == -1) {
			emp_warn("%s", err);
			status = EXIT_FAIL;
			goto done;
		}
		if (reassign_then(&ro, &f, &tx) == -1) {
			status = EXIT_FAIL;
			goto done;
		}
	} else {
		tx.action = cmd == CHALLENGE_WITHDRAW ? ACT_WITHDRAW :
		    cmd == CHALLENGE_APPROVE ? ACT_APPROVE :
		    cmd == CHALLENGE_DENY ? ACT_DENY : ACT_REVOKE;
		tx.challenge = arg;
		tx.text = o->note != NULL ? o->note : "";
	}

	if ((rv = ledger_open(&l, o->ledger, &ro, LEDGER_WRITE, o->wait)) !=
	    LEDGER_OK) {
		ledger_close(&l);
		status = ledger_status(rv);
		goto done;
	}
	if (o->now < l.last_ts) {
		char t1[32], t2[32];

		time_format(o->now, t1);
		time_format(l.last_ts, t2);
		emp_warn("%s: this machine's clock reads %s, before the "
		    "ledger's last line (%s): a ledger's times only go "
		    "forward; check the clock", o->ledger, t1, t2);
		status = EXIT_FAIL;
	} else {
		if (cmd == CHALLENGE_OPEN) {
			ledger_next_id(&l, id, sizeof(id));
			tx.challenge = id;
		} else if ((c = ledger_find(&l, arg)) != NULL) {
			tx.review = c->review;
			tx.kind = c->kind;
			tx.agent = c->agent;
		} else
			tx.review = tx.kind = tx.agent = "";
		if (cmd == CHALLENGE_APPROVE && o->score != NULL &&
		    approve_score(o, c, &tx, score, sizeof(score)) == -1)
			status = EXIT_FAIL;
		else if (ledger_append(&l, &tx, me, &key, NULL) == -1)
			status = EXIT_FAIL;
		else if (cmd == CHALLENGE_OPEN)
			printf("%s\n", id);
	}
	ledger_close(&l);
done:
	found_free(&f);
	rules_free(&rs);
	sign_key_wipe(&key);
	roster_free(&ro);
	if (status == EXIT_OK)
		status = emp_exit_stdout();
	return status;
}

/* list */

static int
selected(const struct challenge_opts *o, const struct challenge *c)
{
	int64_t age = o->now - c->opened;

	if (o->statuses != 0 && !(o->statuses & (1u << c->status)))
		return 0;
	if (o->agent != NULL && !roster_name_eq(o->agent, strlen(o->agent),
	    c->agent, strlen(c->agent)))
		return 0;
	if (o->older >= 0 && age < o->older * DAY_MS)
		return 0;
	if (o->newer >= 0 && age >= o->newer * DAY_MS)
		return 0;
	return 1;
}

static void
add_time(struct texttab *t, int64_t ms)
{
	char buf[32];

	if (ms == 0)
		buf[0] = '\0';
	else
		time_format(ms, buf);
	texttab_add(t, buf);
}

/* ledger_stats()'s selection: the options' filters. */
static int
stats_selected(const struct challenge *c, const void *arg)
{
	return selected(arg, c);
}

static void
list_stats(const struct challenge_opts *o, const struct ledger *l,
    struct texttab *t)
{
	static const char *const cols[] = {
		"opened", "withdrawn", "approved", "denied", "revoked",
		"pending", "approval_rate", "median_days"
	};
	static const char *const bys[] = { "agent", "cause", "decider" };
	static const int order[5] = {
		ST_WITHDRAWN, ST_APPROVED, ST_DENIED, ST_REVOKED, ST_PENDING
	};
	struct ledger_stats *as, *a;
	unsigned long yes, all;
	size_t i, n, k;
	char buf[32];

	t->ncols = 1 + sizeof(cols) / sizeof(cols[0]);
	texttab_add(t, bys[o->by]);
	for (k = 0; k + 1 < t->ncols; k++)
		texttab_add(t, cols[k]);
	n = ledger_stats(l, (enum ledger_by)o->by, stats_selected, o, &as);
	for (i = 0; i < n; i++) {
		a = &as[i];
		texttab_add(t, a->key);
		snprintf(buf, sizeof(buf), "%lu", a->opened);
		texttab_add(t, buf);
		for (k = 0; k < 5; k++) {
			snprintf(buf, sizeof(buf), "%lu", a->n[order[k]]);
			texttab_add(t, buf);
		}
		yes = a->n[ST_APPROVED] + a->n[ST_REVOKED];
		all = yes + a->n[ST_DENIED];
		if (all == 0)
			buf[0] = '\0';
		else
			num_fmt(buf, sizeof(buf), (double)yes / (double)all,
			    2, 0);
		texttab_add(t, buf);
		num_fmt_days(buf, sizeof(buf), a->median_ms);
		texttab_add(t, buf);
	}
	free(as);
}

/* list's measure, score, proposed_score, approved_score and reassign of
 * c: the scores as the ledger writes them, the approved one only when
 * the challenge was approved (revoked or not). */
static void
list_proposal(struct texttab *t, const struct challenge *c)
{
	struct ledger_score p, a;
	char err[300], buf[3][48];
	const char *s;
	int i, approved = c->status == ST_APPROVED ||
	    c->status == ST_REVOKED;

	memset(buf, 0, sizeof(buf));
	if (c->score != NULL && ledger_score_parse(c->score, &p, err,
	    sizeof(err)) == 0) {
		texttab_add(t, ev_cols[p.metric].name);
		s = strchr(c->score, '=') + 1;
		snprintf(buf[0], sizeof(buf[0]), "%.*s",
		    (int)(strchr(s, '>') - s), s);
		snprintf(buf[1], sizeof(buf[1]), "%s", strchr(s, '>') + 1);
		if (approved && c->approved_score != NULL &&
		    ledger_score_parse(c->approved_score, &a, err,
		    sizeof(err)) == 0)
			snprintf(buf[2], sizeof(buf[2]), "%s",
			    strchr(c->approved_score, '>') + 1);
		else if (approved)
			snprintf(buf[2], sizeof(buf[2]), "%s", buf[1]);
	} else
		texttab_add(t, "");
	for (i = 0; i < 3; i++)
		texttab_add(t, buf[i]);
	texttab_add(t, c->reassign != NULL ? c->reassign : "");
}

static int
do_list(const struct challenge_opts *o)
{
	static const char *const cols[] = {
		"challenge", "review", "kind", "agent", "cause", "status",
		"opened", "decided", "decider", "grounds", "note", "revoked",
		"revoker", "revoke_note", "measure", "score", "proposed_score",
		"approved_score", "reassign"
	};
	struct ledger l;
	struct roster ro;
	struct texttab t = { NULL, 0, 0, 0 };
	struct output out;
	size_t i, k;
	int rv;

	if ((rv = open_both(o, &ro, &l, 0)) != EXIT_OK)
		return rv;
	ledger_unlock(&l);
	if (o->stats)
		list_stats(o, &l, &t);
	else {
		t.ncols = sizeof(cols) / sizeof(cols[0]);
		for (k = 0; k < t.ncols; k++)
			texttab_add(&t, cols[k]);
		for (i = 0; i < l.nch; i++) {
			const struct challenge *c = &l.ch[i];

			if (!selected(o, c))
				continue;
			texttab_add(&t, c->id);
			texttab_add(&t, c->review);
			texttab_add(&t, c->kind);
			texttab_add(&t, c->agent);
			texttab_add(&t, c->cause);
			texttab_add(&t, ledger_statuses[c->status]);
			add_time(&t, c->opened);
			add_time(&t, c->decided);
			texttab_add(&t, c->decider != NULL ? c->decider : "");
			texttab_add(&t, c->grounds);
			texttab_add(&t, c->note != NULL ? c->note : "");
			add_time(&t, c->revoked);
			texttab_add(&t, c->revoker != NULL ? c->revoker : "");
			texttab_add(&t, c->revoke_note != NULL ?
			    c->revoke_note : "");
			list_proposal(&t, c);
		}
	}
	cli_output_open(&o->cli, &out);
	texttab_write(&t, &out.w, o->text);
	texttab_free(&t);
	ledger_close(&l);
	roster_free(&ro);
	return output_commit(&out) == -1 ? EXIT_FAIL : EXIT_OK;
}

/* apply */

static int
has_value(const struct csv_record *rec, int i)
{
	const char *s;
	size_t n;

	s = csv_record_field_len(rec, i, &n);
	return n > 0 && !parse_is_unknown(s, n);
}

struct apply {
	struct approved_set set;
	struct csv_writer *w;
	const char	*name;
	const char	*ledger;
	int		 idx[R_N];
	int		 add;		/* the challenge column is added */
	size_t		 nhdr;		/* fields of the header */
	const struct decimal *qa_below;
	uint64_t	 rows, marked, bad, refused;
};

/*
 * Whether an approved challenge applies to the review in rec: the review
 * must be the challenging agent's (when the stream has an agent column),
 * negative, and not marked before.  A challenge that does not apply is
 * reported once, with its ledger line.
 */
static int
applicable(struct apply *a, struct approved *ap, const struct csv_record *rec)
{
	const char *s;
	char q[80], why[160];
	size_t n;
	int rv;

	s = csv_record_field_len(rec, a->idx[R_AGENT], &n);
	if (a->idx[R_AGENT] >= 0 && !approved_agent_is(ap, s, n)) {
		msg_quote(q, sizeof(q), s, n);
		snprintf(why, sizeof(why), "the review is %s's, not %s's", q,
		    ap->c->agent);
	} else if ((rv = review_negative(rec, a->idx, a->qa_below, a->name,
	    why, sizeof(why), NULL)) == 1) {
		if (!ap->seen)
			return 1;
		snprintf(why, sizeof(why), "its review was marked already: "
		    "a challenge takes out one review");
	} else
		snprintf(why, sizeof(why), "the review is not negative");
	if (!ap->reported) {
		emp_warn("%s:%lu: %s (%s:%lu) not applied: %s", a->name,
		    rec->line, ap->c->id, a->ledger, ap->c->line, why);
		ap->reported = 1;
		a->refused++;
	}
	return 0;
}

static void
apply_one(struct csv_record *rec, void *arg)
{
	struct apply *a = arg;
	struct approved *ap = NULL;
	const int ch = a->idx[R_CHALLENGE];
	const char *kind;
	size_t i, n = rec->nfields, kn;
	int id = a->idx[R_ID];

	if (rec->blank) {
		csv_writer_endrow(a->w);	/* as read, but no event */
		return;
	}
	a->rows++;
	if (rec->err != NULL) {
		/* passed on as read, and reported */
		emp_warn("%s:%lu: %s", a->name, rec->line, rec->err);
		csv_writer_raw(a->w, rec->fields[0], rec->lens[0]);
		csv_writer_raw(a->w, "\n", 1);
		a->bad++;
		return;
	}
	if (n != a->nhdr) {
		/* ragged: no column can be trusted; passed on as read */
		emp_warn("%s:%lu: expected %zu fields, found %zu", a->name,
		    rec->line, a->nhdr, n);
		for (i = 0; i < n; i++)
			csv_writer_field(a->w, rec->fields[i], rec->lens[i]);
		csv_writer_endrow(a->w);
		a->bad++;
		return;
	}
	if (a->set.n != 0 && (size_t)id < n) {
		kind = csv_record_field_len(rec, a->idx[R_KIND], &kn);
		ap = approved_find(&a->set, rec->fields[id], rec->lens[id],
		    kind, kn);
	}
	if (ap != NULL && !has_value(rec, a->idx[R_CSAT]) &&
	    !has_value(rec, a->idx[R_NPS]) && !has_value(rec, a->idx[R_QA]))
		ap = NULL;	/* the same id on a row that is no review */
	if (ap != NULL && !applicable(a, ap, rec))
		ap = NULL;
	for (i = 0; i < n; i++) {
		if (ap != NULL && (int)i == ch)
			csv_writer_str(a->w, ap->c->id);
		else
			csv_writer_field(a->w, rec->fields[i], rec->lens[i]);
	}
	if (a->add) {
		if (ap != NULL)
			csv_writer_str(a->w, ap->c->id);
		else
			csv_writer_field(a->w, "", 0);
	}
	if (ap != NULL) {
		a->marked++;
		ap->seen = 1;
	}
	csv_writer_endrow(a->w);
}

static int
same_header(const struct csv_record *a, char **f, size_t *lens, size_t n)
{
	size_t i;

	if (a->nfields != n)
		return 0;
	for (i = 0; i < n; i++)
		if (a->lens[i] != lens[i] || memcmp(a->fields[i], f[i],
		    lens[i]) != 0)
			return 0;
	return 1;
}

static int
do_apply(const struct challenge_opts *o, int argc, char **argv)
{
	struct ledger l;
	struct roster ro;
	struct apply a;
	struct output out;
	struct csv_reader *rd;
	struct csv_record *hdr;
	char **hf = NULL;
	size_t *hl = NULL, hn = 0, i;
	const char *path;
	char bad[64] = "", refused[120] = "";
	struct strbuf sb = { 0 };
	int rv, k, status = EXIT_OK, opened = 0;

	if ((rv = open_both(o, &ro, &l, 0)) != EXIT_OK) {
		emp_warn("nothing applied: the ledger cannot be used");
		return rv;
	}
	ledger_unlock(&l);
	memset(&a, 0, sizeof(a));
	a.qa_below = &o->qa_below;
	a.ledger = o->ledger;
	approved_init(&a.set, &l);

	for (k = 0; k < (argc == 0 ? 1 : argc); k++) {
		path = argc == 0 ? "-" : argv[k];
		if ((rd = events_open(path, a.idx, &hdr)) == NULL) {
			status = EXIT_FAIL;
			continue;
		}
		a.name = csv_reader_name(rd);
		if (!opened) {
			output_open(&out, o->cli.output, o->cli.tsv ? '\t' :
			    csv_reader_delim(rd), o->cli.gzip ? CSVW_GZIP : 0);
			a.w = &out.w;
			opened = 1;
			a.add = a.idx[R_CHALLENGE] < 0;
			for (i = 0; i < hdr->nfields; i++)
				csv_writer_field(a.w, hdr->fields[i],
				    hdr->lens[i]);
			if (a.add)
				csv_writer_field(a.w, "challenge", 9);
			csv_writer_endrow(a.w);
			hn = a.nhdr = hdr->nfields;
			hf = xcalloc(hn, sizeof(*hf));
			hl = xcalloc(hn, sizeof(*hl));
			for (i = 0; i < hn; i++) {
				hf[i] = xstrndup(hdr->fields[i], hdr->lens[i]);
				hl[i] = hdr->lens[i];
			}
		} else if (!same_header(hdr, hf, hl, hn)) {
			emp_warn("%s:%lu: the columns differ from the first "
			    "input's: file skipped", a.name, hdr->line);
			csv_reader_close(rd);
			status = EXIT_FAIL;
			continue;
		}
		if (feeder_run(rd, apply_one, &a) == -1) {
			emp_warn("%s", csv_reader_error(rd));
			status = EXIT_FAIL;
		}
		csv_reader_close(rd);
	}
	if (a.bad > 0 || (o->strict && a.refused > 0) ||
	    (o->strict && l.invalid > 0))
		status = EXIT_FAIL;
	if (a.bad > 0)
		snprintf(bad, sizeof(bad), " (%llu malformed, passed on as "
		    "read)", (unsigned long long)a.bad);
	if (a.refused > 0)
		snprintf(refused, sizeof(refused), "; %llu could not apply "
		    "(reported above%s)", (unsigned long long)a.refused,
		    o->strict ? "" : "; --strict fails on them");
	sb_printf(&sb, "%llu events read%s, %llu reviews marked; %zu of %zu "
	    "approved challenges found%s", (unsigned long long)a.rows, bad,
	    (unsigned long long)a.marked, approved_seen(&a.set), a.set.n,
	    refused);
	if (l.invalid > 0)
		sb_printf(&sb, "; %lu ledger lines not counted",
		    l.invalid);
	status = cli_finish(&o->cli, status, 0, &sb);
	if (opened && output_commit(&out) == -1)
		status = EXIT_FAIL;
	for (i = 0; i < hn; i++)
		free(hf[i]);
	free(hf);
	free(hl);
	approved_free(&a.set);
	ledger_close(&l);
	roster_free(&ro);
	return status;
}

/* verify */

static int
do_verify(const struct challenge_opts *o)
{
	struct ledger l;
	struct roster ro;
	struct strbuf path = { 0 };
	size_t i, pending = 0;
	int rv;

	if ((rv = open_both(o, &ro, &l, 0)) != EXIT_OK)
		return rv;
	for (i = 0; i < l.nch; i++)
		pending += l.ch[i].status == ST_PENDING;
	/* the path as the terminal may show it (emp(7)) */
	termsafe_sb(&path, o->ledger, strlen(o->ledger));
	if (l.invalid > 0)
		printf("%s: FAILED: %lu of %lu lines not counted (reported "
		    "above); %zu challenges (%zu pending), last checksum %s\n",
		    sb_str(&path), l.invalid, l.ntx, l.nch, pending, l.sum);
	else
		printf("%s: ok: %lu transitions, %zu challenges (%zu pending), "
		    "last checksum %s\n", sb_str(&path), l.ntx, l.nch, pending,
		    l.sum);
	rv = l.invalid > 0 ? EXIT_FAIL : EXIT_OK;
	sb_free(&path);
	ledger_close(&l);
	roster_free(&ro);
	return rv == EXIT_OK ? emp_exit_stdout() : (emp_exit_stdout(), rv);
}

/* repair */

static int
do_repair(const struct challenge_opts *o)
{
	struct ledger l;
	struct roster ro;
	const char *path = o->ledger;
	struct strbuf safe = { 0 };
	unsigned long line;
	size_t cut;
	int rv;

	if (roster_load(&ro, o->roster) == -1) {
		roster_free(&ro);
		return EXIT_FAIL;
	}
	rv = ledger_repair(&l, path, &ro, o->wait, &cut, &line);
	if (cut > 0)
		emp_warn("%s:%lu: cut a torn last line of %zu bytes", path,
		    line, cut);
	if (rv != LEDGER_OK) {
		ledger_close(&l);
		roster_free(&ro);
		if (cut == 0)
			emp_warn("%s: not repaired: only a torn last line can "
			    "be repaired", path);
		return ledger_status(rv);
	}
	termsafe_sb(&safe, path, strlen(path));
	printf("%s: ok: %lu transitions, %zu challenges, last checksum %s%s\n",
	    sb_str(&safe), l.ntx, l.nch, l.sum, cut > 0 ? " (repaired)" :
	    " (nothing to repair)");
	sb_free(&safe);
	ledger_close(&l);
	roster_free(&ro);
	return emp_exit_stdout();
}

/* keygen */

static int
do_keygen(const struct challenge_opts *o)
{
	char pk[SIGN_PK_TEXT];

	if (sign_init() == -1 || sign_keygen(o->key, pk) == -1)
		return EXIT_FAIL;
	printf("%s\n", pk);
	return emp_exit_stdout();
}

/* migrate: an admin signs a version 1 ledger over into a new one */

static int
do_migrate(const struct challenge_opts *o, const char *old)
{
	struct ledger v1, l;
	struct roster ro;
	struct sign_key key;
	struct ledger_tx tx;
	struct stat so, sn;
	const struct person *me;
	size_t i;
	unsigned long done = 0, skipped = 0;
	int rv, status = EXIT_OK;

	memset(&key, 0, sizeof(key));
	/* the old ledger's shared lock would block the new one's forever */
	if (stat(old, &so) == 0 && stat(o->ledger, &sn) == 0 &&
	    so.st_dev == sn.st_dev && so.st_ino == sn.st_ino) {
		emp_warn("%s: the new ledger (-l) is the old one: migrate "
		    "signs a ledger over into another, new file", old);
		return EXIT_USAGE;
	}
	if (roster_load(&ro, o->roster) == -1) {
		roster_free(&ro);
		return EXIT_FAIL;
	}
	if ((me = whoami(o, &ro, &key)) == NULL || me->role != ROLE_ADMIN) {
		if (me != NULL)
			emp_warn("%s is %s %s: only an admin signs a ledger "
			    "over", me->name, me->role == ROLE_LEAD ? "a" :
			    "an", roster_roles[me->role]);
		sign_key_wipe(&key);
		roster_free(&ro);
		return EXIT_FAIL;
	}
	if ((rv = ledger_open(&v1, old, &ro, LEDGER_OLD, o->wait)) !=
	    LEDGER_OK) {
		ledger_close(&v1);
		sign_key_wipe(&key);
		roster_free(&ro);
		return ledger_status(rv);
	}
	if (v1.ntx == 0) {
		emp_warn("%s: empty: there is nothing to sign over", old);
		status = EXIT_FAIL;
	} else if ((rv = ledger_open(&l, o->ledger, &ro, LEDGER_WRITE,
	    o->wait)) != LEDGER_OK) {
		ledger_close(&l);
		status = ledger_status(rv);
	} else {
		if (l.ntx > 0) {
			emp_warn("%s: not empty: signing over writes the "
			    "first lines of a new ledger", o->ledger);
			status = EXIT_FAIL;
		} else if (l.version != 3) {
			emp_warn("%s: a version %d ledger: signing over writes "
			    "the first lines of a new, version 3 ledger",
			    o->ledger, l.version);
			status = EXIT_FAIL;
		}
		for (i = 0; status == EXIT_OK && i < v1.ntxs; i++) {
			tx = v1.txs[i];
			if (ledger_append(&l, &tx, NULL, &key, me->name) == -1)
				skipped++;
			else
				done++;
		}
		ledger_close(&l);
		if (status == EXIT_OK)
			emp_warn("signed over %lu of %lu transitions of %s "
			    "into %s as %s%s", done, v1.ntx, old, o->ledger,
			    me->name, done < v1.ntx ? " (the others are "
			    "reported above)" : "");
		if (status == EXIT_OK && (skipped > 0 || v1.invalid > 0))
			status = EXIT_FAIL;
	}
	ledger_close(&v1);
	sign_key_wipe(&key);
	roster_free(&ro);
	return status;
}

int
challenge_run(const struct challenge_opts *o, enum challenge_cmd cmd,
    int argc, char **argv)
{
	switch (cmd) {
	case CHALLENGE_CANDIDATES:
		return do_candidates(o, argc, argv);
	case CHALLENGE_OPEN:
	case CHALLENGE_WITHDRAW:
	case CHALLENGE_APPROVE:
	case CHALLENGE_DENY:
	case CHALLENGE_REVOKE:
		if (argc != 1) {
			emp_warn("%s takes one argument", cmd ==
			    CHALLENGE_OPEN ? "open" : "a decision");
			return EXIT_USAGE;
		}
		return do_transition(o, cmd, argv[0]);
	case CHALLENGE_LIST:
		return do_list(o);
	case CHALLENGE_APPLY:
		return do_apply(o, argc, argv);
	case CHALLENGE_VERIFY:
		return do_verify(o);
	case CHALLENGE_REPAIR:
		return do_repair(o);
	case CHALLENGE_KEYGEN:
		return do_keygen(o);
	case CHALLENGE_MIGRATE:
		if (argc != 1) {
			emp_warn("migrate takes one argument");
			return EXIT_USAGE;
		}
		return do_migrate(o, argv[0]);
	default:
		emp_warn("unknown challenge command %d", (int)cmd);
		return EXIT_USAGE;
	}
}
