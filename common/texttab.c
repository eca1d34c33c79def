/*
 * texttab.c: rows of cells written as CSV, TSV or aligned text
 * (texttab.h).
 */
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "texttab.h"

void
texttab_add(struct texttab *t, const char *s)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 256;
		t->cell = xreallocarray(t->cell, t->cap, sizeof(*t->cell));
	}
	t->cell[t->n++] = xstrdup(s);
}

void
texttab_write(const struct texttab *t, struct csv_writer *w, int text)
{
	size_t i, j, rows = t->n / t->ncols, *width, len;

	width = xcalloc(t->ncols, sizeof(*width));
	for (i = 0; text && i < t->n; i++)
		if ((len = strlen(t->cell[i])) > width[i % t->ncols])
			width[i % t->ncols] = len;
	for (i = 0; i < rows; i++) {
		for (j = 0; j < t->ncols; j++) {
			const char *s = t->cell[i * t->ncols + j];

			len = strlen(s);
			if (!text) {
				csv_writer_field(w, s, len);
				continue;
			}
			csv_writer_raw(w, s, len);
			if (j + 1 < t->ncols)
				while (len++ < width[j] + 2)
					csv_writer_raw(w, " ", 1);
		}
		if (text)
			csv_writer_raw(w, "\n", 1);
		else
			csv_writer_endrow(w);
	}
	free(width);
}

void
texttab_free(struct texttab *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->cell[i]);
	free(t->cell);
	t->cell = NULL;
	t->n = t->cap = 0;
}
