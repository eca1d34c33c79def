/*
 * report_run.c: emp-report after its options (report.h): the reads, the
 * document, the scorecards of --split and the output.
 */
#include <sys/ioctl.h>
#include <sys/stat.h>

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "csvio.h"
#include "emp.h"
#include "report.h"

/* The terminal's width when stdout is one (COLUMNS, else the terminal
 * driver's), else 80. */
static int
term_width(void)
{
	struct winsize ws;
	const char *c;
	char *end;
	long w;

	if (!isatty(STDOUT_FILENO))
		return 80;
	if ((c = getenv("COLUMNS")) != NULL && *c != '\0') {
		errno = 0;
		w = strtol(c, &end, 10);
		if (*end == '\0' && errno == 0 && w >= 1 && w <= 10000)
			return (int)w;
	}
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

/* The longest encoded name kept as a file name (bytes, before the
 * extension); a longer one is named by its place instead. */
#define CARD_NAME_MAX	200

/*
 * A scorecard's file name, reversible and collision-free: every byte of
 * the agent's name but a-z, 0-9, '_', and a '.' or '-' that is not the
 * first (a name never looks like an option or a hidden file) is written
 * %XX (upper-case hex; capitals too, so that two names
 * differing in case differ on a file system that ignores case); a name
 * whose encoding is longer than CARD_NAME_MAX bytes is named ~N, its
 * place among the agents (a '~' is always encoded, so no other name can
 * be that).  index.csv in the directory maps every name to its file.
 */
static void
card_name(struct strbuf *sb, const char *name, size_t place)
{
	static const char hex[] = "0123456789ABCDEF";
	const char *p;
	size_t start = sb->len;

	for (p = name; *p != '\0'; p++) {
		int c = (unsigned char)*p;

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '_' || ((c == '.' || c == '-') && p != name))
			sb_addc(sb, c);
		else {
			sb_addc(sb, '%');
			sb_addc(sb, hex[c >> 4]);
			sb_addc(sb, hex[c & 15]);
		}
		if (sb->len - start > CARD_NAME_MAX) {
			sb->len = start;
			sb_printf(sb, "~%zu", place + 1);
			return;
		}
	}
}

/* The name of a file that path names in directory dir (resolved), or
 * NULL when its directory is another. */
static const char *
entry_in(const char *path, const char *dir)
{
	const char *base = strrchr(path, '/');
	char *pd, *rp, *rd;
	int same;

	pd = base == NULL ? xstrdup(".") : base == path ? xstrdup("/") :
	    xstrndup(path, (size_t)(base - path));
	rp = realpath(pd, NULL);
	rd = realpath(dir, NULL);
	same = rp != NULL && rd != NULL && strcmp(rp, rd) == 0;
	free(pd);
	free(rp);
	free(rd);
	return same ? (base != NULL ? base + 1 : path) : NULL;
}

/*
 * Every agent's scorecard into dir, and index.csv (agent,file):
 * EXIT_OK, EXIT_FAIL when one could not be written, or -1 when dir could
 * not be made (reported).  First, before anything is written, no file of
 * the split may be an input (argv, goals, ledger, roster) or the -o
 * output, made or not: that ends the program (status 2).
 */
static int
split(struct report *r, const struct render_opts *ro, const char *dir,
    int quiet, const struct report_run_opts *o, int argc, char **argv)
{
	static const char *const ext[] = { "txt", "md", "html" };
	struct cli_in in[4] = { { "ledger", NULL }, { "roster", NULL },
	    { "goals", NULL }, { "output (-o)", NULL } };
	struct strbuf path = { 0 };
	struct output idx;
	struct stat st;
	const char **names, *onew = NULL;
	char **files;
	size_t i, n;
	int status = EXIT_OK;

	if (mkdir(dir, 0777) == -1 && errno != EEXIST) {
		emp_warnerr("%s", dir);
		return -1;
	}
	in[0].path = o->ledger;
	in[1].path = o->roster;
	in[2].path = o->goals;
	in[3].path = o->cli.output;
	/* an -o not made yet is this name in dir, if in dir at all */
	if (o->cli.output != NULL && strcmp(o->cli.output, "-") != 0 &&
	    stat(o->cli.output, &st) == -1)
		onew = entry_in(o->cli.output, dir);
	n = report_agents(r, &names);
	files = xcalloc(n + 1, sizeof(*files));
	for (i = 0; i <= n; i++) {
		path.len = 0;
		if (i < n) {
			card_name(&path, names[i], i);
			sb_printf(&path, ".%s", ext[ro->fmt]);
		} else
			sb_adds(&path, "index.csv");
		files[i] = xstrdup(sb_str(&path));
		if (onew != NULL && strcmp(onew, files[i]) == 0)
			emp_die(EXIT_USAGE, "--split %s/%s is the output -o %s: "
			    "give -o another name", dir, files[i],
			    o->cli.output);
		path.len = 0;
		sb_printf(&path, "%s/%s", dir, files[i]);
		cli_check_output("--split", sb_str(&path), argc, argv, in, 4);
	}
	/* path: dir/index.csv */
	output_open(&idx, sb_str(&path), ',', 0);
	csv_writer_str(&idx.w, "agent");
	csv_writer_str(&idx.w, "file");
	csv_writer_endrow(&idx.w);
	for (i = 0; i < n; i++) {
		struct rdoc doc = { 0 };

		report_agent(r, names[i], &doc);
		path.len = 0;
		sb_printf(&path, "%s/%s", dir, files[i]);
		if (write_doc(&doc, ro, sb_str(&path)) == -1)
			status = EXIT_FAIL;
		csv_writer_str(&idx.w, names[i]);
		csv_writer_str(&idx.w, files[i]);
		csv_writer_endrow(&idx.w);
		rdoc_free(&doc);
	}
	if (output_commit(&idx) == -1)
		status = EXIT_FAIL;
	if (!quiet)
		emp_warn("%zu scorecards written to %s%s", n, dir,
		    dir[0] != '\0' && dir[strlen(dir) - 1] == '/' ? "" : "/");
	for (i = 0; i <= n; i++)
		free(files[i]);
	free(files);
	sb_free(&path);
	return status;
}

static int
read_input(void *arg, const char *path)
{
	return report_read(arg, path);
}

int
report_run(const struct report_run_opts *o, int argc, char *argv[])
{
	struct render_opts ro = { FMT_TEXT, 0, 0 };
	struct rdoc doc = { 0 };
	struct report *r;
	const char *nc;
	int i, status = EXIT_OK;

	ro.fmt = o->fmt;
	ro.width = o->width;
	if (ro.width == 0)
		ro.width = o->cli.output == NULL ? term_width() : 80;
	nc = getenv("NO_COLOR");
	ro.color = o->cli.output == NULL && isatty(STDOUT_FILENO) &&
	    (nc == NULL || *nc == '\0');

	r = report_new(&o->report);
	if (o->goals != NULL && report_read_goals(r, o->goals) == -1)
		status = EXIT_FAIL;
	if (o->ledger != NULL && (i = report_read_ledger(r, o->ledger,
	    o->roster)) < 0) {
		if (i == -2) {
			report_free(r);
			return EXIT_BUSY;
		}
		status = EXIT_FAIL;
	}
	if (cli_each_input(argc, argv, read_input, r) != EXIT_OK)
		status = EXIT_FAIL;
	if (status != EXIT_OK) {
		report_free(r);
		emp_warn("nothing written: the inputs could not all be read");
		return EXIT_FAIL;
	}
	if (report_prepare(r) == -1) {
		report_free(r);
		return EXIT_FAIL;
	}
	if (o->agent != NULL) {
		if (report_agent(r, o->agent, &doc) == -1) {
			rdoc_free(&doc);
			report_free(r);
			emp_warn("agent '%s' is in neither the scores nor the "
			    "tiers", o->agent);
			return EXIT_FAIL;
		}
	} else if (o->team != NULL) {
		if (report_team_of(r, o->team, &doc) == -1) {
			report_free(r);
			emp_warn("no team '%s' in the scores", o->team);
			return EXIT_USAGE;
		}
	} else
		report_team(r, &doc);
	if (o->split != NULL &&
	    (i = split(r, &ro, o->split, o->cli.quiet, o, argc, argv)) !=
	    EXIT_OK) {
		if (i == -1) {
			rdoc_free(&doc);
			report_free(r);
			return EXIT_FAIL;
		}
		status = EXIT_FAIL;
	}
	if (write_doc(&doc, &ro, o->cli.output) == -1)
		status = EXIT_FAIL;
	rdoc_free(&doc);
	status = cli_finish(&o->cli, status, report_rejected(r), NULL);
	report_free(r);
	return status;
}
