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

/* Every agent's scorecard into dir: EXIT_OK, EXIT_FAIL when one could
 * not be written, or -1 when dir could not be made (reported). */
static int
split(struct report *r, const struct render_opts *ro, const char *dir,
    int quiet)
{
	static const char *const ext[] = { "txt", "md", "html" };
	struct strbuf path = { 0 };
	const char **names;
	size_t i, n;
	int status = EXIT_OK;

	if (mkdir(dir, 0777) == -1 && errno != EEXIST) {
		emp_warnerr("%s", dir);
		return -1;
	}
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
	    (i = split(r, &ro, o->split, o->cli.quiet)) != EXIT_OK) {
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
