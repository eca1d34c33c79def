/*
 * approved.c: the reviews that approved challenges take out of scoring
 * (approved.h).
 */
#include <stdlib.h>
#include <string.h>

#include "approved.h"
#include "emp.h"
#include "roster.h"

static void
set_key(struct approved_set *s, const char *kind, size_t klen,
    const char *id, size_t idlen)
{
	s->key.len = 0;
	sb_add(&s->key, kind, klen);
	sb_addc(&s->key, '\0');
	sb_add(&s->key, id, idlen);
}

void
approved_init(struct approved_set *s, const struct ledger *l)
{
	char err[300];
	size_t i;

	memset(s, 0, sizeof(*s));
	strmap_init(&s->map, 0);
	s->a = xcalloc(l->nch + 1, sizeof(*s->a));
	for (i = 0; i < l->nch; i++) {
		const struct challenge *c = &l->ch[i];

		if (c->status != ST_APPROVED)
			continue;
		s->a[s->n].c = c;
		s->a[s->n].rescore = ledger_score_parse(c->approved_score !=
		    NULL ? c->approved_score : c->score != NULL ? c->score : "",
		    &s->a[s->n].sc, err, sizeof(err)) == 0;
		s->a[s->n].reassign = c->reassign;
		set_key(s, c->kind, strlen(c->kind), c->review,
		    strlen(c->review));
		strmap_put(&s->map, s->key.s, s->key.len, &s->a[s->n++]);
	}
}

struct approved *
approved_find(struct approved_set *s, const char *id, size_t idlen,
    const char *kind, size_t kindlen)
{
	struct approved *a;

	if (s->n == 0 || idlen == 0)
		return NULL;
	set_key(s, kind, kindlen, id, idlen);
	if ((a = strmap_get(&s->map, s->key.s, s->key.len)) != NULL)
		return a;
	set_key(s, "", 0, id, idlen);
	return strmap_get(&s->map, s->key.s, s->key.len);
}

int
approved_agent_is(const struct approved *a, const char *agent, size_t len)
{
	return roster_name_eq(a->c->agent, strlen(a->c->agent), agent, len);
}

size_t
approved_seen(const struct approved_set *s)
{
	size_t i, n = 0;

	for (i = 0; i < s->n; i++)
		n += s->a[i].seen != 0;
	return n;
}

void
approved_free(struct approved_set *s)
{
	free(s->a);
	strmap_free(&s->map);
	sb_free(&s->key);
	memset(s, 0, sizeof(*s));
}
