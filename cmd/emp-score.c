/*
 * emp-score: events in, scorecards out.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "score.h"

static void
usage(int status)
{
	if (status != EXIT_OK) {
		fprintf(stderr, "Try '%s --help' for more information.\n",
		    progname);
		exit(status);
	}
	printf(
"usage: %s [-qstz] [-b by] [-g groups] [-m metric=n] [-o file] [-T zone]\n"
"       [-w weights] [--min-weight f] [--since date] [--until date]\n"
"       [--partial | --merge] [file ...]\n"
"\n"
"Turns events (emp-events(5)) into scorecards (emp-scores(5)).\n"
"\n"
"  -b, --by PERIOD         day, week (ISO), month, quarter or all (default)\n"
"  -g, --group LIST        agent,team,all or any of them (default all three)\n"
"  -m, --min-n METRIC=N    minimum sample below which a metric is empty\n"
"  -w, --weights LIST      index weights, name=w,... (replace the defaults)\n"
"      --min-weight F      share of the weight an index needs (default 0.5)\n"
"  -T, --tz ZONE           zone of period boundaries and dates (default UTC)\n"
"      --since DATE        only events at or after DATE (or an ISO time)\n"
"      --until DATE        only events up to the end of DATE (or before a time)\n"
"      --partial           write mergeable sums instead of scores\n"
"      --merge             read partial files and write the scores of them all\n"
"  -s, --strict            exit 1 if any event was rejected\n"
"  -q, --quiet             no summary line on stderr\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"  -t, --tsv               write TSV\n"
"  -z, --gzip              compress the output with gzip\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname);
	exit(emp_exit_stdout());
}

enum { OPT_SINCE = 256, OPT_UNTIL, OPT_PARTIAL, OPT_MERGE, OPT_MIN_WEIGHT };

static const struct option longopts[] = {
	{ "by",		required_argument,	NULL, 'b' },
	{ "group",	required_argument,	NULL, 'g' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "merge",	no_argument,		NULL, OPT_MERGE },
	{ "min-n",	required_argument,	NULL, 'm' },
	{ "min-weight",	required_argument,	NULL, OPT_MIN_WEIGHT },
	{ "output",	required_argument,	NULL, 'o' },
	{ "partial",	no_argument,		NULL, OPT_PARTIAL },
	{ "quiet",	no_argument,		NULL, 'q' },
	{ "since",	required_argument,	NULL, OPT_SINCE },
	{ "strict",	no_argument,		NULL, 's' },
	{ "tsv",	no_argument,		NULL, 't' },
	{ "tz",		required_argument,	NULL, 'T' },
	{ "until",	required_argument,	NULL, OPT_UNTIL },
	{ "version",	no_argument,		NULL, 'V' },
	{ "weights",	required_argument,	NULL, 'w' },
	{ "gzip",	no_argument,		NULL, 'z' },
	{ NULL,		0,			NULL, 0 }
};

static int
parse_groups(const char *s)
{
	char buf[64], *tok, *save = NULL;
	int g = 0;

	if (strlen(s) >= sizeof(buf))
		return -1;
	strcpy(buf, s);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "agent") == 0)
			g |= GROUP_AGENT;
		else if (strcmp(tok, "team") == 0)
			g |= GROUP_TEAM;
		else if (strcmp(tok, "all") == 0)
			g |= GROUP_ALL;
		else
			return -1;
	}
	return g;
}

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
	if (end == eq + 1 || *end != '\0' || *v < 0 || *v > 1e9 ||
	    (whole && *v != (double)(long)*v))
		return -1;
	return 0;
}

/*
 * --since and --until: a date (YYYY-MM-DD) is its local day, which starts
 * at midnight or, when the clocks skipped midnight, when they land; --until
 * takes the end of that day.  Anything else is a time.
 */
static int
parse_bound(const char *s, struct tz *tz, int end, int64_t *ms)
{
	int64_t days;

	if (parse_date_days(s, 0, &days) == PARSE_OK)
		return local_day_start(days + end, tz, ms) == PARSE_OK ? 0 : -1;
	return parse_time(s, strlen(s), tz, ms) == PARSE_OK ? 0 : -1;
}

int
main(int argc, char *argv[])
{
	struct score_opts o;
	struct output out;
	struct score *sc;
	struct strbuf sb = { 0 };
	const char *outpath = NULL, *tzname = NULL, *since = NULL;
	const char *until = NULL;
	char *list, *tok, *save = NULL, *endp;
	double v;
	int ch, m, quiet = 0, strict = 0, tsv = 0, gz = 0, i;
	int status = EXIT_OK, first_weight = 1, partial = 0, merge = 0;

	emp_init(argv[0]);
	argv[0] = (char *)(uintptr_t)progname;	/* for getopt's messages */
	score_opts_init(&o);
	while ((ch = getopt_long(argc, argv, "b:g:hm:o:qstT:Vw:z", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'b':
			if (score_by_lookup(optarg, &o.by) == -1)
				usage_error("invalid period '%s': use day, "
				    "week, month, quarter or all", optarg);
			break;
		case 'g':
			if ((o.groups = parse_groups(optarg)) <= 0)
				usage_error("invalid groups '%s': use agent, "
				    "team and all, comma-separated", optarg);
			break;
		case 'h':
			usage(EXIT_OK);
			break;
		case 'm':
			if (name_value(optarg, &m, &v, 1) == -1 ||
			    (metrics[m].shape == SHAPE_COUNT &&
			    m != M_TURNOVER))
				usage_error("invalid --min-n '%s': use "
				    "METRIC=N with a mean, a rate or turnover",
				    optarg);
			o.min_n[m] = (int)v;
			break;
		case 'o':
			outpath = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 's':
			strict = 1;
			break;
		case 't':
			tsv = 1;
			break;
		case 'T':
			tzname = optarg;
			break;
		case 'V':
			printf("%s %s\n", progname, EMP_VERSION);
			return emp_exit_stdout();
		case 'w':
			if (first_weight) {
				for (m = 0; m < M_N; m++)
					o.weight[m] = 0;
				first_weight = 0;
			}
			list = xstrdup(optarg);
			for (tok = strtok_r(list, ",", &save); tok != NULL;
			    tok = strtok_r(NULL, ",", &save)) {
				if (name_value(tok, &m, &v, 0) == -1 ||
				    metrics[m].shape == SHAPE_COUNT)
					usage_error("invalid weight '%s': use "
					    "METRIC=W with a mean or a rate",
					    tok);
				o.weight[m] = v;
			}
			free(list);
			break;
		case 'z':
			gz = 1;
			break;
		case OPT_SINCE:
			since = optarg;
			break;
		case OPT_UNTIL:
			until = optarg;
			break;
		case OPT_PARTIAL:
			partial = 1;
			break;
		case OPT_MIN_WEIGHT:
			o.min_weight = strtod(optarg, &endp);
			if (endp == optarg || *endp != '\0' ||
			    o.min_weight < 0 || o.min_weight > 1)
				usage_error("invalid --min-weight '%s': use a "
				    "fraction from 0 to 1", optarg);
			break;
		case OPT_MERGE:
			merge = 1;
			break;
		default:
			usage(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (partial && merge)
		usage_error("--partial and --merge exclude each other");
	if ((o.tz = tz_init(tzname)) == NULL)
		usage_error("unknown time zone '%s'", tzname);
	o.tzname = tzname;
	if (since != NULL && parse_bound(since, o.tz, 0, &o.since) == -1)
		usage_error("invalid date '%s'", since);
	if (until != NULL && parse_bound(until, o.tz, 1, &o.until) == -1)
		usage_error("invalid date '%s'", until);
	if (since != NULL && until != NULL && o.until <= o.since)
		usage_error("--until %s is not after --since %s", until, since);

	output_open(&out, outpath, tsv ? '\t' : ',', gz ? CSVW_GZIP : 0);
	sc = score_new(&o);
	if (argc == 0 && (merge ? score_merge_file(sc, "-") :
	    score_file(sc, "-")) == -1)
		status = EXIT_FAIL;
	for (i = 0; i < argc; i++)
		if ((merge ? score_merge_file(sc, argv[i]) :
		    score_file(sc, argv[i])) == -1)
			status = EXIT_FAIL;
	if (merge && status != EXIT_OK)
		emp_die(EXIT_FAIL, "nothing written: the partial files could "
		    "not all be merged");
	if (partial)
		score_write_partial(sc, &out.w);
	else
		score_write(sc, &out.w);
	if (strict && score_rejected(sc) > 0)
		status = EXIT_FAIL;
	if (!quiet && !merge) {
		score_summary(sc, &sb);
		emp_warn("%s", sb_str(&sb));
		sb_free(&sb);
	}
	score_free(sc);
	if (output_commit(&out) == -1)
		status = EXIT_FAIL;
	tz_free(o.tz);
	return status;
}
