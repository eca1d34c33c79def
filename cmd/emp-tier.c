/*
 * emp-tier: scorecards and a roster in, tier recommendations out.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "emp.h"
#include "parse.h"
#include "policy.h"
#include "tier.h"

static void
help(void)
{
	printf(
"usage: %s [-qstz] -r roster [--as-of date] [--include-partial]\n"
"       [--explain agent] [-o file] [-p policy] [--raw-text] [file ...]\n"
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
	    progname, progname);
}

enum { OPT_AS_OF = 256, OPT_EXPLAIN, OPT_INCLUDE_PARTIAL, OPT_PRINT_POLICY };

#define SHORTOPTS	"ho:p:qr:stVz"

static const struct option longopts[] = {
	{ "as-of",	required_argument,	NULL, OPT_AS_OF },
	{ "explain",	required_argument,	NULL, OPT_EXPLAIN },
	CLI_LONG_HELP,
	{ "include-partial", no_argument,	NULL, OPT_INCLUDE_PARTIAL },
	CLI_LONG_MAX_RECORD,
	CLI_LONG_OUTPUT,
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

	switch (ch) {
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
	struct cli_in in[2] = { { "roster", NULL }, { "policy", NULL } };

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
	in[0].path = o->roster;
	in[1].path = o->policy;
	cli_check_output("-o", o->cli.output, argc, argv, in, 2);
	return tier_run(o, argc, argv);
}
