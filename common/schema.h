/*
 * schema.h: the streams' vocabulary, stated once: the metrics, the period
 * kinds, the column names of the scores (emp-scores(5)), tiers
 * (emp-tiers(5)) and ledger (emp-ledger(5)) streams, and the one rule by
 * which numbers are written.
 *
 * Writers and readers of a stream take its names from here, so that what
 * one command writes is what the next one reads.  Everything here is
 * constant data or a pure function: nothing is allocated.
 */
#ifndef SCHEMA_H
#define SCHEMA_H

#include <stddef.h>
#include <stdint.h>

/* The metrics, in output order. */
enum metric {
	M_CONTACTS, M_AHT, M_TALK, M_HOLD, M_ACW, M_OCCUPANCY, M_FCR,
	M_RESOLVED_RATE, M_NO_ESCALATION, M_TRANSFER_RATE, M_SURVEYS, M_CSAT, M_CSAT_RATE,
	M_NPS, M_QA, M_CONFIDENCE, M_ESAT, M_DECISIONS, M_DECISION_AMOUNT,
	M_DECISION_S, M_DECISION_ESCALATED, M_EXCLUDED, M_HEADCOUNT, M_EXITS,
	M_TURNOVER,
	M_N
};

/*
 * A metric's shape says which columns of the scores it has: a count has
 * its value only (name); a mean adds its sample (name_n); a rate adds its
 * sample and its 95% interval (name_n, name_lo, name_hi).
 */
#define SHAPE_COUNT	0	/* name */
#define SHAPE_MEAN	1	/* name, name_n */
#define SHAPE_RATE	2	/* name, name_n, name_lo, name_hi */

struct metric_info {
	const char	*name;
	int		 shape;		/* SHAPE_* */
	int		 min_n;		/* default minimum sample */
	double		 weight;	/* default index weight */
	int		 lower_better;
	int		 decimals;	/* at most, as the scores write it */
	double		 range;		/* a mean's scale, max - min of one
					 * observation; 0: unbounded */
	double		 low;		/* the scale's lowest value */
};

extern const struct metric_info metrics[M_N];
/* The metric of a column name ("aht_s"), or -1. */
int	metric_lookup(const char *);

/* A metric column's parts and their suffixes ("", "_n", "_lo", "_hi"). */
enum metric_part { MP_VALUE, MP_N, MP_LO, MP_HI };
extern const char *const metric_part_suffix[4];
/* The number of columns of a shape: 1, 2 or 4. */
int	metric_shape_ncols(int shape);
/* base plus the part's suffix into buf ("fcr" MP_N: "fcr_n"); returns
 * buf. */
char	*metric_col_name(char *buf, size_t size, const char *base,
	    enum metric_part);

/* The period kinds of --by, and the partial files' meta row. */
enum score_by { BY_DAY, BY_WEEK, BY_MONTH, BY_QUARTER, BY_ALL };
#define BY_N	(BY_ALL + 1)
/* "day", "week", "month", "quarter", "all". */
const char *score_by_name(enum score_by);
/* The kind a name names; 0, or -1 for none. */
int	score_by_lookup(const char *, enum score_by *);

/* The scores stream: its key columns, then the metrics' columns in
 * metrics[] order, then the index columns. */
#define SCORES_PERIOD		"period"
#define SCORES_GROUP		"group"
#define SCORES_KEY		"key"
#define SCORES_TEAM		"team"
#define SCORES_INDEX		"index"
#define SCORES_INDEX_METRICS	"index_metrics"
#define SCORES_RANK		"rank"
/* Decimals of the rates' intervals and of the index (the metrics' own are
 * metrics[].decimals). */
#define SCORES_INTERVAL_DEC	4
#define SCORES_INDEX_DEC	1
/* The values of the group column, by index: agent, team, all, level
 * (emp-score -g level), reviewer (emp-score -g reviewer, the graders of QA
 * evaluations). */
enum scores_group { SG_AGENT, SG_TEAM, SG_ALL, SG_LEVEL, SG_REVIEWER, SG_N };
extern const char *const scores_groups[SG_N];
/* With -g reviewer only, the columns after rank: a reviewer's offset
 * from the agents' reference scores with its 95% interval and the
 * bootstrap p-value of offset 0, and the mean
 * deviation from the consensus of calibration rounds and their number
 * (emp-scores(5)); empty on the rows of other groups. */
#define SCORES_QA_OFFSET	"qa_offset"
#define SCORES_QA_OFFSET_LO	"qa_offset_lo"
#define SCORES_QA_OFFSET_HI	"qa_offset_hi"
#define SCORES_QA_OFFSET_P	"qa_offset_p"
#define SCORES_QA_ROUND		"qa_round"
#define SCORES_QA_ROUND_N	"qa_round_n"

/*
 * The sums of a partial file (emp-scores(5), PARTIALS), in the order of
 * its header after its first seven columns; partial_sums[] are their
 * column names, which merging checks name by name (handle and handle_n
 * are new since AHT became total handle time over handled contacts:
 * older partials are refused).  res_y and res_n are resolved_rate's (the
 * disposition flag); fcr_y and fcr_n, last, are the repeat-contact fcr's
 * (score_fcr.h): a partial without them (PARTIAL_SUMS_V1 sums) merges,
 * its contacts in no fcr.
 */
enum partial_sum {
	S_CONTACTS, S_HANDLE, S_HANDLE_N, S_TALK, S_TALK_N, S_HOLD, S_HOLD_N,
	S_ACW, S_ACW_N, S_BUSY, S_AVAIL, S_STATE_N, S_RES_Y, S_RES_N,
	S_NOESC_Y, S_XFER_Y,
	S_XFER_N, S_SURVEYS, S_CSAT, S_CSAT_N, S_CSAT_GOOD, S_NPS_PRO,
	S_NPS_DET, S_NPS_N, S_QA, S_QA_N, S_CONF, S_CONF_N, S_ESAT, S_ESAT_N,
	S_DECISIONS, S_AMOUNT, S_DEC_S, S_DEC_S_N, S_DEC_ESC_Y, S_DEC_ESC_N,
	S_EXCLUDED, S_EXITS, S_FCR_Y, S_FCR_N,
	S_N
};
#define PARTIAL_SUMS_V1	S_FCR_Y
extern const char *const partial_sums[S_N];

/* The tiers stream's columns, in order. */
enum tiers_col {
	TC_AGENT, TC_TEAM, TC_TENURE, TC_LEVEL, TC_LIMIT, TC_REC_LEVEL,
	TC_REC_LIMIT, TC_REC_LIMIT_HV, TC_ACTION, TC_REASONS, TC_BLOCKED,
	TC_WINDOW,
	TC_N
};
extern const char *const tiers_cols[TC_N];
/* The values of its action column. */
enum tiers_action { TA_HOLD, TA_PROMOTE, TA_RAISE, TA_REVIEW, TA_N };
extern const char *const tiers_actions[TA_N];

/*
 * The impact stream (emp-impact(5)), emp-tier --impact: one row per
 * change kind, group, key and metric; in this order.
 */
enum impact_col {
	IC_CHANGE, IC_GROUP, IC_KEY, IC_TEAM, IC_METRIC, IC_CHANGED,
	IC_BEFORE_WINDOW, IC_AFTER_WINDOW, IC_TREATED, IC_CONTROLS,
	IC_N_BEFORE, IC_N_AFTER, IC_BEFORE, IC_AFTER, IC_CONTROL_BEFORE,
	IC_CONTROL_AFTER, IC_EFFECT, IC_EFFECT_LO, IC_EFFECT_HI, IC_NOTE,
	IC_N
};
extern const char *const impact_cols[IC_N];
/* The values of its change column: a level or limit change, a coaching
 * session. */
#define IMPACT_AUTHORITY	"authority"
#define IMPACT_COACHING		"coaching"

/*
 * The exposure stream (emp-exposure(5)), emp-tier --exposure: one row
 * per group (agent, team, all) and key; the alt_ columns follow only
 * with --compare.
 */
enum exposure_col {
	XC_GROUP, XC_KEY, XC_TEAM, XC_WINDOW, XC_LEVEL, XC_LIMIT,
	XC_REC_LIMIT, XC_DECISIONS, XC_AMOUNT, XC_WITHIN, XC_WITHIN_AMOUNT,
	XC_ESCALATED, XC_ESCALATED_AMOUNT, XC_APPROVAL_S, XC_AVOIDED,
	XC_AVOIDED_S, XC_NEW_DECISIONS, XC_NEW_AMOUNT, XC_OUTCOMES,
	XC_MISTAKES, XC_MISTAKE_RATE, XC_MISTAKE_LO, XC_MISTAKE_HI,
	XC_MISTAKE_COST, XC_EXPECTED_COST, XC_EXPECTED_COST_HI,
	XC_ALT_REC_LIMIT, XC_ALT_AVOIDED, XC_ALT_AVOIDED_S,
	XC_ALT_NEW_DECISIONS, XC_ALT_NEW_AMOUNT, XC_ALT_EXPECTED_COST,
	XC_ALT_EXPECTED_COST_HI,
	XC_N
};
/* the columns without --compare */
#define XC_BASE_N	XC_ALT_REC_LIMIT
extern const char *const exposure_cols[XC_N];

/* The ledger stream's columns, in order, and its header line (version 3,
 * signed); version 2's (signed, without score and reassign), read and
 * appended to; version 1's header, which is read only to be signed over. */
enum ledger_col {
	LC_SEQ, LC_TS, LC_ACTION, LC_CHALLENGE, LC_REVIEW, LC_KIND, LC_AGENT,
	LC_ACTOR, LC_CAUSE, LC_TEXT, LC_SCORE, LC_REASSIGN, LC_SIG, LC_SUM,
	LC_N
};
extern const char *const ledger_cols[LC_N];
#define LEDGER_HEADER	"seq,ts,action,challenge,review,kind,agent,actor," \
			"cause,text,score,reassign,sig,sum"
#define LEDGER_HEADER_V2 "seq,ts,action,challenge,review,kind,agent,actor," \
			"cause,text,sig,sum"
#define LEDGER_HEADER_V1 "seq,ts,action,challenge,review,agent,actor,text,sum"

/*
 * Numbers, one rule for every writer: the exact value rounded to at most
 * dec decimals, half away from zero; trailing zeros and then a lone '.'
 * dropped; a result of zero written "0" (never "-0" or "+0").
 *
 * num_fmt() applies it to the exact binary value of a double (so 0.125 at
 * 2 decimals is "0.13", and 0.1 + 0.2 at 20 decimals shows its binary
 * tail).  NUM_SIGN writes a '+' before a positive result.  The result is
 * cut to size - 1 bytes like snprintf; returns its length.
 * stats_fmt_ratio() (stats.h) applies the same rule to an exact ratio of
 * integers, and num_trim() is the trimming both share.
 */
#define NUM_SIGN	0x1
size_t	num_fmt(char *buf, size_t size, double v, int dec, int flags);
/* Trims the n-byte number in buf as the rule says; returns the length. */
size_t	num_trim(char *buf, size_t n);
/*
 * A duration in milliseconds as days with at most 2 decimals, by the rule
 * applied to the exact ms / 86400000 (3 hours: "0.13"); ms a whole or half
 * number >= 0 (a median of two); "" for ms < 0.  buf of at least 48 bytes
 * (less cuts it); returns the length.
 */
size_t	num_fmt_days(char *buf, size_t size, double ms);

#endif
