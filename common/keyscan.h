/*
 * keyscan.h: a light scanner that locates two fields of each CSV record,
 * for reading de-duplication keys in a first pass over a file.
 *
 * It follows RFC 4180 as libcsv reads it strictly (quoted fields with
 * doubled quotes, records ended by CR, LF or CRLF outside quotes) but only
 * finds field boundaries: the rows themselves are parsed by libcsv in the
 * real pass, and a second libcsv pass would halve the throughput.  A
 * record libcsv would reject (a quote in an unquoted field, anything after
 * a closing quote) is flagged bad so that the two passes agree.
 */
#ifndef KEYSCAN_H
#define KEYSCAN_H

#include <stddef.h>

#include "emp.h"

struct keyscan_field {
	const char	*s;		/* NULL when the record has no such field */
	size_t		 n;
	int		 quoted;	/* s still holds doubled quotes */
};

/*
 * Scans one record at p for fields want1 and want2 (0-based, -1 for none);
 * returns the start of the next record, or NULL when the record does not
 * end before end (more input needed; at EOF, a quote that never closes).
 */
const char *keyscan_record(const char *p, const char *end, int delim,
	    int want1, int want2, struct keyscan_field *f1,
	    struct keyscan_field *f2, int at_eof, int *bad);

/* A quoted field's content without its doubled quotes, in sb. */
const char *keyscan_unquote(struct strbuf *sb, const char *s, size_t n,
	    size_t *outn);

#endif
