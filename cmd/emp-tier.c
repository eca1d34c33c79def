/*
 * emp-tier: scorecards and a roster in, tier recommendations out.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "parse.h"
#include "policy.h"
#include "tier.h"

static void
usage(int status)
{
	if (status != EXIT_OK) {
		fprintf(stderr, "Try '%s --help' for more information.\n",
		    progname);
		exit(status);
	}
	printf(
"usage: %s [-qstz] -r roster [-a date] [-e agent] [-o file] [-p policy]\n"
"       [file ...]\n"
"       %s --print-policy\n"
"\n"
"Turns scorecards (emp-scores(5)) and a roster into tier recommendations\n"
"(emp-tiers(5)): level, dollar limit and the gates behind them.\n"
"\n"
"  -r, --roster FILE       agents' team, hire date, level and limit\n"
"  -p, --policy FILE       the tier policy (emp-policy(5); default built in)\n"
"  -a, --as-of DATE        the review day (default: the last day of the\n"
"                          latest period in the scores)\n"
"  -e, --explain AGENT     a readable account of one agent instead\n"
"      --print-policy      print the built-in policy and exit\n"
"  -s, --strict            exit 1 if any row was rejected\n"
"  -q, --quiet             no summary line on stderr\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"  -t, --tsv               write TSV\n"
"  -z, --gzip              compress the output with gzip\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname, progname);
	exit(emp_exit_stdout());
}

enum { OPT_PRINT_POLICY = 256 };

static const struct option longopts[] = {
	{ "as-of",	required_argument,	NULL, 'a' },
	{ "explain",	required_argument,	NULL, 'e' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "output",	required_argument,	NULL, 'o' },
	{ "policy",	required_argument,	NULL, 'p' },
	{ "print-policy", no_argument,		NULL, OPT_PRINT_POLICY },
	{ "quiet",	no_argument,		NULL, 'q' },
	{ "roster",	required_argument,	NULL, 'r' },
	{ "strict",	no_argument,		NULL, 's' },
	{ "tsv",	no_argument,		NULL, 't' },
	{ "version",	no_argument,		NULL, 'V' },
	{ "gzip",	no_argument,		NULL, 'z' },
	{ NULL,		0,			NULL, 0 }
};

int
main(int argc, char *argv[])
{
	struct output out;
	struct strbuf sb = { 0 };
	struct policy *pol;
	struct tier *t;
	const char *outpath = NULL, *roster = NULL, *polpath = NULL;
	const char *explain = NULL;
	int64_t as_of = 0;
	int ch, quiet = 0, strict = 0, tsv = 0, gz = 0, have_as_of = 0, i;
	int status = EXIT_OK, print_policy = 0;

	emp_init(argv[0]);
	argv[0] = (char *)(uintptr_t)progname;	/* for getopt's messages */
	while ((ch = getopt_long(argc, argv, "a:e:ho:p:qr:stVz", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'a':
			if (parse_date_days(optarg, 0, &as_of) != PARSE_OK)
				usage_error("invalid date '%s': use YYYY-MM-DD",
				    optarg);
			have_as_of = 1;
			break;
		case 'e':
			explain = optarg;
			break;
		case 'h':
			usage(EXIT_OK);
			break;
		case 'o':
			outpath = optarg;
			break;
		case 'p':
			polpath = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'r':
			roster = optarg;
			break;
		case 's':
			strict = 1;
			break;
		case 't':
			tsv = 1;
			break;
		case 'V':
			printf("%s %s\n", progname, EMP_VERSION);
			return emp_exit_stdout();
		case 'z':
			gz = 1;
			break;
		case OPT_PRINT_POLICY:
			print_policy = 1;
			break;
		default:
			usage(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (print_policy) {
		if (argc > 0 || roster != NULL || explain != NULL)
			usage_error("--print-policy takes no other input");
		fputs(policy_default_text, stdout);
		return emp_exit_stdout();
	}
	if (roster == NULL)
		usage_error("no roster: give --roster FILE");
	if (polpath != NULL) {
		if ((pol = policy_load(polpath, &sb)) == NULL)
			emp_die(EXIT_USAGE, "%s", sb_str(&sb));
	} else if ((pol = policy_default(&sb)) == NULL)
		emp_die(EXIT_FAIL, "%s", sb_str(&sb));
	sb_free(&sb);

	t = tier_new(pol);
	if (tier_read_roster(t, roster) == -1)
		status = EXIT_FAIL;
	if (argc == 0 && tier_read_scores(t, "-") == -1)
		status = EXIT_FAIL;
	for (i = 0; i < argc; i++)
		if (tier_read_scores(t, argv[i]) == -1)
			status = EXIT_FAIL;
	if (status != EXIT_OK) {
		tier_free(t);
		emp_die(EXIT_FAIL, "nothing written: the scores and the "
		    "roster could not all be read");
	}
	if (tier_evaluate(t, have_as_of, as_of) == -1) {
		tier_free(t);
		return EXIT_FAIL;
	}
	if (explain != NULL) {
		if (tier_explain(t, explain, &sb) == -1) {
			tier_free(t);
			emp_die(EXIT_FAIL, "agent '%s' is not in the roster %s",
			    explain, roster);
		}
		fputs(sb_str(&sb), stdout);
		sb_free(&sb);
		tier_free(t);
		return emp_exit_stdout();
	}
	output_open(&out, outpath, tsv ? '\t' : ',', gz ? CSVW_GZIP : 0);
	tier_write(t, &out.w);
	if (strict && tier_rejected(t) > 0)
		status = EXIT_FAIL;
	if (!quiet) {
		tier_summary(t, &sb);
		emp_warn("%s", sb_str(&sb));
		sb_free(&sb);
	}
	tier_free(t);
	if (output_commit(&out) == -1)
		status = EXIT_FAIL;
	return status;
}
