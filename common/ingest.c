/*
 * ingest.c: export profiles and row conversion (see ingest.h).
 *
 * A profile names, for each event column, the source columns that may
 * hold it (display names; compared after csv_name_norm()), the columns
 * whose presence identifies the export (sig), and a hook for what a table
 * cannot say (Zendesk's good/bad, Five9's [None] agent, ...).  Profiles are
 * tried in the order of the table, the most specific first.
 *
 * De-duplication (Amazon Connect delivers records at least once): a table
 * keeps the newest LastUpdateTimestamp per key (a 128-bit hash of the
 * ContactId), and per key the first record carrying it is written.  When
 * every input is a plain regular file, ingest_prepare() fills the table
 * first with a light scan of the keys; otherwise, from the first such file
 * on, output rows are spooled to a temporary file with their keys and
 * ingest_finish() writes them.  Memory: the table, 24 bytes a slot at most
 * 70% full (35-70 bytes per distinct ContactId; the first pass sizes it
 * once from an estimate of the rows), then only the repeated keys and a
 * bitmap over them.
 *
 * Threads: a file is read in batches of records, each batch converted
 * into encoded events on its own by whichever thread is free, and the
 * results committed in input order (feeder_run_ordered()): writing,
 * de-duplication decisions, rejects, messages and counts happen there,
 * so output and messages are what one thread would make.  In the first
 * pass a second thread fills the key table.
 */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emp.h"
#include "hash.h"
#include "ingest.h"
#include "keyscan.h"
#include "feeder.h"
#include "ring.h"

enum skip {
	SK_NONE, SK_DUPLICATE, SK_NO_AGENT, SK_NON_RESPONSE, SK_NOT_HANDLED,
	SK_EMPTY,
	SK_N
};

static const char *const skip_names[SK_N] = {
	"", "duplicate", "no agent", "non-response", "not handled", "empty"
};

#define PC_COUNT	0x1	/* a count: > 0 means yes */
#define PC_MS		0x2	/* durations in milliseconds */

struct pcol {
	int		 ev;
	const char	*names;		/* "Agent.Username|Username" */
	int		 flags;
};

struct row;
struct ingest;

struct profile {
	const char	*name;
	const char	*kind;
	const char	*sig[5];	/* all must be present */
	const char	*extra[3];	/* columns the hook reads */
	const struct pcol *cols;
	int		(*hook)(struct row *);
	int		 dedup;
	int		 textual_agent;	/* agent empty: skip, not reject */
};

#define NX 3

struct plan {
	const struct profile *prof;
	const char	*name;		/* file name for src and messages */
	size_t		 namelen;
	int		 name_plain;	/* "name:line" never needs quotes */
	int		 in_delim;
	int		 src[EV_NCOLS];
	enum ev_type	 type[EV_NCOLS];
	enum dur_unit	 unit[EV_NCOLS];
	int		 x[NX];
	char		**hdr;
	size_t		 nhdr;
};

struct row {
	struct plan		*p;
	struct csv_record	*rec;
	const char		*v[EV_NCOLS];
	size_t			 n[EV_NCOLS];
	char			 buf[EV_NCOLS][EV_VALMAX];
	unsigned char		 safe[EV_NCOLS];	/* needs no quoting */
	char			 err[512];
	char			 exit_ts[EV_VALMAX];	/* roster */
	int			 has_exit;
	int			 keyed;
	uint64_t		 k1, k2;
	int64_t			 kts;
	const struct ev_conv	*conv;
	struct strbuf		 src;		/* "name:line" */
};

/* A converting thread: its row and a time zone cache of its own. */
struct worker {
	struct ingest		*g;
	struct row		 r;
	struct ev_conv		 conv;
};

/*
 * What a batch of records made, for ingest_commit() to use in order:
 * encoded events; the rows with a de-duplication key whose fate depends
 * on other rows (all keyed rows when spooling, else the written copies
 * of repeated keys); rejected rows; counts.
 */
struct keyed {
	uint64_t		 k1, k2;
	int64_t			 ts;
	size_t			 off, len;	/* in out, when made */
	int			 made;		/* the row made an event */
};

struct rejected {
	unsigned long		 line;
	size_t			 why, raw;	/* offsets in text */
	size_t			 nwhy, nraw;
};

struct result {
	struct strbuf		 out;
	struct keyed		*keyed;
	size_t			 nkeyed, kcap;
	struct rejected		*rej;
	size_t			 nrej, rcap;
	struct strbuf		 text;
	uint64_t		 rows, events, twice;
	uint64_t		 skipped[SK_N];
};

struct ingest {
	const struct ingest_opts *o;
	struct csv_writer	*out;
	struct csv_writer	*rej;
	struct strmap		 agents;	/* alias -> struct agent */
	const char		*name;		/* the file being read */
	struct strbuf		 rejsrc;
	int			 spool;		/* fd, or -1 */
	struct strbuf		 spbuf;
	struct dedup		 dd;
	int			 prescanned;	/* dd holds every key */
	uint64_t		 rows, events, rejected, twice;
	uint64_t		 skipped[SK_N];
	uint64_t		 warned;
};

struct agent {
	char	*agent;
	char	*team;
};

/* Profiles. */

static int hook_amazon(struct row *);
static int hook_zendesk(struct row *);
static int hook_five9(struct row *);
static int hook_voice(struct row *);
static int hook_roster(struct row *);

static const struct pcol amazon_cols[] = {
	{ EV_ID, "ContactId", 0 },
	{ EV_TS, "InitiationTimestamp", 0 },
	{ EV_AGENT, "Agent.Username|Username", 0 },
	{ EV_TEAM, "Agent.HierarchyGroups.Level1.GroupName|Team", 0 },
	{ EV_CHANNEL, "Channel", 0 },
	{ EV_QUEUE, "Queue.Name|QueueName|Queue", 0 },
	{ EV_TALK, "Agent.AgentInteractionDuration|AgentInteractionDuration",
	    0 },
	{ EV_HOLD, "Agent.CustomerHoldDuration|CustomerHoldDuration", 0 },
	{ EV_ACW, "Agent.AfterContactWorkDuration|AfterContactWorkDuration",
	    0 },
	{ EV_RESOLVED, "Attributes.Resolved|Resolved", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol genesys_cols[] = {
	{ EV_ID, "conversationId", 0 },
	{ EV_TS, "conversationStart", 0 },
	{ EV_AGENT, "userName|agentName|userId|agent", 0 },
	{ EV_TEAM, "teamName|divisionName", 0 },
	{ EV_CHANNEL, "mediaType", 0 },
	{ EV_QUEUE, "queueName", 0 },
	{ EV_TALK, "tTalkComplete|tTalk", PC_MS },
	{ EV_HOLD, "tHeldComplete|tHeld", PC_MS },
	{ EV_ACW, "tAcw", PC_MS },
	{ EV_TRANSFERRED, "nTransferred", PC_COUNT },
	{ -1, NULL, 0 }
};

static const struct pcol zendesk_cols[] = {
	{ EV_ID, "id", 0 },
	{ EV_CONTACT, "ticket_id", 0 },
	{ EV_AGENT, "assignee_id", 0 },
	{ EV_TEAM, "group_id", 0 },
	{ EV_TS, "created_at", 0 },
	{ EV_REASON, "reason", 0 },
	{ EV_COMMENT, "comment", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol five9_cols[] = {
	{ EV_ID, "CALL ID", 0 },
	{ EV_TS, "TIMESTAMP", 0 },
	{ EV_AGENT, "AGENT", 0 },
	{ EV_QUEUE, "CAMPAIGN", 0 },
	{ EV_TALK, "TALK TIME", 0 },
	{ EV_HOLD, "HOLD TIME", 0 },
	{ EV_ACW, "AFTER CALL WORK TIME", 0 },
	{ EV_TRANSFERRED, "TRANSFERS", PC_COUNT },
	{ EV_REASON, "DISPOSITION", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol talkdesk_cols[] = {
	{ EV_ID, "call_id|Interaction ID", 0 },
	{ EV_TS, "start_at|Started At", 0 },
	{ EV_AGENT, "user_name|handling_user_name|User Name", 0 },
	{ EV_TEAM, "team_name|Team Name", 0 },
	{ EV_TALK, "talk_time|Talk Time", 0 },
	{ EV_HOLD, "hold_time|Hold Time", 0 },
	{ EV_ACW, "After Call Work Time", 0 },
	{ EV_TRANSFERRED, "Transfer Out (Yes/No)|Transfer Out", 0 },
	{ EV_CSAT, "csat_score", 0 },
	{ EV_REASON, "rating_reason", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol qa_cols[] = {
	{ EV_ID, "Evaluation ID|Review ID|Evaluation|id", 0 },
	{ EV_AGENT, "Agent|Reviewee|Gradee|Agent Name", 0 },
	{ EV_TEAM, "Team", 0 },
	{ EV_CONTACT, "Contact ID|Ticket ID|Gradable ID|Contact Number", 0 },
	{ EV_QA, "Score|QA Score|Total Score|Average Score|Percentage", 0 },
	{ EV_TS, "Date|Evaluated At|Evaluation Date|Review Date|Created At",
	    0 },
	{ EV_COMMENT, "Comment|Comments", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol pulse_cols[] = {
	{ EV_ID, "Response ID|id", 0 },
	{ EV_AGENT, "Agent", 0 },
	{ EV_TEAM, "Team", 0 },
	{ EV_TS, "Week|Date|Submitted At|Submitted", 0 },
	{ EV_CONFIDENCE, "Confidence", 0 },
	{ EV_ESAT, "Satisfaction|esat", 0 },
	{ EV_COMMENT, "Comment|Comments", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol roster_cols[] = {
	{ EV_AGENT, "Agent", 0 },
	{ EV_TEAM, "Team", 0 },
	{ EV_TS, "Hire Date|Hired|Start Date", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol decision_cols[] = {
	{ EV_ID, "Decision ID|id", 0 },
	{ EV_AGENT, "Agent", 0 },
	{ EV_TEAM, "Team", 0 },
	{ EV_TS, "Time|Timestamp|Date", 0 },
	{ EV_REASON, "Type|Reason", 0 },
	{ EV_AMOUNT, "Amount", 0 },
	{ EV_ESCALATED, "Approval Needed|Needs Approval|Escalated", 0 },
	{ EV_DECISION_S, "Seconds To Decide|Decision Seconds|decision_s", 0 },
	{ EV_CONTACT, "Contact ID|Contact", 0 },
	{ EV_COMMENT, "Comment|Note", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol none_cols[] = { { -1, NULL, 0 } };

static const struct profile profiles[] = {
	{ "events", NULL, { "kind", "ts", "agent", "src", NULL }, { NULL },
	    none_cols, NULL, 0, 0 },
	{ "amazon-connect", "contact",
	    { "ContactId", "Agent.Username|Username", "InitiationTimestamp",
	    NULL }, { "LastUpdateTimestamp", "TransferCompletedTimestamp",
	    NULL }, amazon_cols, hook_amazon, 1, 1 },
	{ "genesys", "contact",
	    { "conversationId", "conversationStart",
	    "tTalkComplete|tTalk|tHandle", NULL }, { NULL }, genesys_cols,
	    NULL, 0, 1 },
	{ "zendesk", "survey",
	    { "score", "assignee_id", "ticket_id", "created_at", NULL },
	    { "score", NULL }, zendesk_cols, hook_zendesk, 0, 1 },
	{ "five9", "contact",
	    { "CALL ID", "TIMESTAMP", "AGENT", "TALK TIME", NULL }, { NULL },
	    five9_cols, hook_five9, 0, 1 },
	{ "talkdesk", "contact",
	    { "call_id|Interaction ID", "user_name|handling_user_name|User Name",
	    "start_at|Started At", "talk_time|Talk Time", NULL }, { NULL },
	    talkdesk_cols, hook_voice, 0, 1 },
	{ "decisions", "decision",
	    { "Agent", "Amount", "Approval Needed|Needs Approval|Escalated",
	    NULL }, { NULL }, decision_cols, NULL, 0, 0 },
	{ "qa", "qa",
	    { "Agent|Reviewee|Gradee|Agent Name",
	    "Score|QA Score|Total Score|Average Score|Percentage",
	    "Evaluation ID|Review ID|Evaluator|Reviewer|Grader", NULL },
	    { NULL }, qa_cols, NULL, 0, 0 },
	{ "pulse", "pulse", { "Agent", "Confidence", NULL }, { NULL },
	    pulse_cols, NULL, 0, 0 },
	{ "roster", "hire", { "Agent", "Hire Date|Hired|Start Date", NULL },
	    { "Exit Date|Exit|End Date|Termination Date", NULL }, roster_cols,
	    hook_roster, 0, 0 },
};
#define NPROFILES (sizeof(profiles) / sizeof(profiles[0]))

static const struct profile generic = {
	"map", "contact", { NULL }, { NULL }, none_cols, NULL, 0, 1
};

const char *const ingest_profiles[] = {
	"amazon-connect", "genesys", "zendesk", "five9", "talkdesk", "qa",
	"pulse", "roster", "decisions", "events", NULL
};

/* Header matching. */

/* Index of the first header column matching one of names ("a|b"), or -1. */
static int
find_any(char **normhdr, size_t n, const char *names)
{
	char want[256], norm[256];
	const char *p, *bar;
	size_t i, len;

	for (p = names; p != NULL && *p != '\0'; p = bar ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		len = bar ? (size_t)(bar - p) : strlen(p);
		if (len >= sizeof(want))
			len = sizeof(want) - 1;
		memcpy(want, p, len);
		want[len] = '\0';
		csv_name_norm(norm, want, sizeof(norm));
		for (i = 0; i < n; i++)
			if (strcmp(normhdr[i], norm) == 0)
				return (int)i;
	}
	return -1;
}

/* Is the normalised name one of names ("a|b")? */
static int
name_in(const char *norm, const char *names)
{
	char *one[1];

	one[0] = (char *)(uintptr_t)norm;
	return find_any(one, 1, names) == 0;
}

static void
first_name(char *buf, size_t size, const char *names)
{
	size_t len = strcspn(names, "|");

	if (len >= size)
		len = size - 1;
	memcpy(buf, names, len);
	buf[len] = '\0';
}

static int
profile_matches(const struct profile *pr, char **normhdr, size_t n,
    char *missing, size_t size)
{
	int i;

	for (i = 0; pr->sig[i] != NULL; i++) {
		if (find_any(normhdr, n, pr->sig[i]) < 0) {
			if (missing != NULL)
				first_name(missing, size, pr->sig[i]);
			return 0;
		}
	}
	return 1;
}

static void
plan_free(struct plan *p)
{
	size_t i;

	for (i = 0; i < p->nhdr; i++)
		free(p->hdr[i]);
	free(p->hdr);
	memset(p, 0, sizeof(*p));
}

/* Builds the plan for a header; -1 with a message printed. */
static int
plan_make(struct ingest *g, struct plan *p, const char *name,
    const struct csv_record *h, int quiet)
{
	const struct ingest_opts *o = g->o;
	const struct profile *pr = NULL;
	const struct pcol *pc;
	char **norm, missing[256];
	size_t i, k;
	int col, rv = -1, idx;

	memset(p, 0, sizeof(*p));
	p->name = name;
	p->namelen = strlen(name);
	p->name_plain = name[0] != ' ' &&
	    strchr(name, g->out->delim) == NULL &&
	    strpbrk(name, "\"\r\n\\") == NULL;
	p->nhdr = h->nfields;
	p->hdr = xcalloc(h->nfields, sizeof(*p->hdr));
	norm = xcalloc(h->nfields, sizeof(*norm));
	for (i = 0; i < h->nfields; i++) {
		p->hdr[i] = xstrndup(h->fields[i], h->lens[i]);
		norm[i] = xmalloc(h->lens[i] + 1);
		csv_name_norm(norm[i], p->hdr[i], h->lens[i] + 1);
	}
	if (o->from != NULL) {
		for (k = 0; k < NPROFILES; k++)
			if (strcmp(profiles[k].name, o->from) == 0)
				pr = &profiles[k];
		if (pr == NULL) {
			if (!quiet)
				emp_warn("unknown profile '%s'", o->from);
			goto out;
		}
		/* src tells emp's own stream apart; named, a stream
		 * written by hand may lack it: it is made then */
		if (!profile_matches(pr, norm, h->nfields, missing,
		    sizeof(missing)) && !(pr == &profiles[0] &&
		    strcmp(missing, "src") == 0)) {
			if (!quiet)
				emp_warn("%s:%lu: no column '%s' for --from %s",
				    name, h->line, missing, pr->name);
			goto out;
		}
	} else {
		for (k = 0; k < NPROFILES && pr == NULL; k++)
			if (profile_matches(&profiles[k], norm, h->nfields,
			    NULL, 0))
				pr = &profiles[k];
		if (pr == NULL && o->nmaps > 0)
			pr = &generic;
		if (pr == NULL) {
			if (!quiet)
				emp_warn("%s:%lu: cannot tell the export "
				    "format from the header; use --from or "
				    "--map", name, h->line);
			goto out;
		}
	}
	p->prof = pr;
	for (col = 0; col < EV_NCOLS; col++) {
		p->src[col] = -1;
		p->type[col] = ev_cols[col].type;
		p->unit[col] = pr == &generic ? o->conv.unit : DUR_S;
	}
	if (pr == &profiles[0]) {		/* emp's own events */
		for (col = 0; col < EV_NCOLS; col++)
			p->src[col] = find_any(norm, h->nfields,
			    ev_cols[col].name);
	}
	for (pc = pr->cols; pc->ev >= 0; pc++) {
		if ((idx = find_any(norm, h->nfields, pc->names)) < 0)
			continue;
		p->src[pc->ev] = idx;
		if (pc->flags & PC_COUNT)
			p->type[pc->ev] = ET_COUNT;
		if (pc->flags & PC_MS)
			p->unit[pc->ev] = DUR_MS;
	}
	for (k = 0; k < NX; k++)
		p->x[k] = pr->extra[k] != NULL && k < 3 ?
		    find_any(norm, h->nfields, pr->extra[k]) : -1;
	for (k = 0; k < o->nmaps; k++) {
		idx = -1;
		for (i = 0; i < h->nfields && idx < 0; i++)
			if (strcmp(p->hdr[i], o->maps[k].src) == 0)
				idx = (int)i;
		if (idx < 0)
			idx = find_any(norm, h->nfields, o->maps[k].src);
		if (idx < 0) {
			if (!quiet)
				emp_warn("%s:%lu: no column '%s' (--map %s)",
				    name, h->line, o->maps[k].src,
				    ev_cols[o->maps[k].col].name);
			goto out;
		}
		p->src[o->maps[k].col] = idx;
		p->type[o->maps[k].col] = ev_cols[o->maps[k].col].type;
		p->unit[o->maps[k].col] = o->conv.unit;
		/* a column the profile knows keeps its unit and type */
		for (pc = pr->cols; pc->ev >= 0; pc++) {
			if (pc->ev != o->maps[k].col ||
			    !name_in(norm[idx], pc->names))
				continue;
			if (pc->flags & PC_COUNT)
				p->type[pc->ev] = ET_COUNT;
			p->unit[pc->ev] = (pc->flags & PC_MS) ? DUR_MS : DUR_S;
		}
	}
	if (pr == &generic && (p->src[EV_TS] < 0 || p->src[EV_AGENT] < 0)) {
		if (!quiet)
			emp_warn("%s:%lu: --map must name the columns for at "
			    "least agent and ts", name, h->line);
		goto out;
	}
	if (p->src[EV_TS] < 0 || p->src[EV_AGENT] < 0) {
		if (!quiet)
			emp_warn("%s:%lu: %s export without a %s column",
			    name, h->line, pr->name,
			    p->src[EV_TS] < 0 ? "time" : "agent");
		goto out;
	}
	rv = 0;
out:
	for (i = 0; i < h->nfields; i++)
		free(norm[i]);
	free(norm);
	if (rv == -1)
		plan_free(p);
	return rv;
}

/* Rows. */

static int
row_fail(struct row *r, int col_src, const char *why)
{
	if (col_src >= 0)
		snprintf(r->err, sizeof(r->err), "field '%s': %s",
		    r->p->hdr[col_src], why);
	else
		snprintf(r->err, sizeof(r->err), "%s", why);
	return -1;
}

static void
set_const(struct row *r, int col, const char *s)
{
	r->v[col] = s;
	r->n[col] = strlen(s);
	r->safe[col] = 0;
}

/* A source field's value for the hook, trimmed. */
static int
xfield(const struct row *r, int k, const char **s, size_t *n)
{
	int i = r->p->x[k];

	if (i < 0)
		return 0;
	*s = r->rec->fields[i];
	*n = r->rec->lens[i];
	parse_trim(s, n);
	return 1;
}

static int
hook_amazon(struct row *r)
{
	const char *s;
	size_t n, i;
	int64_t ms;
	char why[300];

	/* VOICE -> voice */
	if (r->n[EV_CHANNEL] > 0 && r->n[EV_CHANNEL] < EV_VALMAX) {
		for (i = 0; i < r->n[EV_CHANNEL]; i++) {
			r->buf[EV_CHANNEL][i] = r->v[EV_CHANNEL][i];
			if (r->buf[EV_CHANNEL][i] >= 'A' &&
			    r->buf[EV_CHANNEL][i] <= 'Z')
				r->buf[EV_CHANNEL][i] += 'a' - 'A';
		}
		r->v[EV_CHANNEL] = r->buf[EV_CHANNEL];
	}
	if (r->p->x[1] >= 0) {
		xfield(r, 1, &s, &n);
		set_const(r, EV_TRANSFERRED,
		    n > 0 && !parse_is_unknown(s, n) ? "1" : "0");
	}
	/* LastUpdateTimestamp only chooses between copies, but a copy whose
	 * time cannot be read is not one to keep */
	if (xfield(r, 0, &s, &n) && parse_time(s, n, r->conv->tz, &ms) < 0) {
		msg_quote(why + 200, 100, s, n);
		snprintf(why, 200, "invalid timestamp '%s'", why + 200);
		return row_fail(r, r->p->x[0], why);
	}
	return 0;
}

static int
hook_zendesk(struct row *r)
{
	const char *s;
	size_t n;
	char q[256], why[300];

	if (!xfield(r, 0, &s, &n))
		return 0;
	if (n == 0)
		return row_fail(r, r->p->x[0], "missing rating");
	if (n == 4 && strncasecmp(s, "good", 4) == 0)
		set_const(r, EV_CSAT, "5");
	else if (n == 3 && strncasecmp(s, "bad", 3) == 0)
		set_const(r, EV_CSAT, "1");
	else if ((n == 7 && strncasecmp(s, "offered", 7) == 0) ||
	    (n == 9 && strncasecmp(s, "unoffered", 9) == 0))
		return SK_NON_RESPONSE;
	else {
		msg_quote(q, sizeof(q), s, n);
		snprintf(why, sizeof(why), "unknown rating '%s'", q);
		return row_fail(r, r->p->x[0] >= 0 ? r->p->x[0] : -1, why);
	}
	return 0;
}

static int
hook_voice(struct row *r)
{
	if (r->p->src[EV_CHANNEL] < 0)
		set_const(r, EV_CHANNEL, "voice");
	return 0;
}

static int
hook_five9(struct row *r)
{
	if (r->n[EV_AGENT] == 6 && memcmp(r->v[EV_AGENT], "[None]", 6) == 0)
		return SK_NOT_HANDLED;
	return hook_voice(r);
}

static int
hook_roster(struct row *r)
{
	const char *s;
	size_t n;
	char why[300];
	int len;

	r->has_exit = 0;
	if (!xfield(r, 0, &s, &n))
		return 0;
	/* the same rules as every time column, range included */
	len = ev_convert(EV_TS, ET_TIME, s, n, r->conv, r->exit_ts, why,
	    sizeof(why));
	if (len < 0)
		return row_fail(r, r->p->x[0], why);
	r->has_exit = len > 0;
	return 0;
}

/* "name:line" in sb, whose first namelen + 1 bytes hold "name:". */
static size_t
src_set(struct strbuf *sb, size_t namelen, unsigned long line)
{
	char digits[24];
	int k = 0;

	do
		digits[k++] = (char)('0' + line % 10);
	while ((line /= 10) > 0);
	sb->len = namelen + 1;
	sb_grow(sb, (size_t)k + 1);
	while (k > 0)
		sb->s[sb->len++] = digits[--k];
	sb->s[sb->len] = '\0';
	return sb->len;
}

/* Converts a record into r; returns 0, a skip reason, or -1 (r->err). */
static int
row_convert(struct ingest *g, struct row *r)
{
	const struct plan *p = r->p;
	const struct csv_record *rec = r->rec;
	const struct agent *a;
	struct ev_conv conv = *r->conv;
	char why[300];
	const char *s;
	size_t n;
	int col, i, len, rv, plain;

	plain = rec->plain && p->in_delim == g->out->delim;
	for (col = 0; col < EV_NCOLS; col++) {
		r->safe[col] = 0;
		if ((i = p->src[col]) < 0) {
			r->v[col] = "";
			r->n[col] = 0;
			continue;
		}
		s = rec->fields[i];
		n = rec->lens[i];
		switch (p->type[col]) {
		case ET_LONGTEXT:
			break;
		case ET_TEXT:
			parse_trim(&s, &n);
			if (n > 0 && n <= 5 && parse_is_unknown(s, n))
				n = 0;		/* N/A, null, #N/A, ... */
			/* from a plain line in the output's delimiter */
			r->safe[col] = plain;
			break;
		default:
			conv.unit = p->unit[col];
			len = ev_convert(col, p->type[col], s, n, &conv,
			    r->buf[col], why, sizeof(why));
			if (len < 0)
				return row_fail(r, i, why);
			s = r->buf[col];
			n = (size_t)len;
		}
		r->v[col] = s;
		r->n[col] = n;
	}
	if (p->src[EV_KIND] < 0)
		set_const(r, EV_KIND, g->o->kind != NULL && p->prof->kind ==
		    generic.kind && p->prof == &generic ? g->o->kind :
		    p->prof->kind != NULL ? p->prof->kind : "contact");
	else if (r->n[EV_KIND] == 0)
		return row_fail(r, p->src[EV_KIND], "missing event kind");
	if (p->prof->hook != NULL && (rv = p->prof->hook(r)) != 0)
		return rv;
	if (r->n[EV_AGENT] == 0) {
		if (p->prof->textual_agent &&
		    (strcmp(r->v[EV_KIND], "contact") == 0 ||
		    strcmp(r->v[EV_KIND], "survey") == 0))
			return SK_NO_AGENT;
		return row_fail(r, p->src[EV_AGENT], "missing agent");
	}
	if (r->n[EV_TS] == 0)
		return row_fail(r, p->src[EV_TS], "missing timestamp");
	if (g->agents.n > 0 &&
	    (a = strmap_get(&g->agents, r->v[EV_AGENT], r->n[EV_AGENT])) !=
	    NULL) {
		set_const(r, EV_AGENT, a->agent);
		if (a->team[0] != '\0')
			set_const(r, EV_TEAM, a->team);
	}
	if (p->src[EV_SRC] < 0) {
		r->v[EV_SRC] = r->src.s;
		r->n[EV_SRC] = src_set(&r->src, p->namelen, rec->line);
		r->safe[EV_SRC] = p->name_plain;
	}
	return 0;
}

/* Output. */

/* Room an encoded row can need at most. */
static size_t
row_bound(const struct row *r)
{
	size_t n = EV_NCOLS + 1;
	int col;

	for (col = 0; col < EV_NCOLS; col++)
		n += CSV_ENCODED_MAX(r->n[col]);
	return n;
}

/* Encodes the row into dst (row_bound() bytes); returns its length. */
static size_t
encode_row(const struct ingest *g, const struct row *r, char *dst)
{
	const struct plan *p = r->p;
	char *d = dst;
	int col, delim = g->out->delim;

	for (col = 0; col < EV_NCOLS; col++) {
		if (col > 0)
			*d++ = (char)delim;
		/* converted values never need quoting, nor do trimmed
		 * values of a plain line in the same delimiter */
		if (r->safe[col] || (r->v[col] == r->buf[col] &&
		    p->type[col] != ET_TEXT && p->type[col] != ET_LONGTEXT)) {
			memcpy(d, r->v[col], r->n[col]);
			d += r->n[col];
		} else
			d += csv_encode_into(d, r->v[col], r->n[col], delim);
	}
	*d++ = '\n';
	return (size_t)(d - dst);
}

/*
 * The spool: frames of a header and an encoded row, through a large
 * buffer, read back once by ingest_finish().
 */
struct spool_hdr {
	uint64_t	k1, k2;
	int64_t		ts;
	uint32_t	len;
	uint32_t	keyed;
};

#define SPOOL_BUF (1024 * 1024)

static void
spool_write(struct ingest *g)
{
	const char *p = g->spbuf.s;
	size_t n = g->spbuf.len;
	ssize_t k;

	while (n > 0) {
		if ((k = write(g->spool, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			emp_fatal_io(errno, "spool file: write error");
		}
		p += k;
		n -= (size_t)k;
	}
	g->spbuf.len = 0;
}

/* A frame: one keyed row, or any number of rows without a key. */
static void
spool_put(struct ingest *g, const struct keyed *k, const char *rows,
    size_t n)
{
	struct spool_hdr h;

	if (n > UINT32_MAX)
		emp_fatal_io(0, "%s: record too long", g->name);
	memset(&h, 0, sizeof(h));
	h.len = (uint32_t)n;
	if (k != NULL) {
		h.keyed = 1;
		h.k1 = k->k1;
		h.k2 = k->k2;
		h.ts = k->ts;
	}
	sb_add(&g->spbuf, &h, sizeof(h));
	sb_add(&g->spbuf, rows, n);
	if (g->spbuf.len >= SPOOL_BUF)
		spool_write(g);
}

/* Encoded rows out[from..to) to the output, or to the spool while it
 * is open. */
static void
put_rows(struct ingest *g, const struct strbuf *out, size_t from, size_t to)
{
	if (to == from)
		return;		/* out->s may be NULL then */
	if (g->spool != -1)
		spool_put(g, NULL, out->s + from, to - from);
	else
		csv_writer_raw(g->out, out->s + from, to - from);
}

static void
emit(struct ingest *g, struct row *r, struct result *res)
{
	sb_grow(&res->out, row_bound(r));
	res->out.len += encode_row(g, r, res->out.s + res->out.len);
	res->events++;
}

static void
spool_start(struct ingest *g)
{
	struct strbuf path = { 0 };
	const char *dir;

	if ((dir = getenv("TMPDIR")) == NULL || *dir == '\0')
		dir = "/tmp";
	sb_printf(&path, "%s/emp-ingest.XXXXXX", dir);
	if ((g->spool = mkstemp(path.s)) == -1)
		emp_fatal_io(errno, "%s", path.s);
	(void)unlink(path.s);
	sb_free(&path);
	dedup_init(&g->dd);
}

/* Fills spbuf from the spool to hold at least want bytes from pos on. */
static int
spool_read(struct ingest *g, size_t *pos, size_t want)
{
	ssize_t k;

	if (*pos > 0) {
		memmove(g->spbuf.s, g->spbuf.s + *pos, g->spbuf.len - *pos);
		g->spbuf.len -= *pos;
		*pos = 0;
	}
	while (g->spbuf.len < want) {
		sb_grow(&g->spbuf, SPOOL_BUF);
		k = read(g->spool, g->spbuf.s + g->spbuf.len,
		    g->spbuf.cap - g->spbuf.len - 1);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			emp_fatal_io(errno, "spool file: read error");
		if (k == 0)
			return 0;
		g->spbuf.len += (size_t)k;
	}
	return 1;
}

void
ingest_finish(struct ingest *g)
{
	struct spool_hdr h;
	size_t pos = 0;

	if (g->spool == -1)
		return;
	spool_write(g);
	if (lseek(g->spool, 0, SEEK_SET) == -1)
		emp_fatal_io(errno, "spool file");
	for (;;) {
		if (g->spbuf.len - pos < sizeof(h) &&
		    !spool_read(g, &pos, sizeof(h)))
			break;
		memcpy(&h, g->spbuf.s + pos, sizeof(h));
		if (g->spbuf.len - pos < sizeof(h) + h.len &&
		    !spool_read(g, &pos, sizeof(h) + h.len))
			emp_fatal_io(0, "spool file: truncated");
		pos += sizeof(h);
		if (!h.keyed || dedup_keep(&g->dd, h.k1, h.k2, h.ts))
			csv_writer_raw(g->out, g->spbuf.s + pos, h.len);
		else {
			g->skipped[SK_DUPLICATE]++;
			g->events--;
		}
		pos += h.len;
	}
	if (g->spbuf.len != pos)
		emp_fatal_io(0, "spool file: truncated");
	close(g->spool);
	g->spool = -1;
	dedup_free(&g->dd);
}

/* A rejected row, kept in res with its reason and raw text. */
static void
reject(struct result *res, const struct csv_record *rec, const char *why,
    int delim)
{
	struct rejected *j;

	if (res->nrej == res->rcap) {
		res->rcap = res->rcap ? res->rcap * 2 : 16;
		res->rej = xreallocarray(res->rej, res->rcap, sizeof(*res->rej));
	}
	j = &res->rej[res->nrej++];
	j->line = rec->line;
	j->why = res->text.len;
	j->nwhy = strlen(why);
	sb_add(&res->text, why, j->nwhy);
	j->raw = res->text.len;
	if (rec->err != NULL)
		sb_add(&res->text, rec->fields[0], rec->lens[0]);
	else
		csv_encode_record(&res->text, rec->fields, rec->lens,
		    rec->nfields, delim);
	j->nraw = res->text.len - j->raw;
}

/* Reports a rejected row (the first maxwarn on stderr) and writes it to
 * the rejects file. */
static void
reject_commit(struct ingest *g, const struct result *res,
    const struct rejected *j)
{
	char src[64];
	int n;

	g->rejected++;
	if (g->warned++ < (uint64_t)g->o->maxwarn)
		emp_warn("%s:%lu: %.*s", g->name, j->line, (int)j->nwhy,
		    res->text.s + j->why);
	else if (g->warned == (uint64_t)g->o->maxwarn + 1)
		emp_warn("further rejected rows are not shown%s",
		    g->rej != NULL ? "" : " (--rejects FILE keeps them all)");
	if (g->rej == NULL)
		return;
	n = snprintf(src, sizeof(src), ":%lu", j->line);
	g->rejsrc.len = 0;
	sb_adds(&g->rejsrc, g->name);
	sb_add(&g->rejsrc, src, (size_t)n);
	csv_writer_field(g->rej, g->rejsrc.s, g->rejsrc.len);
	csv_writer_field(g->rej, res->text.s + j->why, j->nwhy);
	csv_writer_field(g->rej, res->text.s + j->raw, j->nraw);
	csv_writer_endrow(g->rej);
}

/* Agent map. */

/* Reads the agent map into g->agents: 0, or -1 with a message printed
 * (what was read stays in g->agents for ingest_free()). */
static int
agents_load(struct ingest *g, const char *path)
{
	struct csv_reader *r;
	struct csv_record *rec;
	struct agent *a, *old;
	int ia, ig, it, rv, clash;
	size_t width;
	const char *s;
	size_t n;

	strmap_init(&g->agents, 1);
	if ((r = csv_reader_open(path, 0)) == NULL) {
		emp_warnerr("%s", path);
		return -1;
	}
	if ((rv = csv_reader_header(r, &rec)) != 1) {
		emp_warn("%s%s", rv == 0 ? path : csv_reader_error(r),
		    rv == 0 ? ": agent map is empty" : "");
		goto fail;
	}
	if ((ia = csv_header_find(rec, "alias")) < 0 ||
	    (ig = csv_header_find(rec, "agent")) < 0) {
		emp_warn("%s:%lu: agent map needs the columns "
		    "alias and agent (and optionally team)", path, rec->line);
		goto fail;
	}
	it = csv_header_find(rec, "team");
	width = rec->nfields;
	while ((rv = csv_reader_next(r, &rec)) == 1) {
		if (rec->blank)
			continue;
		if (rec->err != NULL) {
			emp_warn("%s:%lu: %s", path, rec->line, rec->err);
			goto fail;
		}
		if (rec->nfields != width) {
			emp_warn("%s:%lu: expected %zu fields, found %zu",
			    path, rec->line, width, rec->nfields);
			goto fail;
		}
		s = rec->fields[ig];
		n = rec->lens[ig];
		parse_trim(&s, &n);
		if (n == 0) {
			emp_warn("%s:%lu: field 'agent': empty", path,
			    rec->line);
			goto fail;
		}
		a = xmalloc(sizeof(*a));
		a->agent = xstrndup(s, n);
		if (it >= 0) {
			s = rec->fields[it];
			n = rec->lens[it];
			parse_trim(&s, &n);
			a->team = xstrndup(s, n);
		} else
			a->team = xstrdup("");
		s = rec->fields[ia];
		n = rec->lens[ia];
		parse_trim(&s, &n);
		if ((old = strmap_put(&g->agents, s, n, a)) != NULL) {
			if ((clash = strcmp(old->agent, a->agent) != 0))
				emp_warn("%s:%lu: alias '%.*s' already maps "
				    "to '%s'", path, rec->line,
				    (int)(n > 80 ? 80 : n), s, old->agent);
			free(old->agent);
			free(old->team);
			free(old);
			if (clash)
				goto fail;
		}
	}
	if (rv == -1) {
		emp_warn("%s", csv_reader_error(r));
		goto fail;
	}
	csv_reader_close(r);
	return 0;
fail:
	csv_reader_close(r);
	return -1;
}

/* The engine. */

struct ingest *
ingest_new(const struct ingest_opts *o, struct csv_writer *out,
    struct csv_writer *rej)
{
	struct ingest *g;
	int col;

	g = xcalloc(1, sizeof(*g));
	g->o = o;
	g->spool = -1;
	g->out = out;
	g->rej = rej;
	if (o->agent_map != NULL) {
		if (agents_load(g, o->agent_map) == -1) {
			ingest_free(g);
			return NULL;
		}
	} else
		strmap_init(&g->agents, 1);
	for (col = 0; col < EV_NCOLS; col++)
		csv_writer_str(out, ev_cols[col].name);
	csv_writer_endrow(out);
	if (rej != NULL) {
		csv_writer_field(rej, "src", 3);
		csv_writer_field(rej, "error", 5);
		csv_writer_field(rej, "raw", 3);
		csv_writer_endrow(rej);
	}
	return g;
}

/*
 * The key of a record of a de-duplicated export: its ContactId and
 * LastUpdateTimestamp, read from the raw fields.  Returns 1, or 0 for a
 * record without an id or with an unreadable time (it is no copy of
 * anything: conversion rejects the second).
 */
static int
dedup_key(struct tz *tz, const char *id, size_t idn, const char *lu,
    size_t lun, uint64_t *k1, uint64_t *k2, int64_t *ts)
{
	parse_trim(&id, &idn);
	if (idn == 0)
		return 0;
	if (ts == NULL)		/* the time is wanted later, if at all */
		goto hash;
	switch (parse_time(lu, lun, tz, ts)) {
	case PARSE_OK:
		break;
	case PARSE_EMPTY:
		*ts = INT64_MIN;
		break;
	default:
		return 0;
	}
hash:
	hash_bytes128(id, idn, k1, k2);
	return 1;
}

/* The key of a record; its time too unless with_ts is 0. */
static int
record_key(struct row *r, int with_ts)
{
	const struct csv_record *rec = r->rec;
	int ic = r->p->src[EV_ID], lc = r->p->x[0];

	if (rec->err != NULL || ic < 0 || (size_t)ic >= rec->nfields ||
	    (lc >= 0 && (size_t)lc >= rec->nfields))
		return 0;
	return dedup_key(r->conv->tz, rec->fields[ic], rec->lens[ic],
	    lc >= 0 ? rec->fields[lc] : "", lc >= 0 ? rec->lens[lc] : 0,
	    &r->k1, &r->k2, with_ts ? &r->kts : NULL);
}

/* Opens a file and reads its header and plan; NULL when it cannot (a
 * message printed unless quiet). */
static struct csv_reader *
open_plan(struct ingest *g, const char *path, struct plan *p, int quiet)
{
	struct csv_reader *rd;
	struct csv_record *rec;

	if ((rd = csv_open_table(path, g->o->delim, &rec, quiet)) == NULL)
		return NULL;
	if (plan_make(g, p, csv_reader_name(rd), rec, quiet) == -1) {
		csv_reader_close(rd);
		return NULL;
	}
	p->in_delim = csv_reader_delim(rd);
	return rd;
}

/*
 * Prescan: the keys of every record of a plain, seekable file, before its
 * real pass, so that no spool is needed (see keyscan.h).
 */
/*
 * The keys found are inserted by a second thread (the table's cache
 * misses are most of the cost), handed over in blocks through a ring.
 */
#define KEYBLOCK 8192

struct inserter {
	struct dedup		*dd;
	struct keymax_ent	*blk[RING_NSLOT];
	struct ring		 ring;
	int			 threaded;
	size_t			 slot, n;
	pthread_t		 th;
};

static void *
inserter_main(void *arg)
{
	struct inserter *in = arg;
	struct keymax_ent *e;
	size_t slot;
	int i, n;

	for (;;) {
		slot = ring_get(&in->ring, &n);
		for (i = 0; i < n; i++) {
			e = &in->blk[slot][i];
			dedup_add(in->dd, e->k1, e->k2, e->v);
		}
		ring_release(&in->ring);
		if (n == 0)
			return NULL;
	}
}

static void
inserter_start(struct inserter *in, struct dedup *dd)
{
	size_t i;

	memset(in, 0, sizeof(*in));
	in->dd = dd;
	for (i = 0; i < RING_NSLOT; i++)
		in->blk[i] = xcalloc(KEYBLOCK, sizeof(struct keymax_ent));
	ring_init(&in->ring);
	in->threaded = pthread_create(&in->th, NULL, inserter_main, in) == 0;
	in->slot = in->threaded ? ring_put_slot(&in->ring) : 0;
}

static void
inserter_add(struct inserter *in, uint64_t k1, uint64_t k2, int64_t v)
{
	struct keymax_ent *e;

	if (!in->threaded) {
		dedup_add(in->dd, k1, k2, v);
		return;
	}
	e = &in->blk[in->slot][in->n];
	e->k1 = k1;
	e->k2 = k2;
	e->v = v;
	if (++in->n == KEYBLOCK) {
		ring_put(&in->ring, (int)in->n);
		in->n = 0;
		in->slot = ring_put_slot(&in->ring);
	}
}

static void
inserter_stop(struct inserter *in)
{
	size_t i;

	if (in->threaded) {
		if (in->n > 0) {
			ring_put(&in->ring, (int)in->n);
			in->slot = ring_put_slot(&in->ring);
		}
		ring_put(&in->ring, 0);
		pthread_join(in->th, NULL);
	}
	ring_destroy(&in->ring);
	for (i = 0; i < RING_NSLOT; i++)
		free(in->blk[i]);
}

/* The field's value, unquoted into sb when it was quoted. */
static const char *
field_value(const struct keyscan_field *f, struct strbuf *sb, size_t *n)
{
	if (f->s == NULL) {
		*n = 0;
		return "";
	}
	if (f->quoted)
		return keyscan_unquote(sb, f->s, f->n, n);
	*n = f->n;
	return f->s;
}

/*
 * Read in large blocks: a mapping would fault page by page and, unmapped
 * behind the scan, interrupt the other threads to flush their TLBs.
 */
#define PRESCAN_BUF	(4 * 1024 * 1024)

static int
prescan_file(struct ingest *g, const char *path, const struct plan *pl,
    int delim, struct inserter *ins)
{
	struct strbuf u1 = { 0 }, u2 = { 0 };
	struct keyscan_field f1, f2;
	const char *p, *end, *next, *id, *lu;
	char *buf;
	size_t idn, lun, cap = PRESCAN_BUF, len = 0, pos = 0;
	ssize_t k;
	uint64_t k1, k2;
	int64_t ts;
	int fd, header = 1, bad, eof = 0, rv = 0, first = 1;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	buf = xmalloc(cap);
	while (!eof) {
		/* the record begun stays; a longer one than the buffer
		 * grows it */
		memmove(buf, buf + pos, len - pos);
		len -= pos;
		pos = 0;
		if (len == cap)
			buf = xrealloc(buf, cap *= 2);
		if ((k = read(fd, buf + len, cap - len)) < 0) {
			if (errno == EINTR)
				continue;
			rv = -1;
			break;
		}
		eof = k == 0;
		len += (size_t)k;
		if (first && len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
			pos = 3;
		first = 0;
		p = buf + pos;
		end = buf + len;
		while ((next = keyscan_record(p, end, delim, pl->src[EV_ID],
		    pl->x[0], &f1, &f2, eof, &bad)) != NULL && next != p) {
			p = next;
			if (header) {
				header = 0;
				continue;
			}
			if (bad || f1.s == NULL || (pl->x[0] >= 0 &&
			    f2.s == NULL))
				continue;
			id = field_value(&f1, &u1, &idn);
			lu = field_value(&f2, &u2, &lun);
			if (dedup_key(g->o->conv.tz, id, idn, lu, lun, &k1,
			    &k2, &ts))
				inserter_add(ins, k1, k2, ts);
		}
		pos = (size_t)(p - buf);
	}
	close(fd);
	free(buf);
	sb_free(&u1);
	sb_free(&u2);
	return rv;
}

/* Roughly how many lines the files to scan hold: their size over the
 * mean line length of their first megabyte. */
static size_t
estimate_rows(char *const *paths, const int *delims, size_t n)
{
	char *buf = xmalloc(SPOOL_BUF);
	struct stat st;
	size_t i, rows = 0, lines;
	ssize_t k;
	int fd;
	char *p, *end;

	for (i = 0; i < n; i++) {
		if (delims[i] == 0 || (fd = open(paths[i], O_RDONLY)) == -1)
			continue;
		if (fstat(fd, &st) == 0 && (k = read(fd, buf, SPOOL_BUF)) > 0) {
			lines = 0;
			for (p = buf, end = buf + k;
			    (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
				if (p + 1 < end && p[1] != '\n' && p[1] != '\r')
					lines++;	/* not blank */
			/* never more than a row per 64 bytes: a file of blank
			 * lines must not reserve gigabytes */
			if (lines > 0)
				rows += (size_t)fmin((double)st.st_size /
				    ((double)k / (double)lines),
				    (double)st.st_size / 64);
		}
		close(fd);
	}
	free(buf);
	return rows;
}

void
ingest_prepare(struct ingest *g, char *const *paths, size_t n)
{
	struct csv_reader *rd;
	struct inserter ins;
	struct stat st;
	struct plan *pl;
	int *delims, any = 0;
	size_t i;

	/* only when every input can be read twice */
	for (i = 0; i < n; i++)
		if (strcmp(paths[i], "-") == 0 || stat(paths[i], &st) == -1 ||
		    !S_ISREG(st.st_mode))
			return;
	pl = xcalloc(n, sizeof(*pl));
	delims = xcalloc(n, sizeof(*delims));
	for (i = 0; i < n; i++) {
		if ((rd = open_plan(g, paths[i], &pl[i], 1)) == NULL)
			continue;
		delims[i] = csv_reader_is_gzip(rd) || !pl[i].prof->dedup ? 0 :
		    csv_reader_delim(rd);
		if (pl[i].prof->dedup && delims[i] == 0)
			any = -1;	/* gzip: spool */
		else if (pl[i].prof->dedup && any == 0)
			any = 1;
		csv_reader_close(rd);
	}
	if (any == 1) {
		dedup_init(&g->dd);
		dedup_reserve(&g->dd, estimate_rows(paths, delims, n));
		inserter_start(&ins, &g->dd);
		g->prescanned = 1;
		for (i = 0; i < n && g->prescanned; i++)
			if (delims[i] != 0 && prescan_file(g, paths[i], &pl[i],
			    delims[i], &ins) == -1)
				g->prescanned = 0;
		inserter_stop(&ins);
		if (g->prescanned)
			dedup_seal(&g->dd);
		else
			dedup_free(&g->dd);
	}
	for (i = 0; i < n; i++)
		if (pl[i].prof != NULL)
			plan_free(&pl[i]);
	free(pl);
	free(delims);
}

/* A row of empty or blank fields (";;;;" from a spreadsheet). */
static int
all_blank(const struct csv_record *rec)
{
	size_t i, j;

	if (rec->err != NULL)
		return 0;
	for (i = 0; i < rec->nfields; i++)
		for (j = 0; j < rec->lens[i]; j++)
			if (rec->fields[i][j] != ' ' && rec->fields[i][j] != '\t')
				return 0;
	return 1;
}

/* Converts a record into res; returns 1 when it made an event. */
static int
convert_record(struct worker *w, struct csv_record *rec, struct result *res)
{
	struct ingest *g = w->g;
	struct row *r = &w->r;
	const struct plan *p = r->p;
	char why[128];
	int k;

	/* a NUL byte would reach the output and cut C strings downstream */
	if (csv_record_check(rec, p->nhdr, p->hdr, why, sizeof(why)) == -1) {
		reject(res, rec, why, p->in_delim);
		return 0;
	}
	if (all_blank(rec)) {
		res->skipped[SK_EMPTY]++;
		return 0;
	}
	if ((k = row_convert(g, r)) < 0) {
		reject(res, rec, r->err, p->in_delim);
		return 0;
	}
	if (k > 0) {
		res->skipped[k]++;
		return 0;
	}
	emit(g, r, res);
	if (p->prof->hook == hook_roster && r->has_exit) {
		set_const(r, EV_KIND, "exit");
		r->v[EV_TS] = r->exit_ts;
		r->n[EV_TS] = strlen(r->exit_ts);
		emit(g, r, res);
		res->twice++;
	}
	return 1;
}

/* feeder_ops.convert: a batch of records into a result. */
static void
convert_batch(void *worker, struct csv_batch *b, size_t n, void *result)
{
	struct worker *w = worker;
	struct ingest *g = w->g;
	struct result *res = result;
	struct row *r = &w->r;
	struct csv_record *rec;
	struct keyed *k;
	size_t i, off;
	int made;

	for (i = 0; i < n; i++) {
		rec = csv_batch_record(b, i);
		if (rec->blank)
			continue;
		res->rows++;
		r->rec = rec;
		r->keyed = r->p->prof->dedup && record_key(r, !g->prescanned);
		off = res->out.len;
		made = convert_record(w, rec, res);
		/* after a first pass, only the written copies of repeated
		 * keys are in question (a time that cannot be read was
		 * rejected) */
		if (!r->keyed || (g->prescanned && (!made ||
		    !dedup_repeated(&g->dd, r->k1, r->k2) ||
		    !record_key(r, 1))))
			continue;
		if (res->nkeyed == res->kcap) {
			res->kcap = res->kcap ? res->kcap * 2 : 16;
			res->keyed = xreallocarray(res->keyed, res->kcap,
			    sizeof(*res->keyed));
		}
		k = &res->keyed[res->nkeyed++];
		k->k1 = r->k1;
		k->k2 = r->k2;
		k->ts = r->kts;
		k->made = made;
		k->off = off;
		k->len = res->out.len - off;
	}
}

/* feeder_ops.commit: a result's events, keys, rejects and counts, in
 * input order. */
static void
commit_batch(void *arg, void *result)
{
	struct ingest *g = arg;
	struct result *res = result;
	const struct keyed *k;
	size_t i, pos = 0;
	int j;

	for (i = 0; i < res->nkeyed; i++) {
		k = &res->keyed[i];
		if (g->spool != -1)
			dedup_add(&g->dd, k->k1, k->k2, k->ts);
		if (!k->made)
			continue;
		put_rows(g, &res->out, pos, k->off);
		pos = k->off + k->len;
		if (g->spool != -1)
			spool_put(g, k, res->out.s + k->off, k->len);
		else if (dedup_keep(&g->dd, k->k1, k->k2, k->ts))
			csv_writer_raw(g->out, res->out.s + k->off, k->len);
		else {
			g->skipped[SK_DUPLICATE]++;
			res->events--;
		}
	}
	put_rows(g, &res->out, pos, res->out.len);
	for (i = 0; i < res->nrej; i++)
		reject_commit(g, res, &res->rej[i]);
	g->rows += res->rows;
	g->events += res->events;
	g->twice += res->twice;
	for (j = 0; j < SK_N; j++)
		g->skipped[j] += res->skipped[j];
	res->out.len = res->text.len = 0;
	res->nkeyed = res->nrej = 0;
	res->rows = res->events = res->twice = 0;
	memset(res->skipped, 0, sizeof(res->skipped));
}

int
ingest_file(struct ingest *g, const char *path)
{
	struct csv_reader *rd;
	struct feeder_ops ops;
	struct result res[FEEDER_NSLOT];
	struct worker **w;
	void *wp[64], *rp[FEEDER_NSLOT];
	struct plan p;
	int status = 0, i, nth = feeder_threads();

	if ((rd = open_plan(g, path, &p, 0)) == NULL)
		return -1;
	g->name = csv_reader_name(rd);
	if (p.prof->dedup && g->spool == -1 && !g->prescanned)
		spool_start(g);
	w = xcalloc((size_t)nth, sizeof(*w));
	for (i = 0; i < nth; i++) {
		w[i] = xcalloc(1, sizeof(**w));
		w[i]->g = g;
		w[i]->conv = g->o->conv;
		w[i]->conv.tz = tz_dup(g->o->conv.tz);
		w[i]->r.p = &p;
		w[i]->r.conv = &w[i]->conv;
		sb_add(&w[i]->r.src, p.name, p.namelen);
		sb_addc(&w[i]->r.src, ':');
		wp[i] = w[i];
	}
	memset(res, 0, sizeof(res));
	for (i = 0; i < FEEDER_NSLOT; i++)
		rp[i] = &res[i];
	ops.convert = convert_batch;
	ops.commit = commit_batch;
	ops.arg = g;
	ops.workers = wp;
	ops.results = rp;
	ops.nthreads = nth;
	if (feeder_run_ordered(rd, &ops) == -1) {
		emp_warn("%s", csv_reader_error(rd));
		status = -1;
	}
	for (i = 0; i < FEEDER_NSLOT; i++) {
		sb_free(&res[i].out);
		sb_free(&res[i].text);
		free(res[i].keyed);
		free(res[i].rej);
	}
	for (i = 0; i < nth; i++) {
		tz_free(w[i]->conv.tz);
		sb_free(&w[i]->r.src);
		free(w[i]);
	}
	free(w);
	plan_free(&p);
	csv_reader_close(rd);
	g->name = NULL;
	return status;
}

uint64_t
ingest_rejected(const struct ingest *g)
{
	return g->rejected;
}

void
ingest_summary(const struct ingest *g, struct strbuf *sb)
{
	uint64_t skipped = 0;
	int k, first = 1;

	for (k = 1; k < SK_N; k++)
		skipped += g->skipped[k];
	sb_printf(sb, "%llu rows read, %llu events written",
	    (unsigned long long)g->rows, (unsigned long long)g->events);
	if (g->twice > 0)
		sb_printf(sb, " (%llu %s gave two events)",
		    (unsigned long long)g->twice, g->twice == 1 ? "row" : "rows");
	sb_printf(sb, ", %llu rejected, %llu skipped",
	    (unsigned long long)g->rejected, (unsigned long long)skipped);
	for (k = 1; k < SK_N; k++) {
		if (g->skipped[k] == 0)
			continue;
		sb_printf(sb, "%s%llu %s", first ? " (" : ", ",
		    (unsigned long long)g->skipped[k], skip_names[k]);
		first = 0;
	}
	if (!first)
		sb_addc(sb, ')');
}

void
ingest_free(struct ingest *g)
{
	struct agent *a;
	size_t i;

	if (g->spool != -1)
		close(g->spool);
	if (g->spool != -1 || g->prescanned)
		dedup_free(&g->dd);
	sb_free(&g->spbuf);
	sb_free(&g->rejsrc);
	for (i = 0; i < g->agents.cap; i++) {
		if (g->agents.tab[i].key == NULL)
			continue;
		a = g->agents.tab[i].val;
		free(a->agent);
		free(a->team);
		free(a);
	}
	strmap_free(&g->agents);
	free(g);
}
