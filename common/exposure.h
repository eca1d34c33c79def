/*
 * exposure.h: emp-tier --exposure: what an agent's authority covers and
 * what the recommended limit (and, under --compare, the second policy's)
 * would change, from decision events over the evidence window
 * (emp-exposure(5)).
 *
 * Memory: exposure_read() returns what exposure_free() releases.
 */
#ifndef EXPOSURE_H
#define EXPOSURE_H

#include <stdint.h>

#include "csvio.h"
#include "tier.h"

struct exposure;

/* After tier_evaluate(): the decision events of path (an event stream,
 * emp-events(5); other kinds are skipped) of the listed agents over the
 * evidence window.  NULL (reported) when the file cannot be read at all;
 * bad rows are reported and counted. */
struct exposure *exposure_read(const struct tier *, const char *path);
void	exposure_write(struct exposure *, struct csv_writer *);
/* "1234 decisions of 48 agents: ..." */
void	exposure_summary(const struct exposure *, struct strbuf *);
uint64_t exposure_rejected(const struct exposure *);
void	exposure_free(struct exposure *);

#endif
