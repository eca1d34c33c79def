/*
 * exposure.c: emp-tier --exposure (exposure.h).
 */
#include <stdlib.h>

#include "exposure.h"

struct exposure {
	int	 unused;
};

struct exposure *
exposure_read(const struct tier *t, const char *path)
{
	(void)t;
	emp_warn("%s: --exposure: not built yet", path);
	return NULL;
}

void
exposure_write(struct exposure *x, struct csv_writer *w)
{
	(void)x;
	(void)w;
}

void
exposure_summary(const struct exposure *x, struct strbuf *sb)
{
	(void)x;
	(void)sb;
}

uint64_t
exposure_rejected(const struct exposure *x)
{
	(void)x;
	return 0;
}

void
exposure_free(struct exposure *x)
{
	free(x);
}
