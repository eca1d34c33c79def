/*
 * report_int.h: what report_read.c (the inputs) and report.c (the
 * documents) share: the report's model.  Private to report*.c.
 */
#ifndef REPORT_INT_H
#define REPORT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "emp.h"
#include "hash.h"
#include "ledger.h"
#include "report.h"
#include "schema.h"

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
};

struct goal {
	char	*agent, *metric, *target_s, *due;
	size_t	 col;
	double	 target;
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
	struct ledger	 ledger;
	int		 have_ledger;
	struct ledger_agent_stats *cst;
	size_t		 ncst;
	size_t		 center;	/* the summary's entity */
	char		 lastday[16];	/* of the report's period */
	unsigned long	 rejected;
	struct strmap	 medmap;	/* team -> index + 1 into med */
	double		*med;		/* team medians, [team * ncol + col] */
	signed char	*hasmed;	/* likewise: 1 known, 0 none */
	const char	**agents;	/* report_agents() */
	size_t		 nagents;
};

/* The columns every report shows, in report_new()'s order (report.c's
 * base_cols); goals add theirs. */
enum { C_INDEX, C_RANK, C_CONTACTS, C_AHT, C_FCR, C_NOESC, C_TRANSFER,
	C_CSAT, C_CSAT_RATE, C_NPS, C_QA, C_CONFIDENCE, C_DECISION_S,
	C_HEADCOUNT, C_TURNOVER };


/* The column of a name, added when new (report_read.c). */
size_t	report_col_add(struct report *, const char *name);
/* A number as the scores write it; 0, or -1 when there is none. */
int	report_num(const char *, double *);

#endif
