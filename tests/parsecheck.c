/*
 * parsecheck: the field parsers from the command line, for tests.
 *
 *   parsecheck [-c] [-T zone] [-u s|ms|min|h] TYPE < values
 *
 * TYPE is time, duration, bool, count, money (a number), csat or qa.  Each
 * input line is one value; each output line is the value, a tab, and the
 * canonical form, "(unknown)" or "error: why".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emp.h"
#include "events.h"

int
main(int argc, char *argv[])
{
	struct ev_conv conv;
	char *line = NULL, out[EV_VALMAX], err[512];
	size_t cap = 0, len;
	ssize_t n;
	const char *tzname = NULL;
	enum ev_type type;
	int ch, col, k;

	emp_init(argv[0]);
	memset(&conv, 0, sizeof(conv));
	while ((ch = getopt(argc, argv, "cT:u:")) != -1) {
		switch (ch) {
		case 'c':
			conv.decimal_comma = 1;
			break;
		case 'T':
			tzname = optarg;
			break;
		case 'u':
			conv.unit = strcmp(optarg, "ms") == 0 ? DUR_MS :
			    strcmp(optarg, "min") == 0 ? DUR_MIN :
			    strcmp(optarg, "h") == 0 ? DUR_H : DUR_S;
			break;
		default:
			return EXIT_USAGE;
		}
	}
	if (optind + 1 != argc)
		usage_error("usage: parsecheck [-c] [-T zone] [-u unit] type");
	if ((conv.tz = tz_init(tzname)) == NULL)
		usage_error("unknown time zone '%s'", tzname);
	if (strcmp(argv[optind], "time") == 0)
		col = EV_TS;
	else if (strcmp(argv[optind], "duration") == 0)
		col = EV_TALK;
	else if (strcmp(argv[optind], "bool") == 0)
		col = EV_RESOLVED;
	else if (strcmp(argv[optind], "count") == 0 ||
	    strcmp(argv[optind], "money") == 0)
		col = EV_AMOUNT;
	else if (strcmp(argv[optind], "csat") == 0)
		col = EV_CSAT;
	else if (strcmp(argv[optind], "qa") == 0)
		col = EV_QA;
	else
		usage_error("unknown type '%s'", argv[optind]);
	type = strcmp(argv[optind], "count") == 0 ? ET_COUNT : ev_cols[col].type;
	while ((n = getline(&line, &cap, stdin)) != -1) {
		len = (size_t)n;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		k = ev_convert(col, type, line, len, &conv, out, err,
		    sizeof(err));
		if (k < 0)
			printf("%s\terror: %s\n", line, err);
		else if (k == 0)
			printf("%s\t(unknown)\n", line);
		else
			printf("%s\t%s\n", line, out);
	}
	free(line);
	tz_free(conv.tz);
	return emp_exit_stdout();
}
