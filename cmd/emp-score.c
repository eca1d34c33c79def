/*
 * emp-score: events in, scorecards out.  The options, then score_run()
 * (common/score.c) does the rest.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvio.h"
#include "emp.h"
#include "events.h"
#include "parse.h"
#include "score.h"
#include "score_fcr.h"

static void
help(void)
{
	printf(
"usage: %s [-qstz] [-b by] [-g groups] [-m metric=n] [-o file] [-T zone]\n"
"       [-w weights] [--min-weight f] [--since date] [--until date]\n"
"       [--metrics list] [--partial | --merge] [--header list|@file]\n"
"       [-l ledger] [--roster roster] [--qa-adjust] [--repeat-window days]\n"
"       [--progress] [--raw-text] [file ...]\n"
"\n"
"Turns events (emp-events(5)) into scorecards (emp-scores(5)).\n"
"\n"
"  -b, --by PERIOD         day, week (ISO), month, quarter or all (default)\n"
"  -g, --group LIST        agent,team,all or any of them (default all three),\n"
"                          and level (the roster's, needs --roster) and\n"
"                          reviewer (the graders of QA evaluations)\n"
"  -m, --min-n METRIC=N    minimum sample below which a metric is empty\n"
"  -w, --weights LIST      index weights, name=w,... (replace the defaults)\n"
"      --min-weight F      share of the weight an index needs (default 0.5)\n"
"      --metrics LIST      write only these metrics (emp-scores(5) names,\n"
"                          comma-separated), and index for the index, its\n"
"                          metrics and rank; fcr is computed only when it\n"
"                          is listed or weighs in a listed index\n"
"  -T, --tz ZONE           zone of period boundaries and dates (default UTC)\n"
"      --since DATE        only events at or after DATE (or an ISO time)\n"
"      --until DATE        only events up to the end of DATE (or before a time)\n"
"      --partial           write mergeable sums instead of scores\n"
"      --merge             read partial files and write the scores of them all\n"
"      --header LIST|@FILE the inputs have no header line: these are their\n"
"                          columns (comma-separated), or FILE's first line\n"
"  -l, --ledger FILE       exclude the reviews of this ledger's approved\n"
"                          challenges (emp-ledger(5)), verified\n"
"      --roster FILE       the roster that verifies the ledger and gives\n"
"                          the group level its levels (default $EMP_ROSTER)\n"
"      --qa-adjust         qa less each evaluation's reviewer's offset\n"
"      --repeat-window N   fcr: a contact is resolved when its customer does\n"
"                          not contact again within N days (default 7)\n"
"  -s, --strict            exit 1 if any event was rejected\n"
"  -q, --quiet             no summary line on stderr\n"
"      --progress          the progress line on stderr even when it is no\n"
"                          terminal (there: every 5 s, whole lines)\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"  -t, --tsv               write TSV\n"
"  -z, --gzip              compress the output with gzip\n"
"      --raw-text          write text as it is, without the quote before a\n"
"                          field a spreadsheet would run (emp(7))\n"
"      --max-record SIZE   the longest record read, in bytes or with K, M\n"
"                          or G (default 1M, or $EMP_MAX_RECORD)\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname);
}

enum { OPT_SINCE = 256, OPT_UNTIL, OPT_PARTIAL, OPT_MERGE, OPT_MIN_WEIGHT,
	OPT_ROSTER, OPT_QA_ADJUST, OPT_HEADER, OPT_REPEAT_WINDOW, OPT_METRICS };

#define SHORTOPTS	"b:g:hl:m:o:qstT:Vw:z"

/* In this order: it is the order getopt lists an abbreviation's matches. */
static const struct option longopts[] = {
	{ "by",		required_argument,	NULL, 'b' },
	{ "group",	required_argument,	NULL, 'g' },
	{ "header",	required_argument,	NULL, OPT_HEADER },
	CLI_LONG_HELP,
	{ "ledger",	required_argument,	NULL, 'l' },
	{ "merge",	no_argument,		NULL, OPT_MERGE },
	{ "metrics",	required_argument,	NULL, OPT_METRICS },
	{ "min-n",	required_argument,	NULL, 'm' },
	{ "min-weight",	required_argument,	NULL, OPT_MIN_WEIGHT },
	CLI_LONG_MAX_RECORD,
	CLI_LONG_OUTPUT,
	{ "partial",	no_argument,		NULL, OPT_PARTIAL },
	CLI_LONG_PROGRESS,
	{ "qa-adjust",	no_argument,		NULL, OPT_QA_ADJUST },
	CLI_LONG_QUIET,
	CLI_LONG_RAW_TEXT,
	{ "repeat-window", required_argument,	NULL, OPT_REPEAT_WINDOW },
	{ "roster",	required_argument,	NULL, OPT_ROSTER },
	{ "since",	required_argument,	NULL, OPT_SINCE },
	CLI_LONG_STRICT,
	CLI_LONG_TSV,
	CLI_LONG_TZ,
	{ "until",	required_argument,	NULL, OPT_UNTIL },
	{ "weights",	required_argument,	NULL, 'w' },
	CLI_LONG_GZIP,
	{ NULL,		0,			NULL, 0 }
};

/* What the option parser collects besides the engine's options. */
struct args {
	struct score_opts	 o;
	const char		*since;		/* --since, read after --tz */
	const char		*until;		/* --until, likewise */
	const char		*header;	/* --header, the last one */
	int			 metrics;	/* a --metrics came */
	int			 weighted;	/* a -w came: no more defaults */
};

/* name=value into *m and *v; -1 when malformed. */
static int
name_value(const char *s, int *m, double *v, int whole)
{
	const char *eq = strchr(s, '=');
	char name[64], *end;

	if (eq == NULL || (size_t)(eq - s) >= sizeof(name))
		return -1;
	memcpy(name, s, (size_t)(eq - s));
	name[eq - s] = '\0';
	if ((*m = metric_lookup(name)) < 0)
		return -1;
	*v = strtod(eq + 1, &end);
	if (end == eq + 1 || *end != '\0' || !(*v >= 0 && *v <= 1e9) ||
	    (whole && *v != (double)(long)*v))
		return -1;
	return 0;
}

static void
opt_by(struct score_opts *o, const char *s)
{
	if (score_by_lookup(s, &o->by) == -1)
		usage_error("invalid period '%s': use day, week, month, "
		    "quarter or all", s);
}

static void
opt_group(struct score_opts *o, const char *s)
{
	char buf[64], *tok, *save = NULL;
	int g = 0;

	if (strlen(s) < sizeof(buf)) {
		strcpy(buf, s);
		for (tok = strtok_r(buf, ",", &save); tok != NULL;
		    tok = strtok_r(NULL, ",", &save)) {
			if (strcmp(tok, "agent") == 0)
				g |= GROUP_AGENT;
			else if (strcmp(tok, "team") == 0)
				g |= GROUP_TEAM;
			else if (strcmp(tok, "all") == 0)
				g |= GROUP_ALL;
			else if (strcmp(tok, "level") == 0)
				g |= GROUP_LEVEL;
			else if (strcmp(tok, "reviewer") == 0)
				g |= GROUP_REVIEWER;
			else {
				g = 0;	/* not a group: refused */
				break;
			}
		}
	}
	if (g == 0)
		usage_error("invalid groups '%s': use agent, team, all, "
		    "level and reviewer, comma-separated", s);
	o->groups = g;
}

/*
 * --header LIST|@FILE (the last one given): the header of headerless
 * inputs, which must name the columns every event has.
 */
static void
opt_header(struct cli *c, const char *s)
{
	char why[512], q[256];
	size_t first, dup;
	int e;

	if ((c->header = csv_header_given(s, why, sizeof(why))) == NULL)
		usage_error("invalid --header '%s': %s", s, why);
	if (score_header_twice(c->header, &first, &dup)) {
		msg_quote(q, sizeof(q), c->header->fields[dup],
		    c->header->lens[dup]);
		usage_error("invalid --header '%s': column '%s' named twice "
		    "(columns %zu and %zu)", s, q, first + 1, dup + 1);
	}
	for (e = EV_KIND; e <= EV_AGENT; e++)
		if (csv_header_find(c->header, ev_cols[e].name) < 0)
			usage_error("invalid --header '%s': no column '%s': "
			    "an event stream needs kind, ts and agent", s,
			    ev_cols[e].name);
}

static void
opt_min_n(struct score_opts *o, const char *s)
{
	double v;
	int m;

	if (name_value(s, &m, &v, 1) == -1 ||
	    (metrics[m].shape == SHAPE_COUNT && m != M_TURNOVER))
		usage_error("invalid --min-n '%s': use METRIC=N with a mean, "
		    "a rate or turnover", s);
	o->min_n[m] = (int)v;
}

/* The first -w replaces all the default weights; later ones add to it. */
static void
opt_weights(struct score_opts *o, const char *s, int first)
{
	char *list, *tok, *save = NULL;
	double v;
	int m;

	if (first)
		for (m = 0; m < M_N; m++)
			o->weight[m] = 0;
	list = xstrdup(s);
	for (tok = strtok_r(list, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (name_value(tok, &m, &v, 0) == -1 ||
		    metrics[m].shape == SHAPE_COUNT)
			usage_error("invalid weight '%s': use METRIC=W with a "
			    "mean or a rate", tok);
		o->weight[m] = v;
	}
	free(list);
}

/*
 * --metrics LIST (the last one given): the metrics written, by their
 * emp-scores(5) names, and index for the index, index_metrics and rank.
 */
static void
opt_metrics(struct score_opts *o, const char *s)
{
	char *list, *tok, *save = NULL;
	int m;

	o->metrics = 0;
	o->index = 0;
	list = xstrdup(s);
	for (tok = strtok_r(list, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, SCORES_INDEX) == 0)
			o->index = 1;
		else if ((m = metric_lookup(tok)) >= 0)
			o->metrics |= 1u << m;
		else
			usage_error("invalid --metrics '%s': no metric '%s' "
			    "(emp-scores(5) names them; index is the index, "
			    "index_metrics and rank)", s, tok);
	}
	free(list);
	if (o->metrics == 0 && !o->index)
		usage_error("invalid --metrics '%s': name the metrics to "
		    "write, comma-separated", s);
}

static void
opt_repeat_window(struct score_opts *o, const char *s)
{
	char *end;
	long d;

	d = strtol(s, &end, 10);
	if (end == s || *end != '\0' || d < 1 || d > FCR_WINDOW_MAX)
		usage_error("invalid --repeat-window '%s': use a whole number "
		    "of days from 1 to %d", s, FCR_WINDOW_MAX);
	o->repeat_window = (int64_t)d * 86400000;
}

static void
opt_min_weight(struct score_opts *o, const char *s)
{
	char *end;

	o->min_weight = strtod(s, &end);
	if (end == s || *end != '\0' || !(o->min_weight >= 0 &&
	    o->min_weight <= 1))	/* NaN fails both */
		usage_error("invalid --min-weight '%s': use a fraction from 0 "
		    "to 1", s);
}

/*
 * --since and --until, once --tz is known: a date (YYYY-MM-DD) is its
 * local day, which starts at midnight or, when the clocks skipped
 * midnight, when they land; --until takes the end of that day.  Anything
 * else is a time.
 */
static int64_t
opt_bound(const char *s, struct tz *tz, int end)
{
	int64_t days, ms;
	int rv;

	if (parse_date_days(s, 0, &days) == PARSE_OK)
		rv = local_day_start(days + end, tz, &ms);
	else
		rv = parse_time(s, strlen(s), tz, &ms);
	if (rv != PARSE_OK)
		usage_error("invalid date '%s'", s);
	return ms;
}

static void
on_opt(void *arg, int ch, const char *optarg)
{
	struct args *a = arg;
	struct score_opts *o = &a->o;

	switch (ch) {
	case 'b':
		opt_by(o, optarg);
		break;
	case 'g':
		opt_group(o, optarg);
		break;
	case 'l':
		o->ledger = optarg;
		break;
	case 'm':
		opt_min_n(o, optarg);
		break;
	case 'w':
		opt_weights(o, optarg, !a->weighted);
		a->weighted = 1;
		break;
	case OPT_HEADER:
		a->header = optarg;
		break;
	case OPT_MERGE:
		o->merge = 1;
		break;
	case OPT_METRICS:
		opt_metrics(o, optarg);
		a->metrics = 1;
		break;
	case OPT_MIN_WEIGHT:
		opt_min_weight(o, optarg);
		break;
	case OPT_PARTIAL:
		o->partial = 1;
		break;
	case OPT_QA_ADJUST:
		o->qa_adjust = 1;
		break;
	case OPT_REPEAT_WINDOW:
		opt_repeat_window(o, optarg);
		break;
	case OPT_ROSTER:
		o->roster = optarg;
		break;
	case OPT_SINCE:
		a->since = optarg;
		break;
	case OPT_UNTIL:
		a->until = optarg;
		break;
	}
}

int
main(int argc, char *argv[])
{
	struct args a = { 0 };
	struct score_opts *o = &a.o;
	struct cli_in in[2] = { { "ledger", NULL }, { "roster", NULL } };
	int status;

	emp_init(argv[0]);
	score_opts_init(o);
	if (cli_parse(&o->cli, &argc, &argv, SHORTOPTS, longopts, on_opt,
	    &a, help) == -1)
		return o->cli.status;
	if (o->partial && o->merge)
		usage_error("--partial and --merge exclude each other");
	if (a.metrics && o->partial)
		usage_error("--metrics with --partial: a partial file holds "
		    "the sums of every metric; give --metrics to --merge");
	if (a.header != NULL && o->merge)
		usage_error("--header with --merge: partial files have their "
		    "header; give it to --partial");
	if (a.header != NULL)
		opt_header(&o->cli, a.header);
	/* the offsets need every evaluation of the period at once */
	if ((o->groups & GROUP_REVIEWER) && (o->partial || o->merge))
		usage_error("-g reviewer with %s: a reviewer's offset needs "
		    "all the evaluations at once", o->partial ? "--partial" :
		    "--merge");
	if (o->qa_adjust && (o->partial || o->merge))
		usage_error("--qa-adjust with %s: the offsets need all the "
		    "evaluations at once", o->partial ? "--partial" :
		    "--merge");
	/* only a named ledger excludes: $EMP_LEDGER is not read */
	if (o->ledger != NULL && o->merge)
		usage_error("--ledger with --merge: the reviews are excluded "
		    "when the partial files are made; give it to --partial");
	if (o->roster == NULL && (o->roster = getenv("EMP_ROSTER")) != NULL &&
	    *o->roster == '\0')
		o->roster = NULL;
	if (o->ledger != NULL && o->roster == NULL)
		usage_error("--ledger needs a roster to verify it: --roster "
		    "FILE or EMP_ROSTER");
	/* partial files hold their level rows: a merge needs no roster */
	if ((o->groups & GROUP_LEVEL) && !o->merge && o->roster == NULL)
		usage_error("-g level needs the roster that gives the levels: "
		    "--roster FILE or EMP_ROSTER");
	if (o->ledger == NULL && (!(o->groups & GROUP_LEVEL) || o->merge))
		o->roster = NULL;	/* only a ledger and levels need it */
	if ((o->tz = tz_init(o->cli.tz)) == NULL)
		usage_error("unknown time zone '%s'", o->cli.tz);
	o->tzname = o->cli.tz;
	if (a.since != NULL)
		o->since = opt_bound(a.since, o->tz, 0);
	if (a.until != NULL)
		o->until = opt_bound(a.until, o->tz, 1);
	if (a.since != NULL && a.until != NULL && o->until <= o->since)
		usage_error("--until %s is not after --since %s", a.until,
		    a.since);
	in[0].path = o->ledger;
	in[1].path = o->roster;
	cli_check_output("-o", o->cli.output, argc, argv, in, 2);

	status = score_run(o, argc, argv);
	csv_record_free(o->cli.header);
	tz_free(o->tz);
	return status;
}
