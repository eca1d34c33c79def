/*
 * emp-report: scores, tiers, goals and challenge outcomes in, a team
 * report or agents' scorecards out, as text, Markdown or HTML.
 */
#include <sys/ioctl.h>
#include <sys/stat.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "emp.h"
#include "report.h"

static void
usage(int status)
{
	if (status != EXIT_OK) {
		fprintf(stderr, "Try '%s --help' for more information.\n",
		    progname);
		exit(status);
	}
	printf(
"usage: %s [-qs] [-a agent] [-d dir] [-f format] [-g goals] [-l ledger]\n"
"       [-n periods] [-o file] [-p period] [-w width] [file ...]\n"
"\n"
"Renders scorecards (emp-scores(5)) and tier recommendations (emp-tiers(5)),\n"
"told apart by their headers, with goals and challenge outcomes, as a team\n"
"report or agents' own scorecards.\n"
"\n"
"  -f, --format FORMAT     text (default), markdown or html\n"
"  -a, --agent NAME        one agent's scorecard instead of the team report\n"
"  -d, --split DIR         also write every agent's scorecard into DIR\n"
"  -g, --goals FILE        the agents' goals: agent,metric,target[,due]\n"
"  -l, --ledger FILE       challenge outcomes from this ledger (emp-ledger(5))\n"
"  -p, --period PERIOD     report this period (default: the latest)\n"
"  -n, --periods N         trend over at most N periods (default 12)\n"
"  -w, --width N           text width (default: the terminal's, else 80)\n"
"  -s, --strict            exit 1 if any input row was rejected\n"
"  -q, --quiet             no summary line on stderr\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname);
	exit(emp_exit_stdout());
}

static const struct option longopts[] = {
	{ "agent",	required_argument,	NULL, 'a' },
	{ "split",	required_argument,	NULL, 'd' },
	{ "format",	required_argument,	NULL, 'f' },
	{ "goals",	required_argument,	NULL, 'g' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "ledger",	required_argument,	NULL, 'l' },
	{ "periods",	required_argument,	NULL, 'n' },
	{ "output",	required_argument,	NULL, 'o' },
	{ "period",	required_argument,	NULL, 'p' },
	{ "quiet",	no_argument,		NULL, 'q' },
	{ "strict",	no_argument,		NULL, 's' },
	{ "version",	no_argument,		NULL, 'V' },
	{ "width",	required_argument,	NULL, 'w' },
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

/* The terminal's width when stdout is one, else 80. */
static int
term_width(void)
{
	struct winsize ws;
	const char *c;
	int w;

	if (!isatty(STDOUT_FILENO))
		return 80;
	if ((c = getenv("COLUMNS")) != NULL && (w = posint(c, 10000)) > 0)
		return w;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

static int
write_doc(const struct rdoc *doc, const struct render_opts *ro,
    const char *path)
{
	struct output out;
	struct strbuf sb = { 0 };

	report_render(doc, ro, &sb);
	output_open(&out, path, ',', 0);
	csv_writer_raw(&out.w, sb.s, sb.len);
	sb_free(&sb);
	return output_commit(&out);
}

/* DIR/NAME.EXT with every byte of the name outside [A-Za-z0-9._-]
 * (and a leading dot) made '_'. */
static void
card_path(struct strbuf *sb, const char *dir, const char *name,
    const char *ext)
{
	const char *p;

	sb->len = 0;
	sb_printf(sb, "%s/", dir);
	for (p = name; *p != '\0'; p++) {
		int c = (unsigned char)*p;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    (c == '.' && p != name))
			sb_addc(sb, c);
		else
			sb_addc(sb, '_');
	}
	sb_printf(sb, ".%s", ext);
}

static int
split(struct report *r, const struct render_opts *ro, const char *dir,
    int quiet)
{
	static const char *const ext[] = { "txt", "md", "html" };
	struct strbuf path = { 0 };
	const char **names;
	size_t i, n;
	int status = EXIT_OK;

	if (mkdir(dir, 0777) == -1 && errno != EEXIST)
		emp_dieerr(EXIT_FAIL, "%s", dir);
	n = report_agents(r, &names);
	for (i = 0; i < n; i++) {
		struct rdoc doc = { 0 };

		report_agent(r, names[i], &doc);
		card_path(&path, dir, names[i], ext[ro->fmt]);
		if (write_doc(&doc, ro, sb_str(&path)) == -1)
			status = EXIT_FAIL;
		rdoc_free(&doc);
	}
	if (!quiet)
		emp_warn("%zu scorecards written to %s%s", n, dir,
		    dir[0] != '\0' && dir[strlen(dir) - 1] == '/' ? "" : "/");
	sb_free(&path);
	return status;
}

int
main(int argc, char *argv[])
{
	struct report_opts o = { 12, NULL };
	struct render_opts ro = { FMT_TEXT, 0, 0 };
	struct rdoc doc = { 0 };
	struct report *r;
	const char *outpath = NULL, *agent = NULL, *dir = NULL;
	const char *goals = NULL, *ledger = NULL, *nc;
	int ch, i, quiet = 0, strict = 0, status = EXIT_OK;

	emp_init(argv[0]);
	argv[0] = (char *)(uintptr_t)progname;	/* for getopt's messages */
	while ((ch = getopt_long(argc, argv, "a:d:f:g:hl:n:o:p:qsVw:",
	    longopts, NULL)) != -1) {
		switch (ch) {
		case 'a':
			agent = optarg;
			break;
		case 'd':
			dir = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				ro.fmt = FMT_TEXT;
			else if (strcmp(optarg, "markdown") == 0 ||
			    strcmp(optarg, "md") == 0)
				ro.fmt = FMT_MARKDOWN;
			else if (strcmp(optarg, "html") == 0)
				ro.fmt = FMT_HTML;
			else
				usage_error("invalid format '%s': use text, "
				    "markdown or html", optarg);
			break;
		case 'g':
			goals = optarg;
			break;
		case 'h':
			usage(EXIT_OK);
			break;
		case 'l':
			ledger = optarg;
			break;
		case 'n':
			if ((o.periods = posint(optarg, 10000)) == -1)
				usage_error("invalid number of periods '%s'",
				    optarg);
			break;
		case 'o':
			outpath = optarg;
			break;
		case 'p':
			o.period = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 's':
			strict = 1;
			break;
		case 'V':
			printf("%s %s\n", progname, EMP_VERSION);
			return emp_exit_stdout();
		case 'w':
			if ((ro.width = posint(optarg, 10000)) == -1)
				usage_error("invalid width '%s'", optarg);
			if (ro.width < 20)
				usage_error("invalid width '%s': at least 20",
				    optarg);
			break;
		default:
			usage(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (ro.width == 0)
		ro.width = outpath == NULL ? term_width() : 80;
	nc = getenv("NO_COLOR");
	ro.color = outpath == NULL && isatty(STDOUT_FILENO) &&
	    (nc == NULL || *nc == '\0');

	r = report_new(&o);
	if (goals != NULL && report_read_goals(r, goals) == -1)
		status = EXIT_FAIL;
	if (ledger != NULL && (i = report_read_ledger(r, ledger)) < 0) {
		if (i == -2) {
			report_free(r);
			return EXIT_BUSY;
		}
		status = EXIT_FAIL;
	}
	if (argc == 0 && report_read(r, "-") == -1)
		status = EXIT_FAIL;
	for (i = 0; i < argc; i++)
		if (report_read(r, argv[i]) == -1)
			status = EXIT_FAIL;
	if (status != EXIT_OK) {
		report_free(r);
		emp_die(EXIT_FAIL, "nothing written: the inputs could not "
		    "all be read");
	}
	if (report_prepare(r) == -1) {
		report_free(r);
		return EXIT_FAIL;
	}
	if (agent != NULL) {
		if (report_agent(r, agent, &doc) == -1) {
			report_free(r);
			emp_die(EXIT_FAIL, "agent '%s' is in neither the "
			    "scores nor the tiers", agent);
		}
	} else
		report_team(r, &doc);
	if (dir != NULL && split(r, &ro, dir, quiet) != EXIT_OK)
		status = EXIT_FAIL;
	if (write_doc(&doc, &ro, outpath) == -1)
		status = EXIT_FAIL;
	rdoc_free(&doc);
	if (strict && report_rejected(r) > 0)
		status = EXIT_FAIL;
	report_free(r);
	return status;
}
