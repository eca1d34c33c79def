/*
 * table.c: reading a table (see table.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "table.h"

int
table_open(struct table *t, const char *path, int flags)
{
	struct csv_record *hdr;
	size_t i;

	memset(t, 0, sizeof(*t));
	t->flags = flags;
	if (flags & TABLE_RAW) {
		if ((t->rd = csv_reader_open(path, 0)) == NULL) {
			emp_warnerr("%s", path);
			return -1;
		}
		t->name = csv_reader_name(t->rd);
		return 0;
	}
	if ((t->rd = csv_open_table(path, 0, &hdr, 0)) == NULL)
		return -1;
	t->name = csv_reader_name(t->rd);
	t->head.nfields = hdr->nfields;
	t->head.line = hdr->line;
	t->head.plain = 1;
	t->head.fields = xcalloc(hdr->nfields + 1, sizeof(char *));
	t->head.lens = xcalloc(hdr->nfields + 1, sizeof(size_t));
	for (i = 0; i < hdr->nfields; i++) {
		t->head.fields[i] = xstrndup(hdr->fields[i], hdr->lens[i]);
		t->head.lens[i] = hdr->lens[i];
	}
	return 0;
}

int
table_col(const struct table *t, const char *name)
{
	return csv_header_find(&t->head, name);
}

int
table_col_exact(const struct table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->head.nfields; i++)
		if (strcmp(t->head.fields[i], name) == 0)
			return (int)i;
	return -1;
}

int
table_col_any(const struct table *t, const char *const *names)
{
	return csv_header_find_any(&t->head, names);
}

int
csv_header_find_any(const struct csv_record *hdr, const char *const *names)
{
	int c;

	for (; *names != NULL; names++)
		if ((c = csv_header_find(hdr, *names)) >= 0)
			return c;
	return -1;
}

int
table_no_column(const struct table *t, const char *what, const char *col)
{
	emp_warn("%s:%lu: not %s: no column '%s'", t->name, t->head.line,
	    what, col);
	return -1;
}

int
table_next(struct table *t, struct csv_record **recp)
{
	char why[160];
	int rv;

	while ((rv = csv_reader_next(t->rd, recp)) == 1) {
		if ((*recp)->blank)
			continue;
		if (!(t->flags & TABLE_RAW) && csv_record_check(*recp,
		    t->head.nfields, t->flags & TABLE_NAMES ?
		    t->head.fields : NULL, why, sizeof(why)) == -1) {
			table_reject(t, (*recp)->line, "%s", why);
			continue;
		}
		return 1;
	}
	if (rv == -1)
		emp_warn("%s", csv_reader_error(t->rd));
	return rv;
}

void
table_reject(struct table *t, unsigned long line, const char *fmt, ...)
{
	char why[4096];		/* as much as emp_warn() writes */
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	emp_warn("%s:%lu: %s", t->name, line, why);
	t->rejected++;
}

void
table_close(struct table *t)
{
	size_t i;

	for (i = 0; i < t->head.nfields; i++)
		free(t->head.fields[i]);
	free(t->head.fields);
	free(t->head.lens);
	if (t->rd != NULL)
		csv_reader_close(t->rd);
	memset(t, 0, sizeof(*t));
}

const char *
csv_record_field(const struct csv_record *r, int col)
{
	size_t len;

	return csv_record_field_len(r, col, &len);
}

const char *
csv_record_field_len(const struct csv_record *r, int col, size_t *len)
{
	if (col < 0 || (size_t)col >= r->nfields) {
		*len = 0;
		return "";
	}
	*len = r->lens[col];
	return r->fields[col];
}
