/*
 * parse_int.h: the helpers that parse.c (numbers, durations, booleans)
 * and parse_time.c (times, zones, the calendar) share; not for callers
 * (they use parse.h).
 */
#ifndef PARSE_INT_H
#define PARSE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "parse.h"

static inline int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static inline int
read_uint(const char *s, size_t n, size_t *i, int maxdig, int64_t *v)
{
	int k = 0;

	*v = 0;
	while (*i < n && is_digit(s[*i])) {
		if (++k > maxdig)
			return PARSE_RANGE;
		*v = *v * 10 + (s[*i] - '0');
		(*i)++;
	}
	return k > 0 ? PARSE_OK : PARSE_BAD;
}

#endif
