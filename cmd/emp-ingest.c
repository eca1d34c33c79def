/*
 * emp-ingest: real exports in, one normalised event stream out.
 */
#include <sys/stat.h>

#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "ingest.h"

static void
usage(int status)
{
	FILE *f = status == EXIT_OK ? stdout : stderr;

	if (status != EXIT_OK) {
		fprintf(f, "Try '%s --help' for more information.\n",
		    progname);
		exit(status);
	}
	fprintf(f,
"usage: %s [-qstz] [-a agentmap] [-d delim] [-f profile] [-k kind]\n"
"       [-M mapfile] [-m column=source] [-o file] [-r rejects] [-T zone]\n"
"       [-u unit] [--decimal-comma] [file ...]\n"
"\n"
"Turns call-center exports into one event stream (emp-events(5)).\n"
"\n"
"  -f, --from PROFILE      amazon-connect, genesys, zendesk, five9, talkdesk,\n"
"                          qa, pulse, roster, decisions or events\n"
"                          (default: recognised from the header)\n"
"  -m, --map COL=SOURCE    read event column COL from column SOURCE\n"
"  -M, --map-file FILE     COL=SOURCE lines ('#' starts a comment)\n"
"  -k, --kind KIND         event kind of a file read through --map\n"
"  -u, --units UNIT        durations in s, ms, min or h for mapped columns\n"
"  -a, --agent-map FILE    CSV alias,agent,team: one name per agent\n"
"  -T, --tz ZONE           zone of times without an offset (default UTC)\n"
"      --decimal-comma     read 87,5 and 1.234,50\n"
"  -d, --delimiter C       input delimiter ',' ';' or 'tab' (default: detect)\n"
"  -r, --rejects FILE      write rejected rows to FILE (src,error,raw)\n"
"  -s, --strict            exit 1 if any row was rejected\n"
"  -q, --quiet             no summary line on stderr\n"
"  -o, --output FILE       write to FILE instead of standard output\n"
"  -t, --tsv               write TSV\n"
"  -z, --gzip              compress the output with gzip\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n",
	    progname);
	exit(emp_exit_stdout());
}

static const struct option longopts[] = {
	{ "agent-map",		required_argument,	NULL, 'a' },
	{ "decimal-comma",	no_argument,		NULL, 'C' },
	{ "delimiter",		required_argument,	NULL, 'd' },
	{ "from",		required_argument,	NULL, 'f' },
	{ "help",		no_argument,		NULL, 'h' },
	{ "kind",		required_argument,	NULL, 'k' },
	{ "map",		required_argument,	NULL, 'm' },
	{ "map-file",		required_argument,	NULL, 'M' },
	{ "output",		required_argument,	NULL, 'o' },
	{ "quiet",		no_argument,		NULL, 'q' },
	{ "rejects",		required_argument,	NULL, 'r' },
	{ "strict",		no_argument,		NULL, 's' },
	{ "tsv",		no_argument,		NULL, 't' },
	{ "tz",			required_argument,	NULL, 'T' },
	{ "units",		required_argument,	NULL, 'u' },
	{ "version",		no_argument,		NULL, 'V' },
	{ "gzip",		no_argument,		NULL, 'z' },
	{ NULL,			0,			NULL, 0 }
};

struct maps {
	struct ingest_map	*v;
	size_t			 n;
};

/* COL=SOURCE; where says where it came from, for messages. */
static int
map_add(struct maps *m, const char *spec, const char *where)
{
	const char *eq = strchr(spec, '=');
	char name[64];
	size_t len;
	int col;

	if (eq == NULL || eq == spec || eq[1] == '\0')
		return emp_warn("%s: expected COLUMN=SOURCE, got '%s'", where,
		    spec), -1;
	len = (size_t)(eq - spec);
	while (len > 0 && (spec[len - 1] == ' ' || spec[len - 1] == '\t'))
		len--;
	if (len >= sizeof(name))
		len = sizeof(name) - 1;
	memcpy(name, spec, len);
	name[len] = '\0';
	if ((col = ev_col_lookup(name)) < 0 || col == EV_SRC ||
	    col == EV_CHALLENGE)
		return emp_warn("%s: '%s' is not an event column that can be "
		    "mapped", where, name), -1;
	for (eq++; *eq == ' ' || *eq == '\t'; eq++)
		;
	m->v = xreallocarray(m->v, m->n + 1, sizeof(*m->v));
	m->v[m->n].col = col;
	m->v[m->n].src = xstrdup(eq);
	m->n++;
	return 0;
}

static void
map_file(struct maps *m, const char *path)
{
	FILE *f;
	char *line = NULL, where[4096];
	size_t cap = 0, len;
	ssize_t n;
	unsigned long lineno = 0;

	if ((f = fopen(path, "r")) == NULL)
		emp_dieerr(EXIT_USAGE, "%s", path);
	while ((n = getline(&line, &cap, f)) != -1) {
		lineno++;
		len = (size_t)n;
		while (len > 0 && (line[len - 1] == '\n' ||
		    line[len - 1] == '\r' || line[len - 1] == ' ' ||
		    line[len - 1] == '\t'))
			line[--len] = '\0';
		if (len == 0 || line[strspn(line, " \t")] == '#')
			continue;
		snprintf(where, sizeof(where), "%s:%lu", path, lineno);
		if (map_add(m, line + strspn(line, " \t"), where) == -1) {
			free(line);
			fclose(f);
			exit(EXIT_USAGE);
		}
	}
	if (ferror(f))
		emp_dieerr(EXIT_USAGE, "%s", path);
	free(line);
	fclose(f);
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
	struct ingest_opts o;
	struct maps maps = { NULL, 0 };
	struct output out, rej;
	struct ingest *g;
	struct strbuf sb = { 0 };
	const char *outpath = NULL, *rejpath = NULL, *tzname = NULL;
	const char *const *pp;
	int ch, quiet = 0, strict = 0, tsv = 0, gz = 0, i;
	int status = EXIT_OK;
	size_t k;

	emp_init(argv[0]);
	argv[0] = (char *)(uintptr_t)progname;	/* for getopt's messages */
	memset(&o, 0, sizeof(o));
	o.maxwarn = 100;
	while ((ch = getopt_long(argc, argv, "a:d:f:hk:M:m:o:qr:stT:u:Vz",
	    longopts, NULL)) != -1) {
		switch (ch) {
		case 'a':
			o.agent_map = optarg;
			break;
		case 'C':
			o.conv.decimal_comma = 1;
			break;
		case 'd':
			if (strcmp(optarg, "tab") == 0 ||
			    strcmp(optarg, "\\t") == 0 ||
			    strcmp(optarg, "\t") == 0)
				o.delim = '\t';
			else if (strcmp(optarg, ",") == 0 ||
			    strcmp(optarg, ";") == 0)
				o.delim = optarg[0];
			else
				usage_error("invalid delimiter '%s': use ',', "
				    "';' or 'tab'", optarg);
			break;
		case 'f':
			for (pp = ingest_profiles; *pp != NULL; pp++)
				if (strcmp(*pp, optarg) == 0)
					break;
			if (*pp == NULL)
				usage_error("unknown profile '%s'", optarg);
			o.from = optarg;
			break;
		case 'h':
			usage(EXIT_OK);
			break;
		case 'k':
			if (!ev_kind_valid(optarg, strlen(optarg)))
				usage_error("unknown event kind '%s'", optarg);
			o.kind = optarg;
			break;
		case 'M':
			map_file(&maps, optarg);
			break;
		case 'm':
			if (map_add(&maps, optarg, "--map") == -1)
				usage(EXIT_USAGE);
			break;
		case 'o':
			outpath = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'r':
			rejpath = optarg;
			break;
		case 's':
			strict = 1;
			break;
		case 'T':
			tzname = optarg;
			break;
		case 't':
			tsv = 1;
			break;
		case 'u':
			if (strcmp(optarg, "s") == 0)
				o.conv.unit = DUR_S;
			else if (strcmp(optarg, "ms") == 0)
				o.conv.unit = DUR_MS;
			else if (strcmp(optarg, "min") == 0)
				o.conv.unit = DUR_MIN;
			else if (strcmp(optarg, "h") == 0)
				o.conv.unit = DUR_H;
			else
				usage_error("invalid unit '%s': use s, ms, "
				    "min or h", optarg);
			break;
		case 'V':
			printf("%s %s\n", progname, EMP_VERSION);
			return emp_exit_stdout();
		case 'z':
			gz = 1;
			break;
		default:
			usage(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (o.kind != NULL && (maps.n == 0 || o.from != NULL))
		usage_error("--kind applies to files read through --map alone");
	if ((o.conv.tz = tz_init(tzname)) == NULL)
		usage_error("unknown time zone '%s'", tzname);
	if (rejpath != NULL && strcmp(rejpath, "-") == 0)
		usage_error("--rejects needs a file: standard output holds "
		    "the events");
	if (rejpath != NULL && same_file(rejpath,
	    outpath != NULL ? outpath : "-"))
		usage_error("--rejects and the output are the same file");
	o.maps = maps.v;
	o.nmaps = maps.n;

	output_open(&out, outpath, tsv ? '\t' : ',', gz ? CSVW_GZIP : 0);
	if (rejpath != NULL)
		output_open(&rej, rejpath, ',', 0);
	if ((g = ingest_new(&o, &out.w, rejpath != NULL ? &rej.w : NULL)) ==
	    NULL)
		emp_die_reported(EXIT_FAIL);	/* removes the temp files */
	ingest_prepare(g, argv, (size_t)argc);
	if (argc == 0) {
		if (ingest_file(g, "-") == -1)
			status = EXIT_FAIL;
	}
	for (i = 0; i < argc; i++)
		if (ingest_file(g, argv[i]) == -1)
			status = EXIT_FAIL;
	ingest_finish(g);
	if (strict && ingest_rejected(g) > 0)
		status = EXIT_FAIL;
	if (!quiet) {
		ingest_summary(g, &sb);
		emp_warn("%s", sb_str(&sb));
		sb_free(&sb);
	}
	ingest_free(g);
	if (rejpath != NULL && output_commit(&rej) == -1)
		status = EXIT_FAIL;
	if (output_commit(&out) == -1)
		status = EXIT_FAIL;
	for (k = 0; k < maps.n; k++)
		free(maps.v[k].src);
	free(maps.v);
	tz_free(o.conv.tz);
	return status;
}
