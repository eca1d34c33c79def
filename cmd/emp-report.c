/*
 * emp-report: scores, tiers, impact, exposure, coaching sessions, goals
 * and challenge outcomes in, a team
 * report or agents' scorecards out, as text, Markdown or HTML.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "emp.h"
#include "report.h"

static void
help(void)
{
	printf(
"usage: %s [-qs] [-a agent] [-f format] [-l ledger] [-n periods]\n"
"       [-o file] [--goals goals] [--period period] [--roster roster]\n"
"       [--split dir] [--team team] [--width width] [file ...]\n"
"\n"
"Renders scorecards (emp-scores(5)) and tier recommendations (emp-tiers(5)),\n"
"with the impact (emp-impact(5)) and exposure (emp-exposure(5)) streams and\n"
"the coaching sessions of an event stream (emp-events(5)), all told apart by\n"
"their headers, with goals and challenge outcomes, as a team report or\n"
"agents' own scorecards.\n"
"\n"
"  -f, --format FORMAT     text (default), markdown or html\n"
"  -a, --agent NAME        one agent's scorecard instead of the team report\n"
"      --team TEAM         the team report of one team, its agents only\n"
"      --split DIR         also write every agent's scorecard into DIR\n"
"      --goals FILE        the agents' goals: agent,metric,target[,due]\n"
"  -l, --ledger FILE       challenge outcomes from this ledger (emp-ledger(5))\n"
"      --roster FILE       the roster that verifies the ledger (default\n"
"                          $EMP_ROSTER)\n"
"      --period PERIOD     report this period (default: the latest)\n"
"  -n, --periods N         trend over at most N periods (default 12)\n"
"      --width N           text width (default: the terminal's, else 80)\n"
"  -s, --strict            exit 1 if any input row was rejected\n"
"  -q, --quiet             no summary line on stderr\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"      --max-record SIZE   the longest record read, in bytes or with K, M\n"
"                          or G (default 1M, or $EMP_MAX_RECORD)\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname);
}

enum { OPT_GOALS = 256, OPT_PERIOD, OPT_SPLIT, OPT_TEAM, OPT_WIDTH,
	OPT_ROSTER };

#define SHORTOPTS	"a:f:hl:n:o:qsV"

static const struct option longopts[] = {
	{ "agent",	required_argument,	NULL, 'a' },
	{ "format",	required_argument,	NULL, 'f' },
	{ "goals",	required_argument,	NULL, OPT_GOALS },
	CLI_LONG_HELP,
	{ "ledger",	required_argument,	NULL, 'l' },
	{ "roster",	required_argument,	NULL, OPT_ROSTER },
	{ "periods",	required_argument,	NULL, 'n' },
	CLI_LONG_MAX_RECORD,
	CLI_LONG_OUTPUT,
	{ "period",	required_argument,	NULL, OPT_PERIOD },
	CLI_LONG_QUIET,
	{ "split",	required_argument,	NULL, OPT_SPLIT },
	CLI_LONG_STRICT,
	{ "team",	required_argument,	NULL, OPT_TEAM },
	{ "width",	required_argument,	NULL, OPT_WIDTH },
	{ NULL,		0,			NULL, 0 }
};

static int
posint(const char *s, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || v < 1 || v > max)
		return -1;
	return (int)v;
}

static void
on_opt(void *arg, int ch, const char *optarg)
{
	struct report_run_opts *o = arg;

	switch (ch) {
	case 'a':
		o->agent = optarg;
		break;
	case 'f':
		if (strcmp(optarg, "text") == 0)
			o->fmt = FMT_TEXT;
		else if (strcmp(optarg, "markdown") == 0 ||
		    strcmp(optarg, "md") == 0)
			o->fmt = FMT_MARKDOWN;
		else if (strcmp(optarg, "html") == 0)
			o->fmt = FMT_HTML;
		else
			usage_error("invalid format '%s': use text, markdown "
			    "or html", optarg);
		break;
	case 'l':
		o->ledger = optarg;
		break;
	case 'n':
		if ((o->report.periods = posint(optarg, 10000)) == -1)
			usage_error("invalid number of periods '%s'", optarg);
		break;
	case OPT_ROSTER:
		o->roster = optarg;
		break;
	case OPT_GOALS:
		o->goals = optarg;
		break;
	case OPT_PERIOD:
		o->report.period = optarg;
		break;
	case OPT_SPLIT:
		o->split = optarg;
		break;
	case OPT_TEAM:
		o->team = optarg;
		break;
	case OPT_WIDTH:
		if ((o->width = posint(optarg, 10000)) == -1)
			usage_error("invalid width '%s'", optarg);
		if (o->width < 20)
			usage_error("invalid width '%s': at least 20", optarg);
		break;
	}
}

int
main(int argc, char *argv[])
{
	static struct report_run_opts o;
	struct cli_in in[3] = { { "ledger", NULL }, { "roster", NULL },
	    { "goals", NULL } };

	emp_init(argv[0]);
	o.report.periods = 12;
	o.fmt = FMT_TEXT;
	if (cli_parse(&o.cli, &argc, &argv, SHORTOPTS, longopts, on_opt,
	    &o, help) == -1)
		return o.cli.status;
	if (o.team != NULL && o.agent != NULL)
		usage_error("--team and --agent: give one (a team's report "
		    "or an agent's scorecard)");
	if (o.roster == NULL && (o.roster = getenv("EMP_ROSTER")) != NULL &&
	    *o.roster == '\0')
		o.roster = NULL;
	if (o.ledger != NULL && o.roster == NULL)
		usage_error("--ledger needs a roster to verify it: --roster "
		    "FILE or EMP_ROSTER");
	if (o.roster != NULL && o.ledger == NULL)
		o.roster = NULL;	/* only a ledger needs it */
	in[0].path = o.ledger;
	in[1].path = o.roster;
	in[2].path = o.goals;
	cli_check_output("-o", o.cli.output, argc, argv, in, 3);
	return report_run(&o, argc, argv);
}
