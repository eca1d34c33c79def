/*
 * termsafe.h: the one escaping rule for text that a terminal shows or
 * mail carries (emp(7), TEXT AND TERMINALS): every text output (the text
 * and Markdown reports, emp-challenge list --text, emp-tier --explain)
 * and every diagnostic writes data through it.
 *
 * The rule, on bytes read as UTF-8:
 *   - a C0 control (0x00-0x1f, tab and newline included), DEL (0x7f),
 *     and any byte that is not part of a valid UTF-8 sequence (a raw
 *     0x80-0x9f C1 byte, a Windows-1252 letter, an overlong form, a
 *     surrogate) is written "\xNN", two lowercase hex digits;
 *   - a C1 control encoded in UTF-8 (U+0080-U+009F) and the bidi
 *     controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069)
 *     are written "\uNNNN", four lowercase hex digits;
 *   - everything else, backslash included, is written as it is.
 * Escaped text is valid UTF-8 without controls, and escaping it again
 * changes nothing, so a message may hold data escaped before (msg_quote)
 * and still be escaped whole.
 *
 * Memory: nothing is allocated but the caller's strbuf's growth.
 */
#ifndef TERMSAFE_H
#define TERMSAFE_H

#include <stddef.h>

#include "emp.h"

#define TERMSAFE_ESCMAX	8	/* an escape and its NUL: "\u202e" */

/*
 * The character at s[0..n), n > 0: returns its length in bytes (1 to 4)
 * and leaves in esc its escape, or "" when it is shown as it is.
 */
size_t	termsafe_char(const char *s, size_t n, char esc[TERMSAFE_ESCMAX]);
/* Does s[0..n) hold anything that the rule escapes? */
int	termsafe_needed(const char *s, size_t n);
/* Appends s[0..n), escaped, to sb. */
void	termsafe_sb(struct strbuf *, const char *s, size_t n);
/*
 * Writes s[0..n), escaped, into buf (size > 0) with a NUL, cut before the
 * first character that does not fit whole; returns the length written.
 */
size_t	termsafe_buf(char *buf, size_t size, const char *s, size_t n);

#endif
