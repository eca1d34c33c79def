/*
 * emp-ingest: real exports in, one normalised event stream out.
 */
#include <sys/stat.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "emp.h"
#include "ingest.h"

static void
help(void)
{
	printf(
"usage: %s [-qstz] [-d delim] [-k kind] [-M mapfile] [-o file] [-T zone]\n"
"       [-u unit] [--agent-map agentmap] [--decimal-comma]\n"
"       [--escalation-queues list] [--from profile] [--hash-customer keyfile]\n"
"       [--map column=source] [--progress] [--raw-text] [--rejects rejects]\n"
"       [file ...]\n"
"       %s --new-hash-key keyfile\n"
"\n"
"Turns call-center exports into one event stream (emp-events(5)).\n"
"\n"
"      --from PROFILE      amazon-connect, genesys, zendesk, five9, talkdesk,\n"
"                          qa, pulse, roster, decisions, coaching or\n"
"                          events\n"
"                          (default: recognised from the header)\n"
"      --map COL=SOURCE    read event column COL from column SOURCE\n"
"  -M, --map-file FILE     COL=SOURCE lines ('#' starts a comment)\n"
"  -k, --kind KIND         event kind of a file read through --map\n"
"  -u, --units UNIT        durations in s, ms, min or h for mapped columns\n"
"      --agent-map FILE    CSV alias,agent,team: one name per agent\n"
"  -T, --tz ZONE           zone of times without an offset (default UTC)\n"
"      --decimal-comma     read 87,5 and 1.234,50\n"
"      --escalation-queues LIST  a contact in one of these queues (comma-\n"
"                          separated) is escalated, in another one not\n"
"      --hash-customer FILE  write the customer as a hash keyed with FILE\n"
"      --new-hash-key FILE make such a key (mode 0600) and read nothing\n"
"  -d, --delimiter C       input delimiter ',' ';' or 'tab' (default: detect)\n"
"      --rejects FILE      write rejected rows to FILE (src,error,raw)\n"
"  -s, --strict            exit 1 if any row was rejected\n"
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
	    progname, progname);
}

enum {
	OPT_AGENT_MAP = 256, OPT_DECIMAL, OPT_FROM, OPT_MAP, OPT_REJECTS,
	OPT_ESCALATION, OPT_HASH, OPT_NEW_KEY
};

#define SHORTOPTS	"d:hk:M:o:qstT:u:Vz"

static const struct option longopts[] = {
	{ "agent-map",		required_argument,	NULL, OPT_AGENT_MAP },
	{ "decimal-comma",	no_argument,		NULL, OPT_DECIMAL },
	{ "delimiter",		required_argument,	NULL, 'd' },
	{ "escalation-queues",	required_argument,	NULL, OPT_ESCALATION },
	{ "from",		required_argument,	NULL, OPT_FROM },
	CLI_LONG_GZIP,
	{ "hash-customer",	required_argument,	NULL, OPT_HASH },
	CLI_LONG_HELP,
	{ "kind",		required_argument,	NULL, 'k' },
	{ "map",		required_argument,	NULL, OPT_MAP },
	{ "map-file",		required_argument,	NULL, 'M' },
	CLI_LONG_MAX_RECORD,
	{ "new-hash-key",	required_argument,	NULL, OPT_NEW_KEY },
	CLI_LONG_OUTPUT,
	CLI_LONG_PROGRESS,
	CLI_LONG_QUIET,
	CLI_LONG_RAW_TEXT,
	{ "rejects",		required_argument,	NULL, OPT_REJECTS },
	CLI_LONG_STRICT,
	CLI_LONG_TSV,
	CLI_LONG_TZ,
	{ "units",		required_argument,	NULL, 'u' },
	{ NULL,			0,			NULL, 0 }
};

/* What the option parser collects besides the engine's options. */
struct args {
	struct ingest_opts	 o;
	struct cli_in		*in;		/* -M, --agent-map, the key */
	size_t			 nin;
	const char		*new_key;	/* --new-hash-key */
};

static void
on_opt(void *arg, int ch, const char *optarg)
{
	struct args *a = arg;
	struct ingest_opts *o = &a->o;
	const char *const *pp;

	if (ch == 'M' || ch == OPT_AGENT_MAP || ch == OPT_HASH) {
		a->in = xreallocarray(a->in, a->nin + 1, sizeof(*a->in));
		a->in[a->nin].what = ch == 'M' ? "map file" :
		    ch == OPT_HASH ? "hash key" : "agent map";
		a->in[a->nin++].path = optarg;
	}

	switch (ch) {
	case 'd':
		if (strcmp(optarg, "tab") == 0 || strcmp(optarg, "\\t") == 0 ||
		    strcmp(optarg, "\t") == 0)
			o->delim = '\t';
		else if (strcmp(optarg, ",") == 0 || strcmp(optarg, ";") == 0)
			o->delim = optarg[0];
		else
			usage_error("invalid delimiter '%s': use ',', ';' or "
			    "'tab'", optarg);
		break;
	case 'k':
		if (!ev_kind_valid(optarg, strlen(optarg)))
			usage_error("unknown event kind '%s'", optarg);
		o->kind = optarg;
		break;
	case 'M':
		if (ingest_map_file(o, optarg) == -1)
			emp_die_reported(EXIT_USAGE);
		break;
	case 'u':
		if (strcmp(optarg, "s") == 0)
			o->conv.unit = DUR_S;
		else if (strcmp(optarg, "ms") == 0)
			o->conv.unit = DUR_MS;
		else if (strcmp(optarg, "min") == 0)
			o->conv.unit = DUR_MIN;
		else if (strcmp(optarg, "h") == 0)
			o->conv.unit = DUR_H;
		else
			usage_error("invalid unit '%s': use s, ms, min or h",
			    optarg);
		break;
	case OPT_AGENT_MAP:
		o->agent_map = optarg;
		break;
	case OPT_DECIMAL:
		o->conv.decimal_comma = 1;
		break;
	case OPT_FROM:
		for (pp = ingest_profiles; *pp != NULL; pp++)
			if (strcmp(*pp, optarg) == 0)
				break;
		if (*pp == NULL)
			usage_error("unknown profile '%s'", optarg);
		o->from = optarg;
		break;
	case OPT_MAP:
		if (ingest_map_add(o, optarg, "--map") == -1)
			usage_hint();
		break;
	case OPT_REJECTS:
		o->rejects = optarg;
		break;
	case OPT_ESCALATION:
		if (ingest_escalation_queues(o, optarg) == -1)
			usage_hint();
		break;
	case OPT_HASH:
		if (ingest_hash_key_load(o, optarg) == -1)
			emp_die_reported(EXIT_FAIL);
		break;
	case OPT_NEW_KEY:
		a->new_key = optarg;
		break;
	}
}

/* Do two paths name one file ("-" is standard output)? */
static int
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	if (strcmp(a, b) == 0)
		return 1;
	if ((strcmp(a, "-") == 0 ? fstat(1, &sa) : stat(a, &sa)) == -1 ||
	    (strcmp(b, "-") == 0 ? fstat(1, &sb) : stat(b, &sb)) == -1)
		return 0;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino &&
	    S_ISREG(sa.st_mode);
}

int
main(int argc, char *argv[])
{
	static struct args a;
	struct ingest_opts *o = &a.o;
	int status;

	emp_init(argv[0]);
	o->maxwarn = 100;
	if (cli_parse(&o->cli, &argc, &argv, SHORTOPTS, longopts, on_opt,
	    &a, help) == -1) {
		ingest_opts_free(o);
		free(a.in);
		return o->cli.status;
	}
	if (a.new_key != NULL) {
		if (argc > 0 || o->cli.output != NULL || o->hash_customer)
			usage_error("--new-hash-key makes a key and reads "
			    "nothing: give it alone");
		status = ingest_hash_key_new(a.new_key) == -1 ? EXIT_FAIL :
		    EXIT_OK;
		ingest_opts_free(o);
		free(a.in);
		return status;
	}
	if (o->kind != NULL && (o->nmaps == 0 || o->from != NULL))
		usage_error("--kind applies to files read through --map alone");
	if ((o->conv.tz = tz_init(o->cli.tz)) == NULL)
		usage_error("unknown time zone '%s'", o->cli.tz);
	if (o->rejects != NULL && strcmp(o->rejects, "-") == 0)
		usage_error("--rejects needs a file: standard output holds "
		    "the events");
	if (o->rejects != NULL && same_file(o->rejects,
	    o->cli.output != NULL ? o->cli.output : "-"))
		usage_error("--rejects and the output are the same file");
	cli_check_output("-o", o->cli.output, argc, argv, a.in, a.nin);
	cli_check_output("--rejects", o->rejects, argc, argv, a.in, a.nin);
	free(a.in);

	status = ingest_run(o, argc, argv);
	ingest_opts_free(o);
	return status;
}
