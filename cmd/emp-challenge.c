/*
 * emp-challenge: challenges to reviews that were not the agent's fault,
 * kept in an audited ledger (emp-ledger(5)), and applied to events.
 */
#include <getopt.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "csvio.h"
#include "emp.h"
#include "events.h"
#include "feeder.h"
#include "hash.h"
#include "ledger.h"
#include "parse.h"

#define DAY_MS		86400000LL
#define QA_BELOW	70

static void
usage(int status)
{
	if (status != EXIT_OK) {
		fprintf(stderr, "Try '%s --help' for more information.\n",
		    progname);
		exit(status);
	}
	printf(
"usage: %s [-l ledger] [--as name] [--wait seconds] command [arg]\n"
"       %s candidates [--rules file] [--qa-below n] [--window days] [file ...]\n"
"       %s open review --grounds text [--events file] [--window days]\n"
"       %s withdraw | approve | deny challenge [--note text]\n"
"       %s list [--status list] [--agent name] [--older-than days]\n"
"           [--newer-than days] [--stats] [--text]\n"
"       %s apply [-q] [file ...]\n"
"       %s verify\n"
"       %s repair\n"
"\n"
"Challenges to negative reviews that were not the agent's fault: opened by\n"
"the agent, decided by someone else, recorded in a checksummed ledger\n"
"(emp-ledger(5)); apply marks the reviews of approved challenges in an\n"
"event stream (emp-events(5)).\n"
"\n"
"  -l, --ledger FILE       the ledger (default $EMP_LEDGER)\n"
"      --as NAME           who acts (default $EMP_USER, else the login name)\n"
"  -w, --wait SECONDS      wait this long for the ledger's lock (default 10)\n"
"  -g, --grounds TEXT      open: why the review was not the agent's fault\n"
"  -n, --note TEXT         withdraw, approve, deny: a note for the record\n"
"  -e, --events FILE       open: check the review in these events\n"
"      --window DAYS       open: refuse reviews older than DAYS (default 14);\n"
"                          candidates: list only reviews younger than DAYS\n"
"      --rules FILE        candidates: keyword,grounds CSV instead of the\n"
"                          built-in keywords\n"
"      --qa-below N        a QA score below N is negative (default %d)\n"
"  -s, --status LIST       list: pending,withdrawn,approved,denied\n"
"  -a, --agent NAME        list: only this agent's challenges\n"
"      --older-than DAYS   list: only challenges opened DAYS or more ago\n"
"      --newer-than DAYS   list: only challenges opened less than DAYS ago\n"
"      --stats             list: counts and median days to decision per agent\n"
"      --text              list: aligned text instead of CSV\n"
"  -q, --quiet             apply: no summary line on stderr\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"  -t, --tsv               write TSV\n"
"  -z, --gzip              compress the output with gzip\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname, progname, progname, progname, progname, progname,
	    progname, progname, QA_BELOW);
	exit(emp_exit_stdout());
}

enum {
	OPT_AS = 256, OPT_WINDOW, OPT_RULES, OPT_QA_BELOW, OPT_OLDER,
	OPT_NEWER, OPT_STATS, OPT_TEXT
};

static const struct option longopts[] = {
	{ "agent",	required_argument,	NULL, 'a' },
	{ "as",		required_argument,	NULL, OPT_AS },
	{ "events",	required_argument,	NULL, 'e' },
	{ "grounds",	required_argument,	NULL, 'g' },
	{ "gzip",	no_argument,		NULL, 'z' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "ledger",	required_argument,	NULL, 'l' },
	{ "newer-than",	required_argument,	NULL, OPT_NEWER },
	{ "note",	required_argument,	NULL, 'n' },
	{ "older-than",	required_argument,	NULL, OPT_OLDER },
	{ "output",	required_argument,	NULL, 'o' },
	{ "qa-below",	required_argument,	NULL, OPT_QA_BELOW },
	{ "quiet",	no_argument,		NULL, 'q' },
	{ "rules",	required_argument,	NULL, OPT_RULES },
	{ "stats",	no_argument,		NULL, OPT_STATS },
	{ "status",	required_argument,	NULL, 's' },
	{ "text",	no_argument,		NULL, OPT_TEXT },
	{ "tsv",	no_argument,		NULL, 't' },
	{ "version",	no_argument,		NULL, 'V' },
	{ "wait",	required_argument,	NULL, 'w' },
	{ "window",	required_argument,	NULL, OPT_WINDOW },
	{ NULL,		0,			NULL, 0 }
};

enum cmd {
	CMD_CANDIDATES, CMD_OPEN, CMD_WITHDRAW, CMD_APPROVE, CMD_DENY,
	CMD_LIST, CMD_APPLY, CMD_VERIFY, CMD_REPAIR, CMD_N
};
static const char *const cmd_names[CMD_N] = {
	"candidates", "open", "withdraw", "approve", "deny", "list", "apply",
	"verify", "repair"
};

/* Which subcommands take each option (bits of enum cmd); 0: all. */
#define C(x)	(1u << (x))
#define C_DECIDE (C(CMD_WITHDRAW) | C(CMD_APPROVE) | C(CMD_DENY))
#define C_OUT	(C(CMD_CANDIDATES) | C(CMD_LIST) | C(CMD_APPLY))
static const struct optuse {
	int		 ch;
	const char	*name;
	unsigned	 cmds;
} optuse[] = {
	{ 'a', "--agent", C(CMD_LIST) },
	{ OPT_AS, "--as", C(CMD_OPEN) | C_DECIDE },
	{ 'e', "--events", C(CMD_OPEN) },
	{ 'g', "--grounds", C(CMD_OPEN) },
	{ 'z', "--gzip", C_OUT },
	{ OPT_NEWER, "--newer-than", C(CMD_LIST) },
	{ 'n', "--note", C_DECIDE },
	{ OPT_OLDER, "--older-than", C(CMD_LIST) },
	{ 'o', "--output", C_OUT },
	{ OPT_QA_BELOW, "--qa-below", C(CMD_CANDIDATES) | C(CMD_OPEN) },
	{ 'q', "--quiet", C(CMD_APPLY) },
	{ OPT_RULES, "--rules", C(CMD_CANDIDATES) },
	{ OPT_STATS, "--stats", C(CMD_LIST) },
	{ 's', "--status", C(CMD_LIST) },
	{ OPT_TEXT, "--text", C(CMD_LIST) },
	{ 't', "--tsv", C_OUT },
	{ OPT_WINDOW, "--window", C(CMD_CANDIDATES) | C(CMD_OPEN) },
	{ 0, NULL, 0 }
};

struct opts {
	const char	*ledger, *as, *grounds, *note, *events, *rules;
	const char	*agent, *outpath;
	unsigned	 wait;
	long		 window;	/* days; -1: not given */
	struct decimal	 qa_below;
	unsigned	 statuses;	/* bits of enum ledger_status; 0: all */
	long		 older, newer;	/* days; -1: not given */
	int		 stats, text, quiet, tsv, gz;
	int64_t		 now;		/* ms */
};

/* Numbers. */

static long
days_arg(const char *opt, const char *s, long max)
{
	char *end;
	long v;

	v = strtol(s, &end, 10);
	if (end == s || *end != '\0' || v < 0 || v > max)
		usage_error("invalid %s '%s': use a whole number from 0 to %ld",
		    opt, s, max);
	return v;
}

static unsigned
status_list(const char *s)
{
	char *list = xstrdup(s), *tok, *save = NULL;
	unsigned bits = 0;
	int i;

	for (tok = strtok_r(list, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; ledger_statuses[i] != NULL; i++)
			if (strcmp(ledger_statuses[i], tok) == 0)
				break;
		if (ledger_statuses[i] == NULL)
			usage_error("invalid status '%s': use pending, "
			    "withdrawn, approved or denied, comma-separated",
			    tok);
		bits |= 1u << i;
	}
	free(list);
	if (bits == 0)
		usage_error("invalid status '%s': use pending, withdrawn, "
		    "approved or denied, comma-separated", s);
	return bits;
}

/* A name or text for the ledger: one line, and for names not blank. */
static void
check_text(const char *what, const char *s, int need)
{
	const char *t = s;
	size_t n = strlen(s);

	if (strpbrk(s, "\r\n") != NULL)
		usage_error("%s may not hold a line break", what);
	parse_trim(&t, &n);
	if (need && n == 0)
		usage_error("%s may not be empty", what);
}

/* --as, else $EMP_USER, else the login name. */
static const char *
who(const struct opts *o)
{
	const struct passwd *pw;
	const char *s;

	if (o->as != NULL)
		s = o->as;
	else if ((s = getenv("EMP_USER")) != NULL && *s != '\0')
		;
	else if ((s = getlogin()) != NULL && *s != '\0')
		;
	else if ((pw = getpwuid(geteuid())) != NULL)
		s = pw->pw_name;
	else
		usage_error("who is acting is unknown: use --as NAME");
	check_text("--as", s, 1);
	return s;
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

static const char *
field(const struct csv_record *rec, int i, size_t *len)
{
	if (i < 0 || (size_t)i >= rec->nfields) {
		*len = 0;
		return "";
	}
	*len = rec->lens[i];
	return rec->fields[i];
}

/*
 * Whether a row is a review (csat, nps or qa holds a value) and whether
 * it is negative: csat <= 2, nps <= 6, qa below the threshold.  Returns 1
 * negative, 0 not, -1 not a review, -2 a bad value (message printed).
 * why gets "csat 1" for the first negative value.
 */
static int
review_negative(const struct csv_record *rec, const int *idx,
    const struct decimal *qa_below, const char *name, char *why,
    size_t whysize)
{
	static const int cols[3] = { R_CSAT, R_NPS, R_QA };
	struct decimal d, lim;
	const char *s;
	char q[80];
	size_t n;
	int i, rv, flags, review = 0, neg = 0;

	for (i = 0; i < 3; i++) {
		s = field(rec, idx[cols[i]], &n);
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

/* Rules: keyword -> suggested grounds. */

struct rule {
	char	*keyword;
	size_t	 len;
	char	*grounds;
};

static const char *const default_rules[][2] = {
	{ "delivery", "late or failed delivery, outside the agent's control" },
	{ "deliver", "late or failed delivery, outside the agent's control" },
	{ "shipping", "shipping problem, outside the agent's control" },
	{ "shipment", "shipping problem, outside the agent's control" },
	{ "courier", "courier problem, outside the agent's control" },
	{ "carrier", "carrier problem, outside the agent's control" },
	{ "tracking", "parcel tracking problem, outside the agent's control" },
	{ "parcel", "parcel problem, outside the agent's control" },
	{ "wrong item", "wrong item sent by fulfilment, not the agent" },
	{ "wrong order", "wrong order sent by fulfilment, not the agent" },
	{ "damaged", "goods damaged before they reached the customer" },
	{ "out of stock", "product out of stock, outside the agent's control" },
	{ "backorder", "product on backorder, outside the agent's control" },
	{ "outage", "system outage, outside the agent's control" },
	{ "system down", "system outage, outside the agent's control" },
	{ "website", "website problem, outside the agent's control" },
	{ "policy", "company policy that the agent must follow" },
	{ "price", "prices are set by the company, not the agent" },
	{ "pricing", "prices are set by the company, not the agent" },
	{ "fee", "fees are set by the company, not the agent" },
	{ "wait time", "queue waiting time depends on staffing, not the agent" },
	{ "waiting time", "queue waiting time depends on staffing, not the agent" },
};

struct rules {
	struct rule	*r;
	size_t		 n;
};

static void
rules_add(struct rules *rs, const char *kw, size_t kl, const char *g,
    size_t gl)
{
	struct rule *r;
	size_t i;

	rs->r = xreallocarray(rs->r, rs->n + 1, sizeof(*rs->r));
	r = &rs->r[rs->n++];
	r->keyword = xstrndup(kw, kl);
	for (i = 0; i < kl; i++)
		if (r->keyword[i] >= 'A' && r->keyword[i] <= 'Z')
			r->keyword[i] = (char)(r->keyword[i] - 'A' + 'a');
	r->len = kl;
	r->grounds = xstrndup(g, gl);
}

/* A CSV with the columns keyword and grounds; 0 or -1. */
static int
rules_load(struct rules *rs, const char *path)
{
	struct csv_reader *rd;
	struct csv_record *rec;
	const char *k, *g;
	size_t kl, gl;
	int ik, ig, rv;

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
	while ((rv = csv_reader_next(rd, &rec)) == 1) {
		if (rec->blank)
			continue;
		k = field(rec, ik, &kl);
		g = field(rec, ig, &gl);
		parse_trim(&k, &kl);
		parse_trim(&g, &gl);
		if (rec->err != NULL || kl == 0 || gl == 0) {
			emp_warn("%s:%lu: %s", csv_reader_name(rd), rec->line,
			    rec->err != NULL ? rec->err :
			    "a rule needs a keyword and grounds");
			csv_reader_close(rd);
			return -1;
		}
		rules_add(rs, k, kl, g, gl);
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

static int
is_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* The first rule whose keyword starts a word of s, ignoring case. */
static const struct rule *
rules_match(const struct rules *rs, const char *s, size_t n)
{
	size_t i, j, k;

	for (k = 0; k < rs->n; k++) {
		const struct rule *r = &rs->r[k];

		for (i = 0; i + r->len <= n; i++) {
			if (i > 0 && is_alnum((unsigned char)s[i - 1]))
				continue;
			for (j = 0; j < r->len; j++)
				if (lower((unsigned char)s[i + j]) !=
				    r->keyword[j])
					break;
			if (j == r->len)
				return r;
		}
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
	}
	free(rs->r);
}

/* Ledger access. */

static const char *
ledger_path(const struct opts *o)
{
	const char *p = o->ledger;

	if (p == NULL && (p = getenv("EMP_LEDGER")) != NULL && *p == '\0')
		p = NULL;
	if (p == NULL)
		usage_error("no ledger: use -l FILE or set EMP_LEDGER");
	return p;
}

/* ledger_open()'s result as an exit status. */
static int
ledger_status(int rv)
{
	return rv == LEDGER_OK ? EXIT_OK : rv == LEDGER_BUSY ? EXIT_BUSY :
	    EXIT_FAIL;
}

/* candidates */

static int
do_candidates(const struct opts *o, int argc, char **argv)
{
	struct ledger l;
	struct rules rs = { NULL, 0 };
	struct output out;
	struct csv_reader *rd;
	struct csv_record *rec;
	const struct challenge *c;
	const struct rule *r;
	const char *s, *path, *lp;
	char why[80];
	int idx[R_N], i, rv, status = EXIT_OK, have_ledger = 0;
	size_t n, k, nhdr;
	int64_t ts;
	static const char *const cols[] = {
		"review", "ts", "agent", "kind", "csat", "nps", "qa", "reason",
		"comment", "keyword", "grounds"
	};

	if (o->rules != NULL) {
		if (rules_load(&rs, o->rules) == -1) {
			rules_free(&rs);	/* the rules before the bad one */
			return EXIT_FAIL;
		}
	} else {
		for (k = 0; k < sizeof(default_rules) /
		    sizeof(default_rules[0]); k++)
			rules_add(&rs, default_rules[k][0],
			    strlen(default_rules[k][0]), default_rules[k][1],
			    strlen(default_rules[k][1]));
	}
	/* with a ledger, reviews already challenged are no candidates; one
	 * not made yet has none */
	lp = o->ledger != NULL ? o->ledger : getenv("EMP_LEDGER");
	if (lp != NULL && *lp != '\0' && access(lp, F_OK) == 0) {
		if ((rv = ledger_open(&l, lp, 0, o->wait)) != LEDGER_OK) {
			ledger_close(&l);
			rules_free(&rs);
			return ledger_status(rv);
		}
		ledger_unlock(&l);
		have_ledger = 1;
	}

	output_open(&out, o->outpath, o->tsv ? '\t' : ',',
	    o->gz ? CSVW_GZIP : 0);
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
			s = field(rec, idx[R_ID], &n);
			if (n == 0)
				continue;
			if (have_ledger && (c = ledger_find_review(&l, s, n)) !=
			    NULL && c->status != ST_WITHDRAWN)
				continue;
			field(rec, idx[R_CHALLENGE], &n);
			if (n != 0)
				continue;	/* already taken out */
			rv = review_negative(rec, idx, &o->qa_below,
			    csv_reader_name(rd), why, sizeof(why));
			if (rv == -2)
				status = EXIT_FAIL;
			if (rv != 1)
				continue;
			if (o->window >= 0) {
				s = field(rec, idx[R_TS], &n);
				if (parse_time(s, n, NULL, &ts) != PARSE_OK ||
				    o->now - ts > o->window * DAY_MS)
					continue;
			}
			s = field(rec, idx[R_REASON], &n);
			if ((r = rules_match(&rs, s, n)) == NULL) {
				s = field(rec, idx[R_COMMENT], &n);
				r = rules_match(&rs, s, n);
			}
			if (r == NULL)
				continue;
			for (k = 0; k < 9; k++) {
				s = field(rec, idx[k == 0 ? R_ID : k == 1 ?
				    R_TS : k == 2 ? R_AGENT : k == 3 ? R_KIND :
				    (int)k], &n);
				csv_writer_field(&out.w, s, n);
			}
			csv_writer_field(&out.w, r->keyword, r->len);
			csv_writer_field(&out.w, r->grounds,
			    strlen(r->grounds));
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
	if (have_ledger)
		ledger_close(&l);
	rules_free(&rs);
	return status;
}

/* open, withdraw, approve, deny */

/* Finds the review in the events: 1 found (agent and ts set), 0 not,
 * -1 error. */
static int
review_lookup(const struct opts *o, const char *review, char **agent,
    int64_t *ts, int *negative, char *why, size_t whysize)
{
	struct csv_reader *rd;
	struct csv_record *rec;
	const char *s, *name;
	size_t n, len = strlen(review);
	int idx[R_N], rv, found = 0;

	if ((rd = events_open(o->events, idx, &rec)) == NULL)
		return -1;
	name = csv_reader_name(rd);
	while ((rv = csv_reader_next(rd, &rec)) == 1) {
		if (rec->blank || rec->err != NULL)
			continue;
		s = field(rec, idx[R_ID], &n);
		if (n != len || memcmp(s, review, n) != 0)
			continue;
		if ((rv = review_negative(rec, idx, &o->qa_below, name, why,
		    whysize)) == -2)
			break;
		if (rv == -1)
			continue;	/* the same id on a row that is no review */
		*negative = rv;
		s = field(rec, idx[R_TS], &n);
		if (parse_time(s, n, NULL, ts) != PARSE_OK) {
			emp_warn("%s:%lu: field 'ts': invalid time", name,
			    rec->line);
			rv = -2;
			break;
		}
		s = field(rec, idx[R_AGENT], &n);
		*agent = xstrndup(s, n);
		found = 1;
		break;
	}
	if (rv == -1)
		emp_warn("%s", csv_reader_error(rd));
	csv_reader_close(rd);
	return rv == -1 || rv == -2 ? -1 : found;
}

static int
do_transition(const struct opts *o, enum cmd cmd, const char *arg)
{
	struct ledger l;
	struct ledger_tx tx;
	const struct challenge *c;
	const char *actor, *path;
	char id[32], why[80] = "", *agent = NULL;
	int64_t ts = 0;
	int rv, negative = 1, status = EXIT_OK;

	path = ledger_path(o);
	actor = who(o);
	memset(&tx, 0, sizeof(tx));
	tx.actor = actor;
	tx.ts = o->now;
	if (cmd == CMD_OPEN) {
		check_text("the review", arg, 1);
		if (o->grounds != NULL)
			check_text("--grounds", o->grounds, 0);
		tx.text = o->grounds != NULL ? o->grounds : "";
		tx.action = ACT_OPEN;
		/* the rule that needs no ledger and no events first */
		if (tx.text[strspn(tx.text, " \t")] == '\0')
			emp_die(EXIT_FAIL, "grounds are mandatory: say why the "
			    "review was not the agent's fault (--grounds)");
		if (o->events != NULL) {
			rv = review_lookup(o, arg, &agent, &ts, &negative, why,
			    sizeof(why));
			if (rv == -1)
				return EXIT_FAIL;
			if (rv == 0)
				emp_die(EXIT_FAIL, "review '%s' is not in %s: "
				    "only a review can be challenged", arg,
				    o->events);
			if (!negative) {
				free(agent);
				emp_die(EXIT_FAIL, "review '%s' is not negative "
				    "(csat <= 2, nps <= 6 or qa below the "
				    "--qa-below threshold): it cannot be "
				    "challenged", arg);
			}
			if (o->now - ts > (o->window < 0 ? 14 : o->window) *
			    DAY_MS) {
				free(agent);
				emp_die(EXIT_FAIL, "review '%s' is %lld days "
				    "old: a challenge must be opened within "
				    "%ld days of the review (--window)", arg,
				    (long long)((o->now - ts) / DAY_MS),
				    o->window < 0 ? 14 : o->window);
			}
			if (*agent == '\0') {
				free(agent);
				agent = NULL;
			}
		}
		tx.action = ACT_OPEN;
		tx.review = arg;
		tx.agent = agent != NULL ? agent : actor;
	} else {
		if (o->note != NULL)
			check_text("--note", o->note, 0);
		tx.action = cmd == CMD_WITHDRAW ? ACT_WITHDRAW :
		    cmd == CMD_APPROVE ? ACT_APPROVE : ACT_DENY;
		tx.challenge = arg;
		tx.text = o->note != NULL ? o->note : "";
	}

	if ((rv = ledger_open(&l, path, 1, o->wait)) != LEDGER_OK) {
		ledger_close(&l);
		free(agent);
		return ledger_status(rv);
	}
	if (cmd == CMD_OPEN) {
		ledger_next_id(&l, id, sizeof(id));
		tx.challenge = id;
	} else if ((c = ledger_find(&l, arg)) != NULL) {
		tx.review = c->review;
		tx.agent = c->agent;
	} else {
		tx.review = tx.agent = "";
	}
	if (ledger_append(&l, &tx) == -1)
		status = EXIT_FAIL;
	else if (cmd == CMD_OPEN)
		printf("%s\n", id);
	ledger_close(&l);
	free(agent);
	if (status == EXIT_OK)
		status = emp_exit_stdout();
	return status;
}

/* list */

static int
selected(const struct opts *o, const struct challenge *c)
{
	int64_t age = o->now - c->opened;

	if (o->statuses != 0 && !(o->statuses & (1u << c->status)))
		return 0;
	if (o->agent != NULL && strcmp(o->agent, c->agent) != 0)
		return 0;
	if (o->older >= 0 && age < o->older * DAY_MS)
		return 0;
	if (o->newer >= 0 && age >= o->newer * DAY_MS)
		return 0;
	return 1;
}

/* Rows of cells, written as CSV or TSV, or as aligned text. */
struct table {
	char	**cell;
	size_t	  ncols, n, cap;
};

static void
table_add(struct table *t, const char *s)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 256;
		t->cell = xreallocarray(t->cell, t->cap, sizeof(*t->cell));
	}
	t->cell[t->n++] = xstrdup(s);
}

static void
table_write(struct table *t, struct csv_writer *w, int text)
{
	size_t i, j, rows = t->n / t->ncols, *width, len;

	width = xcalloc(t->ncols, sizeof(*width));
	for (i = 0; text && i < t->n; i++)
		if ((len = strlen(t->cell[i])) > width[i % t->ncols])
			width[i % t->ncols] = len;
	for (i = 0; i < rows; i++) {
		for (j = 0; j < t->ncols; j++) {
			const char *s = t->cell[i * t->ncols + j];

			len = strlen(s);
			if (!text) {
				csv_writer_field(w, s, len);
				continue;
			}
			csv_writer_raw(w, s, len);
			if (j + 1 < t->ncols)
				while (len++ < width[j] + 2)
					csv_writer_raw(w, " ", 1);
		}
		if (text)
			csv_writer_raw(w, "\n", 1);
		else
			csv_writer_endrow(w);
	}
	for (i = 0; i < t->n; i++)
		free(t->cell[i]);
	free(t->cell);
	free(width);
}

static void
add_time(struct table *t, int64_t ms)
{
	char buf[32];

	if (ms == 0)
		buf[0] = '\0';
	else
		time_format(ms, buf);
	table_add(t, buf);
}

/* Median days, to two decimals without trailing zeros; "" for none. */
static void
median_days(const struct ledger_agent_stats *a, char *buf, size_t size)
{
	char *p;

	buf[0] = '\0';
	if (a->median_ms < 0)
		return;
	snprintf(buf, size, "%.2f", a->median_ms / (double)DAY_MS);
	p = buf + strlen(buf) - 1;
	while (*p == '0')
		*p-- = '\0';
	if (*p == '.')
		*p = '\0';
}

/* ledger_stats()'s selection: the options' filters. */
static int
stats_selected(const struct challenge *c, const void *arg)
{
	return selected(arg, c);
}

static void
list_stats(const struct opts *o, const struct ledger *l, struct table *t)
{
	static const char *const cols[] = {
		"agent", "opened", "withdrawn", "approved", "denied",
		"pending", "median_days"
	};
	static const int order[4] = {
		ST_WITHDRAWN, ST_APPROVED, ST_DENIED, ST_PENDING
	};
	struct ledger_agent_stats *as, *a;
	size_t i, n, k;
	char buf[32];

	t->ncols = sizeof(cols) / sizeof(cols[0]);
	for (k = 0; k < t->ncols; k++)
		table_add(t, cols[k]);
	n = ledger_stats(l, stats_selected, o, &as);
	for (i = 0; i < n; i++) {
		a = &as[i];
		table_add(t, a->agent);
		snprintf(buf, sizeof(buf), "%lu", a->opened);
		table_add(t, buf);
		for (k = 0; k < 4; k++) {
			snprintf(buf, sizeof(buf), "%lu", a->n[order[k]]);
			table_add(t, buf);
		}
		median_days(a, buf, sizeof(buf));
		table_add(t, buf);
	}
	free(as);
}

static int
do_list(const struct opts *o)
{
	static const char *const cols[] = {
		"challenge", "review", "agent", "status", "opened", "decided",
		"decider", "grounds", "note"
	};
	struct ledger l;
	struct table t = { NULL, 0, 0, 0 };
	struct output out;
	size_t i, k;
	int rv;

	if ((rv = ledger_open(&l, ledger_path(o), 0, o->wait)) != LEDGER_OK) {
		ledger_close(&l);
		return ledger_status(rv);
	}
	ledger_unlock(&l);
	if (o->stats)
		list_stats(o, &l, &t);
	else {
		t.ncols = sizeof(cols) / sizeof(cols[0]);
		for (k = 0; k < t.ncols; k++)
			table_add(&t, cols[k]);
		for (i = 0; i < l.nch; i++) {
			const struct challenge *c = &l.ch[i];

			if (!selected(o, c))
				continue;
			table_add(&t, c->id);
			table_add(&t, c->review);
			table_add(&t, c->agent);
			table_add(&t, ledger_statuses[c->status]);
			add_time(&t, c->opened);
			add_time(&t, c->decided);
			table_add(&t, c->decider != NULL ? c->decider : "");
			table_add(&t, c->grounds);
			table_add(&t, c->note != NULL ? c->note : "");
		}
	}
	output_open(&out, o->outpath, o->tsv ? '\t' : ',',
	    o->gz ? CSVW_GZIP : 0);
	table_write(&t, &out.w, o->text);
	ledger_close(&l);
	return output_commit(&out) == -1 ? EXIT_FAIL : EXIT_OK;
}

/* apply */

struct approved {
	const char	*id;
	size_t		 len;
	const char	*agent;		/* who challenged */
	int		 seen;
};

struct apply {
	struct strmap	 map;		/* review -> struct approved */
	size_t		 napproved;
	struct csv_writer *w;
	const char	*name;
	int		 idx[R_N];
	int		 add;		/* the challenge column is added */
	size_t		 nhdr;		/* fields of the header */
	const struct decimal *qa_below;
	uint64_t	 rows, marked, bad, refused;
};

static int
has_value(const struct csv_record *rec, int i)
{
	const char *s;
	size_t n;

	s = field(rec, i, &n);
	return n > 0 && !parse_is_unknown(s, n);
}

/*
 * Whether an approved challenge applies to the review in rec: the review
 * must be negative and, when the stream has an agent column, the
 * challenging agent's (a challenge opened without --events was checked
 * against neither).  Reported when not.
 */
static int
applicable(struct apply *a, const struct approved *ap,
    const struct csv_record *rec)
{
	const char *s;
	char q[80], why[160];
	size_t n;
	int rv;

	s = field(rec, a->idx[R_AGENT], &n);
	if (a->idx[R_AGENT] >= 0 &&
	    (n != strlen(ap->agent) || memcmp(s, ap->agent, n) != 0)) {
		msg_quote(q, sizeof(q), s, n);
		emp_warn("%s:%lu: %s not applied: the review is %s's, not "
		    "%s's", a->name, rec->line, ap->id, q, ap->agent);
		a->refused++;
		return 0;
	}
	rv = review_negative(rec, a->idx, a->qa_below, a->name, why,
	    sizeof(why));
	if (rv == 1)
		return 1;
	if (rv == 0)
		emp_warn("%s:%lu: %s not applied: the review is not negative",
		    a->name, rec->line, ap->id);
	a->refused++;
	return 0;
}

static void
apply_one(struct csv_record *rec, void *arg)
{
	struct apply *a = arg;
	struct approved *ap = NULL;
	const int ch = a->idx[R_CHALLENGE];
	size_t i, n = rec->nfields;
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
	if (a->map.n != 0 && (size_t)id < n &&
	    (ap = strmap_get(&a->map, rec->fields[id], rec->lens[id])) !=
	    NULL && !has_value(rec, a->idx[R_CSAT]) &&
	    !has_value(rec, a->idx[R_NPS]) && !has_value(rec, a->idx[R_QA]))
		ap = NULL;	/* the same id on a row that is no review */
	if (ap != NULL && !applicable(a, ap, rec))
		ap = NULL;
	for (i = 0; i < n; i++) {
		if (ap != NULL && (int)i == ch)
			csv_writer_field(a->w, ap->id, ap->len);
		else
			csv_writer_field(a->w, rec->fields[i], rec->lens[i]);
	}
	if (a->add) {
		if (ap != NULL)
			csv_writer_field(a->w, ap->id, ap->len);
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
do_apply(const struct opts *o, int argc, char **argv)
{
	struct ledger l;
	struct apply a;
	struct approved *aps;
	struct output out;
	struct csv_reader *rd;
	struct csv_record *hdr;
	char **hf = NULL;
	size_t *hl = NULL, hn = 0, i, found = 0;
	const char *path;
	char bad[64] = "", refused[80] = "";
	int rv, k, status = EXIT_OK, opened = 0;

	if ((rv = ledger_open(&l, ledger_path(o), 0, o->wait)) != LEDGER_OK) {
		ledger_close(&l);
		emp_warn("nothing applied: the ledger cannot be used");
		return ledger_status(rv);
	}
	ledger_unlock(&l);
	memset(&a, 0, sizeof(a));
	a.qa_below = &o->qa_below;
	strmap_init(&a.map, 0);
	aps = xcalloc(l.nch, sizeof(*aps));
	for (i = 0; i < l.nch; i++) {
		if (l.ch[i].status != ST_APPROVED)
			continue;
		aps[a.napproved].id = l.ch[i].id;
		aps[a.napproved].len = strlen(l.ch[i].id);
		aps[a.napproved].agent = l.ch[i].agent;
		strmap_put(&a.map, l.ch[i].review, strlen(l.ch[i].review),
		    &aps[a.napproved++]);
	}

	for (k = 0; k < (argc == 0 ? 1 : argc); k++) {
		path = argc == 0 ? "-" : argv[k];
		if ((rd = events_open(path, a.idx, &hdr)) == NULL) {
			status = EXIT_FAIL;
			continue;
		}
		a.name = csv_reader_name(rd);
		if (!opened) {
			output_open(&out, o->outpath, o->tsv ? '\t' :
			    csv_reader_delim(rd), o->gz ? CSVW_GZIP : 0);
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
	if (a.bad > 0 || a.refused > 0)
		status = EXIT_FAIL;
	for (i = 0; i < a.napproved; i++)
		found += aps[i].seen;
	if (!o->quiet) {
		if (a.bad > 0)
			snprintf(bad, sizeof(bad), " (%llu malformed, passed "
			    "on as read)", (unsigned long long)a.bad);
		if (a.refused > 0)
			snprintf(refused, sizeof(refused), "; %llu not applied "
			    "(another agent's review, or not negative)",
			    (unsigned long long)a.refused);
		emp_warn("%llu events read%s, %llu reviews marked; %zu of "
		    "%zu approved challenges found%s",
		    (unsigned long long)a.rows, bad,
		    (unsigned long long)a.marked, found, a.napproved, refused);
	}
	if (opened && output_commit(&out) == -1)
		status = EXIT_FAIL;
	for (i = 0; i < hn; i++)
		free(hf[i]);
	free(hf);
	free(hl);
	free(aps);
	strmap_free(&a.map);
	ledger_close(&l);
	return status;
}

/* verify */

static int
do_verify(const struct opts *o)
{
	struct ledger l;
	const char *path = ledger_path(o);
	size_t i, pending = 0;
	int rv;

	if ((rv = ledger_open(&l, path, 0, o->wait)) != LEDGER_OK) {
		ledger_close(&l);
		return ledger_status(rv);
	}
	for (i = 0; i < l.nch; i++)
		pending += l.ch[i].status == ST_PENDING;
	printf("%s: ok: %lu transitions, %zu challenges (%zu pending), "
	    "last checksum %s\n", path, l.ntx, l.nch, pending, l.sum);
	ledger_close(&l);
	return emp_exit_stdout();
}

/* repair */

static int
do_repair(const struct opts *o)
{
	struct ledger l;
	const char *path = ledger_path(o);
	unsigned long line;
	size_t cut;
	int rv;

	rv = ledger_repair(&l, path, o->wait, &cut, &line);
	if (cut > 0)
		emp_warn("%s:%lu: cut a torn last line of %zu bytes", path,
		    line, cut);
	if (rv != LEDGER_OK) {
		ledger_close(&l);
		if (cut == 0)
			emp_warn("%s: not repaired: only a torn last line can "
			    "be repaired", path);
		return ledger_status(rv);
	}
	printf("%s: ok: %lu transitions, %zu challenges, last checksum %s%s\n",
	    path, l.ntx, l.nch, l.sum, cut > 0 ? " (repaired)" :
	    " (nothing to repair)");
	ledger_close(&l);
	return emp_exit_stdout();
}

static int64_t
now_ms(void)
{
	struct timespec tsp;
	const char *s = getenv("EMP_NOW");
	int64_t ms;

	if (s != NULL && *s != '\0') {
		if (parse_time(s, strlen(s), NULL, &ms) != PARSE_OK)
			usage_error("invalid EMP_NOW '%s'", s);
		return ms;
	}
	clock_gettime(CLOCK_REALTIME, &tsp);
	return (int64_t)tsp.tv_sec * 1000 + tsp.tv_nsec / 1000000;
}

int
main(int argc, char *argv[])
{
	struct opts o;
	unsigned seen[sizeof(optuse) / sizeof(optuse[0])];
	enum cmd cmd;
	size_t k;
	int ch, flags, status;

	emp_init(argv[0]);
	argv[0] = (char *)(uintptr_t)progname;	/* for getopt's messages */
	memset(&o, 0, sizeof(o));
	memset(seen, 0, sizeof(seen));
	o.wait = 10;
	o.window = o.older = o.newer = -1;
	o.qa_below.m = QA_BELOW;
	while ((ch = getopt_long(argc, argv, "a:e:g:hl:n:o:qs:tVw:z", longopts,
	    NULL)) != -1) {
		for (k = 0; optuse[k].ch != 0; k++)
			if (optuse[k].ch == ch)
				seen[k] = 1;
		switch (ch) {
		case 'a':
			o.agent = optarg;
			break;
		case 'e':
			o.events = optarg;
			break;
		case 'g':
			o.grounds = optarg;
			break;
		case 'h':
			usage(EXIT_OK);
			break;
		case 'l':
			o.ledger = optarg;
			break;
		case 'n':
			o.note = optarg;
			break;
		case 'o':
			o.outpath = optarg;
			break;
		case 'q':
			o.quiet = 1;
			break;
		case 's':
			o.statuses = status_list(optarg);
			break;
		case 't':
			o.tsv = 1;
			break;
		case 'V':
			printf("%s %s\n", progname, EMP_VERSION);
			return emp_exit_stdout();
		case 'w':
			o.wait = (unsigned)days_arg("--wait", optarg, 86400);
			break;
		case 'z':
			o.gz = 1;
			break;
		case OPT_AS:
			o.as = optarg;
			break;
		case OPT_WINDOW:
			o.window = days_arg("--window", optarg, 36500);
			break;
		case OPT_RULES:
			o.rules = optarg;
			break;
		case OPT_QA_BELOW:
			flags = 0;
			if (parse_number(optarg, strlen(optarg), &flags,
			    &o.qa_below) != PARSE_OK || o.qa_below.m < 0 ||
			    flags != 0)
				usage_error("invalid --qa-below '%s': use a "
				    "score from 0 to 100", optarg);
			break;
		case OPT_OLDER:
			o.older = days_arg("--older-than", optarg, 36500);
			break;
		case OPT_NEWER:
			o.newer = days_arg("--newer-than", optarg, 36500);
			break;
		case OPT_STATS:
			o.stats = 1;
			break;
		case OPT_TEXT:
			o.text = 1;
			break;
		default:
			usage(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage_error("no command: use candidates, open, withdraw, "
		    "approve, deny, list, apply, verify or repair");
	for (cmd = 0; cmd < CMD_N; cmd++)
		if (strcmp(argv[0], cmd_names[cmd]) == 0)
			break;
	if (cmd == CMD_N)
		usage_error("unknown command '%s': use candidates, open, "
		    "withdraw, approve, deny, list, apply, verify or repair",
		    argv[0]);
	for (k = 0; optuse[k].ch != 0; k++)
		if (seen[k] && !(optuse[k].cmds & C(cmd)))
			usage_error("%s does not apply to %s", optuse[k].name,
			    cmd_names[cmd]);
	argc--;
	argv++;
	if (o.text && o.tsv)
		usage_error("--text and --tsv exclude each other");
	if (o.text && o.gz)
		usage_error("--text and --gzip exclude each other");
	o.now = now_ms();

	switch (cmd) {
	case CMD_CANDIDATES:
		status = do_candidates(&o, argc, argv);
		break;
	case CMD_APPLY:
		status = do_apply(&o, argc, argv);
		break;
	case CMD_LIST:
	case CMD_VERIFY:
	case CMD_REPAIR:
		if (argc > 0)
			usage_error("%s takes no arguments", cmd_names[cmd]);
		status = cmd == CMD_LIST ? do_list(&o) : cmd == CMD_VERIFY ?
		    do_verify(&o) : do_repair(&o);
		break;
	default:
		if (argc != 1)
			usage_error("%s takes one argument: the %s",
			    cmd_names[cmd], cmd == CMD_OPEN ? "review" :
			    "challenge");
		status = do_transition(&o, cmd, argv[0]);
		break;
	}
	return status;
}
