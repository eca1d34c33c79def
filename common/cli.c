/*
 * cli.c: the option parsing, input loop and ending the five commands
 * share (cli.h).
 */
#include <sys/stat.h>

#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvio.h"
#include "emp.h"
#include "progress.h"

int
cli_parse(struct cli *c, int *argcp, char ***argvp, const char *optstring,
    const struct option *longopts,
    void (*opt)(void *arg, int ch, const char *optarg), void *arg,
    void (*help)(void))
{
	char **argv = *argvp;
	const char *env;
	const struct option *lo;
	size_t max = 0;
	int ch, argc = *argcp, have_max = 0;

	memset(c, 0, sizeof(*c));
	argv[0] = (char *)(uintptr_t)progname;	/* for getopt's messages */
	while ((ch = getopt_long(argc, argv, optstring, longopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 'h':
			help();
			c->status = emp_exit_stdout();
			return -1;
		case 'V':
			printf("%s %s\n", progname, EMP_VERSION);
			c->status = emp_exit_stdout();
			return -1;
		case 'o':
			c->output = optarg;
			break;
		case 'q':
			c->quiet = 1;
			break;
		case 's':
			c->strict = 1;
			break;
		case 'T':
			c->tz = optarg;
			break;
		case 't':
			c->tsv = 1;
			break;
		case 'z':
			c->gzip = 1;
			break;
		case CLI_OPT_RAW_TEXT:
			c->raw_text = 1;
			break;
		case CLI_OPT_PROGRESS:
			c->progress = 1;
			break;
		case CLI_OPT_MAX_RECORD:
			if (csv_parse_size(optarg, &max) == -1)
				usage_error("invalid --max-record '%s': use a "
				    "number of bytes from 1 to %d, or with K, "
				    "M or G", optarg, CSV_MAX_RECORD_MAX);
			have_max = 1;
			break;
		case '?':
		case ':':
			usage_hint();
		}
		opt(arg, ch, optarg);
	}
	if (have_max)
		csv_set_max_record(max);
	else
		(void)csv_max_record();	/* a bad EMP_MAX_RECORD: usage, now */
	if ((env = getenv("EMP_RAW_TEXT")) != NULL && strcmp(env, "1") == 0)
		c->raw_text = 1;
	else if (env != NULL && *env != '\0' && strcmp(env, "0") != 0)
		usage_error("invalid EMP_RAW_TEXT '%s': use 1 or 0", env);
	csv_set_raw_text(c->raw_text);
	for (lo = longopts; lo->name != NULL; lo++)
		if (lo->val == CLI_OPT_PROGRESS)
			progress_init(c->progress);
	*argcp = argc - optind;
	*argvp = argv + optind;
	return 0;
}

void
cli_output_open(const struct cli *c, struct output *out)
{
	output_open(out, c->output, c->tsv ? '\t' : ',',
	    c->gzip ? CSVW_GZIP : 0);
}

/* Ends the program when path (what it is) is the file *so, the output
 * that out names ("-o x.csv", "standard output"). */
static void
check_one(const char *out, const struct stat *so, const char *what,
    const char *path)
{
	struct stat st;
	int in = strcmp(path, "-") == 0;

	if ((in ? fstat(0, &st) : stat(path, &st)) == -1 ||
	    st.st_dev != so->st_dev || st.st_ino != so->st_ino)
		return;
	if (in)
		emp_die(EXIT_USAGE, "%s is standard input: an output never "
		    "replaces an input", out);
	emp_die(EXIT_USAGE, "%s is the %s %s: an output never replaces "
	    "an input", out, what, path);
}

void
cli_check_output(const char *opt, const char *out, int argc,
    char *const argv[], const struct cli_in *in, size_t nin)
{
	struct stat so;
	struct strbuf who = { 0 };
	size_t k;
	int i;

	if (out == NULL || strcmp(out, "-") == 0) {
		/* standard output appended to an input (>>) would read its
		 * own output back without end, as cat says */
		if (fstat(1, &so) == -1 || !S_ISREG(so.st_mode))
			return;
		sb_adds(&who, "standard output");
	} else {
		if (stat(out, &so) == -1 || !S_ISREG(so.st_mode))
			return;
		sb_printf(&who, "%s %s", opt, out);
	}
	if (argv != NULL && argc == 0)
		check_one(sb_str(&who), &so, "input", "-");
	for (i = 0; argv != NULL && i < argc; i++)
		check_one(sb_str(&who), &so, "input", argv[i]);
	for (k = 0; k < nin; k++)
		if (in[k].path != NULL)
			check_one(sb_str(&who), &so, in[k].what, in[k].path);
	sb_free(&who);
}

int
cli_each_input(int argc, char *const argv[],
    int (*fn)(void *arg, const char *path), void *arg)
{
	const char *path;
	int i, status = EXIT_OK;

	for (i = 0; i < argc || (argc == 0 && i == 0); i++) {
		path = argc == 0 ? "-" : argv[i];
		progress_file(path);
		if (fn(arg, path) == -1)
			status = EXIT_FAIL;
		progress_file_done();
	}
	progress_end();
	return status;
}

int
cli_finish(const struct cli *c, int status, uint64_t rejected,
    struct strbuf *summary)
{
	if (c->strict && rejected > 0)
		status = EXIT_FAIL;
	if (summary != NULL) {
		if (!c->quiet)
			emp_warn("%s", sb_str(summary));
		sb_free(summary);
	}
	return status;
}

long
cli_whole(const char *opt, const char *s, long max)
{
	char *end;
	long v;

	v = strtol(s, &end, 10);
	if (end == s || *end != '\0' || v < 0 || v > max)
		usage_error("invalid %s '%s': use a whole number from 0 to %ld",
		    opt, s, max);
	return v;
}
