/*
 * emp-tier: scorecards and a roster in, tier recommendations out.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "emp.h"
#include "impact.h"
#include "parse.h"
#include "policy.h"
#include "tier.h"

static void
help(void)
{
	printf(
"usage: %s [-qstz] -r roster [--as-of date] [--include-partial]\n"
"       [--explain agent] [--compare policy] [--plan] [--exposure events]\n"
"       [-o file] [-p policy] [--raw-text] [file ...]\n"
"       %s -r roster --accept [-a agent]... [-o roster] [file ...]\n"
"       %s -r roster --impact [--coaching events] [--impact-window days]\n"
"       [--min-controls n] [-o file] [file ...]\n"
"       %s --print-policy\n"
"\n"
"Turns scores or partial files (emp-scores(5)) and a roster into tier\n"
"recommendations (emp-tiers(5)): level, dollar limit and the gates behind\n"
"them, judged over an evidence window of whole periods.\n"
"\n"
"  -r, --roster FILE       agents' team, hire date, level and limit\n"
"  -p, --policy FILE       the tier policy (emp-policy(5); default built in)\n"
"      --as-of DATE        the review day (default: the last day of the\n"
"                          latest period in the scores, at most yesterday)\n"
"      --include-partial   also judge the period the review day is in\n"
"      --explain AGENT     a readable account of one agent instead\n"
"      --compare POLICY    also evaluate under a second policy: the alt_level,\n"
"                          alt_limit and alt_action columns\n"
"      --plan              also the qa_needed column: how many more QA\n"
"                          evaluations each agent needs in the window for\n"
"                          its QA gates to be decided\n"
"      --exposure EVENTS   write what each limit covers and what the\n"
"                          recommended one would change, from the decision\n"
"                          events (emp-exposure(5)) instead\n"
"      --accept            write the roster with a new dated row for each\n"
"                          agent to promote or raise (who accepted, when)\n"
"  -a, --agent AGENT       --accept only this agent (repeatable)\n"
"      --impact            write the effect of past level, limit and coaching\n"
"                          changes against unchanged agents (emp-impact(5))\n"
"      --coaching EVENTS   the coaching sessions for --impact\n"
"      --impact-window DAYS  the days before and after a change (default:\n"
"                          the policy's window)\n"
"      --min-controls N    the fewest unchanged agents an effect needs\n"
"                          (default 5)\n"
"      --print-policy      print the built-in policy and exit\n"
"  -s, --strict            exit 1 if any row was rejected\n"
"  -q, --quiet             no summary line on stderr\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"  -t, --tsv               write TSV\n"
"  -z, --gzip              compress the output with gzip\n"
"      --raw-text          write text as it is, without the quote before a\n"
"                          field a spreadsheet would run (emp(7))\n"
"      --max-record SIZE   the longest record read, in bytes or with K, M\n"
"                          or G (default 1M, or $EMP_MAX_RECORD)\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname, progname, progname, progname);
}

enum {
	OPT_AS_OF = 256, OPT_EXPLAIN, OPT_INCLUDE_PARTIAL, OPT_PRINT_POLICY,
	OPT_ACCEPT, OPT_COMPARE, OPT_IMPACT, OPT_COACHING, OPT_IMPACT_WINDOW,
	OPT_MIN_CONTROLS, OPT_EXPOSURE, OPT_PLAN
};

#define SHORTOPTS	"a:ho:p:qr:stVz"

static const struct option longopts[] = {
	{ "accept",	no_argument,		NULL, OPT_ACCEPT },
	{ "agent",	required_argument,	NULL, 'a' },
	{ "as-of",	required_argument,	NULL, OPT_AS_OF },
	{ "coaching",	required_argument,	NULL, OPT_COACHING },
	{ "compare",	required_argument,	NULL, OPT_COMPARE },
	{ "explain",	required_argument,	NULL, OPT_EXPLAIN },
	{ "exposure",	required_argument,	NULL, OPT_EXPOSURE },
	{ "impact",	no_argument,		NULL, OPT_IMPACT },
	{ "impact-window", required_argument,	NULL, OPT_IMPACT_WINDOW },
	{ "min-controls", required_argument,	NULL, OPT_MIN_CONTROLS },
	CLI_LONG_HELP,
	{ "include-partial", no_argument,	NULL, OPT_INCLUDE_PARTIAL },
	CLI_LONG_MAX_RECORD,
	CLI_LONG_OUTPUT,
	{ "plan",	no_argument,		NULL, OPT_PLAN },
	{ "policy",	required_argument,	NULL, 'p' },
	{ "print-policy", no_argument,		NULL, OPT_PRINT_POLICY },
	CLI_LONG_QUIET,
	CLI_LONG_RAW_TEXT,
	{ "roster",	required_argument,	NULL, 'r' },
	CLI_LONG_STRICT,
	CLI_LONG_TSV,
	CLI_LONG_GZIP,
	{ NULL,		0,			NULL, 0 }
};

/* What the option parser collects besides the common options. */
struct args {
	struct tier_opts o;
	int		 print_policy;
};

static void
on_opt(void *arg, int ch, const char *optarg)
{
	struct args *a = arg;
	struct tier_opts *o = &a->o;
	uint64_t n;

	switch (ch) {
	case 'a':
		o->agents = xreallocarray(o->agents, o->nagents + 1,
		    sizeof(*o->agents));
		o->agents[o->nagents++] = optarg;
		break;
	case OPT_ACCEPT:
		o->accept = 1;
		break;
	case OPT_COACHING:
		o->coaching = optarg;
		break;
	case OPT_COMPARE:
		o->compare = optarg;
		break;
	case OPT_EXPOSURE:
		o->exposure = optarg;
		break;
	case OPT_IMPACT:
		o->impact = 1;
		break;
	case OPT_IMPACT_WINDOW:
		if (parse_count(optarg, &n) != PARSE_OK || n < 1 || n > 3660)
			usage_error("invalid --impact-window '%s': use a "
			    "number of days from 1 to 3660", optarg);
		o->impact_window = (int64_t)n;
		break;
	case OPT_MIN_CONTROLS:
		if (parse_count(optarg, &n) != PARSE_OK || n < 2 ||
		    n > 1000000)
			usage_error("invalid --min-controls '%s': use a "
			    "number from 2 to 1000000", optarg);
		o->min_controls = n;
		break;
	case OPT_PLAN:
		o->plan = 1;
		break;
	case 'p':
		o->policy = optarg;
		break;
	case 'r':
		o->roster = optarg;
		break;
	case OPT_AS_OF:
		if (parse_date_days(optarg, 0, &o->as_of) != PARSE_OK)
			usage_error("invalid date '%s': use YYYY-MM-DD",
			    optarg);
		o->have_as_of = 1;
		break;
	case OPT_EXPLAIN:
		o->explain = optarg;
		break;
	case OPT_INCLUDE_PARTIAL:
		o->include_partial = 1;
		break;
	case OPT_PRINT_POLICY:
		a->print_policy = 1;
		break;
	}
}

int
main(int argc, char *argv[])
{
	static struct args a;
	struct tier_opts *o = &a.o;
	struct cli_in in[5] = {
		{ "roster", NULL }, { "policy", NULL }, { "policy", NULL },
		{ "events", NULL }, { "events", NULL }
	};

	emp_init(argv[0]);
	if (cli_parse(&o->cli, &argc, &argv, SHORTOPTS, longopts, on_opt,
	    &a, help) == -1)
		return o->cli.status;
	if (a.print_policy) {
		if (argc > 0 || o->roster != NULL || o->explain != NULL)
			usage_error("--print-policy takes no other input");
		fputs(policy_default_text, stdout);
		return emp_exit_stdout();
	}
	if (o->roster == NULL)
		usage_error("no roster: give --roster FILE");
	if (o->impact && (o->explain != NULL || o->accept ||
	    o->exposure != NULL || o->compare != NULL || o->plan))
		usage_error("--impact takes no --explain, --accept, "
		    "--exposure, --compare or --plan");
	if (!o->impact && (o->coaching != NULL || o->impact_window != 0 ||
	    o->min_controls != 0))
		usage_error("--coaching, --impact-window and --min-controls go "
		    "with --impact");
	if (o->plan && (o->accept || o->exposure != NULL))
		usage_error("--plan takes no --accept or --exposure: it adds "
		    "a column to the tier table");
	if (o->accept && (o->explain != NULL || o->exposure != NULL))
		usage_error("--accept takes no --explain or --exposure");
	if (o->nagents > 0 && !o->accept)
		usage_error("-a AGENT goes with --accept");
	if (o->explain != NULL && (o->exposure != NULL ||
	    o->compare != NULL))
		usage_error("--explain takes no --exposure or --compare");
	if (o->min_controls == 0)
		o->min_controls = 5;
	/* --accept writes the roster: -o may name it (replaced whole,
	 * atomically), never a scores file */
	in[0].path = o->accept ? NULL : o->roster;
	in[1].path = o->policy;
	in[2].path = o->compare;
	in[3].path = o->coaching;
	in[4].path = o->exposure;
	cli_check_output("-o", o->cli.output, argc, argv, in, 5);
	return o->impact ? impact_run(o, argc, argv) : tier_run(o, argc, argv);
}
