/*
 * termsafe.c: control, C1 and bidi characters made visible (termsafe.h).
 */
#include <string.h>

#include "emp.h"
#include "parse.h"
#include "termsafe.h"

static const char hex[] = "0123456789abcdef";

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

	len = parse_utf8_seq(s, n, &cp);
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
