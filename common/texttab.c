/*
 * texttab.c: rows of cells written as CSV, TSV or aligned text
 * (texttab.h).
 */
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "emp.h"
#include "termsafe.h"
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

/* Characters (UTF-8 lead bytes) in s. */
static size_t
u8width(const char *s)
{
	size_t w = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			w++;
	return w;
}

/* CSV and TSV are data for programs: their cells go out as they are. */
static void
write_data(const struct texttab *t, struct csv_writer *w)
{
	size_t i, n = t->n / t->ncols * t->ncols;

	for (i = 0; i < n; i++) {
		csv_writer_field(w, t->cell[i], strlen(t->cell[i]));
		if ((i + 1) % t->ncols == 0)
			csv_writer_endrow(w);
	}
}

void
texttab_write(const struct texttab *t, struct csv_writer *w, int text)
{
	size_t i, j, rows = t->n / t->ncols, *width, len;
	struct strbuf *cell;

	if (!text) {
		write_data(t, w);
		return;
	}
	cell = xcalloc(t->n + 1, sizeof(*cell));
	width = xcalloc(t->ncols, sizeof(*width));
	for (i = 0; i < t->n; i++) {
		termsafe_sb(&cell[i], t->cell[i], strlen(t->cell[i]));
		if ((len = u8width(sb_str(&cell[i]))) > width[i % t->ncols])
			width[i % t->ncols] = len;
	}
	for (i = 0; i < rows; i++) {
		for (j = 0; j < t->ncols; j++) {
			struct strbuf *c = &cell[i * t->ncols + j];

			csv_writer_raw(w, sb_str(c), c->len);
			if (j + 1 < t->ncols)
				for (len = u8width(sb_str(c));
				    len < width[j] + 2; len++)
					csv_writer_raw(w, " ", 1);
		}
		csv_writer_raw(w, "\n", 1);
	}
	for (i = 0; i < t->n; i++)
		sb_free(&cell[i]);
	free(cell);
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
