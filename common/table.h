/*
 * table.h: reading a table, the one way every stream reader does it.
 *
 * A table is a CSV or TSV file (or "-", standard input), plain or gzip,
 * opened with its header (csv_open_table(): its messages).  Columns are
 * bound by name before the rows are read; table_next() then hands out
 * the rows, skipping blank lines and reporting, with file:line, and
 * counting every record that cannot be a row of the table (broken
 * quoting, a field count other than the header's, a NUL byte); a reader
 * reports its own rejects with table_reject() the same way.  An I/O or
 * gzip error ends the rows, reported.
 *
 * Memory: the table owns its reader and a copy of the header's names
 * until table_close(); a record is the reader's and stays valid until
 * the next table_next().
 */
#ifndef TABLE_H
#define TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "csvio.h"

struct table {
	struct csv_reader *rd;
	const char	*name;		/* what messages call the file */
	struct csv_record head;		/* the header's names, kept */
	int		 flags;
	uint64_t	 rejected;	/* records refused or table_reject()ed */
};

/* flags for table_open */
#define TABLE_NAMES	0x1	/* a NUL byte is "field 'NAME'", not "field 3" */
#define TABLE_RAW	0x2	/* no header is read and no record checked:
				 * the caller reads the first itself */

/* 0, or -1 (reported) when the file or its header cannot be had. */
int	table_open(struct table *, const char *path, int flags);
/* Column look-up in the header: by csv_header_find()'s normalised
 * names, by the exact name, or the first of a NULL-ended list; -1 when
 * absent. */
int	table_col(const struct table *, const char *name);
int	table_col_exact(const struct table *, const char *name);
int	table_col_any(const struct table *, const char *const *names);
/* Reports "NAME:LINE: not WHAT: no column 'COL'" at the header's line;
 * returns -1. */
int	table_no_column(const struct table *, const char *what,
	    const char *col);
/* The next row: 1, 0 at the end, -1 after an I/O error (reported). */
int	table_next(struct table *, struct csv_record **);
/* Reports "NAME:LINE: WHY" and counts a rejected row. */
void	table_reject(struct table *, unsigned long line, const char *fmt,
	    ...) __attribute__((format(printf, 3, 4)));
void	table_close(struct table *);

/* csv_header_find() of the first of a NULL-ended list of names that a
 * record (a header, or a row that repeats it) has; -1 for none. */
int	csv_header_find_any(const struct csv_record *,
	    const char *const *names);
/* Field col of a record, "" when col is -1 or past its end. */
const char *csv_record_field(const struct csv_record *, int col);
/* The same with its length in *len (fields may hold NUL bytes). */
const char *csv_record_field_len(const struct csv_record *, int col,
	    size_t *len);

#endif
