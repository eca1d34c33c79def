/*
 * csvdump: prints every record of one CSV file, the header included, as
 * one JSON array of arrays of strings, through the common reader.  For the
 * conformance suites and the reader's tests; exits 1 on invalid CSV.
 * "csvdump -r [-c N] file" prints every record with its line, blank flag
 * and error instead, read in chunks of N bytes when N > 0 (dump_records()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"

static void
put_json_string(struct strbuf *sb, const char *s, size_t n)
{
	size_t i;
	unsigned char c;

	sb_addc(sb, '"');
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			sb_addc(sb, '\\');
			sb_addc(sb, c);
		} else if (c == '\n')
			sb_add(sb, "\\n", 2);
		else if (c == '\r')
			sb_add(sb, "\\r", 2);
		else if (c == '\t')
			sb_add(sb, "\\t", 2);
		else if (c < 0x20)
			sb_printf(sb, "\\u%04x", c);
		else
			sb_addc(sb, c);
	}
	sb_addc(sb, '"');
}

/*
 * -r: every record as a line "LINE BLANK ERR [fields]" (ERR "-" when
 * none), read in batches, through chunks of at most chunk bytes split by
 * a splitter when chunk > 0 (csv_reader_next_chunk()), else read whole
 * (csv_reader_next_batch()): the two must print the same.
 */
static int
dump_records(struct csv_reader *r, size_t chunk)
{
	struct csv_reader *split = csv_splitter_new(r);
	struct csv_batch *b = csv_batch_new();
	struct csv_record *rec;
	struct strbuf sb = { 0 };
	size_t i, k, n;
	int rv;

	if (chunk > 0)
		csv_reader_set_chunk(r, chunk);
	for (;;) {
		rv = chunk > 0 ? csv_reader_next_chunk(r, b, 3) :
		    csv_reader_next_batch(r, b, 3);
		if (rv <= 0)
			break;
		n = (size_t)rv;
		if (csv_batch_is_chunk(b))
			n = csv_batch_split(split, b);
		csv_reader_chunk_done(r, b);
		for (k = 0; k < n; k++) {
			rec = csv_batch_record(b, k);
			sb.len = 0;
			sb_printf(&sb, "%lu %d %s [", rec->line, rec->blank,
			    rec->err != NULL ? rec->err : "-");
			for (i = 0; i < rec->nfields; i++) {
				if (i > 0)
					sb_addc(&sb, ',');
				put_json_string(&sb, rec->fields[i],
				    rec->lens[i]);
			}
			sb_adds(&sb, "]\n");
			fwrite(sb.s, 1, sb.len, stdout);
		}
	}
	if (rv == -1)
		emp_warn("%s", csv_reader_error(r));
	sb_free(&sb);
	csv_batch_free(b);
	csv_splitter_free(split);
	csv_reader_close(r);
	return fclose(stdout) != 0 || rv == -1 ? EXIT_FAIL : EXIT_OK;
}

int
main(int argc, char *argv[])
{
	struct csv_reader *r;
	struct csv_record *rec;
	struct strbuf sb = { 0 };
	size_t i, nrec = 0;
	int rv, delim = 0, status = EXIT_OK;

	emp_init(argv[0]);
	if (argc >= 2 && strcmp(argv[1], "-r") == 0) {
		size_t chunk = 0;

		if (argc == 5 && strcmp(argv[2], "-c") == 0) {
			chunk = strtoul(argv[3], NULL, 10);
			argv += 2;
			argc -= 2;
		}
		if (argc != 3) {
			fprintf(stderr, "usage: csvdump -r [-c N] file\n");
			return EXIT_USAGE;
		}
		if ((r = csv_reader_open(argv[2], 0)) == NULL)
			emp_dieerr(EXIT_FAIL, "%s", argv[2]);
		return dump_records(r, chunk);
	}
	if (argc == 3 && strncmp(argv[1], "-d", 2) == 0) {
		delim = strcmp(argv[1] + 2, "tab") == 0 ? '\t' : argv[1][2];
		argv++;
		argc--;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: csvdump [-dDELIM] file\n");
		return EXIT_USAGE;
	}
	if ((r = csv_reader_open(argv[1], delim)) == NULL)
		emp_dieerr(EXIT_FAIL, "%s", argv[1]);
	sb_addc(&sb, '[');
	while ((rv = csv_reader_next(r, &rec)) == 1) {
		if (rec->err != NULL) {
			emp_warn("%s:%lu: %s", csv_reader_name(r), rec->line,
			    rec->err);
			status = EXIT_FAIL;
			continue;
		}
		sb_adds(&sb, nrec++ > 0 ? ",\n [" : "\n [");
		for (i = 0; i < rec->nfields; i++) {
			if (i > 0)
				sb_addc(&sb, ',');
			put_json_string(&sb, rec->fields[i], rec->lens[i]);
		}
		sb_addc(&sb, ']');
	}
	if (rv == -1) {
		emp_warn("%s", csv_reader_error(r));
		status = EXIT_FAIL;
	}
	sb_add(&sb, nrec ? "\n]\n" : "]\n", nrec ? 3 : 2);
	csv_reader_close(r);
	if (status == EXIT_OK && fwrite(sb.s, 1, sb.len, stdout) != sb.len)
		status = EXIT_FAIL;
	sb_free(&sb);
	if (fclose(stdout) != 0)
		status = EXIT_FAIL;
	return status;
}
