/*
 * swar.h: scanning 8 bytes at a time in a 64-bit word.  The high bit of
 * each byte of swar_zbytes(x) is set exactly where x has a zero byte, so
 * swar_zbytes(w ^ SWAR_ONES * c) marks the bytes of w equal to c.
 */
#ifndef SWAR_H
#define SWAR_H

#include <stdint.h>

#define SWAR_LOW7	0x7F7F7F7F7F7F7F7FULL
#define SWAR_ONES	0x0101010101010101ULL

static inline uint64_t
swar_zbytes(uint64_t x)
{
	return ~(((x & SWAR_LOW7) + SWAR_LOW7) | x | SWAR_LOW7);
}

#endif
