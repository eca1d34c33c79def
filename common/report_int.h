/*
 * report_int.h: what report_read.c (the inputs) and report.c (the
 * documents) share: the report's model.  Private to report*.c.
 */
#ifndef REPORT_INT_H
#define REPORT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "emp.h"
#include "evidence.h"
#include "hash.h"
#include "ledger.h"
#include "report.h"
#include "schema.h"
#include "table.h"

#define NONE	SIZE_MAX

/* A column the report keeps from the scores: a metric, index or rank. */
struct rcol {
	char	*name;
	int	 has_n;		/* a name_n count column */
	int	 lower_better;
	int	 shape;		/* SHAPE_* (schema.h); SHAPE_COUNT if none */
	double	 range;		/* a mean's scale, max - min; 0: unbounded */
};

enum { G_AGENT, G_TEAM, G_ALL };

struct ent {
	char	*key;
	char	*team;		/* of the latest row read */
	int	 group;
	size_t	*slot;		/* row per window period, NONE where none */
};

struct row {
	size_t	 ent, per;
	size_t	 at;		/* first of its ncol values in val/cnt */
};

/* A row of the tiers stream: its fields by enum tiers_col (schema.h). */
struct tierrow {
	char	*agent;
	char	*f[TC_N];
	char	*qa_needed;	/* emp-tier --plan's column, NULL without */
};

/* A reviewer row of the scores (emp-score -g reviewer): its fields by
 * enum grader_col, "" where the stream has none. */
enum grader_col {
	GR_PERIOD, GR_KEY, GR_QA, GR_QA_N, GR_OFFSET, GR_OFFSET_LO,
	GR_OFFSET_HI, GR_OFFSET_P, GR_ROUND, GR_ROUND_N, GR_N
};
extern const char *const grader_cols[GR_N];
struct grader {
	char	*f[GR_N];
	int	 nop;		/* the stream has no qa_offset_p (older) */
};

/* A customer comment (a survey's) or a QA note (a qa row's) of an
 * event stream, for the scorecard's feedback. */
enum { FB_SURVEY, FB_QA, FB_KINDS };
#define FB_MAX	10	/* of each kind, per agent */
struct fbitem {
	char	*ts, *score, *who, *text;
	int	 challenged;
	size_t	 seq;		/* its place in the stream */
};
struct fbagent {
	struct fbitem	 it[FB_KINDS][FB_MAX];
	size_t		 n[FB_KINDS];
};

/*
 * A goal's evidence over a span of periods (report_goals.c): the agent's
 * rows pooled (evidence.h), or for the index, headcount and turnover,
 * which evidence.h does not pool, the mean of the per-period values.
 */
struct gpool {
	struct ev_stat	 ev;
	uint64_t	 nper;		/* periods with a value */
	uint64_t	 lostper;	/* periods whose observations were lost */
	const char	*lostname;	/* one of them, for the period's kind */
	int		 has;		/* a value */
	int		 ok;		/* the sample a verdict needs */
	int		 periods;	/* have counts periods with a value */
	uint64_t	 have, need;	/* the sample used, and that minimum */
	double		 v;		/* the value as shown */
	char		 s[32];		/* the value as shown */
};

/* A row of the impact stream (emp-impact(5)): its fields by enum
 * impact_col (schema.h). */
struct improw {
	char	*f[IC_N];
};

/* A row of the exposure stream (emp-exposure(5)): its fields by enum
 * exposure_col, "" for an alt_ column the stream does not have. */
struct exprow {
	char	*f[XC_N];
};

/* A coaching session of the event stream (kind coaching). */
struct session {
	char	*agent, *date, *coach, *focus, *note;
	size_t	 seq;		/* its place in the stream */
};

enum goal_status {
	GS_MET, GS_NOT_MET, GS_OVERDUE, GS_ON_TRACK, GS_BEHIND, GS_TOO_EARLY
};

struct goal {
	char	*agent, *metric, *target_s, *due, *set, *baseline;
	size_t	 col;		/* the metric's column */
	size_t	 lo, hi;	/* a rate's bounds' columns, else NONE */
	int	 m;		/* metrics[] index; -1 for the index */
	double	 target;
	/* judged by report_goals_judge() */
	char	 from[16], to[16];	/* the window, as shown */
	struct gpool win, base;
	int	 has_base;	/* baseline periods (stated, or before set) */
	int	 passed;	/* the due date is past */
	enum goal_status status;
	double	 progress;	/* value / target, 0 to 1 (win.has) */
};

struct report {
	struct report_opts o;
	struct rcol	*col;
	size_t		 ncol;
	int		 frozen;	/* columns fixed by the first scores */
	struct strbuf	 arena;		/* values, NUL-terminated */
	size_t		*val;		/* arena offsets, NONE for empty */
	long		*cnt;		/* counts, -1 for none */
	size_t		 nval, capval;
	struct row	*row;
	size_t		 nrow, caprow;
	struct strmap	 entmap;	/* "g\037key" -> index + 1 */
	struct ent	*ent;
	size_t		 nent, capent;
	struct strmap	 permap;	/* period -> index + 1 */
	char		**per;
	size_t		 nper, capper;
	char		**win;		/* the window's periods, in order */
	size_t		 nwin;
	size_t		*perslot;	/* period -> window slot or NONE */
	struct strmap	 tiermap;	/* agent -> tierrow */
	struct tierrow	**tiers;
	size_t		 ntier, captier;
	struct goal	*goal;
	size_t		 ngoal, capgoal;
	struct roster	 roster;
	struct ledger	 ledger;
	int		 have_ledger;
	struct ledger_stats *cst;
	size_t		 ncst;
	size_t		 center;	/* the summary's entity */
	char		 lastday[16];	/* of the report's period */
	int64_t		 firstday;	/* of the first period with contacts,
					 * in days; INT64_MAX: none */
	unsigned long	 rejected;
	struct strmap	 medmap;	/* team -> index + 1 into med */
	double		*med;		/* team medians, [team * ncol + col] */
	signed char	*hasmed;	/* likewise: 1 known, 0 none */
	const char	**agents;	/* report_agents() */
	size_t		 nagents;
	/* the streams of issue 15 (report_empower.c) */
	struct improw	*imp;
	size_t		 nimp, capimp;
	int		 have_impact;
	struct exprow	*xrow;
	size_t		 nxrow, capxrow;
	int		 have_exposure;
	int		 exp_alt;	/* the alt_ columns are there */
	struct session	*ses;
	size_t		 nses, capses;
	int		 have_events;
	char		 evfirst[11], evlast[11];	/* the stream's span */
	/* issue 16 (report_qa.c) */
	struct grader	*grad;
	size_t		 ngrad, capgrad;
	int		 have_plan;	/* a tiers stream with qa_needed */
	struct strmap	 fbmap;		/* trimmed agent -> index + 1 */
	struct fbagent	*fb;
	size_t		 nfb, capfb, fbseq;
};

/* The columns every report shows, in report_new()'s order (report.c's
 * base_cols); goals add theirs.  C_FCR is resolved_rate, the disposition
 * flag; C_FCR_REPEAT is fcr, from repeat contacts. */
enum { C_INDEX, C_RANK, C_CONTACTS, C_AHT, C_FCR, C_NOESC, C_TRANSFER,
	C_CSAT, C_CSAT_RATE, C_NPS, C_QA, C_CONFIDENCE, C_DECISION_S,
	C_HEADCOUNT, C_TURNOVER, C_FCR_REPEAT };


/* The label a report gives a metric column ("CSAT (share of 4-5)"),
 * or the name itself (report.c). */
const char *report_col_label(const char *name);
/* Document building (report.c): a new block of doc, with a copy of text
 * (NULL: none), and a copy of s as the next cell of a table block. */
struct rblock *rdoc_block(struct rdoc *, enum rblock_kind, const char *text);
void	rblock_cell(struct rblock *, int tone, const char *s);
/* A table block of kind (RB_TABLE, RB_PAIRS) and caption text (NULL:
 * none) with its head row; sb's text as a paragraph, sb emptied. */
struct rblock *rdoc_table(struct rdoc *, enum rblock_kind, size_t ncols,
	    const char *const *heads, const char *text);
void	rdoc_para(struct rdoc *, struct strbuf *);
/* What a report shows for no value: an em dash. */
#define REPORT_DASH	"\xe2\x80\x94"
/* s, or REPORT_DASH when empty. */
const char *report_or_dash(const char *);
/* A number as written, with a '+' when it is above 0: "+0.1", "-2". */
void	report_signed(struct strbuf *, const char *);
/* The team of an agent: the scores', else the tiers', else "". */
const char *report_team_of_agent(const struct report *, const char *agent);

/*
 * report_empower.c: the impact, exposure and event streams.  The
 * readers take an open table whose header said what it is and report
 * every bad row (table_reject()); 0, or -1 when it could not be read.
 * The document parts append their sections (nothing when the stream
 * was not given); report_empower_free() releases what the readers kept.
 */
int	report_read_impact(struct report *, struct table *);
int	report_read_exposure(struct report *, struct table *);
int	report_read_events(struct report *, struct table *);
/* Impact of empowerment, Authority and exposure, Coaching (a line per
 * team): of the center (team NULL) or of one team. */
void	report_empower_team(const struct report *, const char *team,
	    struct rdoc *);
/* The agent's coaching sessions (a scorecard's section). */
void	report_empower_agent(const struct report *, const char *agent,
	    struct rdoc *);
void	report_empower_free(struct report *);

/*
 * report_qa.c: the Graders section (the scores' reviewer rows), the QA
 * plan (the tiers' qa_needed) and a scorecard's feedback (an event
 * stream's comments).  report_qa_grader() keeps a reviewer row of the
 * scores (gi: the grader_cols' indices in the table, -1 when absent),
 * reporting a bad one; report_qa_feedback() an event row of kind survey
 * or qa with a comment (the newest FB_MAX of each kind per agent are
 * kept, so memory is bounded by the agents).  report_qa_free() releases
 * what both kept.
 */
void	report_qa_grader(struct report *, struct table *,
	    struct csv_record *, const int gi[GR_N]);
void	report_qa_feedback(struct report *, int kind, const char *ts,
	    const char *agent, const char *score, const char *who,
	    const char *text, const char *challenge);
/* Graders and the QA plan (of the team's agents, team NULL: all). */
void	report_qa_team(const struct report *, const char *team,
	    struct rdoc *);
/* The agent's QA plan line and feedback. */
void	report_qa_agent(const struct report *, const char *agent,
	    struct rdoc *);
void	report_qa_free(struct report *);

/* The column of a name, added when new (report_read.c). */
size_t	report_col_add(struct report *, const char *name);
/* A number as the scores write it; 0, or -1 when there is none. */
int	report_num(const char *, double *);
/* The entity of an agent, or NONE (report_read.c). */
size_t	report_agent_ent(const struct report *, const char *agent);
/* The value of column col in row row as the scores wrote it; NULL when
 * it is empty or row or col is NONE. */
const char *report_val(const struct report *, size_t row, size_t col);
/*
 * Judges every goal over its own window (report_goals.c, emp-report(1)
 * Goals): fills the goals' judged fields.  After report_prepare()'s
 * window; allocates nothing that outlives the call.
 */
void	report_goals_judge(struct report *);

#endif
