/*
 * fuzz_parse: every field parser over arbitrary bytes.  The first byte
 * picks the column type, the unit, the zone and the decimal comma.  A
 * value that converts must convert again to itself (canonical forms are
 * fixed points).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "events.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct tz *tz_ny, *tz_utc;
	static const int cols[] = { EV_TS, EV_TALK, EV_RESOLVED,
	    EV_TRANSFERRED, EV_AMOUNT, EV_CSAT, EV_QA, EV_KIND };
	struct ev_conv c;
	char out[EV_VALMAX], again[EV_VALMAX], err[512], err2[512];
	enum ev_type type;
	int col, n, m;

	if (tz_ny == NULL) {
		tz_utc = tz_init(NULL);
		tz_ny = tz_init("America/New_York");
		if (tz_ny == NULL)
			tz_ny = tz_utc;
	}
	if (size < 1)
		return 0;
	memset(&c, 0, sizeof(c));
	col = cols[data[0] & 7];
	type = (data[0] & 7) == 3 ? ET_COUNT : ev_cols[col].type;
	c.unit = (enum dur_unit)((data[0] >> 3) & 3);
	c.tz = (data[0] & 0x20) ? tz_ny : tz_utc;
	c.decimal_comma = (data[0] & 0x40) != 0;
	n = ev_convert(col, type, (const char *)data + 1, size - 1, &c, out,
	    err, sizeof(err));
	if (n > 0) {
		if ((size_t)n >= sizeof(out) || out[n] != '\0')
			abort();
		/* canonical text reads back as itself */
		if (type == ET_COUNT)
			type = ET_BOOL;
		c.unit = DUR_S;
		c.decimal_comma = 0;
		m = ev_convert(col, type, out, (size_t)n, &c, again, err2,
		    sizeof(err2));
		if (m != n || memcmp(out, again, (size_t)n) != 0)
			abort();
	}
	return 0;
}
