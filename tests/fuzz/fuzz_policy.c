/*
 * fuzz_policy: the tier policy parser (emp-policy(5)) over arbitrary
 * bytes.  A policy that parses must give an engine that can be built and
 * freed, and every gate names a metric that has a name.
 */
#include <stdint.h>
#include <stdlib.h>

#include "policy.h"
#include "tier.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf err = { 0 };
	struct policy *p;
	size_t i, j;

	p = policy_parse((const char *)data, size, "fuzz", &err);
	if (p == NULL) {
		if (err.len == 0)		/* a refusal always says why */
			abort();
	} else {
		if (p->nlevels == 0)
			abort();
		for (i = 0; i < p->nlevels; i++) {
			if (p->levels[i].nlimits == 0)
				abort();
			for (j = 0; j < p->levels[i].ngates; j++)
				if (policy_metric_name(
				    p->levels[i].gates[j].metric) == NULL)
					abort();
		}
		tier_free(tier_new(p));		/* takes p */
	}
	sb_free(&err);
	return 0;
}
