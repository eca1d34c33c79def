/*
 * impact.c: emp-tier --impact (impact.h).
 */
#include "impact.h"

int
impact_run(const struct tier_opts *o, int argc, char *argv[])
{
	(void)o;
	(void)argc;
	(void)argv;
	emp_warn("%s", "--impact: not built yet");
	return EXIT_FAIL;
}
