/*
 * ingest_profile.c: the export profiles of emp-ingest, recognising an
 * export by its header, and converting a row through its plan (see
 * ingest.h, ingest_int.h).
 *
 * A profile names, for each event column, the source columns that may
 * hold it (display names; compared after csv_name_norm()), the columns
 * whose presence identifies the export (sig), and a hook for what a table
 * cannot say (Zendesk's good/bad, Five9's [None] agent, ...).  Profiles are
 * tried in the order of the table, the most specific first.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "emp.h"
#include "ingest_int.h"
#include "roster.h"

#define PC_COUNT	0x1	/* a count: > 0 means yes */
#define PC_MS		0x2	/* durations in milliseconds */
#define PC_ZERO		0x4	/* empty means none happened: 0 */
#define PC_RAW		0x8	/* read as text: the hook converts it */

struct pcol {
	int		 ev;
	const char	*names;		/* "Agent.Username|Username" */
	int		 flags;
};

/* Profiles. */

static int hook_amazon(struct row *);
static int hook_zendesk(struct row *);
static int hook_five9(struct row *);
static int hook_voice(struct row *);
static int hook_qualtrics(struct row *);
static int hook_delighted(struct row *);
static int hook_pulse(struct row *);

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
	{ EV_CUSTOMER, "CustomerEndpoint.Address", 0 },
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
	{ EV_HOLD, "tHeldComplete|tHeld", PC_MS | PC_ZERO },
	{ EV_ACW, "tAcw", PC_MS | PC_ZERO },
	{ EV_TRANSFERRED, "nTransferred", PC_COUNT },
	{ EV_CUSTOMER, "ani", 0 },
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
	{ EV_CUSTOMER, "requester_id", 0 },
	{ -1, NULL, 0 }
};

/* Qualtrics: the NPS question (nps) is found by its _NPS_GROUP column
 * (qualtrics_plan()); agent and team are embedded data */
static const struct pcol qualtrics_cols[] = {
	{ EV_ID, "ResponseId", 0 },
	{ EV_TS, "RecordedDate|EndDate|StartDate", 0 },
	{ EV_AGENT, "agent|agent_name", 0 },
	{ EV_TEAM, "team|team_name", 0 },
	{ EV_CONTACT, "ticket|ticket_id", 0 },
	{ EV_CUSTOMER, "RecipientEmail|Recipient Email", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol delighted_cols[] = {
	{ EV_ID, "Response ID", 0 },
	{ EV_TS, "Created At", 0 },
	{ EV_AGENT, "Agent|Properties: Agent|Agent Name", 0 },
	{ EV_TEAM, "Team|Properties: Team", 0 },
	{ EV_NPS, "Score", 0 },
	{ EV_COMMENT, "Comment", 0 },
	{ EV_CUSTOMER, "Email", 0 },
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
	{ EV_CUSTOMER, "ANI", 0 },
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
	{ EV_CUSTOMER, "Contact ID", 0 },
	/* the legacy payload's names */
	{ EV_TS, "start_time", 0 },
	{ EV_AGENT, "agent_name", 0 },
	{ EV_TEAM, "team", 0 },
	{ EV_HOLD, "holding_time", 0 },
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
	{ EV_REVIEWER,
	    "Evaluator|Reviewer|Graded By|Scored By|QA Analyst|Grader", 0 },
	{ EV_COMMENT, "Comment|Comments", 0 },
	{ EV_CUSTOMER, "Customer|Customer ID", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol pulse_cols[] = {
	{ EV_ID, "Response ID|id", 0 },
	{ EV_AGENT, "Agent", 0 },
	{ EV_TEAM, "Team", 0 },
	{ EV_TS, "Week|Date|Submitted At|Submitted", PC_RAW },
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
	{ EV_REVERSED, "Reversed|Mistake|Was Reversed|reversed", 0 },
	{ EV_COST, "Cost|Mistake Cost|Loss|cost", 0 },
	{ -1, NULL, 0 }
};

static const struct pcol coaching_cols[] = {
	{ EV_ID, "Session ID|Session|ID", 0 },
	{ EV_AGENT, "Agent", 0 },
	{ EV_TEAM, "Team", 0 },
	{ EV_COACH, "Coach", 0 },
	{ EV_TS, "Date|Time|Timestamp", 0 },
	{ EV_FOCUS, "Focus", 0 },
	{ EV_COMMENT, "Notes|Note|Comment|Comments", 0 },
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
	    "tTalkComplete|tTalk|tHandle", NULL },
	    { NULL }, genesys_cols, NULL, 0, 1 },
	{ "zendesk", "survey",
	    { "score", "assignee_id", "ticket_id", "created_at", NULL },
	    { "score", NULL }, zendesk_cols, hook_zendesk, 0, 1 },
	{ "qualtrics", "survey",
	    { "ResponseId", "Finished", "RecordedDate|EndDate|StartDate",
	    NULL }, { "Finished", NULL }, qualtrics_cols, hook_qualtrics,
	    0, 1 },
	{ "delighted", "survey",
	    { "Response ID", "Score", "Created At", "Updated At", NULL },
	    { NULL }, delighted_cols, hook_delighted, 0, 1 },
	{ "five9", "contact",
	    { "CALL ID", "TIMESTAMP", "AGENT", "TALK TIME", NULL }, { NULL },
	    five9_cols, hook_five9, 0, 1 },
	{ "talkdesk", "contact",
	    { "call_id|Interaction ID",
	    "user_name|handling_user_name|User Name|agent_name",
	    "start_at|Started At|start_time", "talk_time|Talk Time", NULL },
	    { NULL },
	    talkdesk_cols, hook_voice, 0, 1 },
	{ "coaching", "coaching", { "Agent", "Coach", "Focus", NULL },
	    { NULL }, coaching_cols, NULL, 0, 0 },
	{ "decisions", "decision",
	    { "Agent", "Amount", "Approval Needed|Needs Approval|Escalated",
	    NULL }, { NULL }, decision_cols, NULL, 0, 0 },
	{ "qa", "qa",
	    { "Agent|Reviewee|Gradee|Agent Name",
	    "Score|QA Score|Total Score|Average Score|Percentage",
	    "Evaluation ID|Review ID|Evaluator|Reviewer|Grader|Graded By|"
	    "Scored By|QA Analyst", NULL },
	    { NULL }, qa_cols, NULL, 0, 0 },
	{ "pulse", "pulse", { "Agent", "Confidence", NULL }, { NULL },
	    pulse_cols, hook_pulse, 0, 0 },
	{ "roster", "hire", { "Agent", "Hire Date|Hired|Start Date", NULL },
	    { "Exit Date|Exit|End Date|Termination Date", "Role", "Effective" },
	    roster_cols, hook_roster, 0, 0 },
};
#define NPROFILES (sizeof(profiles) / sizeof(profiles[0]))

static const struct profile generic = {
	"map", "contact", { NULL }, { NULL }, none_cols, NULL, 0, 1
};

const char *const ingest_profiles[] = {
	"amazon-connect", "genesys", "zendesk", "qualtrics", "delighted",
	"five9", "talkdesk", "qa",
	"pulse", "roster", "decisions", "coaching", "events", NULL
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

void
plan_free(struct plan *p)
{
	size_t i;

	for (i = 0; i < p->nhdr; i++)
		free(p->hdr[i]);
	free(p->hdr);
	tz_free(p->tz);
	free(p->first);
	memset(p, 0, sizeof(*p));
}

/*
 * Qualtrics: the NPS question is the column X whose X_NPS_GROUP column
 * exists (the first such pair; --map nps=X chooses another), its group
 * column in x[1].  0, or -1 with a message printed unless quiet.
 */
static int
qualtrics_plan(struct plan *p, const char *name, unsigned long line,
    int quiet)
{
	static const char suffix[] = "_NPS_GROUP";
	const size_t slen = sizeof(suffix) - 1;
	size_t i, j, len;
	int mapped = p->src[EV_NPS];

	p->x[1] = -1;
	for (i = 0; i < p->nhdr && p->x[1] < 0; i++) {
		len = strlen(p->hdr[i]);
		if (len <= slen || strcasecmp(p->hdr[i] + len - slen,
		    suffix) != 0)
			continue;
		len -= slen;
		for (j = 0; j < p->nhdr; j++) {
			if (strlen(p->hdr[j]) != len ||
			    strncasecmp(p->hdr[j], p->hdr[i], len) != 0)
				continue;
			if (mapped < 0 || (size_t)mapped == j) {
				p->src[EV_NPS] = (int)j;
				p->x[1] = (int)i;
			}
			break;
		}
	}
	if (p->src[EV_NPS] < 0) {
		if (!quiet)
			emp_warn("%s:%lu: qualtrics export without an NPS "
			    "question (a column X and its X_NPS_GROUP); "
			    "--map nps=COLUMN names one", name, line);
		return -1;
	}
	return 0;
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
		if (pc->flags & PC_RAW)
			p->type[pc->ev] = ET_TEXT;
		p->zero[pc->ev] = (pc->flags & PC_ZERO) != 0;
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
		p->zero[o->maps[k].col] = 0;
		/* a column the profile knows keeps its unit and type */
		for (pc = pr->cols; pc->ev >= 0; pc++) {
			if (pc->ev != o->maps[k].col ||
			    !name_in(norm[idx], pc->names))
				continue;
			if (pc->flags & PC_COUNT)
				p->type[pc->ev] = ET_COUNT;
			if (pc->flags & PC_RAW)
				p->type[pc->ev] = ET_TEXT;
			p->unit[pc->ev] = (pc->flags & PC_MS) ? DUR_MS : DUR_S;
			p->zero[pc->ev] = (pc->flags & PC_ZERO) != 0;
		}
	}
	if (pr->hook == hook_qualtrics && qualtrics_plan(p, name, h->line,
	    quiet) == -1)
		goto out;
	customer_plan(o, p, norm, h->nfields);
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

void
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
	size_t n, all;
	char q[256], why[300];

	if (!xfield(r, 0, &s, &n))
		return 0;
	if (n == 0)
		return row_fail(r, r->p->x[0], "missing rating");
	/* the newer forms say whether a comment came with the rating */
	all = n;
	if (n > 13 && strncasecmp(s + n - 13, "_with_comment", 13) == 0 &&
	    (n == 17 || n == 16))
		n -= 13;
	else if (n > 16 && strncasecmp(s + n - 16, "_without_comment", 16) ==
	    0 && (n == 20 || n == 19))
		n -= 16;
	if (n == 4 && strncasecmp(s, "good", 4) == 0)
		set_const(r, EV_CSAT, "5");
	else if (n == 3 && strncasecmp(s, "bad", 3) == 0)
		set_const(r, EV_CSAT, "1");
	else if ((n == 7 && strncasecmp(s, "offered", 7) == 0) ||
	    (n == 9 && strncasecmp(s, "unoffered", 9) == 0))
		return SK_NON_RESPONSE;
	else {
		msg_quote(q, sizeof(q), s, all);
		snprintf(why, sizeof(why), "unknown rating '%s'", q);
		return row_fail(r, r->p->x[0] >= 0 ? r->p->x[0] : -1, why);
	}
	return 0;
}

/* Qualtrics NPS groups: 1 Detractor (0-6), 2 Passive (7-8), 3 Promoter
 * (9-10), as numbers or labels. */
static const char *const nps_groups[] = { "Detractor", "Passive",
    "Promoter" };

static int
hook_qualtrics(struct row *r)
{
	const char *s;
	size_t n;
	char q[256], why[400];
	int b, g, want, score;

	/* only a finished response is one (Finished: 1/True) */
	if (xfield(r, 0, &s, &n)) {
		if (parse_bool(s, n, &b) != PARSE_OK) {
			msg_quote(q, sizeof(q), s, n);
			snprintf(why, sizeof(why), "invalid yes/no value '%s'",
			    q);
			return row_fail(r, r->p->x[0], why);
		}
		if (!b)
			return SK_NON_RESPONSE;
	}
	if (!xfield(r, 1, &s, &n) || n == 0)
		return r->n[EV_NPS] == 0 ? SK_NON_RESPONSE : 0;
	msg_quote(q, sizeof(q), s, n);
	g = 0;
	if (n == 1 && s[0] >= '1' && s[0] <= '3')
		g = s[0] - '0';
	for (want = 0; want < 3 && g == 0; want++)
		if (n == strlen(nps_groups[want]) &&
		    strncasecmp(s, nps_groups[want], n) == 0)
			g = want + 1;
	if (g == 0) {
		snprintf(why, sizeof(why), "unknown NPS group '%s': use 1-3 "
		    "or Detractor, Passive, Promoter", q);
		return row_fail(r, r->p->x[1], why);
	}
	if (r->n[EV_NPS] == 0) {
		snprintf(why, sizeof(why), "NPS group '%s' without a score "
		    "in field '%s'", q, r->p->hdr[r->p->src[EV_NPS]]);
		return row_fail(r, r->p->x[1], why);
	}
	score = atoi(r->v[EV_NPS]);	/* canonical: 0 to 10 */
	want = score <= 6 ? 1 : score <= 8 ? 2 : 3;
	if (g != want) {
		snprintf(why, sizeof(why), "NPS group '%s' (%s) contradicts "
		    "field '%s': %d is a %s", q, nps_groups[g - 1],
		    r->p->hdr[r->p->src[EV_NPS]], score,
		    want == 1 ? "detractor (0-6)" : want == 2 ?
		    "passive (7-8)" : "promoter (9-10)");
		return row_fail(r, r->p->x[1], why);
	}
	return 0;
}

static int
hook_delighted(struct row *r)
{
	if (r->n[EV_NPS] == 0)
		return row_fail(r, r->p->src[EV_NPS], "missing score");
	return 0;
}

/*
 * A pulse's week or date (a PC_RAW column): an ISO week "2026-W02" is its
 * Monday 00:00 in the zone of --tz (else UTC); anything else is read as
 * every time column is.
 */
static int
hook_pulse(struct row *r)
{
	const char *s = r->v[EV_TS];
	size_t n = r->n[EV_TS];
	char week[9], q[256], why[300], iso[32];
	int64_t start, end, ms;
	int len;

	if (r->p->src[EV_TS] < 0 || r->p->type[EV_TS] != ET_TEXT || n == 0)
		return 0;
	if (n == 8 && s[4] == '-' && (s[5] == 'W' || s[5] == 'w') &&
	    strspn(s, "0123456789") == 4 && s[6] >= '0' && s[6] <= '9' &&
	    s[7] >= '0' && s[7] <= '9') {
		memcpy(week, s, 8);
		week[5] = 'W';
		week[8] = '\0';
		if (period_span(week, &start, &end) == -1 ||
		    local_day_start(start, r->conv->tz, &ms) != PARSE_OK) {
			msg_quote(q, sizeof(q), s, n);
			snprintf(why, sizeof(why), "no such ISO week '%s'", q);
			return row_fail(r, r->p->src[EV_TS], why);
		}
		/* the range rules of every time */
		time_format(ms, iso);
		s = iso;
		n = strlen(iso);
	}
	len = ev_convert(EV_TS, ET_TIME, s, n, r->conv, r->buf[EV_TS], why,
	    sizeof(why));
	if (len < 0)
		return row_fail(r, r->p->src[EV_TS], why);
	r->v[EV_TS] = r->buf[EV_TS];
	r->n[EV_TS] = (size_t)len;
	r->safe[EV_TS] = 0;
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

int
hook_roster(struct row *r)
{
	const char *s;
	size_t n;
	char why[300];
	int64_t eff, hired;
	int len;

	r->has_exit = 0;
	/* emp-challenge's columns (roster.h): staff, and dated rows */
	if (xfield(r, 1, &s, &n) && (len = roster_role(s, n)) != ROLE_AGENT) {
		if (len < 0)
			return row_fail(r, r->p->x[1], "unknown role: use "
			    "agent, lead or admin");
		return SK_STAFF;
	}
	if (xfield(r, 2, &s, &n) && n > 0) {
		if (parse_time(s, n, NULL, &eff) != PARSE_OK)
			return row_fail(r, r->p->x[2], "invalid date");
		if (r->n[EV_TS] > 0 && parse_time(r->v[EV_TS], r->n[EV_TS],
		    NULL, &hired) == PARSE_OK && eff > hired)
			return SK_CHANGE;
	}
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
#define NOT_UTF8	PARSE_NOT_UTF8

int
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
			len = p->dayfrac[col] ? dayfrac_convert(s, n, &conv,
			    r->buf[col], why, sizeof(why)) :
			    ev_convert(col, p->type[col], s, n, &conv,
			    r->buf[col], why, sizeof(why));
			if (len < 0)
				return row_fail(r, i, why);
			s = r->buf[col];
			n = (size_t)len;
		}
		r->v[col] = s;
		r->n[col] = n;
		if (n == 0 && p->zero[col])
			set_const(r, col, "0");
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
	/* a name in another encoding would split one person in two */
	if (!parse_utf8(r->v[EV_AGENT], r->n[EV_AGENT]))
		return row_fail(r, p->src[EV_AGENT], NOT_UTF8);
	if (!parse_utf8(r->v[EV_TEAM], r->n[EV_TEAM]))
		return row_fail(r, p->src[EV_TEAM], NOT_UTF8);
	if (!parse_utf8(r->v[EV_COACH], r->n[EV_COACH]))
		return row_fail(r, p->src[EV_COACH], NOT_UTF8);
	if (!parse_utf8(r->v[EV_REVIEWER], r->n[EV_REVIEWER]))
		return row_fail(r, p->src[EV_REVIEWER], NOT_UTF8);
	if (g->agents.n > 0 &&
	    (a = strmap_get(&g->agents, r->v[EV_AGENT], r->n[EV_AGENT])) !=
	    NULL) {
		set_const(r, EV_AGENT, a->agent);
		if (a->team[0] != '\0')
			set_const(r, EV_TEAM, a->team);
	}
	/* a coach is named as agents are: the map gives the same name */
	if (g->agents.n > 0 && r->n[EV_COACH] > 0 &&
	    (a = strmap_get(&g->agents, r->v[EV_COACH], r->n[EV_COACH])) !=
	    NULL)
		set_const(r, EV_COACH, a->agent);
	/* so is a reviewer, who is often a lead with an agent login */
	if (g->agents.n > 0 && r->n[EV_REVIEWER] > 0 &&
	    (a = strmap_get(&g->agents, r->v[EV_REVIEWER],
	    r->n[EV_REVIEWER])) != NULL)
		set_const(r, EV_REVIEWER, a->agent);
	customer_finish(g->o, r);
	escalation_mark(g->o, r);
	if (p->src[EV_SRC] < 0) {
		r->v[EV_SRC] = r->src.s;
		r->n[EV_SRC] = src_set(&r->src, p->namelen, rec->line);
		r->safe[EV_SRC] = p->name_plain;
	}
	return 0;
}

/* A copy of a record, err included, in one allocation (free() it). */
static struct csv_record *
record_copy(const struct csv_record *rec)
{
	struct csv_record *c;
	size_t i, size;
	char *d;

	size = sizeof(*c) + rec->nfields * (sizeof(char *) + sizeof(size_t));
	for (i = 0; i < rec->nfields; i++)
		size += rec->lens[i] + 1;
	if (rec->err != NULL)
		size += strlen(rec->err) + 1;
	c = xmalloc(size);
	*c = *rec;
	c->fields = (char **)(c + 1);
	c->lens = (size_t *)(c->fields + rec->nfields);
	d = (char *)(c->lens + rec->nfields);
	for (i = 0; i < rec->nfields; i++) {
		c->fields[i] = d;
		c->lens[i] = rec->lens[i];
		memcpy(d, rec->fields[i], rec->lens[i]);
		d[rec->lens[i]] = '\0';
		d += rec->lens[i] + 1;
	}
	if (rec->err != NULL) {
		memcpy(d, rec->err, strlen(rec->err) + 1);
		c->err = d;
	}
	return c;
}

/* The value of "key":"value" in a one-level JSON object, into buf: its
 * length, or -1 when there is none (or it holds an escape). */
static int
json_str(const char *s, size_t n, const char *key, char *buf, size_t size)
{
	const char *end = s + n, *p, *q;
	size_t klen = strlen(key);

	for (p = s; p + klen + 2 <= end; p++) {
		if (*p != '"' || memcmp(p + 1, key, klen) != 0 ||
		    p[klen + 1] != '"')
			continue;
		for (p += klen + 2; p < end && (*p == ' ' || *p == '\t'); p++)
			;
		if (p == end || *p++ != ':')
			return -1;
		for (; p < end && (*p == ' ' || *p == '\t'); p++)
			;
		if (p == end || *p++ != '"')
			return -1;
		for (q = p; q < end && *q != '"' && *q != '\\'; q++)
			;
		if (q == end || *q != '"' || (size_t)(q - p) >= size)
			return -1;
		memcpy(buf, p, (size_t)(q - p));
		buf[q - p] = '\0';
		return (int)(q - p);
	}
	return -1;
}

/* Qualtrics' ImportId row: its first field is {"ImportId":...}. */
static int
is_importid_row(const struct csv_record *rec)
{
	const char *s = rec->fields[0];
	size_t n = rec->lens[0];

	parse_trim(&s, &n);
	return n >= 11 && memcmp(s, "{\"ImportId\"", 11) == 0;
}

/* Qualtrics' question-text row: "Response ID" under ResponseId. */
static int
is_text_row(const struct plan *p, const struct csv_record *rec)
{
	char norm[32];
	int i = p->src[EV_ID];

	if (i < 0 || (size_t)i >= rec->nfields || rec->lens[i] >= 32)
		return 0;
	csv_name_norm(norm, rec->fields[i], sizeof(norm));
	return strcmp(norm, "responseid") == 0;
}

/*
 * A Qualtrics export's rows 2 and 3, recognised (the question texts:
 * "Response ID" under ResponseId; the ImportId objects: a first field
 * that starts {"ImportId"), each at most once, in either order, and
 * skipped.  The time column's object gives its zone (p->tz) unless --tz
 * was given.  The first data row is kept in p->first.  0, or -1 with a
 * message printed unless quiet.
 */
static int
qualtrics_rows(struct ingest *g, struct csv_reader *rd, struct plan *p,
    int quiet)
{
	struct csv_record *rec;
	char zone[128], q[256];
	int seen_text = 0, seen_ids = 0, rv, i = p->src[EV_TS];

	while ((rv = csv_reader_next(rd, &rec)) == 1) {
		if (rec->blank)
			continue;
		if (rec->err == NULL && !seen_ids && is_importid_row(rec)) {
			seen_ids = 1;
			if (g->o->cli.tz != NULL || (size_t)i >= rec->nfields ||
			    json_str(rec->fields[i], rec->lens[i], "timeZone",
			    zone, sizeof(zone)) < 0)
				continue;
			tz_free(p->tz);
			if ((p->tz = tz_init(zone)) == NULL) {
				if (!quiet) {
					msg_quote(q, sizeof(q), zone,
					    strlen(zone));
					emp_warn("%s:%lu: field '%s': unknown "
					    "time zone '%s' in the ImportId "
					    "row (--tz ZONE reads the times "
					    "in another)", p->name, rec->line,
					    p->hdr[i], q);
				}
				return -1;
			}
			continue;
		}
		if (rec->err == NULL && !seen_text && !seen_ids &&
		    is_text_row(p, rec)) {
			seen_text = 1;
			continue;
		}
		/* Five9's rule: times of no known zone are said to be UTC */
		if (p->tz == NULL && g->o->cli.tz == NULL && !quiet)
			emp_warn("%s: no ImportId row names the survey's time "
			    "zone: times read as UTC; give it with --tz",
			    p->name);
		p->first = record_copy(rec);
		return 0;
	}
	if (rv == -1) {
		if (!quiet)
			emp_warn("%s", csv_reader_error(rd));
		return -1;
	}
	return 0;
}

/* Opens a file and reads its header and plan; NULL when it cannot (a
 * message printed unless quiet). */
struct csv_reader *
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
	if (p->prof->hook == hook_qualtrics &&
	    qualtrics_rows(g, rd, p, quiet) == -1) {
		plan_free(p);
		csv_reader_close(rd);
		return NULL;
	}
	if (!quiet)
		plan_warn(g->o, p);
	return rd;
}

/* Mappings (--map, --map-file). */

int
ingest_map_add(struct ingest_opts *o, const char *spec, const char *where)
{
	const char *eq = strchr(spec, '=');
	char name[64];
	size_t len;
	int col;

	if (eq == NULL || eq == spec || eq[1] == '\0')
		return emp_warn("%s: expected COLUMN=SOURCE, got '%s'", where,
		    spec), -1;
	len = (size_t)(eq - spec);
	while (len > 0 && (spec[len - 1] == ' ' || spec[len - 1] == '\t'))
		len--;
	if (len >= sizeof(name))
		len = sizeof(name) - 1;
	memcpy(name, spec, len);
	name[len] = '\0';
	if ((col = ev_col_lookup(name)) < 0 || col == EV_SRC ||
	    col == EV_CHALLENGE)
		return emp_warn("%s: '%s' is not an event column that can be "
		    "mapped", where, name), -1;
	for (eq++; *eq == ' ' || *eq == '\t'; eq++)
		;
	o->maps = xreallocarray(o->maps, o->nmaps + 1, sizeof(*o->maps));
	o->maps[o->nmaps].col = col;
	o->maps[o->nmaps].src = xstrdup(eq);
	o->nmaps++;
	return 0;
}

/* The longest line of a map file: a mapping is a column and a name. */
#define MAP_LINE_MAX	4096

int
ingest_map_file(struct ingest_opts *o, const char *path)
{
	FILE *f;
	char line[MAP_LINE_MAX + 1], where[4096 + 32];
	size_t len;
	unsigned long lineno = 0;
	int c, rv = 0;

	if ((f = fopen(path, "r")) == NULL)
		return emp_warnerr("%s", path), -1;
	for (;;) {
		len = 0;
		while ((c = getc(f)) != EOF && c != '\n' && len < MAP_LINE_MAX)
			line[len++] = (char)c;
		if (c == EOF && len == 0)
			break;
		lineno++;
		if (len == MAP_LINE_MAX && c != '\n' && c != EOF) {
			emp_warn("%s:%lu: a line longer than %d bytes: not a "
			    "map file", path, lineno, MAP_LINE_MAX);
			rv = -1;
			break;
		}
		if (memchr(line, '\0', len) != NULL) {
			emp_warn("%s:%lu: a NUL byte: not a map file", path,
			    lineno);
			rv = -1;
			break;
		}
		line[len] = '\0';
		while (len > 0 && (line[len - 1] == '\r' ||
		    line[len - 1] == ' ' || line[len - 1] == '\t'))
			line[--len] = '\0';
		if (len != 0 && line[strspn(line, " \t")] != '#') {
			snprintf(where, sizeof(where), "%s:%lu", path, lineno);
			if (ingest_map_add(o, line + strspn(line, " \t"),
			    where) == -1) {
				rv = -1;
				break;
			}
		}
		if (c == EOF)
			break;
	}
	if (rv == 0 && ferror(f)) {
		emp_warnerr("%s", path);
		rv = -1;
	}
	fclose(f);
	return rv;
}

void
ingest_opts_free(struct ingest_opts *o)
{
	size_t k;

	for (k = 0; k < o->nmaps; k++)
		free(o->maps[k].src);
	free(o->maps);
	for (k = 0; k < o->nesc; k++)
		free(o->esc[k]);
	free(o->esc);
	free(o->esc_seen);
	o->esc = NULL;
	o->esc_seen = NULL;
	o->nesc = 0;
	explicit_bzero(o->hash_key, sizeof(o->hash_key));
	o->maps = NULL;
	o->nmaps = 0;
	tz_free(o->conv.tz);
	o->conv.tz = NULL;
}
