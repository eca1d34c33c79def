/*
 * emp-challenge: challenges to reviews that were not the agent's fault,
 * kept in an audited ledger (emp-ledger(5)), and applied to events.
 */
#include <getopt.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "challenge.h"
#include "emp.h"
#include "ledger.h"
#include "parse.h"

static void
help(void)
{
	printf(
"usage: %s [-l ledger] [--as name] [--wait seconds] command [arg]\n"
"       %s candidates [--rules file] [--qa-below n] [--window days] [file ...]\n"
"       %s open review --grounds text [--events file] [--window days]\n"
"       %s withdraw | approve | deny challenge [--note text]\n"
"       %s list [--status list] [--agent name] [--older-than days]\n"
"           [--newer-than days] [--stats] [--text]\n"
"       %s apply [-q] [file ...]\n"
"       %s verify\n"
"       %s repair\n"
"\n"
"Challenges to negative reviews that were not the agent's fault: opened by\n"
"the agent, decided by someone else, recorded in a checksummed ledger\n"
"(emp-ledger(5)); apply marks the reviews of approved challenges in an\n"
"event stream (emp-events(5)).\n"
"\n"
"  -l, --ledger FILE       the ledger (default $EMP_LEDGER)\n"
"      --as NAME           who acts (default $EMP_USER, else the login name)\n"
"      --wait SECONDS      wait this long for the ledger's lock (default 10)\n"
"      --grounds TEXT      open: why the review was not the agent's fault\n"
"      --note TEXT         withdraw, approve, deny: a note for the record\n"
"  -e, --events FILE       open: check the review in these events\n"
"      --window DAYS       open: refuse reviews older than DAYS (default 14);\n"
"                          candidates: list only reviews younger than DAYS\n"
"      --rules FILE        candidates: keyword,grounds CSV instead of the\n"
"                          built-in keywords\n"
"      --qa-below N        a QA score below N is negative (default %d)\n"
"      --status LIST       list: pending,withdrawn,approved,denied\n"
"  -a, --agent NAME        list: only this agent's challenges\n"
"      --older-than DAYS   list: only challenges opened DAYS or more ago\n"
"      --newer-than DAYS   list: only challenges opened less than DAYS ago\n"
"      --stats             list: counts and median days to decision per agent\n"
"      --text              list: aligned text instead of CSV\n"
"  -q, --quiet             apply: no summary line on stderr\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"  -t, --tsv               write TSV\n"
"  -z, --gzip              compress the output with gzip\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname, progname, progname, progname, progname, progname,
	    progname, progname, CHALLENGE_QA_BELOW);
}

enum {
	OPT_AS = 256, OPT_WINDOW, OPT_RULES, OPT_QA_BELOW, OPT_OLDER,
	OPT_NEWER, OPT_STATS, OPT_TEXT, OPT_GROUNDS, OPT_NOTE, OPT_STATUS,
	OPT_WAIT
};

#define SHORTOPTS	"a:e:hl:o:qtVz"

static const struct option longopts[] = {
	{ "agent",	required_argument,	NULL, 'a' },
	{ "as",		required_argument,	NULL, OPT_AS },
	{ "events",	required_argument,	NULL, 'e' },
	{ "grounds",	required_argument,	NULL, OPT_GROUNDS },
	CLI_LONG_GZIP,
	CLI_LONG_HELP,
	{ "ledger",	required_argument,	NULL, 'l' },
	{ "newer-than",	required_argument,	NULL, OPT_NEWER },
	{ "note",	required_argument,	NULL, OPT_NOTE },
	{ "older-than",	required_argument,	NULL, OPT_OLDER },
	CLI_LONG_OUTPUT,
	{ "qa-below",	required_argument,	NULL, OPT_QA_BELOW },
	CLI_LONG_QUIET,
	{ "rules",	required_argument,	NULL, OPT_RULES },
	{ "stats",	no_argument,		NULL, OPT_STATS },
	{ "status",	required_argument,	NULL, OPT_STATUS },
	{ "text",	no_argument,		NULL, OPT_TEXT },
	CLI_LONG_TSV,
	{ "wait",	required_argument,	NULL, OPT_WAIT },
	{ "window",	required_argument,	NULL, OPT_WINDOW },
	{ NULL,		0,			NULL, 0 }
};

static const char *const cmd_names[CHALLENGE_N] = {
	"candidates", "open", "withdraw", "approve", "deny", "list", "apply",
	"verify", "repair"
};

/* Which subcommands take each option (bits of enum challenge_cmd); the
 * options not listed apply to all. */
#define C(x)	(1u << (x))
#define C_DECIDE (C(CHALLENGE_WITHDRAW) | C(CHALLENGE_APPROVE) | \
		 C(CHALLENGE_DENY))
#define C_ACT	(C(CHALLENGE_OPEN) | C_DECIDE)	/* one argument, an actor */
#define C_OUT	(C(CHALLENGE_CANDIDATES) | C(CHALLENGE_LIST) | \
		 C(CHALLENGE_APPLY))
#define C_NOARG	(C(CHALLENGE_LIST) | C(CHALLENGE_VERIFY) | C(CHALLENGE_REPAIR))
#define C_CAND	(C(CHALLENGE_CANDIDATES) | C(CHALLENGE_OPEN))	/* reviews */
static const struct optuse {
	int		 ch;
	const char	*name;
	unsigned	 cmds;
} optuse[] = {
	{ 'a', "--agent", C(CHALLENGE_LIST) },
	{ OPT_AS, "--as", C_ACT },
	{ 'e', "--events", C(CHALLENGE_OPEN) },
	{ OPT_GROUNDS, "--grounds", C(CHALLENGE_OPEN) },
	{ 'z', "--gzip", C_OUT },
	{ OPT_NEWER, "--newer-than", C(CHALLENGE_LIST) },
	{ OPT_NOTE, "--note", C_DECIDE },
	{ OPT_OLDER, "--older-than", C(CHALLENGE_LIST) },
	{ 'o', "--output", C_OUT },
	{ OPT_QA_BELOW, "--qa-below", C_CAND },
	{ 'q', "--quiet", C(CHALLENGE_APPLY) },
	{ OPT_RULES, "--rules", C(CHALLENGE_CANDIDATES) },
	{ OPT_STATS, "--stats", C(CHALLENGE_LIST) },
	{ OPT_STATUS, "--status", C(CHALLENGE_LIST) },
	{ OPT_TEXT, "--text", C(CHALLENGE_LIST) },
	{ 't', "--tsv", C_OUT },
	{ OPT_WINDOW, "--window", C_CAND },
	{ 0, NULL, 0 }
};

static unsigned
status_list(const char *s)
{
	char *list = xstrdup(s), *tok, *save = NULL;
	unsigned bits = 0;
	int i;

	for (tok = strtok_r(list, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; ledger_statuses[i] != NULL; i++)
			if (strcmp(ledger_statuses[i], tok) == 0)
				break;
		if (ledger_statuses[i] == NULL)
			usage_error("invalid status '%s': use pending, "
			    "withdrawn, approved or denied, comma-separated",
			    tok);
		bits |= 1u << i;
	}
	free(list);
	if (bits == 0)
		usage_error("invalid status '%s': use pending, withdrawn, "
		    "approved or denied, comma-separated", s);
	return bits;
}

/* A name or text for the ledger: one line, and for names not blank. */
static void
check_text(const char *what, const char *s, int need)
{
	const char *t = s;
	size_t n = strlen(s);

	if (strpbrk(s, "\r\n") != NULL)
		usage_error("%s may not hold a line break", what);
	parse_trim(&t, &n);
	if (need && n == 0)
		usage_error("%s may not be empty", what);
}

/* --as, else $EMP_USER, else the login name. */
static const char *
who(const char *as)
{
	const struct passwd *pw;
	const char *s;

	if (as != NULL)
		s = as;
	else if ((s = getenv("EMP_USER")) != NULL && *s != '\0')
		;
	else if ((s = getlogin()) != NULL && *s != '\0')
		;
	else if ((pw = getpwuid(geteuid())) != NULL)
		s = pw->pw_name;
	else
		usage_error("who is acting is unknown: use --as NAME");
	check_text("--as", s, 1);
	return s;
}

/* -l, else $EMP_LEDGER. */
static const char *
ledger_path(const struct challenge_opts *o)
{
	const char *p = o->ledger;

	if (p == NULL && (p = getenv("EMP_LEDGER")) != NULL && *p == '\0')
		p = NULL;
	if (p == NULL)
		usage_error("no ledger: use -l FILE or set EMP_LEDGER");
	return p;
}

static int64_t
now_ms(void)
{
	struct timespec tsp;
	const char *s = getenv("EMP_NOW");
	int64_t ms;

	if (s != NULL && *s != '\0') {
		if (parse_time(s, strlen(s), NULL, &ms) != PARSE_OK)
			usage_error("invalid EMP_NOW '%s'", s);
		return ms;
	}
	clock_gettime(CLOCK_REALTIME, &tsp);
	return (int64_t)tsp.tv_sec * 1000 + tsp.tv_nsec / 1000000;
}

/* What the option parser collects besides the common options. */
struct args {
	struct challenge_opts	 o;
	const char		*as;
	unsigned		 seen[sizeof(optuse) / sizeof(optuse[0])];
};

static void
on_opt(void *arg, int ch, const char *optarg)
{
	struct args *a = arg;
	struct challenge_opts *o = &a->o;
	size_t k;
	int flags;

	for (k = 0; optuse[k].ch != 0; k++)
		if (optuse[k].ch == ch)
			a->seen[k] = 1;
	switch (ch) {
	case 'a':
		o->agent = optarg;
		break;
	case 'e':
		o->events = optarg;
		break;
	case 'l':
		o->ledger = optarg;
		break;
	case OPT_AS:
		a->as = optarg;
		break;
	case OPT_GROUNDS:
		o->grounds = optarg;
		break;
	case OPT_NEWER:
		o->newer = cli_whole("--newer-than", optarg, 36500);
		break;
	case OPT_NOTE:
		o->note = optarg;
		break;
	case OPT_OLDER:
		o->older = cli_whole("--older-than", optarg, 36500);
		break;
	case OPT_QA_BELOW:
		flags = 0;
		if (parse_number(optarg, strlen(optarg), &flags,
		    &o->qa_below) != PARSE_OK || o->qa_below.m < 0 ||
		    flags != 0)
			usage_error("invalid --qa-below '%s': use a score "
			    "from 0 to 100", optarg);
		break;
	case OPT_RULES:
		o->rules = optarg;
		break;
	case OPT_STATS:
		o->stats = 1;
		break;
	case OPT_STATUS:
		o->statuses = status_list(optarg);
		break;
	case OPT_TEXT:
		o->text = 1;
		break;
	case OPT_WAIT:
		o->wait = (unsigned)cli_whole("--wait", optarg, 86400);
		break;
	case OPT_WINDOW:
		o->window = cli_whole("--window", optarg, 36500);
		break;
	}
}

int
main(int argc, char *argv[])
{
	static struct args a;
	struct challenge_opts *o = &a.o;
	enum challenge_cmd cmd;
	size_t k;

	emp_init(argv[0]);
	challenge_opts_init(o);
	if (cli_parse(&o->cli, &argc, &argv, SHORTOPTS, longopts, on_opt,
	    &a, help) == -1)
		return o->cli.status;
	if (argc == 0)
		usage_error("no command: use candidates, open, withdraw, "
		    "approve, deny, list, apply, verify or repair");
	for (cmd = 0; cmd < CHALLENGE_N; cmd++)
		if (strcmp(argv[0], cmd_names[cmd]) == 0)
			break;
	if (cmd == CHALLENGE_N)
		usage_error("unknown command '%s': use candidates, open, "
		    "withdraw, approve, deny, list, apply, verify or repair",
		    argv[0]);
	for (k = 0; optuse[k].ch != 0; k++)
		if (a.seen[k] && !(optuse[k].cmds & C(cmd)))
			usage_error("%s does not apply to %s", optuse[k].name,
			    cmd_names[cmd]);
	argc--;
	argv++;
	if (o->text && o->cli.tsv)
		usage_error("--text and --tsv exclude each other");
	if (o->text && o->cli.gzip)
		usage_error("--text and --gzip exclude each other");
	o->now = now_ms();

	if ((C(cmd) & C_NOARG) && argc > 0)
		usage_error("%s takes no arguments", cmd_names[cmd]);
	if ((C(cmd) & C_ACT) && argc != 1)
		usage_error("%s takes one argument: the %s", cmd_names[cmd],
		    cmd == CHALLENGE_OPEN ? "review" : "challenge");
	/* candidates: a ledger is optional, and one not made yet is empty */
	if (cmd == CHALLENGE_CANDIDATES) {
		if (o->ledger == NULL)
			o->ledger = getenv("EMP_LEDGER");
	} else
		o->ledger = ledger_path(o);
	if (C(cmd) & C_ACT) {
		o->actor = who(a.as);
		if (cmd == CHALLENGE_OPEN) {
			check_text("the review", argv[0], 1);
			if (o->grounds != NULL)
				check_text("--grounds", o->grounds, 0);
		} else if (o->note != NULL)
			check_text("--note", o->note, 0);
	}
	return challenge_run(o, cmd, argc, argv);
}
