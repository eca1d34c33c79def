/*
 * termsafe.c: control, C1 and bidi characters made visible (termsafe.h).
 */
#include <string.h>

#include "emp.h"
#include "termsafe.h"

static const char hex[] = "0123456789abcdef";

/* Is b a UTF-8 continuation byte within [lo, hi]? */
static int
cont(unsigned char b, unsigned char lo, unsigned char hi)
{
	return b >= lo && b <= hi;
}

/*
 * The length of the valid UTF-8 sequence (RFC 3629: no overlong form, no
 * surrogate, nothing above U+10FFFF) at s[0..n) and its code point, or 0
 * when s[0] does not start one.
 */
static size_t
utf8_seq(const unsigned char *s, size_t n, unsigned long *cp)
{
	unsigned char c = s[0];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		if (n < 2 || !cont(s[1], 0x80, 0xbf))
			return 0;
		*cp = (unsigned long)(c & 0x1f) << 6 | (s[1] & 0x3f);
		return 2;
	}
	if (c >= 0xe0 && c <= 0xef) {
		if (n < 3 || !cont(s[1], c == 0xe0 ? 0xa0 : 0x80,
		    c == 0xed ? 0x9f : 0xbf) || !cont(s[2], 0x80, 0xbf))
			return 0;
		*cp = (unsigned long)(c & 0x0f) << 12 |
		    (unsigned long)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (n < 4 || !cont(s[1], c == 0xf0 ? 0x90 : 0x80,
		    c == 0xf4 ? 0x8f : 0xbf) || !cont(s[2], 0x80, 0xbf) ||
		    !cont(s[3], 0x80, 0xbf))
			return 0;
		*cp = (unsigned long)(c & 0x07) << 18 |
		    (unsigned long)(s[1] & 0x3f) << 12 |
		    (unsigned long)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
		return 4;
	}
	return 0;
}

/* A character that reorders or hides what a reader sees. */
static int
is_bidi(unsigned long cp)
{
	return cp == 0x061c || cp == 0x200e || cp == 0x200f ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

size_t
termsafe_char(const char *s, size_t n, char esc[TERMSAFE_ESCMAX])
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long cp;
	size_t len;
	int i;

	len = utf8_seq(u, n, &cp);
	if (len == 0 || (len == 1 && (cp < 0x20 || cp == 0x7f))) {
		esc[0] = '\\';
		esc[1] = 'x';
		esc[2] = hex[u[0] >> 4];
		esc[3] = hex[u[0] & 15];
		esc[4] = '\0';
		return 1;
	}
	if ((cp >= 0x80 && cp <= 0x9f) || is_bidi(cp)) {
		esc[0] = '\\';
		esc[1] = 'u';
		for (i = 0; i < 4; i++)
			esc[2 + i] = hex[(cp >> (12 - 4 * i)) & 15];
		esc[6] = '\0';
		return len;
	}
	esc[0] = '\0';
	return len;
}

int
termsafe_needed(const char *s, size_t n)
{
	char esc[TERMSAFE_ESCMAX];
	size_t i, k;

	for (i = 0; i < n; i += k) {
		/* the common case, printable ASCII, without a call */
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f) {
			k = 1;
			continue;
		}
		k = termsafe_char(s + i, n - i, esc);
		if (esc[0] != '\0')
			return 1;
	}
	return 0;
}

void
termsafe_sb(struct strbuf *sb, const char *s, size_t n)
{
	char esc[TERMSAFE_ESCMAX];
	size_t i, k;

	for (i = 0; i < n; i += k) {
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f) {
			sb_addc_fast(sb, s[i]);
			k = 1;
			continue;
		}
		k = termsafe_char(s + i, n - i, esc);
		if (esc[0] != '\0')
			sb_adds(sb, esc);
		else
			sb_add(sb, s + i, k);
	}
}

size_t
termsafe_buf(char *buf, size_t size, const char *s, size_t n)
{
	char esc[TERMSAFE_ESCMAX];
	const char *out;
	size_t i, k, m, len = 0;

	for (i = 0; i < n; i += k) {
		k = termsafe_char(s + i, n - i, esc);
		out = esc[0] != '\0' ? esc : s + i;
		m = esc[0] != '\0' ? strlen(esc) : k;
		if (len + m >= size)
			break;
		memcpy(buf + len, out, m);
		len += m;
	}
	buf[len] = '\0';
	return len;
}
