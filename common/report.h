/*
 * report.h: scores, tiers, goals and challenge outcomes in, a report out
 * (emp-report(1)): the engine behind emp-report.
 *
 * Three parts.  report_read.c reads the inputs (through table.h) into
 * the report's model (report_int.h), report_empower.c the impact,
 * exposure and event streams and their sections, report_qa.c the
 * Graders (the scores' reviewer rows), the QA plan (the tiers'
 * qa_needed) and a scorecard's feedback (the event stream's comments),
 * and report_goals.c judges each goal over its own window; report.c
 * builds a document
 * from it:
 * headings, paragraphs, tables of cells and trend charts, every number in
 * it taken from the inputs as written (values and counts) or computed
 * once (changes, medians, progress), by schema.h's number rule.
 * report_render.c writes one document as aligned text, Markdown or
 * self-contained HTML, so the three formats say the same.
 *
 * Rules, stated once (emp-report(1) says the same):
 *  - The report's period is the latest in the scores (or --period); the
 *    previous one is the latest before it in which the row exists.
 *  - A value that is empty in the scores is shown as "n<min" with its
 *    count when the count is above 0, as "—" when there is none: never as
 *    zero.
 *  - A change is better or worse by the metric's direction (lower AHT,
 *    decision time, transfer rate and turnover are better), and only
 *    when it is clear at 95% (report.c's judge(): a two-proportion test
 *    for rates, Popoviciu's variance bound for bounded means, never for
 *    the rest); otherwise "no clear change".
 *  - A scorecard's rank is out of the ranked agents; its median is the
 *    agent's own team's; each gate is coloured by the result it reads.
 *  - A goal is judged on the agent's rows pooled over its window, from
 *    the day it was set to its due date, never past the report's period,
 *    against a baseline from before it, and only on the metric's default
 *    minimum sample: met, not met or overdue once the due date is past;
 *    met, on track, behind or too early before it.
 *
 * Memory: report_new() returns an engine that report_free() releases,
 * with everything it read; rows are kept in one arena, so memory grows
 * with the scores read, not with what is rendered.  report_run()
 * (report_run.c) is emp-report after its options: it makes, uses and
 * frees its own engine.
 */
#ifndef REPORT_H
#define REPORT_H

#include <stddef.h>

#include "cli.h"
#include "emp.h"

enum report_format { FMT_TEXT, FMT_MARKDOWN, FMT_HTML };

/* A cell's tone: how it is coloured, and aligned. */
#define TONE_PLAIN	0
#define TONE_GOOD	1	/* better, met, on track */
#define TONE_BAD	2	/* worse, not met, overdue, behind */
#define TONE_NA		3	/* no value */
#define TONE_NUM	0x10	/* right-aligned (or'ed in) */
#define TONE_WHOLE	0x20	/* text never cut short (or'ed in) */

struct rcell {
	char	*s;
	int	 tone;
};

/* One trend line: values over the document's periods, NaN where none. */
struct rseries {
	char	*label;
	double	*v;
	char	**vs;		/* the values as written, NULL where none */
	int	 lower_better;
};

/*
 * RB_PAIRS: before and after, of the changed agents against the
 * unchanged ones, one table row per metric (cells: metric, before,
 * after, control before, control after, effect with its interval; the
 * first row heads): a table of the first five in text and Markdown, a
 * chart per row in HTML with the effect in its caption, text the
 * caption's subject ("authority changes").
 */
enum rblock_kind { RB_H1, RB_H2, RB_PARA, RB_TABLE, RB_TREND, RB_PAIRS };

struct rblock {
	enum rblock_kind kind;
	char		*text;		/* heading, paragraph, table caption */
	size_t		 ncols;		/* table: columns; the first row heads */
	struct rcell	*cell;
	size_t		 ncell, capcell;
	struct rseries	*series;	/* trend */
	size_t		 nseries;
	size_t		 nperiods;
	char		**periods;	/* the document's, shared */
};

struct rdoc {
	char		*title;
	struct rblock	*b;
	size_t		 n, cap;
};

struct render_opts {
	enum report_format fmt;
	int		 width;		/* text: columns */
	int		 color;		/* text: ANSI colours */
};

/* Appends the document in the format to sb. */
void	report_render(const struct rdoc *, const struct render_opts *,
	    struct strbuf *sb);
void	rdoc_free(struct rdoc *);

struct report_opts {
	int		 periods;	/* trend: at most this many */
	const char	*period;	/* the report's, or NULL: the latest */
};

struct report;

struct report *report_new(const struct report_opts *);
/* Reads a scores, tiers, impact (emp-impact(5)), exposure
 * (emp-exposure(5)) or event stream (emp-events(5); its coaching rows,
 * and its survey and qa rows with a comment),
 * told apart by its header; 0, or -1 (reported) when it could not be
 * read or is none of them.  Bad rows are reported with file:line and
 * counted. */
int	report_read(struct report *, const char *path);
/* Goals (agent, metric, target[, due, set, baseline]); read before the
 * scores. */
int	report_read_goals(struct report *, const char *path);
/* Challenge outcomes from a ledger verified against a roster
 * (ledger.h), read with a shared lock; 0, -1
 * (reported), or -2 when the lock could not be had (reported). */
int	report_read_ledger(struct report *, const char *path,
	    const char *roster);
/* After the reads: -1 (reported) when there is nothing to report. */
int	report_prepare(struct report *);
/* The team report. */
void	report_team(struct report *, struct rdoc *);
/* The team report of one team (emp-report --team): the headline from
 * the team's rows, only the team's agents; -1 when the scores have no
 * rows of that team (group team), doc untouched. */
int	report_team_of(struct report *, const char *team, struct rdoc *);
/* One agent's scorecard; -1 when the agent is in no input. */
int	report_agent(struct report *, const char *agent, struct rdoc *);
/* The agents that have a scorecard, in byte order: n names, the
 * report's. */
size_t	report_agents(struct report *, const char ***names);
unsigned long report_rejected(const struct report *);
void	report_free(struct report *);

/* What emp-report's options say. */
struct report_run_opts {
	struct cli	 cli;		/* -o; -q, -s */
	struct report_opts report;	/* -n, --period */
	enum report_format fmt;		/* -f */
	int		 width;		/* --width; 0: the terminal's, else 80 */
	const char	*agent;		/* -a: one agent's scorecard, or NULL */
	const char	*team;		/* --team: one team's report, or NULL */
	const char	*split;		/* --split DIR, or NULL */
	const char	*goals;		/* --goals FILE, or NULL */
	const char	*ledger;	/* -l FILE, or NULL */
	const char	*roster;	/* --roster FILE (with -l) */
};

/*
 * emp-report after its options: reads the goals, the ledger and the
 * scores and tiers files of argv (none: standard input), builds the team
 * report (or the agent's scorecard), writes every agent's scorecard into
 * the split directory, and the document to the output, in colour on a
 * terminal unless NO_COLOR is set.  Everything is reported on stderr;
 * returns the exit status (EXIT_BUSY when the ledger's lock could not be
 * had), leaving no output file behind when nothing was written.
 */
int	report_run(const struct report_run_opts *, int argc, char *argv[]);

#endif
