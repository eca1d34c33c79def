/*
 * cli.h: what the five commands' option parsers share, written once: the
 * common options, --help and --version, the loop over the input files and
 * the end every command shares (--strict, the summary line, committing the
 * output).
 *
 * A command is an options struct, one option parser and one engine call:
 *
 *	emp_init(argv[0]);
 *	if (cli_parse(&o.cli, &argc, &argv, SHORTOPTS, longopts, on_opt,
 *	    &o, help) == -1)
 *		return o.cli.status;		(--help or --version)
 *	...check what the options say together...
 *	return X_run(&o, argc, argv);
 *
 * Short options have one meaning in every command (emp(7), OPTIONS):
 *
 *	-a agent	-b by		-d delimiter	-e events
 *	-f format	-g group	-h help		-k kind
 *	-l ledger	-m min-n	-M map-file	-n periods
 *	-o output	-p policy	-q quiet	-r roster
 *	-s strict	-t tsv		-T tz		-u units
 *	-V version	-w weights	-z gzip
 *
 * Every other option is long only.  CLI_SHORT_CHECK() in a test keeps a
 * command's optstring to these letters.
 *
 * --raw-text (CLI_LONG_RAW_TEXT, long only, in the commands that write
 * CSV) and EMP_RAW_TEXT=1 turn the writers' spreadsheet marks off
 * (csvio.h, csv_set_raw_text()).
 */
#ifndef CLI_H
#define CLI_H

#include <getopt.h>
#include <stdint.h>

#include "csvio.h"
#include "emp.h"

/* The common options; a command takes those its optstring names. */
struct cli {
	const char	*output;	/* -o FILE; NULL: standard output */
	const char	*tz;		/* -T ZONE; NULL: UTC */
	int		 tsv;		/* -t */
	int		 gzip;		/* -z */
	int		 quiet;		/* -q: no summary line */
	int		 strict;	/* -s: rejected rows fail the run */
	int		 raw_text;	/* --raw-text or EMP_RAW_TEXT=1 */
	int		 progress;	/* --progress: the line forced */
	/* the inputs' header, given (--header; csv_header_given()): NULL,
	 * or the command's to set and free */
	struct csv_record *header;
	int		 status;	/* exit status when cli_parse() said done */
};

/* The long forms of the common options, for a command's longopts[]. */
#define CLI_LONG_HELP		{ "help",	no_argument,	   NULL, 'h' }, \
				{ "version",	no_argument,	   NULL, 'V' }
#define CLI_LONG_OUTPUT		{ "output",	required_argument, NULL, 'o' }
#define CLI_LONG_TSV		{ "tsv",	no_argument,	   NULL, 't' }
#define CLI_LONG_GZIP		{ "gzip",	no_argument,	   NULL, 'z' }
#define CLI_LONG_QUIET		{ "quiet",	no_argument,	   NULL, 'q' }
#define CLI_LONG_STRICT		{ "strict",	no_argument,	   NULL, 's' }
#define CLI_LONG_TZ		{ "tz",		required_argument, NULL, 'T' }
/* Long only: its code is no letter, above every command's own. */
#define CLI_OPT_RAW_TEXT	0x1000
#define CLI_LONG_RAW_TEXT	{ "raw-text",	no_argument,	   NULL, \
				  CLI_OPT_RAW_TEXT }
/* --max-record SIZE (long only, every command): the longest record read
 * (csvio.h, csv_max_record()); it overrides EMP_MAX_RECORD. */
#define CLI_OPT_MAX_RECORD	0x1001
#define CLI_LONG_MAX_RECORD	{ "max-record",	required_argument, NULL, \
				  CLI_OPT_MAX_RECORD }

/* --progress (long only, the commands that stream files: emp-ingest and
 * emp-score): the progress line forced (progress.h).  A command whose
 * longopts has it gets the line on a terminal without it too. */
#define CLI_OPT_PROGRESS	0x1002
#define CLI_LONG_PROGRESS	{ "progress",	no_argument,	   NULL, \
				  CLI_OPT_PROGRESS }

/*
 * Parses *argv with getopt_long.  The common options (those of the letters
 * above that optstring names: o t z q s T, and --raw-text when longopts
 * has it) are kept in *c, and then every
 * option but -h and -V goes to opt(arg, ch, optarg), which stores it (or
 * ends the program with usage_error()) and ignores the common ones it has
 * no more to do with.  An unknown option or a missing argument: getopt's
 * message, "Try 'prog --help'", exit 2.  EMP_RAW_TEXT is read after the
 * options: "1" is --raw-text, unset, empty or "0" nothing, anything else a
 * usage error ("invalid EMP_RAW_TEXT 'x': use 1 or 0"); raw text, either
 * way, is set for the process (csv_set_raw_text()).  When longopts has
 * --progress, progress_init() is called (forced when it was given).
 * Returns 0 with
 * *argc and *argv past the options (the operands), or -1 when the
 * program is done (--help or --version printed; c->status is its exit
 * status).  help() prints the full usage on stdout.
 */
int	cli_parse(struct cli *c, int *argc, char ***argv, const char *optstring,
	    const struct option *longopts,
	    void (*opt)(void *arg, int ch, const char *optarg), void *arg,
	    void (*help)(void));

/* Opens -o (or standard output) as CSV, or TSV with -t, gzip with -z. */
void	cli_output_open(const struct cli *, struct output *);

/*
 * An output never replaces an input.  A file a command reads besides its
 * operands, for cli_check_output(): what it is ("ledger", "roster", ...)
 * and its path (NULL: none; "-": standard input).
 */
struct cli_in {
	const char	*what;
	const char	*path;
};

/*
 * Called before anything is read or written: ends the program with status
 * 2 (usage) and one line when the output out of option opt ("-o",
 * "--rejects") is the same regular file, by device and inode through
 * symbolic links, as an operand argv[0..argc) (none, argc 0: standard
 * input; argv NULL: the command reads no operands) or as in[0..nin):
 *
 *	PROG: -o x.csv is the input x.csv: an output never replaces an input
 *	PROG: -o l.csv is the ledger l.csv: an output never replaces an input
 *	PROG: -o x.csv is standard input: an output never replaces an input
 *
 * Standard output (out NULL or "-"), an output that does not exist yet or
 * is not a regular file, and an input that cannot be found pass (opening
 * them says what is wrong).
 */
void	cli_check_output(const char *opt, const char *out, int argc,
	    char *const argv[], const struct cli_in *in, size_t nin);

/*
 * Calls fn(arg, path) for every input path, or for "-" (standard input)
 * when there is none; EXIT_FAIL when any call returned -1, else EXIT_OK.
 * Each path is the progress line's current file while fn reads it
 * (progress_file()), and the line ends after the last (progress_end()).
 */
int	cli_each_input(int argc, char *const argv[],
	    int (*fn)(void *arg, const char *path), void *arg);

/*
 * The end every command shares: status, made EXIT_FAIL under --strict
 * when rows were rejected; the summary line on stderr unless --quiet
 * (summary may be NULL: none; it is freed).  Returns the status.
 */
int	cli_finish(const struct cli *, int status, uint64_t rejected,
	    struct strbuf *summary);

/*
 * A whole number from 0 to max ("--window 14"); anything else is a usage
 * error: "invalid OPT 'S': use a whole number from 0 to MAX".
 */
long	cli_whole(const char *opt, const char *s, long max);

#endif
