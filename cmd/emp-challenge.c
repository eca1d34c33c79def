/*
 * emp-challenge: challenges to reviews that were not the agent's fault,
 * kept in an audited ledger (emp-ledger(5)), and applied to events.
 */
#include <getopt.h>
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
#include "sign.h"

static void
help(void)
{
	printf(
"usage: %s [-l ledger] [-r roster] [--key file] [--as name] [--wait seconds]\n"
"           command [arg]\n"
"       %s keygen\n"
"       %s candidates [--rules file] [--qa-below n] [--window days]\n"
"           [--raw-text] [file ...]\n"
"       %s open review -e events --grounds text [--kind kind] [--cause cause]\n"
"           [--score n | --reassign agent] [--rules file] [--window days]\n"
"           [--qa-below n]\n"
"       %s withdraw | approve | deny | revoke challenge [--note text]\n"
"           [--score n (approve)]\n"
"       %s list [--status list] [--agent name] [--older-than days]\n"
"           [--newer-than days] [--stats [--by agent|cause|decider]] [--text]\n"
"           [--raw-text]\n"
"       %s apply [-q] [--strict] [--raw-text] [file ...]\n"
"       %s verify | repair\n"
"       %s migrate old-ledger\n"
"\n"
"Challenges to negative reviews that were not the agent's fault: opened by\n"
"the agent, decided by the agent's team lead or an admin (roles and public\n"
"keys from the roster), every step signed by its actor in the ledger\n"
"(emp-ledger(5)); apply marks the reviews of approved challenges in an\n"
"event stream (emp-events(5)).\n"
"\n"
"  -l, --ledger FILE       the ledger (default $EMP_LEDGER)\n"
"  -r, --roster FILE       who is who: name, team, role, key (default\n"
"                          $EMP_ROSTER)\n"
"      --key FILE          your secret key (default $EMP_KEY, else\n"
"                          ~/.config/emp/ledger.key)\n"
"      --as NAME           check that the key is NAME's (default $EMP_USER)\n"
"      --wait SECONDS      wait this long for the ledger's lock (default 10)\n"
"      --grounds TEXT      open: why the review was not the agent's fault\n"
"      --note TEXT         withdraw, approve, deny, revoke: a note for the\n"
"                          record (revoke: mandatory)\n"
"  -e, --events FILE       open: the events that hold the review\n"
"      --kind KIND         open: the review's event kind, where reviews of\n"
"                          several kinds share its id\n"
"      --cause CAUSE       open: the cause category (default: the matching\n"
"                          rule's)\n"
"      --score N           open: propose N as the review's corrected score\n"
"                          instead of taking it out; approve: correct it to\n"
"                          N instead of the score proposed\n"
"      --reassign AGENT    open: propose that the review count for AGENT,\n"
"                          who should have had it, instead of taking it out\n"
"      --window DAYS       open: refuse reviews older than DAYS (default 14);\n"
"                          candidates: list only reviews younger than DAYS\n"
"      --rules FILE        candidates, open: keyword,grounds[,cause] CSV\n"
"                          instead of the built-in keywords\n"
"      --qa-below N        a QA score below N is negative (default %d)\n"
"      --status LIST       list: pending,withdrawn,approved,denied,revoked\n"
"  -a, --agent NAME        list: only this agent's challenges\n"
"      --older-than DAYS   list: only challenges opened DAYS or more ago\n"
"      --newer-than DAYS   list: only challenges opened less than DAYS ago\n"
"      --stats             list: counts, approval rate and median days to\n"
"                          decision per agent\n"
"      --by KEY            list --stats: per agent, cause or decider\n"
"      --text              list: aligned text instead of CSV\n"
"  -q, --quiet             apply: no summary line on stderr\n"
"      --strict            apply: fail when a challenge cannot apply or a\n"
"                          ledger line does not count\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"  -t, --tsv               write TSV\n"
"  -z, --gzip              compress the output with gzip\n"
"      --raw-text          write text as it is, without the quote before a\n"
"                          field a spreadsheet would run (emp(7))\n"
"      --max-record SIZE   the longest record read, in bytes or with K, M\n"
"                          or G (default 1M, or $EMP_MAX_RECORD)\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname, progname, progname, progname, progname, progname,
	    progname, progname, progname, CHALLENGE_QA_BELOW);
}

enum {
	OPT_AS = 256, OPT_WINDOW, OPT_RULES, OPT_QA_BELOW, OPT_OLDER,
	OPT_NEWER, OPT_STATS, OPT_TEXT, OPT_GROUNDS, OPT_NOTE, OPT_STATUS,
	OPT_WAIT, OPT_KEY, OPT_KIND, OPT_CAUSE, OPT_STRICT, OPT_BY,
	OPT_SCORE, OPT_REASSIGN
};

#define SHORTOPTS	"a:e:hl:o:qr:tVz"

static const struct option longopts[] = {
	{ "agent",	required_argument,	NULL, 'a' },
	{ "as",		required_argument,	NULL, OPT_AS },
	{ "by",		required_argument,	NULL, OPT_BY },
	{ "cause",	required_argument,	NULL, OPT_CAUSE },
	{ "events",	required_argument,	NULL, 'e' },
	{ "grounds",	required_argument,	NULL, OPT_GROUNDS },
	CLI_LONG_GZIP,
	CLI_LONG_HELP,
	{ "key",	required_argument,	NULL, OPT_KEY },
	{ "kind",	required_argument,	NULL, OPT_KIND },
	{ "ledger",	required_argument,	NULL, 'l' },
	{ "newer-than",	required_argument,	NULL, OPT_NEWER },
	{ "note",	required_argument,	NULL, OPT_NOTE },
	{ "older-than",	required_argument,	NULL, OPT_OLDER },
	CLI_LONG_MAX_RECORD,
	CLI_LONG_OUTPUT,
	{ "qa-below",	required_argument,	NULL, OPT_QA_BELOW },
	{ "reassign",	required_argument,	NULL, OPT_REASSIGN },
	CLI_LONG_QUIET,
	CLI_LONG_RAW_TEXT,
	{ "roster",	required_argument,	NULL, 'r' },
	{ "rules",	required_argument,	NULL, OPT_RULES },
	{ "score",	required_argument,	NULL, OPT_SCORE },
	{ "stats",	no_argument,		NULL, OPT_STATS },
	{ "status",	required_argument,	NULL, OPT_STATUS },
	{ "strict",	no_argument,		NULL, OPT_STRICT },
	{ "text",	no_argument,		NULL, OPT_TEXT },
	CLI_LONG_TSV,
	{ "wait",	required_argument,	NULL, OPT_WAIT },
	{ "window",	required_argument,	NULL, OPT_WINDOW },
	{ NULL,		0,			NULL, 0 }
};

static const char *const cmd_names[CHALLENGE_N] = {
	"candidates", "open", "withdraw", "approve", "deny", "revoke", "list",
	"apply", "verify", "repair", "keygen", "migrate"
};
#define CMD_LIST	"candidates, open, withdraw, approve, deny, revoke, " \
			"list, apply, verify, repair, keygen or migrate"

/* Which subcommands take each option (bits of enum challenge_cmd); the
 * options not listed apply to all. */
#define C(x)	(1u << (x))
#define C_DECIDE (C(CHALLENGE_WITHDRAW) | C(CHALLENGE_APPROVE) | \
		 C(CHALLENGE_DENY) | C(CHALLENGE_REVOKE))
#define C_ACT	(C(CHALLENGE_OPEN) | C_DECIDE)	/* one argument, an actor */
#define C_SIGN	(C_ACT | C(CHALLENGE_MIGRATE))	/* sign with a key */
#define C_OUT	(C(CHALLENGE_CANDIDATES) | C(CHALLENGE_LIST) | \
		 C(CHALLENGE_APPLY))
#define C_NOARG	(C(CHALLENGE_LIST) | C(CHALLENGE_VERIFY) | \
		 C(CHALLENGE_REPAIR) | C(CHALLENGE_KEYGEN))
#define C_CAND	(C(CHALLENGE_CANDIDATES) | C(CHALLENGE_OPEN))	/* reviews */
static const struct optuse {
	int		 ch;
	const char	*name;
	unsigned	 cmds;
} optuse[] = {
	{ 'a', "--agent", C(CHALLENGE_LIST) },
	{ OPT_AS, "--as", C_SIGN },
	{ OPT_BY, "--by", C(CHALLENGE_LIST) },
	{ OPT_CAUSE, "--cause", C(CHALLENGE_OPEN) },
	{ 'e', "--events", C(CHALLENGE_OPEN) },
	{ OPT_GROUNDS, "--grounds", C(CHALLENGE_OPEN) },
	{ 'z', "--gzip", C_OUT },
	{ OPT_KEY, "--key", C_SIGN | C(CHALLENGE_KEYGEN) },
	{ OPT_KIND, "--kind", C(CHALLENGE_OPEN) },
	{ 'l', "--ledger", ~C(CHALLENGE_KEYGEN) },
	{ OPT_NEWER, "--newer-than", C(CHALLENGE_LIST) },
	{ OPT_NOTE, "--note", C_DECIDE },
	{ OPT_OLDER, "--older-than", C(CHALLENGE_LIST) },
	{ 'o', "--output", C_OUT },
	{ OPT_QA_BELOW, "--qa-below", C_CAND },
	{ 'q', "--quiet", C(CHALLENGE_APPLY) },
	{ CLI_OPT_RAW_TEXT, "--raw-text", C_OUT },
	{ OPT_REASSIGN, "--reassign", C(CHALLENGE_OPEN) },
	{ 'r', "--roster", ~C(CHALLENGE_KEYGEN) },
	{ OPT_RULES, "--rules", C_CAND },
	{ OPT_SCORE, "--score", C(CHALLENGE_OPEN) | C(CHALLENGE_APPROVE) },
	{ OPT_STATS, "--stats", C(CHALLENGE_LIST) },
	{ OPT_STATUS, "--status", C(CHALLENGE_LIST) },
	{ OPT_STRICT, "--strict", C(CHALLENGE_APPLY) },
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
			    "withdrawn, approved, denied or revoked, "
			    "comma-separated", tok);
		bits |= 1u << i;
	}
	free(list);
	if (bits == 0)
		usage_error("invalid status '%s': use pending, withdrawn, "
		    "approved, denied or revoked, comma-separated", s);
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

/* --as, else $EMP_USER: who the acting person says they are, checked
 * against the key's owner; NULL for no check. */
static const char *
as_check(const char *as)
{
	const char *s = as;

	if (s == NULL && (s = getenv("EMP_USER")) != NULL && *s == '\0')
		s = NULL;
	if (s != NULL)
		check_text(as != NULL ? "--as" : "EMP_USER", s, 1);
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

/* -r, else $EMP_ROSTER. */
static const char *
roster_path(const char *p)
{
	if (p == NULL && (p = getenv("EMP_ROSTER")) != NULL && *p == '\0')
		p = NULL;
	if (p == NULL)
		usage_error("no roster: use -r FILE or set EMP_ROSTER (who is "
		    "who: name, team, role and key)");
	return p;
}

/* What the option parser collects besides the common options. */
struct args {
	struct challenge_opts	 o;
	const char		*as, *roster, *key;
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
	case OPT_BY:
		if (strcmp(optarg, "agent") == 0)
			o->by = LBY_AGENT;
		else if (strcmp(optarg, "cause") == 0)
			o->by = LBY_CAUSE;
		else if (strcmp(optarg, "decider") == 0)
			o->by = LBY_DECIDER;
		else
			usage_error("invalid --by '%s': use agent, cause or "
			    "decider", optarg);
		break;
	case OPT_CAUSE:
		o->cause = optarg;
		break;
	case OPT_KEY:
		a->key = optarg;
		break;
	case OPT_KIND:
		o->kind = optarg;
		break;
	case 'r':
		a->roster = optarg;
		break;
	case OPT_STRICT:
		o->strict = 1;
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
	case OPT_REASSIGN:
		o->reassign = optarg;
		break;
	case OPT_RULES:
		o->rules = optarg;
		break;
	case OPT_SCORE:
		o->score = optarg;
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
	struct cli_in in[4] = { { "ledger", NULL }, { "roster", NULL },
	    { "rules", NULL }, { "secret key", NULL } };
	static char keybuf[4096];
	const char *keypath;
	size_t k;

	emp_init(argv[0]);
	challenge_opts_init(o);
	if (cli_parse(&o->cli, &argc, &argv, SHORTOPTS, longopts, on_opt,
	    &a, help) == -1)
		return o->cli.status;
	if (argc == 0)
		usage_error("no command: use " CMD_LIST);
	for (cmd = 0; cmd < CHALLENGE_N; cmd++)
		if (strcmp(argv[0], cmd_names[cmd]) == 0)
			break;
	if (cmd == CHALLENGE_N)
		usage_error("unknown command '%s': use " CMD_LIST, argv[0]);
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
	if (o->by != LBY_AGENT && !o->stats)
		usage_error("--by goes with --stats");
	if (getenv("EMP_NOW") != NULL)
		emp_warn("EMP_NOW is not read: a ledger records the system "
		    "clock");
	o->now = ledger_clock();

	if ((C(cmd) & C_NOARG) && argc > 0)
		usage_error("%s takes no arguments", cmd_names[cmd]);
	if ((C(cmd) & C_ACT) && argc != 1)
		usage_error("%s takes one argument: the %s", cmd_names[cmd],
		    cmd == CHALLENGE_OPEN ? "review" : "challenge");
	if (cmd == CHALLENGE_MIGRATE && argc != 1)
		usage_error("migrate takes one argument: the version 1 or 2 "
		    "ledger to sign over");
	/* candidates: a ledger is optional, and one not made yet is empty */
	if (cmd == CHALLENGE_CANDIDATES) {
		if (o->ledger == NULL)
			o->ledger = getenv("EMP_LEDGER");
		if (o->ledger != NULL && *o->ledger != '\0')
			o->roster = roster_path(a.roster);
	} else if (cmd != CHALLENGE_KEYGEN) {
		o->ledger = ledger_path(o);
		o->roster = roster_path(a.roster);
	}
	if (a.key != NULL && *a.key == '\0')
		usage_error("--key may not be empty");
	/* the secret key: signed with, made, and never an output */
	keypath = a.key != NULL ? a.key : sign_key_path(keybuf,
	    sizeof(keybuf));
	if ((C(cmd) & C_SIGN) || cmd == CHALLENGE_KEYGEN) {
		if ((o->key = keypath) == NULL) {
			emp_warn("no key: set EMP_KEY or HOME");
			return EXIT_USAGE;
		}
		o->as = as_check(a.as);
	}
	if (cmd == CHALLENGE_OPEN) {
		check_text("the review", argv[0], 1);
		if (o->events == NULL)
			usage_error("open needs -e EVENTS: the review is looked "
			    "up there (its kind, agent, time and value)");
		if (o->grounds != NULL)
			check_text("--grounds", o->grounds, 0);
		if (o->kind != NULL)
			check_text("--kind", o->kind, 1);
		if (o->cause != NULL)
			check_text("--cause", o->cause, 1);
		if (o->reassign != NULL)
			check_text("--reassign", o->reassign, 1);
		if (o->score != NULL && o->reassign != NULL)
			usage_error("--score and --reassign exclude each "
			    "other: a challenge proposes one or the other");
	} else if (o->note != NULL)
		check_text("--note", o->note, 0);
	if (cmd == CHALLENGE_REVOKE && (o->note == NULL ||
	    o->note[strspn(o->note, " \t")] == '\0'))
		usage_error("revoke needs --note: say why the approval is "
		    "withdrawn");
	in[0].path = o->ledger;
	in[1].path = o->roster;
	in[2].path = o->rules;
	in[3].path = keypath;
	cli_check_output("-o", o->cli.output, argc,
	    cmd == CHALLENGE_CANDIDATES || cmd == CHALLENGE_APPLY ? argv : NULL,
	    in, 4);
	return challenge_run(o, cmd, argc, argv);
}
