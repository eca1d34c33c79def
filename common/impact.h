/*
 * impact.h: emp-tier --impact: the effect of authority changes (a level or
 * a limit, from the roster's dated rows) and of coaching sessions on the
 * agents' metrics, as a difference in differences against agents without
 * such a change in the same periods (emp-impact(5)).
 */
#ifndef IMPACT_H
#define IMPACT_H

#include "tier.h"

/*
 * emp-tier --impact after its options: the roster's history, the agent
 * scores by period of argv (none: standard input) and the coaching
 * events of o->coaching in, the impact stream out, with --strict and
 * the summary line.  Returns the exit status.
 */
int	impact_run(const struct tier_opts *, int argc, char *argv[]);

#endif
