/*
 * report_render.c: a report document as aligned text, Markdown or one
 * self-contained HTML file (report.h).
 *
 * Text and Markdown: every value is escaped by the terminal rule
 * (termsafe.h: controls and bytes that are not UTF-8 as \xNN, C1 and bidi
 * controls as \uNNNN), so that no value breaks a line or a column or
 * reorders what a reader sees; widths count UTF-8 characters;
 * a table wider than the width has its widest column cut (ending in "…")
 * until it fits, and trend lines are sparklines.  HTML: no script, no
 * link, no image, no font: styles and SVG charts are inline, every text
 * is escaped, and the markup is also well-formed XML.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emp.h"
#include "report.h"
#include "termsafe.h"

#define ELLIPSIS	"\xe2\x80\xa6"
#define DASH		"\xe2\x80\x94"

/* Text: s escaped by the terminal rule (termsafe.h). */
static void
esc_text(struct strbuf *sb, const char *s)
{
	termsafe_sb(sb, s, strlen(s));
}

/* Markdown: also the characters that would start markup. */
static void
esc_md(struct strbuf *sb, const char *s)
{
	struct strbuf t = { 0 };
	const char *p;

	esc_text(&t, s);
	for (p = sb_str(&t); *p != '\0'; p++) {
		if (strchr("\\`*_[]<>|#&", *p) != NULL)
			sb_addc(sb, '\\');
		sb_addc(sb, *p);
	}
	sb_free(&t);
}

static void
esc_html(struct strbuf *sb, const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '&': sb_adds(sb, "&amp;"); break;
		case '<': sb_adds(sb, "&lt;"); break;
		case '>': sb_adds(sb, "&gt;"); break;
		case '"': sb_adds(sb, "&quot;"); break;
		case '\'': sb_adds(sb, "&#39;"); break;
		case '\n': case '\t': sb_addc(sb, c); break;
		default:
			/* characters XML forbids, shown as text would be */
			if (c < 0x20 || c == 0x7f)
				sb_printf(sb, "\\x%02x", c);
			else
				sb_addc(sb, c);
		}
	}
}

/* Characters (UTF-8 lead bytes) in s[0..n). */
static size_t
u8len(const char *s, size_t n)
{
	size_t i, w = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			w++;
	return w;
}

/* The bytes of the first w characters of s. */
static size_t
u8cut(const char *s, size_t w)
{
	size_t i = 0;

	while (s[i] != '\0') {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (w == 0)
				break;
			w--;
		}
		i++;
	}
	return i;
}

static const char *
ansi(int tone)
{
	switch (tone & 0xf) {
	case TONE_GOOD: return "\033[32m";
	case TONE_BAD: return "\033[31m";
	case TONE_NA: return "\033[2m";
	}
	return NULL;
}

static void
pad(struct strbuf *sb, size_t n)
{
	while (n-- > 0)
		sb_addc(sb, ' ');
}

/* Words of s, wrapped at width. */
static void
wrap(struct strbuf *sb, const char *s, size_t width)
{
	struct strbuf t = { 0 };
	const char *p, *q;
	size_t col = 0, w;

	esc_text(&t, s);
	for (p = sb_str(&t); *p != '\0'; p = q) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		for (q = p; *q != '\0' && *q != ' '; q++)
			;
		w = u8len(p, (size_t)(q - p));
		if (col > 0 && col + 1 + w > width) {
			sb_addc(sb, '\n');
			col = 0;
		} else if (col > 0) {
			sb_addc(sb, ' ');
			col++;
		}
		sb_add(sb, p, (size_t)(q - p));
		col += w;
	}
	sb_addc(sb, '\n');
	sb_free(&t);
}

/* Does column j hold numbers? */
static int
numcol(const struct rblock *b, size_t j)
{
	return b->ncell > b->ncols && (b->cell[b->ncols + j].tone & TONE_NUM);
}

/* May column j be cut short?  Not numbers, nor whole texts (a status). */
static int
cutcol(const struct rblock *b, size_t j)
{
	return !numcol(b, j) && !(b->ncell > b->ncols &&
	    (b->cell[b->ncols + j].tone & TONE_WHOLE));
}

/* A table too wide for the width: each row as "head  value" lines. */
/* A cell's first n bytes, an ellipsis when it was cut, in colour col
 * (an ANSI sequence) unless NULL. */
static void
put_cell(struct strbuf *sb, const char *t, size_t n, const char *col)
{
	if (col != NULL)
		sb_adds(sb, col);
	sb_add(sb, t, n);
	if (t[n] != '\0')
		sb_adds(sb, ELLIPSIS);
	if (col != NULL)
		sb_adds(sb, "\033[0m");
}

static void
records(struct strbuf *sb, const struct rblock *b, char **s, size_t *w,
    const struct render_opts *o)
{
	size_t nc = b->ncols, i, j, hw = 0, n, room;
	size_t width = o->width > 0 ? (size_t)o->width : 80;

	for (j = 0; j < nc; j++)
		if (w[j] > hw)
			hw = w[j];
	room = width > hw + 2 + 8 ? width - hw - 2 : 8;
	for (i = 1; i < b->ncell / nc; i++) {
		if (i > 1)
			sb_addc(sb, '\n');
		for (j = 0; j < nc; j++) {
			const struct rcell *c = &b->cell[i * nc + j];
			const char *t = s[i * nc + j];

			sb_adds(sb, s[j]);
			pad(sb, hw - w[j] + 2);
			n = w[i * nc + j] > room ? u8cut(t, room - 1) :
			    strlen(t);
			put_cell(sb, t, n, o->color ? ansi(c->tone) : NULL);
			sb_addc(sb, '\n');
		}
	}
}

static void
text_table(struct strbuf *sb, const struct rblock *b,
    const struct render_opts *o)
{
	size_t nc = b->ncols, nr = b->ncell / nc, i, j, n, *cw, total, widest;
	char **s = xcalloc(b->ncell + 1, sizeof(*s));
	size_t *w = xcalloc(b->ncell + 1, sizeof(*w));
	size_t width = o->width > 0 ? (size_t)o->width : 80;

	cw = xcalloc(nc, sizeof(*cw));
	for (i = 0; i < b->ncell; i++) {
		struct strbuf t = { 0 };

		esc_text(&t, b->cell[i].s);
		s[i] = xstrdup(sb_str(&t));
		sb_free(&t);
		w[i] = u8len(s[i], strlen(s[i]));
		if (w[i] > cw[i % nc])
			cw[i % nc] = w[i];
	}
	/* cut the widest text column (never a number or a whole text)
	 * until the table fits; failing that, one record per row */
	for (;;) {
		total = 0;
		widest = nc;
		for (j = 0; j < nc; j++) {
			total += cw[j] + (j + 1 < nc ? 2 : 0);
			if (cw[j] > 8 && cutcol(b, j) &&
			    (widest == nc || cw[j] > cw[widest]))
				widest = j;
		}
		if (total <= width || widest == nc)
			break;
		cw[widest] -= total - width < cw[widest] - 8 ?
		    total - width : cw[widest] - 8;
	}
	if (total > width) {
		records(sb, b, s, w, o);
		goto out;
	}
	for (i = 0; i < nr; i++) {
		for (j = 0; j < nc; j++) {
			const struct rcell *c = &b->cell[i * nc + j];
			const char *t = s[i * nc + j];
			size_t tw = w[i * nc + j];
			int right = (c->tone & TONE_NUM) && i > 0;

			if (tw > cw[j]) {
				n = u8cut(t, cw[j] - 1);
				tw = cw[j];
			} else
				n = strlen(t);
			if (right)
				pad(sb, cw[j] - tw);
			put_cell(sb, t, n, o->color && i > 0 ? ansi(c->tone) :
			    NULL);
			if (j + 1 < nc) {
				if (!right)
					pad(sb, cw[j] - tw);
				pad(sb, 2);
			}
		}
		/* no trailing spaces */
		while (sb->len > 0 && sb->s[sb->len - 1] == ' ')
			sb->len--;
		sb_addc(sb, '\n');
		if (i == 0) {
			for (j = 0; j < nc; j++) {
				for (n = 0; n < cw[j]; n++)
					sb_addc(sb, '-');
				if (j + 1 < nc)
					pad(sb, 2);
			}
			sb_addc(sb, '\n');
		}
	}
out:
	for (i = 0; i < b->ncell; i++)
		free(s[i]);
	free(s);
	free(w);
	free(cw);
}

/* A sparkline of a series: one character per period, "·" for none. */
static void
spark(struct strbuf *sb, const struct rseries *s, size_t n)
{
	static const char *const bars[8] = {
		"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
		"\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88"
	};
	double lo = INFINITY, hi = -INFINITY;
	size_t i;
	int k;

	for (i = 0; i < n; i++)
		if (!isnan(s->v[i])) {
			lo = fmin(lo, s->v[i]);
			hi = fmax(hi, s->v[i]);
		}
	for (i = 0; i < n; i++) {
		if (isnan(s->v[i])) {
			sb_adds(sb, "\xc2\xb7");
			continue;
		}
		k = hi > lo ? (int)lround((s->v[i] - lo) / (hi - lo) * 7) : 3;
		sb_adds(sb, bars[k]);
	}
}

/* A trend as a table block: metric, line, first, latest, range. */
static void
trend_table(const struct rblock *b, struct rblock *t)
{
	static const char *const heads[] = {
		"metric", "trend", "first", "latest", "low", "high"
	};
	size_t i, k;

	memset(t, 0, sizeof(*t));
	t->kind = RB_TABLE;
	t->ncols = 6;
	t->capcell = 6 * (b->nseries + 1);
	t->cell = xcalloc(t->capcell, sizeof(*t->cell));
	for (i = 0; i < 6; i++)
		t->cell[t->ncell++].s = xstrdup(heads[i]);
	for (i = 0; i < b->nseries; i++) {
		const struct rseries *s = &b->series[i];
		struct strbuf sb = { 0 };
		const char *first = NULL, *last = NULL, *lo = NULL, *hi = NULL;
		double vlo = INFINITY, vhi = -INFINITY;

		for (k = 0; k < b->nperiods; k++) {
			if (s->vs[k] == NULL)
				continue;
			if (first == NULL)
				first = s->vs[k];
			last = s->vs[k];
			if (s->v[k] < vlo) {
				vlo = s->v[k];
				lo = s->vs[k];
			}
			if (s->v[k] > vhi) {
				vhi = s->v[k];
				hi = s->vs[k];
			}
		}
		t->cell[t->ncell++].s = xstrdup(s->label);
		spark(&sb, s, b->nperiods);
		t->cell[t->ncell++].s = xstrdup(sb_str(&sb));
		sb_free(&sb);
		t->cell[t->ncell].tone = TONE_NUM;
		t->cell[t->ncell++].s = xstrdup(first ? first : DASH);
		t->cell[t->ncell].tone = TONE_NUM;
		t->cell[t->ncell++].s = xstrdup(last ? last : DASH);
		t->cell[t->ncell].tone = TONE_NUM;
		t->cell[t->ncell++].s = xstrdup(lo ? lo : DASH);
		t->cell[t->ncell].tone = TONE_NUM;
		t->cell[t->ncell++].s = xstrdup(hi ? hi : DASH);
	}
}

static void
free_table(struct rblock *t)
{
	size_t i;

	for (i = 0; i < t->ncell; i++)
		free(t->cell[i].s);
	free(t->cell);
}

/*
 * An RB_PAIRS block as text and Markdown show it: its first five columns,
 * the before and after of both groups.  The effect, which is never shown
 * without its interval, is in the sentences that follow and, in HTML, in
 * each chart's caption; as a sixth column it would not fit a line.  Cells
 * shared, not copied: free t->cell only.
 */
static void
pairs_table(const struct rblock *b, struct rblock *t)
{
	size_t i;

	memset(t, 0, sizeof(*t));
	t->kind = RB_TABLE;
	t->text = b->text;
	t->ncols = 5;
	t->cell = xcalloc(b->ncell + 1, sizeof(*t->cell));
	for (i = 0; i < b->ncell; i++)
		if (i % b->ncols < 5)
			t->cell[t->ncell++] = b->cell[i];
}

static void
render_text(const struct rdoc *doc, const struct render_opts *o,
    struct strbuf *sb)
{
	size_t i, n, width = o->width > 0 ? (size_t)o->width : 80;
	struct rblock t;

	for (i = 0; i < doc->n; i++) {
		const struct rblock *b = &doc->b[i];
		size_t at = sb->len;

		switch (b->kind) {
		case RB_H1:
		case RB_H2:
			if (i > 0)
				sb_addc(sb, '\n');
			esc_text(sb, b->text);
			n = u8len(sb->s + at, sb->len - at);
			if (i > 0)
				n--;
			sb_addc(sb, '\n');
			while (n-- > 0)
				sb_addc(sb, b->kind == RB_H1 ? '=' : '-');
			sb_addc(sb, '\n');
			break;
		case RB_PARA:
			wrap(sb, b->text, width);
			break;
		case RB_TABLE:
			text_table(sb, b, o);
			break;
		case RB_PAIRS:
			pairs_table(b, &t);
			text_table(sb, &t, o);
			free(t.cell);
			break;
		case RB_TREND:
			trend_table(b, &t);
			text_table(sb, &t, o);
			free_table(&t);
			sb_printf(sb, "(%s to %s; \xc2\xb7 no value)\n",
			    b->periods[0], b->periods[b->nperiods - 1]);
			break;
		}
	}
}

static void
md_table(struct strbuf *sb, const struct rblock *b)
{
	size_t i, j, nc = b->ncols;

	for (i = 0; i < b->ncell / nc; i++) {
		sb_adds(sb, "|");
		for (j = 0; j < nc; j++) {
			sb_addc(sb, ' ');
			esc_md(sb, b->cell[i * nc + j].s);
			sb_adds(sb, " |");
		}
		sb_addc(sb, '\n');
		if (i == 0) {
			sb_adds(sb, "|");
			for (j = 0; j < nc; j++)
				sb_adds(sb, nc > j && b->ncell > nc &&
				    (b->cell[nc + j].tone & TONE_NUM) ?
				    " ---: |" : " --- |");
			sb_addc(sb, '\n');
		}
	}
}

static void
render_md(const struct rdoc *doc, struct strbuf *sb)
{
	size_t i;
	struct rblock t;

	for (i = 0; i < doc->n; i++) {
		const struct rblock *b = &doc->b[i];

		if (i > 0)
			sb_addc(sb, '\n');
		switch (b->kind) {
		case RB_H1:
		case RB_H2:
			sb_adds(sb, b->kind == RB_H1 ? "# " : "## ");
			esc_md(sb, b->text);
			sb_addc(sb, '\n');
			break;
		case RB_PARA:
			esc_md(sb, b->text);
			sb_addc(sb, '\n');
			break;
		case RB_TABLE:
			md_table(sb, b);
			break;
		case RB_PAIRS:
			pairs_table(b, &t);
			md_table(sb, &t);
			free(t.cell);
			break;
		case RB_TREND:
			trend_table(b, &t);
			md_table(sb, &t);
			free_table(&t);
			sb_printf(sb, "\n%s to %s; \xc2\xb7 no value.\n",
			    b->periods[0], b->periods[b->nperiods - 1]);
			break;
		}
	}
}

static const char css[] =
":root{--fg:#1b1f24;--muted:#5f6b76;--line:#d5dbe1;--good:#106b2e;"
"--bad:#b3261e;--accent:#1f5fa8}\n"
"*{box-sizing:border-box}\n"
"body{margin:0 auto;padding:1rem;max-width:72rem;color:var(--fg);"
"background:#fff;font:15px/1.45 system-ui,-apple-system,\"Segoe UI\","
"Roboto,Helvetica,Arial,sans-serif}\n"
"h1{font-size:1.5rem;margin:.2rem 0 .6rem}\n"
"h2{font-size:1.15rem;margin:1.6rem 0 .5rem;padding-bottom:.2rem;"
"border-bottom:1px solid var(--line)}\n"
".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}\n"
"table{border-collapse:collapse;margin:.4rem 0;font-variant-numeric:"
"tabular-nums}\n"
"th,td{padding:.25rem .6rem;border-bottom:1px solid var(--line);"
"text-align:left;vertical-align:top}\n"
"th{background:#f3f5f7;font-weight:600;white-space:nowrap}\n"
"td.num{text-align:right;white-space:nowrap}\n"
".good{color:var(--good);font-weight:600}\n"
".bad{color:var(--bad);font-weight:600}\n"
".na{color:var(--muted)}\n"
".charts{display:grid;grid-template-columns:repeat(auto-fill,"
"minmax(15rem,1fr));gap:.8rem}\n"
"figure{margin:0;padding:.5rem;border:1px solid var(--line);"
"border-radius:6px}\n"
"figcaption{font-size:.85rem;color:var(--muted)}\n"
"figcaption b{color:var(--fg)}\n"
"svg{display:block;width:100%;height:auto}\n"
"svg text{font:10px sans-serif;fill:#5f6b76}\n"
"@media (max-width:40rem){body{padding:.5rem;font-size:14px}"
"th,td{padding:.2rem .35rem}}\n"
"@media print{body{max-width:none;font-size:10pt;padding:0}"
".scroll{overflow:visible}h2{break-after:avoid}"
"table,figure{break-inside:avoid}.charts{grid-template-columns:"
"repeat(3,1fr)}a{color:inherit}}\n";

static const char *
tone_class(int tone)
{
	switch (tone & 0xf) {
	case TONE_GOOD: return "good";
	case TONE_BAD: return "bad";
	case TONE_NA: return "na";
	}
	return NULL;
}

static void
html_table(struct strbuf *sb, const struct rblock *b)
{
	size_t i, j, nc = b->ncols;

	sb_adds(sb, "<div class=\"scroll\"><table>\n");
	for (i = 0; i < b->ncell / nc; i++) {
		sb_adds(sb, i == 0 ? "<thead><tr>" : "<tr>");
		for (j = 0; j < nc; j++) {
			const struct rcell *c = &b->cell[i * nc + j];
			const char *cl = tone_class(c->tone);
			int num = (c->tone & TONE_NUM) != 0;

			sb_adds(sb, i == 0 ? "<th" : "<td");
			if (i > 0 && (cl != NULL || num)) {
				sb_printf(sb, " class=\"%s%s%s\"",
				    num ? "num" : "", num && cl ? " " : "",
				    cl ? cl : "");
			}
			sb_addc(sb, '>');
			esc_html(sb, c->s);
			sb_adds(sb, i == 0 ? "</th>" : "</td>");
		}
		sb_adds(sb, i == 0 ? "</tr></thead>\n<tbody>\n" : "</tr>\n");
	}
	sb_adds(sb, "</tbody></table></div>\n");
}

/* One series as a small line chart: the line breaks where a value is
 * missing; the y axis spans the series' own range. */
static void
html_chart(struct strbuf *sb, const struct rblock *b, const struct rseries *s)
{
	const double W = 300, H = 120, L = 40, R = 8, T = 10, B = 22;
	double lo = INFINITY, hi = -INFINITY, x, y;
	size_t i, n = b->nperiods, last = SIZE_MAX;
	int open = 0;

	for (i = 0; i < n; i++)
		if (!isnan(s->v[i])) {
			lo = fmin(lo, s->v[i]);
			hi = fmax(hi, s->v[i]);
			last = i;
		}
	sb_adds(sb, "<figure><figcaption><b>");
	esc_html(sb, s->label);
	sb_adds(sb, "</b>");
	if (last != SIZE_MAX) {
		sb_adds(sb, ": ");
		esc_html(sb, s->vs[last]);
		sb_adds(sb, " in ");
		esc_html(sb, b->periods[last]);
	}
	if (s->lower_better)
		sb_adds(sb, " (lower is better)");
	sb_adds(sb, "</figcaption>\n");
	sb_printf(sb, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"0 0 %g %g\" role=\"img\" aria-label=\"", W, H);
	esc_html(sb, s->label);
	sb_adds(sb, " by period\">\n");
	sb_printf(sb, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" "
	    "stroke=\"#d5dbe1\"/>\n", L, H - B, W - R, H - B);
	sb_printf(sb, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" "
	    "stroke=\"#d5dbe1\"/>\n", L, T, L, H - B);
	if (last == SIZE_MAX) {
		sb_printf(sb, "<text x=\"%g\" y=\"%g\">no data</text>\n",
		    L + 10, H / 2);
	} else {
		if (hi == lo) {
			hi += fabs(hi) > 0 ? fabs(hi) * 0.05 : 1;
			lo -= fabs(lo) > 0 ? fabs(lo) * 0.05 : 1;
		}
		sb_printf(sb, "<text x=\"%g\" y=\"%g\" text-anchor=\"end\">"
		    "%.4g</text>\n", L - 3, T + 4, hi);
		sb_printf(sb, "<text x=\"%g\" y=\"%g\" text-anchor=\"end\">"
		    "%.4g</text>\n", L - 3, H - B, lo);
		for (i = 0; i < n; i++) {
			if (isnan(s->v[i])) {
				if (open)
					sb_adds(sb, "\"/>\n");
				open = 0;
				continue;
			}
			x = n > 1 ? L + (W - L - R) * (double)i /
			    (double)(n - 1) : (L + W - R) / 2;
			y = T + (H - T - B) * (hi - s->v[i]) / (hi - lo);
			if (!open)
				sb_adds(sb, "<polyline fill=\"none\" "
				    "stroke=\"#1f5fa8\" stroke-width=\"2\" "
				    "points=\"");
			else
				sb_addc(sb, ' ');
			sb_printf(sb, "%.1f,%.1f", x, y);
			open = 1;
		}
		if (open)
			sb_adds(sb, "\"/>\n");
		for (i = 0; i < n; i++) {
			if (isnan(s->v[i]))
				continue;
			x = n > 1 ? L + (W - L - R) * (double)i /
			    (double)(n - 1) : (L + W - R) / 2;
			y = T + (H - T - B) * (hi - s->v[i]) / (hi - lo);
			sb_printf(sb, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" "
			    "fill=\"#1f5fa8\"><title>", x, y,
			    i == last ? "3.5" : "2");
			esc_html(sb, b->periods[i]);
			sb_adds(sb, ": ");
			esc_html(sb, s->vs[i]);
			sb_adds(sb, "</title></circle>\n");
		}
	}
	sb_printf(sb, "<text x=\"%g\" y=\"%g\">", L, H - 6);
	esc_html(sb, b->periods[0]);
	sb_printf(sb, "</text>\n<text x=\"%g\" y=\"%g\" "
	    "text-anchor=\"end\">", W - R, H - 6);
	esc_html(sb, b->periods[n - 1]);
	sb_adds(sb, "</text>\n</svg></figure>\n");
}

/* A number of an RB_PAIRS cell: 0, or -1 when it holds none. */
static int
pair_num(const struct rcell *c, double *d)
{
	char *end;

	if (c->s[0] == '\0')
		return -1;
	*d = strtod(c->s, &end);
	return *end == '\0' && isfinite(*d) ? 0 : -1;
}

/*
 * One metric's before and after (an RB_PAIRS row, c: its 6 cells) as two
 * lines, the changed agents' solid, the unchanged ones' dashed, each
 * point labelled with its value as written; the caption and the chart's
 * label say every number, for those who do not see the chart.
 */
static void
html_pair(struct strbuf *sb, const struct rblock *b, const struct rcell *c)
{
	const double W = 300, H = 150, L = 60, R = 60, T = 30, B = 30;
	int coach = b->text != NULL && strstr(b->text, "coaching") != NULL;
	const char *who[2] = { coach ? "coached" : "changed",
	    coach ? "uncoached" : "unchanged" };
	double v[4], lo = INFINITY, hi = -INFINITY, x, y[4];
	int has[4], i, k, any = 0;

	for (i = 0; i < 4; i++)
		if ((has[i] = pair_num(&c[1 + i], &v[i]) == 0)) {
			lo = fmin(lo, v[i]);
			hi = fmax(hi, v[i]);
			any = 1;
		}
	sb_adds(sb, "<figure><figcaption><b>");
	esc_html(sb, c[0].s);
	sb_adds(sb, "</b>: effect ");
	esc_html(sb, c[5].s);
	sb_adds(sb, "</figcaption>\n");
	sb_printf(sb, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"0 0 %g %g\" role=\"img\" aria-label=\"", W, H);
	esc_html(sb, c[0].s);
	sb_printf(sb, ", before and after: %s agents ", who[0]);
	esc_html(sb, c[1].s);
	sb_adds(sb, " before, ");
	esc_html(sb, c[2].s);
	sb_printf(sb, " after; %s agents ", who[1]);
	esc_html(sb, c[3].s);
	sb_adds(sb, " before, ");
	esc_html(sb, c[4].s);
	sb_adds(sb, " after; effect ");
	esc_html(sb, c[5].s);
	sb_adds(sb, "\">\n");
	/* the legend */
	sb_printf(sb, "<line x1=\"8\" y1=\"10\" x2=\"28\" y2=\"10\" "
	    "stroke=\"#1f5fa8\" stroke-width=\"2\"/>\n<text x=\"32\" "
	    "y=\"13\">%s agents</text>\n", who[0]);
	sb_printf(sb, "<line x1=\"150\" y1=\"10\" x2=\"170\" y2=\"10\" "
	    "stroke=\"#5f6b76\" stroke-width=\"2\" "
	    "stroke-dasharray=\"4 3\"/>\n<text x=\"174\" y=\"13\">"
	    "%s agents</text>\n", who[1]);
	sb_printf(sb, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" "
	    "stroke=\"#d5dbe1\"/>\n", 20.0, H - B, W - 20, H - B);
	sb_printf(sb, "<text x=\"%g\" y=\"%g\" text-anchor=\"middle\">"
	    "before</text>\n<text x=\"%g\" y=\"%g\" "
	    "text-anchor=\"middle\">after</text>\n", L, H - 8, W - R,
	    H - 8);
	if (!any) {
		sb_printf(sb, "<text x=\"%g\" y=\"%g\" "
		    "text-anchor=\"middle\">no data</text>\n", W / 2, H / 2);
		sb_adds(sb, "</svg></figure>\n");
		return;
	}
	if (hi == lo) {
		hi += fabs(hi) > 0 ? fabs(hi) * 0.05 : 1;
		lo -= fabs(lo) > 0 ? fabs(lo) * 0.05 : 1;
	}
	for (i = 0; i < 4; i++)
		if (has[i])
			y[i] = T + 8 + (H - T - B - 16) * (hi - v[i]) /
			    (hi - lo);
	for (k = 0; k < 2; k++) {
		const char *col = k == 0 ? "#1f5fa8" : "#5f6b76";
		int a = 2 * k, z = 2 * k + 1;

		if (has[a] && has[z])
			sb_printf(sb, "<line x1=\"%g\" y1=\"%.1f\" "
			    "x2=\"%g\" y2=\"%.1f\" stroke=\"%s\" "
			    "stroke-width=\"2\"%s/>\n", L, y[a], W - R, y[z],
			    col, k == 1 ? " stroke-dasharray=\"4 3\"" : "");
		for (i = a; i <= z; i++) {
			/* the label above the higher of the two points at
			 * its side, below the lower one */
			int o = i ^ 2, above;

			if (!has[i])
				continue;
			above = !has[o] || v[i] > v[o] ||
			    (v[i] == v[o] && k == 0);
			x = i == a ? L : W - R;
			sb_printf(sb, "<circle cx=\"%g\" cy=\"%.1f\" "
			    "r=\"3\" fill=\"%s\"/>\n", x, y[i], col);
			sb_printf(sb, "<text x=\"%g\" y=\"%.1f\" "
			    "text-anchor=\"%s\">", i == a ? x - 6 : x + 6,
			    above ? y[i] - 3 : y[i] + 11, i == a ? "end" :
			    "start");
			esc_html(sb, c[1 + i].s);
			sb_adds(sb, "</text>\n");
		}
	}
	sb_adds(sb, "</svg></figure>\n");
}

static void
render_html(const struct rdoc *doc, struct strbuf *sb)
{
	size_t i, j;

	sb_adds(sb, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\"/>\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\"/>\n<title>");
	esc_html(sb, doc->title != NULL ? doc->title : "report");
	sb_adds(sb, "</title>\n<style>\n");
	sb_adds(sb, css);
	sb_adds(sb, "</style>\n</head>\n<body>\n");
	for (i = 0; i < doc->n; i++) {
		const struct rblock *b = &doc->b[i];

		switch (b->kind) {
		case RB_H1:
		case RB_H2:
			sb_adds(sb, b->kind == RB_H1 ? "<h1>" : "<h2>");
			esc_html(sb, b->text);
			sb_adds(sb, b->kind == RB_H1 ? "</h1>\n" : "</h2>\n");
			break;
		case RB_PARA:
			sb_adds(sb, "<p>");
			esc_html(sb, b->text);
			sb_adds(sb, "</p>\n");
			break;
		case RB_TABLE:
			html_table(sb, b);
			break;
		case RB_TREND:
			sb_adds(sb, "<div class=\"charts\">\n");
			for (j = 0; j < b->nseries; j++)
				html_chart(sb, b, &b->series[j]);
			sb_adds(sb, "</div>\n");
			break;
		case RB_PAIRS:
			sb_adds(sb, "<div class=\"charts\">\n");
			for (j = 1; j < b->ncell / b->ncols; j++)
				html_pair(sb, b, &b->cell[j * b->ncols]);
			sb_adds(sb, "</div>\n");
			break;
		}
	}
	sb_adds(sb, "</body>\n</html>\n");
}

void
report_render(const struct rdoc *doc, const struct render_opts *o,
    struct strbuf *sb)
{
	switch (o->fmt) {
	case FMT_TEXT:
		render_text(doc, o, sb);
		break;
	case FMT_MARKDOWN:
		render_md(doc, sb);
		break;
	case FMT_HTML:
		render_html(doc, sb);
		break;
	}
}
