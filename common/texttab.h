/*
 * texttab.h: a table of text cells, filled row by row, written as CSV or
 * TSV (through a csv_writer, quoted as needed, the cells as they are) or
 * as aligned text for a terminal or mail: each cell escaped by the
 * terminal rule (termsafe.h), each column padded with spaces to its
 * widest cell plus two, the last column not padded, rows ended by "\n",
 * nothing quoted.  Widths count UTF-8 characters.
 *
 * Cells are added in row order; ncols, set before the first cell, says
 * where a row ends.  A table starts zeroed: struct texttab t = { 0 }.
 *
 * Memory: texttab_add() copies the string; the table owns its copies
 * until texttab_free().
 */
#ifndef TEXTTAB_H
#define TEXTTAB_H

#include <stddef.h>

#include "csvio.h"

struct texttab {
	char	**cell;
	size_t	  ncols, n, cap;
};

/* Appends a cell (a copy of s) to the current row. */
void	texttab_add(struct texttab *, const char *s);
/* Writes the whole rows: aligned text when text, else CSV or TSV. */
void	texttab_write(const struct texttab *, struct csv_writer *, int text);
/* Frees the cells; the table is empty again (ncols kept). */
void	texttab_free(struct texttab *);

#endif
