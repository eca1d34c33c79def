/*
 * roster.c: the people who may act on the ledger (roster.h).
 */
#include <sys/stat.h>

#include <stdint.h>
#include <strings.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emp.h"
#include "parse.h"
#include "roster.h"
#include "table.h"

const char *const roster_roles[] = { "agent", "lead", "admin", NULL };

int
roster_name_eq(const char *a, size_t an, const char *b, size_t bn)
{
	parse_trim(&a, &an);
	parse_trim(&b, &bn);
	return an == bn && strncasecmp(a, b, an) == 0;	/* C locale: ASCII */
}

const struct person *
roster_rows(const struct roster *r, const char *name, size_t len, size_t *n)
{
	size_t i, first;
	void *v;

	*n = 0;
	parse_trim(&name, &len);
	if (len == 0 || (v = strmap_get(&r->names, name, len)) == NULL)
		return NULL;
	first = (uintptr_t)v - 1;
	for (i = first; i < r->n; i++)
		if (!roster_name_eq(r->p[i].name, strlen(r->p[i].name), name,
		    len))
			break;
	*n = i - first;
	return &r->p[first];
}

const struct person *
roster_find_at(const struct roster *r, const char *name, size_t len,
    int64_t ts)
{
	const struct person *p;
	size_t n;

	/* the latest row effective at or before ts */
	p = roster_rows(r, name, len, &n);
	while (n > 0 && p[n - 1].since > ts)
		n--;
	return n > 0 ? &p[n - 1] : NULL;
}

const struct person *
roster_find(const struct roster *r, const char *name, size_t len)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return roster_find_at(r, name, len, (int64_t)ts.tv_sec * 1000 +
	    ts.tv_nsec / 1000000);
}

int
roster_has_key(const struct person *p, const unsigned char pk[SIGN_PK_BYTES])
{
	size_t k;

	for (k = 0; k < p->nkeys; k++)
		if (memcmp(p->keys[k], pk, SIGN_PK_BYTES) == 0)
			return 1;
	return 0;
}

const struct person *
roster_find_key(const struct roster *r, const unsigned char pk[SIGN_PK_BYTES])
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (roster_has_key(&r->p[i], pk))
			return &r->p[i];
	return NULL;
}

/* Sorts the rows by name (ASCII case ignored) and then date, and indexes
 * each name's first row. */
static int
cmp_row(const void *a, const void *b)
{
	const struct person *x = a, *y = b;
	int c = strcasecmp(x->name, y->name);

	if (c != 0)
		return c;
	return x->since < y->since ? -1 : x->since > y->since ? 1 :
	    x->line < y->line ? -1 : x->line > y->line;
}

static void
person_free(struct person *p)
{
	free(p->name);
	free(p->team);
	free(p->keys);
}

static void
index_rows(struct roster *r, const char *path, struct table *tb)
{
	size_t i, k = 0;

	qsort(r->p, r->n, sizeof(*r->p), cmp_row);
	for (i = 0; i < r->n; i++) {
		if (k > 0 && roster_name_eq(r->p[k - 1].name,
		    strlen(r->p[k - 1].name), r->p[i].name,
		    strlen(r->p[i].name)) && r->p[k - 1].since ==
		    r->p[i].since) {
			emp_warn("%s:%lu: '%s' is in the roster already (line "
			    "%lu)%s: this row is ignored", path, r->p[i].line,
			    r->p[i].name, r->p[k - 1].line,
			    r->p[i].since == INT64_MIN ? "" :
			    " with the same effective date");
			tb->rejected++;
			person_free(&r->p[i]);
			continue;
		}
		r->p[k++] = r->p[i];
	}
	r->n = k;
	for (i = r->n; i-- > 0;)
		strmap_put(&r->names, r->p[i].name, strlen(r->p[i].name),
		    (void *)(uintptr_t)(i + 1));
}

int
roster_role(const char *s, size_t n)
{
	int i;

	parse_trim(&s, &n);
	if (n == 0)
		return ROLE_AGENT;
	for (i = 0; roster_roles[i] != NULL; i++)
		if (strlen(roster_roles[i]) == n &&
		    roster_name_eq(roster_roles[i], n, s, n))
			return i;
	return -1;
}

/* The keys of a key field into p; 0, or -1 with the bad key's text. */
static int
parse_keys(struct roster *r, struct person *p, const char *name,
    const char *s, size_t n, char *bad, size_t badsize)
{
	unsigned char pk[SIGN_PK_BYTES];
	const struct person *o;
	size_t i = 0, j;

	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		for (j = i; j < n && s[j] != ' ' && s[j] != '\t'; j++)
			;
		if (j == i)
			break;
		if (sign_pk_parse(s + i, j - i, pk) == -1) {
			snprintf(bad, badsize, "field 'key': '%.*s' is not a "
			    "public key (one 'ed25519:...' line from "
			    "'emp-challenge keygen')", (int)(j - i > 60 ? 60 :
			    j - i), s + i);
			return -1;
		}
		if ((o = roster_find_key(r, pk)) != NULL &&
		    !roster_name_eq(o->name, strlen(o->name), name,
		    strlen(name))) {
			snprintf(bad, badsize, "field 'key': the key is %s's "
			    "already (line %lu)", o->name, o->line);
			return -1;
		}
		p->keys = xreallocarray(p->keys, p->nkeys + 1,
		    sizeof(*p->keys));
		memcpy(p->keys[p->nkeys++], pk, SIGN_PK_BYTES);
		i = j;
	}
	return 0;
}

/* Whether anyone may rename another file over path, or over one of the
 * directories above it: one of them is writable by all and not sticky. */
static int
roster_dir_open(const char *path)
{
	struct stat st;
	char *real, *slash;
	int open = 0;

	if ((real = realpath(path, NULL)) == NULL)
		return 0;	/* the open that follows says why */
	while (!open && (slash = strrchr(real, '/')) != NULL) {
		if (slash == real)
			slash[1] = '\0';	/* "/" */
		else
			*slash = '\0';
		open = stat(real, &st) == 0 && (st.st_mode & S_IWOTH) &&
		    !(st.st_mode & S_ISVTX);
		if (slash == real)
			break;
	}
	free(real);
	return open;
}

/* The level field of a row into p: 0, or -1 with why. */
static int
parse_level(struct person *p, const char *s, size_t n, char *bad,
    size_t badsize)
{
	size_t i;

	parse_trim(&s, &n);
	p->level = 0;
	if (n == 0)
		return 0;
	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		if (p->level <= 99999)
			p->level = p->level * 10 + (s[i] - '0');
	if (i < n || p->level < 1 || p->level > 99999) {
		snprintf(bad, badsize, "field 'level': invalid level '%.*s': "
		    "use a whole number from 1", (int)(n > 40 ? 40 : n), s);
		return -1;
	}
	return 0;
}

/* The limit field of a row into p: 0, or -1 with why. */
static int
parse_limit(struct person *p, const char *s, size_t n, char *bad,
    size_t badsize)
{
	int flags = 0, rv;

	parse_trim(&s, &n);
	p->has_limit = 0;
	rv = parse_number(s, n, &flags, &p->limit);
	if (rv == PARSE_EMPTY)
		return 0;
	if (rv != PARSE_OK || (flags & PN_PERCENT) || p->limit.m < 0) {
		snprintf(bad, badsize, "field 'limit': invalid amount '%.*s'",
		    (int)(n > 40 ? 40 : n), s);
		return -1;
	}
	p->has_limit = 1;
	return 0;
}

int
roster_check_writers(const char *path)
{
	struct stat st;

	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
	    (st.st_mode & S_IWOTH)) {
		emp_warn("%s: anyone may write this roster, and so give "
		    "themselves any role: make it writable by its admins only "
		    "(chmod o-w %s)", path, path);
		return -1;
	}
	if (strcmp(path, "-") != 0 && roster_dir_open(path)) {
		emp_warn("%s: anyone may replace this roster (a directory "
		    "above it is writable by all and not sticky): keep it "
		    "where only its admins may write", path);
		return -1;
	}
	return 0;
}

int
roster_load(struct roster *r, const char *path)
{
	return roster_load_tz(r, path, NULL);
}

int
roster_load_tz(struct roster *r, const char *path, struct tz *tz)
{
	static const char *const c_level[] = {
		"level", "current level", NULL
	};
	static const char *const c_limit[] = {
		"limit", "current limit", NULL
	};
	struct table tb;
	struct csv_record *rec;
	struct person *p;
	const char *s;
	char *name;
	size_t n;
	char bad[160];
	int64_t since;
	int ca, ct, cr, ck, ce, cl, cm, rv, ok, role;

	memset(r, 0, sizeof(*r));
	r->path = xstrdup(path);
	strmap_init(&r->names, 1);
	if (roster_check_writers(path) == -1)
		return -1;
	if (table_open(&tb, path, 0) == -1)
		return -1;
	ca = table_col(&tb, "agent");
	ct = table_col(&tb, "team");
	cr = table_col(&tb, "role");
	ck = table_col(&tb, "key");
	ce = table_col(&tb, "effective");
	cl = table_col_any(&tb, c_level);
	cm = table_col_any(&tb, c_limit);
	if (ca < 0) {
		table_no_column(&tb, "a roster", "agent");
		table_close(&tb);
		return -1;
	}
	while ((rv = table_next(&tb, &rec)) == 1) {
		s = csv_record_field_len(rec, ca, &n);
		parse_trim(&s, &n);
		if (n == 0) {
			table_reject(&tb, rec->line, "field 'agent': no name");
			continue;
		}
		if (csv_header_find(rec, "agent") == ca)
			continue;	/* a repeated header */
		name = xstrndup(s, n);
		s = csv_record_field_len(rec, cr, &n);
		parse_trim(&s, &n);
		if ((role = roster_role(s, n)) < 0) {
			table_reject(&tb, rec->line, "field 'role': unknown "
			    "role '%.*s': use agent, lead or admin",
			    (int)(n > 40 ? 40 : n), s);
			free(name);
			continue;
		}
		s = csv_record_field_len(rec, ce, &n);
		parse_trim(&s, &n);
		since = INT64_MIN;
		if (n > 0 && parse_time(s, n, tz, &since) != PARSE_OK) {
			table_reject(&tb, rec->line, "field 'effective': "
			    "invalid date '%.*s'", (int)(n > 40 ? 40 : n), s);
			free(name);
			continue;
		}
		r->p = xreallocarray(r->p, r->n + 1, sizeof(*r->p));
		p = &r->p[r->n];
		memset(p, 0, sizeof(*p));
		/* a bad level or limit is reported and taken as none: the
		 * row's role and keys still hold (the ledger needs no level) */
		s = csv_record_field_len(rec, cl, &n);
		if (parse_level(p, s, n, bad, sizeof(bad)) == -1) {
			table_reject(&tb, rec->line, "%s: taken as none", bad);
			p->level = 0;
		}
		s = csv_record_field_len(rec, cm, &n);
		if (parse_limit(p, s, n, bad, sizeof(bad)) == -1) {
			table_reject(&tb, rec->line, "%s: taken as none", bad);
			p->has_limit = 0;
		}
		s = csv_record_field_len(rec, ck, &n);
		ok = parse_keys(r, p, name, s, n, bad, sizeof(bad));
		if (ok == -1) {
			free(p->keys);
			free(name);
			table_reject(&tb, rec->line, "%s", bad);
			continue;
		}
		p->name = name;
		p->role = role;
		p->since = since;
		p->line = rec->line;
		s = csv_record_field_len(rec, ct, &n);
		parse_trim(&s, &n);
		p->team = xstrndup(s, n);
		r->n++;
	}
	index_rows(r, path, &tb);
	r->rejected = tb.rejected;
	table_close(&tb);
	return rv == -1 ? -1 : 0;
}

void
roster_free(struct roster *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		person_free(&r->p[i]);
	free(r->p);
	strmap_free(&r->names);
	free(r->path);
	memset(r, 0, sizeof(*r));
}
