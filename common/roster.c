/*
 * roster.c: the people who may act on the ledger (roster.h).
 */
#include <sys/stat.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emp.h"
#include "parse.h"
#include "roster.h"
#include "table.h"

const char *const roster_roles[] = { "agent", "lead", "admin", NULL };

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

int
roster_name_eq(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i;

	parse_trim(&a, &an);
	parse_trim(&b, &bn);
	if (an != bn)
		return 0;
	for (i = 0; i < an; i++)
		if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
			return 0;
	return 1;
}

const struct person *
roster_find(const struct roster *r, const char *name, size_t len)
{
	void *v;

	parse_trim(&name, &len);
	if (len == 0 || (v = strmap_get(&r->names, name, len)) == NULL)
		return NULL;
	return &r->p[(uintptr_t)v - 1];
}

const struct person *
roster_find_key(const struct roster *r, const unsigned char pk[SIGN_PK_BYTES])
{
	size_t i, k;

	for (i = 0; i < r->n; i++)
		for (k = 0; k < r->p[i].nkeys; k++)
			if (memcmp(r->p[i].keys[k], pk, SIGN_PK_BYTES) == 0)
				return &r->p[i];
	return NULL;
}

static int
role_index(const char *s, size_t n)
{
	int i;

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
parse_keys(struct roster *r, struct person *p, const char *s, size_t n,
    char *bad, size_t badsize)
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
		if ((o = roster_find_key(r, pk)) != NULL) {
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

/* Whether anyone may rename another file over path: its directory is
 * writable by all and not sticky. */
static int
roster_dir_open(const char *path)
{
	struct stat st;
	const char *slash = strrchr(path, '/');
	char *dir;
	int open;

	dir = slash == NULL ? xstrdup(".") : slash == path ? xstrdup("/") :
	    xstrndup(path, (size_t)(slash - path));
	open = stat(dir, &st) == 0 && (st.st_mode & S_IWOTH) &&
	    !(st.st_mode & S_ISVTX);
	free(dir);
	return open;
}

int
roster_load(struct roster *r, const char *path)
{
	struct table tb;
	struct csv_record *rec;
	struct person *p;
	struct stat st;
	const struct person *o;
	const char *s;
	size_t n;
	char bad[160];
	int ca, ct, cr, ck, rv, role;

	memset(r, 0, sizeof(*r));
	r->path = xstrdup(path);
	strmap_init(&r->names, 1);
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
	    (st.st_mode & S_IWOTH)) {
		emp_warn("%s: anyone may write this roster, and so give "
		    "themselves any role: make it writable by its admins only "
		    "(chmod o-w %s)", path, path);
		return -1;
	}
	if (strcmp(path, "-") != 0 && roster_dir_open(path)) {
		emp_warn("%s: anyone may replace this roster (its directory "
		    "is writable by all and not sticky): keep it in a "
		    "directory that only its admins may write", path);
		return -1;
	}
	if (table_open(&tb, path, 0) == -1)
		return -1;
	ca = table_col(&tb, "agent");
	ct = table_col(&tb, "team");
	cr = table_col(&tb, "role");
	ck = table_col(&tb, "key");
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
		if ((o = roster_find(r, s, n)) != NULL) {
			table_reject(&tb, rec->line, "'%.*s' is in the roster "
			    "already (line %lu): this row is ignored",
			    (int)(n > 80 ? 80 : n), s, o->line);
			continue;
		}
		s = csv_record_field_len(rec, cr, &n);
		parse_trim(&s, &n);
		if ((role = role_index(s, n)) < 0) {
			table_reject(&tb, rec->line, "field 'role': unknown "
			    "role '%.*s': use agent, lead or admin",
			    (int)(n > 40 ? 40 : n), s);
			continue;
		}
		r->p = xreallocarray(r->p, r->n + 1, sizeof(*r->p));
		p = &r->p[r->n];
		memset(p, 0, sizeof(*p));
		s = csv_record_field_len(rec, ck, &n);
		if (parse_keys(r, p, s, n, bad, sizeof(bad)) == -1) {
			free(p->keys);
			table_reject(&tb, rec->line, "%s", bad);
			continue;
		}
		p->role = role;
		p->line = rec->line;
		s = csv_record_field_len(rec, ca, &n);
		parse_trim(&s, &n);
		p->name = xstrndup(s, n);
		s = csv_record_field_len(rec, ct, &n);
		parse_trim(&s, &n);
		p->team = xstrndup(s, n);
		r->n++;
		strmap_put(&r->names, p->name, strlen(p->name),
		    (void *)(uintptr_t)r->n);
	}
	r->rejected = tb.rejected;
	table_close(&tb);
	return rv == -1 ? -1 : 0;
}

void
roster_free(struct roster *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		free(r->p[i].name);
		free(r->p[i].team);
		free(r->p[i].keys);
	}
	free(r->p);
	strmap_free(&r->names);
	free(r->path);
	memset(r, 0, sizeof(*r));
}
