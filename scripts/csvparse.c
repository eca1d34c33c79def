/*
 * csvparse: the benchmark baseline, a bare libcsv parse.
 *
 *	csvparse [FILE]
 *
 * Reads FILE (or standard input, also for "-") with read(2) in 1 MiB chunks, parses
 * it with libcsv set up as ../shared/CSV-NOTES.md says emp does (strict, spaces kept,
 * CRLF and blank lines not counted as rows, UTF-8 BOM dropped) and prints "ROWS FIELDS".
 * The callbacks only count, so its speed is the ceiling for any command reading CSV.
 * Exit status: 0 ok, 1 read or parse error, 2 usage.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>

#define CHUNK	(1 << 20)

struct counts {
	size_t	rows;
	size_t	fields;
	size_t	row_fields;	/* fields in the current row */
	size_t	bytes;		/* sum of field lengths, so the fields are touched */
};

static int
keep_spaces(unsigned char c)
{
	(void)c;
	return 0;
}

static void
on_field(void *s, size_t len, void *data)
{
	struct counts *c = data;

	(void)s;
	c->fields++;
	c->row_fields++;
	c->bytes += len;
}

/*
 * With CSV_REPALL_NL a CRLF ends a row twice and a blank line is a row of no
 * fields; neither is counted.
 */
static void
on_row(int term, void *data)
{
	struct counts *c = data;

	(void)term;
	if (c->row_fields == 0)
		return;
	c->rows++;
	c->row_fields = 0;
}

/* Parse fd to the end; 0 or -1 after a message. */
static int
parse(struct csv_parser *p, int fd, const char *name, char *buf, struct counts *c)
{
	ssize_t n;
	size_t off, done, pos = 0;

	while ((n = read(fd, buf, CHUNK)) != 0) {
		if (n == -1) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "csvparse: %s: %s\n", name, strerror(errno));
			return -1;
		}
		off = 0;
		if (pos == 0 && n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
			off = 3;
		done = csv_parse(p, buf + off, (size_t)n - off, on_field, on_row, c);
		if (done != (size_t)n - off) {
			fprintf(stderr, "csvparse: %s: byte %zu: %s\n", name,
			    pos + off + done + 1, csv_strerror(csv_error(p)));
			return -1;
		}
		pos += (size_t)n;
	}
	if (csv_fini(p, on_field, on_row, c) != 0) {
		fprintf(stderr, "csvparse: %s: %s at end of input\n", name,
		    csv_strerror(csv_error(p)));
		return -1;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	struct csv_parser p;
	struct counts c = { 0 };
	const char *name = "<stdin>";
	char *buf;
	int fd = STDIN_FILENO, rval = 1;

	if (argc > 2 || (argc == 2 && argv[1][0] == '-' && argv[1][1] != '\0')) {
		fprintf(stderr, "usage: csvparse [FILE]\n");
		return 2;
	}
	if (argc == 2 && strcmp(argv[1], "-") != 0) {
		name = argv[1];
		if ((fd = open(name, O_RDONLY)) == -1) {
			fprintf(stderr, "csvparse: %s: %s\n", name, strerror(errno));
			return 1;
		}
	}
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
		fprintf(stderr, "csvparse: out of memory\n");
		return 1;
	}
	csv_set_space_func(&p, keep_spaces);
	csv_set_blk_size(&p, CHUNK);
	if ((buf = malloc(CHUNK)) == NULL)
		fprintf(stderr, "csvparse: out of memory\n");
	else if (parse(&p, fd, name, buf, &c) == 0) {
		printf("%zu %zu\n", c.rows, c.fields);
		if (fflush(stdout) == EOF)
			fprintf(stderr, "csvparse: stdout: %s\n", strerror(errno));
		else
			rval = 0;
	}
	free(buf);
	csv_free(&p);
	if (fd != STDIN_FILENO)
		close(fd);
	return rval;
}
