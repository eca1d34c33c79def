/*
 * keyscan.c: locating two fields per record without parsing (see
 * keyscan.h).
 */
#include <string.h>

#include "emp.h"
#include "csvio.h"
#include "keyscan.h"

/* Copies a quoted field's content without its doubled quotes. */
const char *
keyscan_unquote(struct strbuf *sb, const char *s, size_t n, size_t *outn)
{
	size_t i;

	sb->len = 0;
	for (i = 0; i < n; i++) {
		sb_addc(sb, s[i]);
		if (s[i] == '"' && i + 1 < n && s[i + 1] == '"')
			i++;
	}
	*outn = sb->len;
	return sb->s != NULL ? sb->s : "";
}

/* Past the end of the physical line at p (NULL: not in the buffer yet). */
static const char *
line_end(const char *p, const char *end, int at_eof)
{
	const char *q = memchr(p, '\n', (size_t)(end - p));

	if (q != NULL)
		return q + 1;
	return at_eof ? end : NULL;
}

/*
 * Scans one record from p; returns the start of the next, or NULL when the
 * record is not complete before end (more input needed, or at EOF a
 * record whose quote never closes: that one libcsv reports).
 */
const char *
keyscan_record(const char *p, const char *end, int delim, int want1, int want2,
    struct keyscan_field *f1, struct keyscan_field *f2, int at_eof, int *bad)
{
	struct keyscan_field cur;
	const char *q;
	int col = 0, last = want1 > want2 ? want1 : want2;

	memset(f1, 0, sizeof(*f1));
	memset(f2, 0, sizeof(*f2));
	*bad = 0;
	/* the common line: no quote, no CR but a final CRLF's */
	if (last >= 0 && last < 64 &&
	    (q = memchr(p, '\n', (size_t)(end - p))) != NULL &&
	    q - p < 65536) {
		const char *le = q > p && q[-1] == '\r' ? q - 1 : q;
		uint16_t cut[64];
		size_t k, from;

		k = csv_split_plain(p, (size_t)(le - p), delim, cut,
		    (size_t)last + 1);
		if (k != (size_t)-1) {
			for (col = 0; col <= last && (size_t)col <= k; col++) {
				from = col == 0 ? 0 : cut[col - 1] + 1;
				cur.s = p + from;
				cur.n = ((size_t)col < k ? cut[col] :
				    (size_t)(le - p)) - from;
				cur.quoted = 0;
				if (col == want1)
					*f1 = cur;
				if (col == want2)
					*f2 = cur;
			}
			return q + 1;
		}
	}
	for (;;) {
		if (p < end && *p == '"') {
			for (q = p + 1;; q++) {
				q = memchr(q, '"', (size_t)(end - q));
				if (q == NULL)
					return NULL;
				if (q + 1 < end && q[1] == '"') {
					q++;
					continue;
				}
				if (q + 1 == end && !at_eof)
					return NULL;
				break;
			}
			cur.s = p + 1;
			cur.n = (size_t)(q - p - 1);
			cur.quoted = 1;
			p = q + 1;
			/* anything before the next delimiter is libcsv's
			 * error: then, like the reader, skip to the line end */
			if (p < end && *p != delim && *p != '\n' &&
			    *p != '\r') {
				*bad = 1;
				return line_end(p, end, at_eof);
			}
		} else {
			for (q = p; q < end && *q != delim && *q != '\n' &&
			    *q != '\r'; q++) {
				if (*q == '"') {	/* libcsv rejects it */
					*bad = 1;
					return line_end(q, end, at_eof);
				}
			}
			cur.s = p;
			cur.n = (size_t)(q - p);
			cur.quoted = 0;
			p = q;
		}
		if (col == want1)
			*f1 = cur;
		if (col == want2)
			*f2 = cur;
		col++;
		if (p == end) {
			if (!at_eof)
				return NULL;
			return p;
		}
		if (*p == delim) {
			p++;
			/* past the last wanted column: skip to the line end
			 * when no quote can hide one */
			if (col > last) {
				q = memchr(p, '\n', (size_t)(end - p));
				if (q != NULL && memchr(p, '"', (size_t)(q - p)) ==
				    NULL && memchr(p, '\r', (size_t)(q - p)) ==
				    NULL)
					return q + 1;
			}
			continue;
		}
		/* a line end: CRLF, LF or CR */
		if (*p == '\r') {
			if (p + 1 == end && !at_eof)
				return NULL;
			if (p + 1 < end && p[1] == '\n')
				p++;
		}
		return p + 1;
	}
}

